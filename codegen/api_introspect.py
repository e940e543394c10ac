"""What `api.md` describes, read from the SDK itself: namespaces, methods, models, exceptions.

Everything here comes from the live objects (`inspect`) or, where the runtime keeps nothing (the
field annotations of the generated models sit under `if TYPE_CHECKING:`), from their source
(`ast`). Nothing is listed by hand, so a new namespace, method, model or exception appears in the
reference as soon as it exists.
"""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import pkgutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, is_typeddict

import mcpgateway_sdk
import mcpgateway_sdk.exceptions as exceptions_module
import mcpgateway_sdk.models as models_module
from mcpgateway_sdk import MCPGateway, MCPGatewaySync

__all__ = [
    "ClassDoc",
    "FieldDoc",
    "MethodDoc",
    "NamespaceDoc",
    "class_fields",
    "client_members",
    "exception_docs",
    "format_signature",
    "model_docs",
    "namespaces",
    "public_methods",
]


@dataclass(frozen=True)
class MethodDoc:
    """One public method: its name, signature text, return annotation and docstring."""

    name: str
    is_async: bool
    params: str
    returns: str
    doc: str


@dataclass(frozen=True)
class NamespaceDoc:
    """One namespace (`gw.servers`): its path, classes and methods on both clients."""

    path: str
    async_class: str
    sync_class: str
    doc: str
    async_methods: dict[str, MethodDoc]
    sync_methods: dict[str, MethodDoc]


@dataclass(frozen=True)
class FieldDoc:
    """One field of a model or attribute of an exception."""

    name: str
    type: str
    doc: str = ""
    required: bool = False


@dataclass(frozen=True)
class ClassDoc:
    """A documented class: model, enum, exception or helper type."""

    name: str
    module: str
    doc: str
    bases: tuple[str, ...] = ()
    fields: tuple[FieldDoc, ...] = ()
    values: tuple[str, ...] = ()
    constructor: str = ""
    methods: dict[str, MethodDoc] = field(default_factory=dict)


def clean_annotation(text: str) -> str:
    """An annotation as users read it (`builtins.list[X]` is just `list[X]`)."""
    return text.replace("builtins.", "").replace("typing.", "")


def _annotation(value: Any) -> str:
    if value is inspect.Parameter.empty:
        return ""
    if isinstance(value, str):
        return clean_annotation(value)
    return clean_annotation(inspect.formatannotation(value))


def format_signature(func: Any, *, drop_first: bool = True) -> tuple[str, str]:
    """`(parameters, return annotation)` of `func` as text, without `self`."""
    sig = inspect.signature(func)
    params = list(sig.parameters.values())[1 if drop_first else 0 :]
    parts: list[str] = []
    star_done = False
    for param in params:
        if param.kind is param.KEYWORD_ONLY and not star_done:
            parts.append("*")
            star_done = True
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            star_done = True
        prefix = {param.VAR_POSITIONAL: "*", param.VAR_KEYWORD: "**"}.get(param.kind, "")
        text = prefix + param.name
        annotation = _annotation(param.annotation)
        if annotation:
            text += f": {annotation}"
        if param.default is not param.empty:
            text += f" = {param.default!r}" if annotation else f"={param.default!r}"
        parts.append(text)
        if param.kind is param.POSITIONAL_ONLY and (
            params.index(param) == len(params) - 1
            or params[params.index(param) + 1].kind is not param.POSITIONAL_ONLY
        ):
            parts.append("/")
    return ", ".join(parts), _annotation(sig.return_annotation)


def _method_doc(name: str, func: Any) -> MethodDoc:
    params, returns = format_signature(func)
    return MethodDoc(
        name=name,
        is_async=inspect.iscoroutinefunction(func),
        params=params,
        returns=returns,
        doc=inspect.getdoc(func) or "",
    )


def public_methods(cls: type, *, own_only: bool = False) -> dict[str, MethodDoc]:
    """Every public callable of `cls`, sorted by name.

    Methods of built-in bases (`list.append`, `BaseException.add_note`) are left out; with
    `own_only`, so are all inherited ones.
    """
    out: dict[str, MethodDoc] = {}
    for name, member in sorted(inspect.getmembers(cls)):
        if name.startswith("_"):
            continue
        owner = next((k for k in cls.__mro__ if name in vars(k)), object)
        if (own_only and owner is not cls) or owner.__module__ == "builtins":
            continue
        if inspect.isclass(member) or not callable(member):
            continue
        out[name] = _method_doc(name, member)
    return out


def client_members(client: type) -> tuple[dict[str, MethodDoc], dict[str, str]]:
    """The client's own methods (namespaces excluded) and its properties with their docstrings."""
    methods = public_methods(client)
    props: dict[str, str] = {}
    for name, member in sorted(vars(client).items()):
        if name.startswith("_") or isinstance(member, cached_property):
            continue
        if isinstance(member, property):
            _, returns = format_signature(member.fget)
            props[name] = f"{returns}\t{inspect.getdoc(member) or ''}"
    return methods, props


def _resource_children(obj: object) -> Iterator[tuple[str, object]]:
    """Namespaces hanging off `obj`: cached properties whose value is a resource object."""
    for name, member in vars(type(obj)).items():
        if name.startswith("_") or not isinstance(member, cached_property):
            continue
        value = getattr(obj, name)
        if type(value).__module__.startswith(("mcpgateway_sdk._async.", "mcpgateway_sdk._sync.")):
            yield name, value


def _walk(obj: object, prefix: str) -> Iterator[tuple[str, object]]:
    for name, child in _resource_children(obj):
        path = f"{prefix}.{name}"
        yield path, child
        yield from _walk(child, path)


def namespaces() -> list[NamespaceDoc]:
    """Every namespace of both clients (nested ones included), in the clients' order."""
    a_client = MCPGateway(api_key="k", check_version=False)
    s_client = MCPGatewaySync(api_key="k", check_version=False)
    sync_found = dict(_walk(s_client, "gw"))
    out: list[NamespaceDoc] = []
    for path, a_res in _walk(a_client, "gw"):
        s_res = sync_found.get(path)
        s_type = type(s_res) if s_res is not None else None
        out.append(
            NamespaceDoc(
                path=path,
                async_class=type(a_res).__name__,
                sync_class=s_type.__name__ if s_type else "",
                doc=inspect.getdoc(type(a_res)) or "",
                async_methods=public_methods(type(a_res)),
                sync_methods=public_methods(s_type) if s_type else {},
            )
        )
    missing = set(sync_found) - {ns.path for ns in out}
    if missing:
        raise RuntimeError(f"namespaces only on MCPGatewaySync: {sorted(missing)}")
    return out


# --- models -------------------------------------------------------------------------------------


def _class_ast(cls: type) -> ast.ClassDef | None:
    """The class statement of `cls`, found in whichever SDK module defines it.

    `inspect.getsource` is not enough: the exceptions set `__module__` to `mcpgateway_sdk`
    (their public name), which is not the file they are written in.
    """
    files = {
        module.__file__
        for module in list(sys.modules.values())
        if getattr(module, "__name__", "").startswith("mcpgateway_sdk")
        and getattr(module, "__file__", None)
        and getattr(module, cls.__name__, None) is cls
    }
    for path in sorted(f for f in files if f):
        for node in ast.parse(Path(path).read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
                return node
    return None


def _declared_bases(klass: type) -> list[type]:
    """The bases a class statement names; a TypedDict's runtime `__bases__` is just `dict`."""
    if not is_typeddict(klass):
        return list(klass.__bases__)
    node = _class_ast(klass)
    module = sys.modules.get(klass.__module__)
    names = [b.id for b in node.bases if isinstance(b, ast.Name)] if node else []
    found = [getattr(module, n, None) for n in names]
    return [b for b in found if inspect.isclass(b)]


def _sdk_classes(cls: type) -> list[type]:
    """`cls` and its SDK bases, base first."""
    seen: list[type] = []

    def visit(klass: type) -> None:
        for base in _declared_bases(klass):
            visit(base)
        if klass.__module__.startswith("mcpgateway_sdk") and klass not in seen:
            seen.append(klass)

    visit(cls)
    return seen


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _annotated(body: list[ast.stmt]) -> Iterator[tuple[str, str, str]]:
    """`(name, annotation, docstring)` of the annotated names of a class body."""
    for index, stmt in enumerate(body):
        if isinstance(stmt, ast.If) and _is_type_checking(stmt.test):
            yield from _annotated(stmt.body)
        if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
            continue
        annotation = ast.unparse(stmt.annotation)
        if "ClassVar" in annotation:
            continue
        doc = ""
        following = body[index + 1] if index + 1 < len(body) else None
        if (
            isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            doc = " ".join(following.value.value.split())
        yield stmt.target.id, clean_annotation(annotation), doc


def _required_names(cls: type) -> set[str]:
    runtime_fields = getattr(cls, "_fields", None)
    if isinstance(runtime_fields, tuple):  # generated response models: `Field` descriptors
        return {f.attr for f in runtime_fields if repr(f.default) == "<missing>"}
    attrs_fields = getattr(cls, "__attrs_attrs__", None)
    if attrs_fields is not None:  # generated request models: attrs classes
        import attrs

        return {a.name for a in attrs_fields if a.default is attrs.NOTHING and a.init}
    return set()


def class_fields(cls: type) -> tuple[FieldDoc, ...]:
    """The annotated fields of `cls` and its SDK bases (base first, own last, no duplicates)."""
    required = _required_names(cls)
    seen: dict[str, FieldDoc] = {}
    for klass in _sdk_classes(cls):
        if klass.__name__ in ("ResponseModel", "ModelMapping"):
            continue
        node = _class_ast(klass)
        if node is None:
            continue
        for name, annotation, doc in _annotated(node.body):
            if name.startswith("_") or name == "additional_properties":
                continue
            seen[name] = FieldDoc(name, annotation, doc, name in required)
        for attr in _self_attributes(klass):  # a plain class (`PaginatedResponse`)
            if attr.name != "additional_properties":
                seen.setdefault(attr.name, attr)
    return tuple(seen.values())


def _import_sdk() -> None:
    """Import every hand-written SDK module, so subclasses of the models are all known."""
    for info in pkgutil.walk_packages(mcpgateway_sdk.__path__, "mcpgateway_sdk."):
        if "._generated" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)


def model_docs() -> list[ClassDoc]:
    """Every model of `mcpgateway_sdk.models` (enums with their values), sorted by name."""
    _import_sdk()
    out: list[ClassDoc] = []
    for name in dir(models_module):
        cls = getattr(models_module, name)
        if not inspect.isclass(cls):
            continue
        doc = inspect.getdoc(cls) or ""
        if issubclass(cls, enum.Enum):
            values = tuple(repr(member.value) for member in cls)
            out.append(ClassDoc(name, "mcpgateway_sdk.models", doc, values=values))
            continue
        methods = public_methods(cls, own_only=True)
        for sub in cls.__subclasses__():  # a hand-written twin, e.g. `ToolExecuteResult`
            if sub.__name__ == name and sub.__module__.startswith("mcpgateway_sdk."):
                methods |= public_methods(sub, own_only=True)
        out.append(
            ClassDoc(name, "mcpgateway_sdk.models", doc, fields=class_fields(cls), methods=methods)
        )
    return out


def helper_docs() -> list[ClassDoc]:
    """Pages, raw and streamed responses, request options and `NotGiven`: the public helpers."""
    import mcpgateway_sdk.options as options
    import mcpgateway_sdk.pagination as pagination
    import mcpgateway_sdk.responses as responses

    out: list[ClassDoc] = []
    for module in (pagination, responses, options):
        for name in module.__all__:
            cls = getattr(module, name)
            out.append(
                ClassDoc(
                    name,
                    module.__name__,
                    inspect.getdoc(cls) or "",
                    fields=class_fields(cls) if name.endswith("Options") else (),
                    methods={} if name.endswith("Options") else public_methods(cls),
                )
            )
    out.append(
        ClassDoc("NotGiven", "mcpgateway_sdk", inspect.getdoc(mcpgateway_sdk.NotGiven) or "")
    )
    return out


# --- exceptions ---------------------------------------------------------------------------------


def _self_attributes(cls: type) -> Iterator[FieldDoc]:
    """Attributes a class sets on `self` (with the parameter's annotation) or annotates."""
    node = _class_ast(cls)
    if node is None:
        return
    for name, annotation, doc in _annotated(node.body):
        if not name.startswith("_"):
            yield FieldDoc(name, annotation, doc)
    for func in node.body:
        if not isinstance(func, ast.FunctionDef):
            continue
        params = {a.arg: a.annotation for a in func.args.args + func.args.kwonlyargs}
        for stmt in ast.walk(func):
            targets: list[ast.expr] = []
            annotation: ast.expr | None = None
            if isinstance(stmt, ast.Assign):
                targets = stmt.targets
            elif isinstance(stmt, ast.AnnAssign):
                targets, annotation = [stmt.target], stmt.annotation
            for target in targets:
                if not (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                    and not target.attr.startswith("_")
                ):
                    continue
                if annotation is None and isinstance(stmt.value, ast.Name):
                    annotation = params.get(stmt.value.id)
                if annotation is None:  # `self.items = list(items)`: the parameter's type
                    annotation = params.get(target.attr)
                text = clean_annotation(ast.unparse(annotation)) if annotation else ""
                yield FieldDoc(target.attr, text)


def exception_attributes(cls: type) -> tuple[FieldDoc, ...]:
    """Every public attribute of an exception class, from its SDK bases down to itself."""
    seen: dict[str, FieldDoc] = {}
    for klass in _sdk_classes(cls):
        for attr in _self_attributes(klass):
            if attr.name not in seen or (attr.type and not seen[attr.name].type):
                seen[attr.name] = attr
    return tuple(seen.values())


def exception_docs() -> list[ClassDoc]:
    """Every class of `mcpgateway_sdk.exceptions`, base classes first, then by name."""
    members = [getattr(exceptions_module, n) for n in exceptions_module.__all__]
    classes = [member for member in members if isinstance(member, type)]
    listed = frozenset(classes)
    classes.sort(key=lambda c: (len([b for b in c.__mro__ if b in listed]), c.__name__))
    out: list[ClassDoc] = []
    for cls in classes:
        params, _ = format_signature(cls.__init__)
        bases = tuple(b.__name__ for b in cls.__bases__)
        out.append(
            ClassDoc(
                cls.__name__,
                "mcpgateway_sdk",
                inspect.getdoc(cls) or "",
                bases=bases,
                fields=exception_attributes(cls),
                constructor=params,
                methods=public_methods(cls, own_only=True),
            )
        )
    return out
