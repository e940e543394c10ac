"""Public types of `with_raw_response` and `with_streaming_response` results."""

from ._async._wrappers import AsyncStreamedResponse
from ._raw import RawResponse
from ._sync._wrappers import StreamedResponse

__all__ = ["AsyncStreamedResponse", "RawResponse", "StreamedResponse"]
