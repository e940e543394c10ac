"""Contains some shared types for properties"""

import copy
import datetime
from collections.abc import Callable, Iterator, Mapping, MutableMapping
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

_MISSING: Any = type("_Missing", (), {"__repr__": lambda self: "<missing>", "__slots__": ()})()
_IMMUTABLE = (str, int, float, bool, type(None))
# Keys of a response model's __dict__ that hold its bookkeeping (not identifiers: no field clashes).
_RAW = " raw"  # wire values of fields not yet read that are converted or renamed
_EXTRA = " extra"  # fields the contract does not know


class Field:
    """One field of a response model (a non-data descriptor, like ``functools.cached_property``).

    A plain field whose wire name is its attribute name lives in the instance ``__dict__`` as the
    gateway sent it, so reading it is an ordinary attribute lookup. Any other field (one that is
    converted: UUID, datetime, enum, nested model; or renamed, such as ``type`` -> ``type_``) waits
    in ``__dict__[_RAW]`` until it is first read; this descriptor then converts it and stores the
    result in ``__dict__``, where later reads find it directly. A field the gateway left out reads
    as the contract's default.
    """

    __slots__ = ("attr", "convert", "default", "indirect", "nested", "owner", "select", "wire")

    def __init__(
        self,
        wire: str,
        convert: Callable[..., Any] | None = None,
        default: Any = _MISSING,
        nested: bool = False,
        select: str | None = None,
    ) -> None:
        self.wire = wire
        self.convert = convert
        self.default = default
        self.nested = nested
        self.select = select  # wire name of the field whose value picks the model (x-select-by)
        self.attr = wire
        self.owner = ""
        self.indirect = convert is not None

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name
        self.owner = owner.__name__
        self.indirect = self.convert is not None or name != self.wire

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        state = obj.__dict__
        raw = state[_RAW].get(self.wire, _MISSING) if self.indirect else _MISSING
        if raw is _MISSING:
            default = self.default
            if default is _MISSING:
                raise AttributeError(f"{self.owner}.{self.attr} has no value")
            raw = default if type(default) in _IMMUTABLE else copy.deepcopy(default)
        if self.convert is None or (raw is None and self.default is None):
            # A field whose default is null is typed T | None (nullable, or optional without a
            # default): null is None, not converted.
            value = raw
        else:
            try:
                value = (
                    self.convert(raw)
                    if self.select is None
                    else self.convert(raw, obj[self.select])
                )
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                # The value itself stays out of the message (it could be anything the gateway sent).
                raise ValueError(
                    f"{self.owner}.{self.attr}: the value the gateway sent does not match the "
                    f"contract ({type(exc).__name__}; read it as sent with obj[{self.wire!r}])"
                ) from None
        state[self.attr] = value
        return value

    def wire_value(self, obj: Any) -> Any:
        """This field of `obj` in its JSON form (what `to_dict()` holds for it)."""
        state = obj.__dict__
        value = state.get(self.attr, _MISSING)
        if value is _MISSING:
            if self.indirect and not self.nested:
                raw = state[_RAW].get(self.wire, _MISSING)
                if raw is not _MISSING:
                    return raw
            value = self.__get__(obj)
        return value if self.convert is None and type(value) in _IMMUTABLE else to_wire(value)


def _rebuild(cls: "type[ResponseModel]", data: dict[str, Any]) -> "ResponseModel":
    return cls.from_dict(data)


class ResponseModel(ModelMapping):
    """Base of the response models: every field always has a value (no ``Unset``).

    ``from_dict`` keeps the decoded JSON object as the instance ``__dict__`` (see ``Field``).
    It is a read-only ``Mapping`` over the wire names like every model; ``to_dict()`` gives every
    field (defaults included) then the unknown fields. Models compare by their typed field values
    and unknown fields; copy and pickle go through ``to_dict()`` / ``from_dict()``.
    """

    # Set by every generated response model (__init_subclass__).
    _fields: ClassVar[tuple[Field, ...]] = ()
    _by_wire: ClassVar[Mapping[str, Field]] = {}
    _by_attr: ClassVar[Mapping[str, Field]] = {}
    _required: ClassVar[frozenset[str]] = frozenset()
    _indirect: ClassVar[tuple[str, ...]] = ()
    _direct: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Fields of the whole class tree, so a hand-written subclass of a model keeps them.
        by_name = {
            value.attr: value
            for klass in reversed(cls.__mro__)
            for value in vars(klass).values()
            if isinstance(value, Field)
        }
        fields = tuple(by_name.values())
        cls._fields = fields
        cls._by_wire = {f.wire: f for f in fields}
        cls._by_attr = {f.attr: f for f in fields}
        cls._required = frozenset(f.wire for f in fields if f.default is _MISSING)
        cls._indirect = tuple(f.wire for f in fields if f.indirect)
        cls._direct = frozenset(f.wire for f in fields if not f.indirect)
        cls._wire_fields = {f.wire: (f.attr, True) for f in fields}

    def __init__(self, **fields: Any) -> None:
        by_attr = self._by_attr
        for name in fields:
            if name not in by_attr:
                raise TypeError(
                    f"{type(self).__name__}() got an unexpected keyword argument {name!r}"
                )
        missing = [f.attr for f in self._fields if f.default is _MISSING and f.attr not in fields]
        if missing:
            raise TypeError(
                f"{type(self).__name__}() missing required keyword argument(s): {', '.join(missing)}"
            )
        self.__dict__.update(fields)
        self.__dict__[_RAW] = {}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any:
        """A model from its JSON object. A missing required field raises ``KeyError``; values are
        converted when first read."""
        state = dict(src_dict)
        if not state.keys() >= cls._required:
            raise KeyError(sorted(cls._required - state.keys())[0])
        raw = {wire: state.pop(wire) for wire in cls._indirect if wire in state}
        direct = cls._direct
        if not direct.issuperset(state):
            state[_EXTRA] = {key: state.pop(key) for key in [k for k in state if k not in direct]}
        state[_RAW] = raw
        self = object.__new__(cls)
        self.__dict__ = state
        return self

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the contract does not know (kept as sent; mutable)."""
        extra = self.__dict__.get(_EXTRA)
        if extra is None:
            extra = self.__dict__[_EXTRA] = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self.__dict__[_EXTRA] = value

    @property
    def additional_keys(self) -> list[str]:
        """Names of the unknown fields."""
        return list(self.additional_properties)

    def _extra(self) -> Mapping[str, Any]:
        return self.__dict__.get(_EXTRA) or _EMPTY

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field (defaults included), then the unknown fields."""
        field_dict = {f.wire: f.wire_value(self) for f in self._fields}
        for key, value in self._extra().items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    def __getitem__(self, key: str) -> Any:
        field = self._by_wire.get(key)
        if field is not None:
            return field.wire_value(self)
        return self._extra()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._by_wire or key in self._extra()

    def __iter__(self) -> Iterator[str]:
        yield from self._by_wire
        for key in self._extra():
            if key not in self._by_wire:
                yield key

    def __len__(self) -> int:
        return len(self._by_wire) + sum(1 for k in self._extra() if k not in self._by_wire)

    def __eq__(self, other: object) -> bool:
        # Typed values, not to_dict(): a datetime read on one side and still a string on the other
        # ("...Z" vs "...+00:00") is the same value.
        if type(other) is not type(self):
            return NotImplemented
        return self._extra() == other._extra() and all(  # type: ignore[attr-defined]
            getattr(self, f.attr) == getattr(other, f.attr) for f in self._fields
        )

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> Any:
        return (_rebuild, (type(self), self.to_dict()))

    def __repr__(self) -> str:
        parts = []
        for field in self._fields:
            value = getattr(self, field.attr)
            shown = "'***'" if field.wire in _SECRET_FIELDS and value else repr(value)
            parts.append(f"{field.attr}={shown}")
        extra = self._extra()
        if extra:
            parts.append(
                f"additional_properties={ {k: ('***' if k in _SECRET_FIELDS else v) for k, v in extra.items()}!r}"
            )
        return f"{type(self).__name__}({', '.join(parts)})"

    __str__ = __repr__


__all__ = [
    "UNSET",
    "Field",
    "File",
    "FileTypes",
    "ModelMapping",
    "RequestFiles",
    "Response",
    "ResponseModel",
    "Unset",
    "to_wire",
]
