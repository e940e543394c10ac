from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.bulk_action_item_result import BulkActionItemResult

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, BulkActionItemResult
    from ..models.bulk_action_item_result import BulkActionItemResult  # noqa: PLC0415

    _lazy_imported = True


def _convert_results(data: Any) -> list[BulkActionItemResult]:
    if not _lazy_imported:
        _import_lazy()
    results = []
    _results = data
    for results_item_data in _results:
        results_item = BulkActionItemResult.from_dict(results_item_data)

        results.append(results_item)

    return results


class BulkActionResult(ResponseModel):
    """Outcome of a bulk action."""

    if TYPE_CHECKING:
        results: list[BulkActionItemResult]
        """ One outcome per server. """
        total: int
        """ Servers requested. """
        succeeded: int
        """ Servers where the action worked. """
        failed: int
        """ Servers where it failed. """

        def __init__(
            self,
            *,
            results: list[BulkActionItemResult],
            total: int,
            succeeded: int,
            failed: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BulkActionResult: ...

    else:
        results = _Field("results", _convert_results, nested=True)
        total = _Field("total", None)
        succeeded = _Field("succeeded", None)
        failed = _Field("failed", None)
