"""Match a request (method + raw path) to a spec operation.

Each raw segment is percent-decoded on its own, so `%2F` stays inside one value. Literal segments
win over parameters (`/sessions/stats` beats `/sessions/{session_id}`); a last-position parameter
marked `x-multi-segment` takes every remaining segment joined by `/`
(`/files//workspace/a.txt` -> `file_path="/workspace/a.txt"`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from .errors import HTTPProblem
from .legacy_paths import current_path
from .spec import Operation

_LITERAL, _PARAM, _MULTI = 0, 1, 2


@dataclass(frozen=True, slots=True)
class RouteMatch:
    """The chosen operation and its raw (decoded, not yet coerced) path values."""

    operation: Operation
    path_values: dict[str, str]


class Router:
    """Operation lookup by method and raw path; raises 404/405 `HTTPProblem`s."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        self._operations = tuple(operations)

    def match(self, method: str, raw_path: bytes) -> RouteMatch:
        """The best operation for `method` and `raw_path` (query string, if any, is ignored)."""
        segments = split_raw_path(current_path(raw_path))
        if segments is None:
            raise HTTPProblem(404, "Not Found")
        best: tuple[tuple[int, ...], RouteMatch] | None = None
        allowed: set[str] = set()
        for op in self._operations:
            found = _match_segments(op, segments)
            if found is None:
                continue
            rank, values = found
            if op.method != method.upper():
                allowed.add(op.method)
                continue
            if best is None or rank < best[0]:
                best = (rank, RouteMatch(op, values))
        if best is not None:
            return best[1]
        if allowed:
            raise HTTPProblem(405, "Method Not Allowed", {"Allow": ", ".join(sorted(allowed))})
        raise HTTPProblem(404, "Not Found")


def split_raw_path(raw_path: bytes) -> list[str] | None:
    """Split on `/` and percent-decode each segment (UTF-8); None if undecodable or not absolute."""
    path = raw_path.split(b"?", 1)[0]
    if not path.startswith(b"/"):
        return None
    try:
        return [unquote_to_bytes(piece).decode("utf-8") for piece in path.split(b"/")[1:]]
    except UnicodeDecodeError:
        return None


def _match_segments(
    op: Operation, segments: list[str]
) -> tuple[tuple[int, ...], dict[str, str]] | None:
    template = op.segments
    values: dict[str, str] = {}
    rank: list[int] = []
    for index, seg in enumerate(template):
        if index >= len(segments):
            return None
        if seg.multi and seg.param is not None:
            rest = segments[index:]
            value = "/".join(rest)
            if not value:
                return None
            values[seg.param] = value
            rank.append(_PARAM if len(rest) == 1 else _MULTI)
            return tuple(rank), values
        actual = segments[index]
        if seg.literal is not None:
            if actual != seg.literal:
                return None
            rank.append(_LITERAL)
        else:
            if not actual or seg.param is None:
                return None
            values[seg.param] = actual
            rank.append(_PARAM)
    if len(segments) != len(template):
        return None
    return tuple(rank), values
