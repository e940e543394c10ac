"""Public types of the per-call request options every method accepts."""

from ._options import NoTimeoutOptions, RequestOptions

__all__ = ["NoTimeoutOptions", "RequestOptions"]
