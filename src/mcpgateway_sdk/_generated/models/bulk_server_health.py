from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.server_health import ServerHealth

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ServerHealth
    from ..models.server_health import ServerHealth  # noqa: PLC0415

    _lazy_imported = True


def _convert_results(data: Any) -> list[ServerHealth]:
    if not _lazy_imported:
        _import_lazy()
    results = []
    _results = data
    for results_item_data in _results:
        results_item = ServerHealth.from_dict(results_item_data)

        results.append(results_item)

    return results


class BulkServerHealth(ResponseModel):
    """Health of every server."""

    if TYPE_CHECKING:
        results: list[ServerHealth]
        """ One result per server. """
        total_checked: int
        """ Servers checked. """
        running: int
        """ Servers running. """
        stopped: int
        """ Servers stopped. """
        error: int
        """ Servers in error. """

        def __init__(
            self,
            *,
            results: list[ServerHealth],
            total_checked: int,
            running: int,
            stopped: int,
            error: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BulkServerHealth: ...

    else:
        results = _Field("results", _convert_results, nested=True)
        total_checked = _Field("total_checked", None)
        running = _Field("running", None)
        stopped = _Field("stopped", None)
        error = _Field("error", None)
