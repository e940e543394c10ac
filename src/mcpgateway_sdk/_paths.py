"""Path-parameter encoding: no value can move a request to another endpoint.

Every parameter is percent-encoded as one path segment (`/`, `?`, `#`, `%` included), except
parameters whose name ends in `_path` (sandbox file paths): those are encoded segment by segment,
keep their `/` separators (and a leading `/`, meaning an absolute sandbox path). A value (or file
path segment) that is empty, `.` or `..` raises `ValueError` before anything is sent: URL
normalisers (RFC 3986) resolve dot segments, even percent-encoded ones, to another endpoint.
"""

from __future__ import annotations

from urllib.parse import quote

__all__ = ["encode_multi_segment", "encode_segment", "format_path"]


def encode_segment(value: object) -> str:
    """Percent-encode `value` as exactly one path segment."""
    text = str(value)
    if text == "":
        raise ValueError("path parameter must not be empty")
    if text in (".", ".."):
        raise ValueError(f"path parameter must not be {text!r}: it would name another endpoint")
    return quote(text, safe="")


def encode_multi_segment(value: object) -> str:
    """Percent-encode a `/`-separated path, segment by segment."""
    text = str(value)
    absolute = text.startswith("/")
    body = text[1:] if absolute else text
    if body == "":
        raise ValueError(f"invalid file path {text!r}: it names no file")
    segments = body.split("/")
    for segment in segments:
        if segment in ("", ".", ".."):
            raise ValueError(
                f"invalid file path {text!r}: empty, '.' and '..' segments are not allowed"
            )
        if "\x00" in segment:
            raise ValueError(f"invalid file path {text!r}: NUL byte")
    encoded = "/".join(quote(segment, safe="") for segment in segments)
    return "/" + encoded if absolute else encoded


def format_path(template: str, /, **params: object) -> str:
    """Fill `template` (`/api/v1/servers/{server_id}`) with encoded parameter values."""
    encoded = {
        name: encode_multi_segment(value) if name.endswith("_path") else encode_segment(value)
        for name, value in params.items()
    }
    return template.format(**encoded)
