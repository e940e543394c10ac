"""Sandbox paths and files: sandbox paths mapped to host paths like a chroot at
`<root>/<id>`, directory listings, and safe reads and atomic writes (no Starlette).

:class:`SandboxFiles` is the file half of :class:`~mcpgateway_local.sandbox_runtime.SandboxRuntime`
(see that module for the path table).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .sandbox_process import timestamp

__all__ = [
    "FileEntry",
    "SandboxError",
    "SandboxFileTooLargeError",
    "SandboxFiles",
    "SandboxNotFoundError",
    "SandboxPathError",
]

_SANDBOX_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
_WORKSPACE = "workspace"


class SandboxError(Exception):
    """Base class of sandbox runtime errors."""


class SandboxPathError(SandboxError, ValueError):
    """A sandbox path is malformed or escapes the sandbox."""


class SandboxNotFoundError(SandboxError, LookupError):
    """No sandbox directory exists for the id."""


class SandboxFileTooLargeError(SandboxError, ValueError):
    """A file read or write exceeds the size limit."""


@dataclass(frozen=True)
class FileEntry:
    """One directory entry; ``path`` is the sandbox path (e.g. ``/workspace/a.txt``)."""

    name: str
    path: str
    size: int
    is_directory: bool
    modified_at: datetime


class SandboxFiles:
    """Paths and files of the sandboxes under ``root`` (the runtime sets both attributes)."""

    root: Path
    max_file_bytes: int

    def _hand_over(self, *paths: Path) -> None:
        """Give new sandbox paths to the command user (the runtime does it as root)."""

    def sandbox_root(self, sandbox_id: str) -> Path:
        """Host directory of the sandbox (it may not exist); validates the id."""
        if not _SANDBOX_ID_RE.match(sandbox_id):
            raise SandboxPathError(
                f"invalid sandbox id {sandbox_id!r}: use letters, digits, '.', '_' and '-'"
            )
        return self.root / sandbox_id

    def _existing_root(self, sandbox_id: str) -> Path:
        sroot = self.sandbox_root(sandbox_id)
        if not sroot.is_dir() or sroot.is_symlink():
            raise SandboxNotFoundError(f"sandbox {sandbox_id!r} does not exist")
        return sroot

    def workspace(self, sandbox_id: str) -> Path:
        """Host path of the sandbox's ``/workspace`` (created if missing)."""
        workspace = self._existing_root(sandbox_id) / _WORKSPACE
        workspace.mkdir(exist_ok=True)
        return workspace

    # -- paths -------------------------------------------------------------

    def resolve(self, sandbox_id: str, path: str) -> Path:
        """Map a sandbox path to a host path inside the sandbox (symlinks resolved).

        Raises :class:`SandboxPathError` for NUL bytes, ``..`` segments and
        escapes, :class:`SandboxNotFoundError` for an unknown sandbox.
        """
        if "\0" in path:
            raise SandboxPathError("path contains a NUL byte")
        sroot = self._existing_root(sandbox_id)
        segments = [seg for seg in path.split("/") if seg not in ("", ".")]
        if ".." in segments:
            raise SandboxPathError(f"path {path!r} contains a '..' segment")
        if path.startswith("/"):
            base = sroot
        else:
            base = sroot / _WORKSPACE
            if segments[:1] == [_WORKSPACE]:
                segments = segments[1:]
        try:
            resolved = base.joinpath(*segments).resolve()
        except (OSError, RuntimeError) as exc:
            raise SandboxPathError(f"path {path!r} cannot be resolved: {exc}") from None
        if not resolved.is_relative_to(sroot):
            raise SandboxPathError(f"path {path!r} escapes the sandbox")
        return resolved

    def sandbox_path(self, sandbox_id: str, host_path: Path) -> str:
        """Inverse of :meth:`resolve`: the absolute sandbox path of a host path."""
        relative = host_path.relative_to(self.sandbox_root(sandbox_id)).as_posix()
        return "/" if relative == "." else f"/{relative}"

    # -- files -------------------------------------------------------------

    def _entry(self, sandbox_id: str, sroot: Path, host_path: Path) -> FileEntry:
        st = host_path.lstat()
        if stat.S_ISLNK(st.st_mode):
            # Describe the target only when it stays inside the sandbox.
            with contextlib.suppress(OSError, RuntimeError):
                target = host_path.resolve()
                if target.is_relative_to(sroot):
                    st = target.stat()
        return FileEntry(
            name=host_path.name,
            path=self.sandbox_path(sandbox_id, host_path),
            size=0 if stat.S_ISDIR(st.st_mode) else st.st_size,
            is_directory=stat.S_ISDIR(st.st_mode),
            modified_at=timestamp(st.st_mtime),
        )

    def list_files(self, sandbox_id: str, path: str = "/workspace") -> list[FileEntry]:
        """Entries of a sandbox directory, sorted by name.

        Raises ``FileNotFoundError`` / ``NotADirectoryError`` for a missing
        directory or a file.
        """
        sroot = self._existing_root(sandbox_id)
        directory = self.resolve(sandbox_id, path)
        if not directory.is_dir():
            if directory.exists():
                raise NotADirectoryError(errno.ENOTDIR, "not a directory", path)
            raise FileNotFoundError(errno.ENOENT, "no such directory", path)
        entries: list[FileEntry] = []
        with os.scandir(directory) as it:
            for item in it:
                with contextlib.suppress(FileNotFoundError):  # deleted meanwhile
                    entries.append(self._entry(sandbox_id, sroot, directory / item.name))
        entries.sort(key=lambda e: e.name)
        return entries

    def stat_file(self, sandbox_id: str, path: str) -> FileEntry:
        """Describe one sandbox file or directory."""
        sroot = self._existing_root(sandbox_id)
        return self._entry(sandbox_id, sroot, self.resolve(sandbox_id, path))

    def read_file(self, sandbox_id: str, path: str, *, max_bytes: int | None = None) -> bytes:
        """Contents of a regular sandbox file, at most ``max_bytes`` (default: runtime limit)."""
        limit = self.max_file_bytes if max_bytes is None else max_bytes
        target = self.resolve(sandbox_id, path)
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
        fd = os.open(target, flags)
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError(errno.EISDIR, "is a directory", path)
            if not stat.S_ISREG(st.st_mode):
                raise OSError(errno.EINVAL, "not a regular file", path)
            if st.st_size > limit:
                raise SandboxFileTooLargeError(f"{path!r} is larger than {limit} bytes")
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise SandboxFileTooLargeError(f"{path!r} is larger than {limit} bytes")
        return data

    def write_file(
        self, sandbox_id: str, path: str, data: bytes, *, max_bytes: int | None = None
    ) -> FileEntry:
        """Write a file atomically (temp file + rename), creating parent directories.

        Refuses directories (``IsADirectoryError``) and data over ``max_bytes``
        (default: runtime limit). Returns the new entry.
        """
        limit = self.max_file_bytes if max_bytes is None else max_bytes
        if len(data) > limit:
            raise SandboxFileTooLargeError(f"upload is larger than {limit} bytes")
        sroot = self._existing_root(sandbox_id)
        target = self.resolve(sandbox_id, path)
        if target == sroot or target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", path)
        parent = target.parent
        parent.mkdir(parents=True, exist_ok=True)
        if not parent.resolve().is_relative_to(sroot):
            raise SandboxPathError(f"path {path!r} escapes the sandbox")
        fd, tmp_name = tempfile.mkstemp(dir=parent, prefix=".upload-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                os.fchmod(handle.fileno(), 0o644)
            os.replace(tmp_name, target)
            self._hand_over(target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
            raise
        return self._entry(sandbox_id, sroot, target)
