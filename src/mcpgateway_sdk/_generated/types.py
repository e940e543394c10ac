"""Contains some shared types for properties"""

import datetime
from collections.abc import Iterator, Mapping, MutableMapping
from enum import Enum
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar
from uuid import UUID

from attrs import define


class Unset:
    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: Any) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"  # pickled by reference to the module-level singleton


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type

    def read_bytes(self) -> bytes:
        """The payload from its current position to the end, as bytes.

        A seekable payload is put back where it was, so the same File can be sent again.
        """
        payload: Any = self.payload
        if isinstance(payload, (bytes, bytearray, memoryview)):
            return bytes(payload)
        if isinstance(payload, str):
            return payload.encode()
        if payload.seekable():
            position = payload.tell()
            data = payload.read()
            payload.seek(position)
            return bytes(data)
        return bytes(payload.read())


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_PLAIN_TYPES = (str, int, float, bool, type(None))


def to_wire(value: Any) -> Any:
    """The JSON-ready form of an attribute value: what ``to_dict()`` puts in the dict for it."""
    if type(value) in _PLAIN_TYPES:
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list):
        return [to_wire(item) for item in value]
    if isinstance(value, dict):
        return {key: to_wire(item) for key, item in value.items()}
    if isinstance(value, File):
        return value.to_tuple()
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    return value


class ModelMapping(Mapping[str, Any]):
    """Read-only ``Mapping`` view of a generated model over its wire (JSON) field names.

    ``model["wire_name"]``, ``model.get(...)``, ``"wire_name" in model``, ``keys()``, iteration,
    ``len()`` and ``dict(model)`` behave like the dict ``to_dict()`` returns: values in their JSON
    form, unset optional fields absent, unknown fields (``additional_properties``) included.
    A field whose Python name is ``keys``, ``items``, ``values`` or ``get`` shadows that Mapping
    method on its model (attribute access stays typed); use ``to_dict()`` there.
    """

    __slots__ = ()

    # Set by every generated model class: wire name -> (attribute name, needs to_wire()).
    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = {}
    # False when additional_properties values need to_wire() (typed additionalProperties).
    _extra_plain: ClassVar[bool] = True

    def _extra(self) -> Mapping[str, Any]:
        return getattr(self, "additional_properties", _EMPTY)

    def __getitem__(self, key: str) -> Any:
        entry = self._wire_fields.get(key)
        if entry is not None:
            value = getattr(self, entry[0])
            if value is UNSET:
                raise KeyError(key)
            return to_wire(value) if entry[1] else value
        value = self._extra()[key]
        return value if self._extra_plain else to_wire(value)

    def __contains__(self, key: object) -> bool:
        entry = self._wire_fields.get(key) if isinstance(key, str) else None
        if entry is not None:
            return getattr(self, entry[0]) is not UNSET
        return key in self._extra()

    def __iter__(self) -> Iterator[str]:
        fields = self._wire_fields
        for key, entry in fields.items():
            if getattr(self, entry[0]) is not UNSET:
                yield key
        for key in self._extra():
            if key not in fields:
                yield key

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        # A model is always truthy, even with no field set (an empty dict would not be), so
        # `if obj.sub_model:` keeps meaning "is set".
        return True

    def __repr__(self) -> str:
        # Our own repr (models are generated with attrs repr=False): set fields only, and secrets
        # (a created API key, passwords, credential values) masked so a log line cannot leak them.
        parts = []
        for key, (attr, _) in self._wire_fields.items():
            value = getattr(self, attr)
            if value is UNSET:
                continue
            shown = "'***'" if key in _SECRET_FIELDS and value else repr(value)
            parts.append(f"{attr}={shown}")
        extra = self._extra()
        if extra:
            parts.append(
                f"additional_properties={ {k: ('***' if k in _SECRET_FIELDS else v) for k, v in extra.items()}!r}"
            )
        return f"{type(self).__name__}({', '.join(parts)})"

    __str__ = __repr__


# Field names whose values are secrets: masked in reprs.
_SECRET_FIELDS = frozenset(
    {
        "key",
        "password",
        "secret",
        "client_secret",
        "credential_value",
        "initial_bearer_token",
        "token",
        "access_token",
        "refresh_token",
        "api_key",
        "value_secret",
    }
)


_EMPTY: Mapping[str, Any] = {}


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "ModelMapping",
    "RequestFiles",
    "Response",
    "Unset",
    "to_wire",
]
