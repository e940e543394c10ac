"""Names a module binds now and imports on first use (resources load operations and models lazily).

A resource module lists its generated operations and models twice: once in a `TYPE_CHECKING`
import (for type checkers) and once in `lazy_import(globals(), ...)` (at run time). Touching a
namespace (`gw.servers`) then costs almost nothing; the first call of a method imports what it
uses, and the proxy puts the real object in the module's globals, so later calls pay nothing.
`tests/facade/test_lazy_imports.py` checks that both lists agree.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["lazy_import"]


class _Lazy:
    """Stands for `module.name` until first used, then replaces itself in `namespace`."""

    __slots__ = ("_module", "_name", "_namespace", "_submodule")

    def __init__(self, namespace: dict[str, Any], module: str, name: str, submodule: bool) -> None:
        self._namespace = namespace
        self._module = module
        self._name = name
        self._submodule = submodule

    def _resolve(self) -> Any:
        if self._submodule:
            value = importlib.import_module(f"{self._module}.{self._name}")
        else:
            value = getattr(importlib.import_module(self._module), self._name)
        if self._namespace.get(self._name) is self:
            self._namespace[self._name] = value
        return value

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._resolve(), attr)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._resolve()(*args, **kwargs)

    def __instancecheck__(self, instance: object) -> bool:
        return isinstance(instance, self._resolve())

    def __subclasscheck__(self, subclass: type) -> bool:
        return issubclass(subclass, self._resolve())

    def __or__(self, other: Any) -> Any:  # `Model | None` when annotations are evaluated
        return self._resolve() | other

    def __ror__(self, other: Any) -> Any:
        return other | self._resolve()

    def __repr__(self) -> str:
        return f"<lazy {self._module}.{self._name}>"


def lazy_import(
    namespace: dict[str, Any], module: str, names: str, *, submodules: bool = False
) -> None:
    """Bind each of the space-separated `names` of `module` in `namespace`, imported on first use.

    With `submodules=True` the names are modules inside the package `module` (operations).
    """
    for name in names.split():
        namespace[name] = _Lazy(namespace, module, name, submodules)
