"""The legacy methods that warn (`DeprecationWarning`, CONTRACT-0.61 §4.18): tests that call them
on purpose expect the warning, so warnings-as-errors still catches any other."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager, nullcontext
from typing import Any

import pytest

DEPRECATED = {
    "servers.list_credentials": "authentication(id).get()",
    "servers.create_credential": "authentication(id).set_secret(field, value)",
    "servers.delete_credential": "authentication(id).set(...)",
    "servers.get_oauth_config": "authentication(id).get()",
    "servers.delete_oauth_config": "authentication(id).set(",
}


def expect_deprecation(dotted: str) -> AbstractContextManager[Any]:
    """`pytest.warns` naming the replacement for a deprecated method; a no-op for others."""
    replacement = DEPRECATED.get(dotted)
    if replacement is None:
        return nullcontext()
    return pytest.warns(DeprecationWarning, match=re.escape(f"servers.{replacement}"))
