"""`with_raw_response` for a method that returns a bound sub-resource
(`gw.with_raw_response.servers.authentication(id).get()`): every method of the sub-resource then
returns its `RawResponse`. The sync twin is generated from this file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._wrappers import AsyncRawMethod

__all__ = ["AsyncBoundRaw", "AsyncRawSubresource"]


class AsyncRawSubresource:
    """A sub-resource seen through `with_raw_response`: each method returns a `RawResponse`."""

    __slots__ = ("_resource",)

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> AsyncRawMethod:
        method = getattr(self._resource, name)
        if name.startswith("_") or not callable(method):
            raise AttributeError(name)
        return AsyncRawMethod(method)

    def __repr__(self) -> str:
        return f"<raw view of {self._resource!r}>"


class AsyncBoundRaw:
    """Descriptor: the namespace's method of that name, its result seen through the raw view."""

    __slots__ = ("_name",)

    def __init__(self, method: Callable[..., Any]) -> None:
        self._name = method.__name__

    def __get__(self, view: Any, owner: type | None = None) -> Callable[..., AsyncRawSubresource]:
        factory = getattr(view._resource, self._name)

        def bound(*args: Any, **kwargs: Any) -> AsyncRawSubresource:
            return AsyncRawSubresource(factory(*args, **kwargs))

        return bound
