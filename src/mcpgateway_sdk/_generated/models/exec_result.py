from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ExecResult(ResponseModel):
    """Outcome of a command run in a sandbox."""

    if TYPE_CHECKING:
        exit_code: int
        """ Process exit status. """
        stdout: str
        """ Captured standard output. """
        stderr: str
        """ Captured standard error. """
        duration_ms: int
        """ Wall time in milliseconds. """

        def __init__(
            self,
            *,
            exit_code: int = 0,
            stdout: str = "",
            stderr: str = "",
            duration_ms: int = 0,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ExecResult: ...

    else:
        exit_code = _Field("exit_code", None, 0)
        stdout = _Field("stdout", None, "")
        stderr = _Field("stderr", None, "")
        duration_ms = _Field("duration_ms", None, 0)
