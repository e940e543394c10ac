from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..models.auth_requirement_probe_auth_method_type_0 import AuthRequirementProbeAuthMethodType0
from ..models.auth_requirement_probe_outcome import AuthRequirementProbeOutcome
from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.connection_test import ConnectionTest
    from ..models.o_auth_discovery import OAuthDiscovery

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ConnectionTest, OAuthDiscovery
    from ..models.connection_test import ConnectionTest  # noqa: PLC0415
    from ..models.o_auth_discovery import OAuthDiscovery  # noqa: PLC0415

    _lazy_imported = True


def _convert_outcome(data: Any) -> AuthRequirementProbeOutcome:
    if not _lazy_imported:
        _import_lazy()
    outcome = AuthRequirementProbeOutcome(data)

    return outcome


def _convert_oauth_discovery(data: Any) -> OAuthDiscovery:
    if not _lazy_imported:
        _import_lazy()
    oauth_discovery = OAuthDiscovery.from_dict(data)

    return oauth_discovery


def _convert_auth_method(data: Any) -> AuthRequirementProbeAuthMethodType0 | None:
    if not _lazy_imported:
        _import_lazy()
    _auth_method = data
    auth_method: AuthRequirementProbeAuthMethodType0 | None
    if _auth_method is None:
        auth_method = None
    else:
        try:
            if not isinstance(_auth_method, str):
                raise TypeError()
            auth_method_type_0 = AuthRequirementProbeAuthMethodType0(_auth_method)

            auth_method = auth_method_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            auth_method = _auth_method

    return auth_method


def _convert_connection_test(data: Any) -> ConnectionTest | None:
    if not _lazy_imported:
        _import_lazy()
    _connection_test = data
    connection_test: ConnectionTest | None
    if _connection_test is None:
        connection_test = None
    else:
        try:
            if not isinstance(_connection_test, dict):
                raise TypeError()
            connection_test_type_0 = ConnectionTest.from_dict(_connection_test)

            connection_test = connection_test_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            connection_test = _connection_test

    return connection_test


class AuthRequirementProbe(ResponseModel):
    """What a remote URL requires to be called."""

    if TYPE_CHECKING:
        outcome: AuthRequirementProbeOutcome
        """ `oauth`, `authentication_required`, `no_authentication` or `detection_failed`. """
        oauth_discovery: OAuthDiscovery
        """ OAuth evidence found for a URL. """
        auth_method: AuthRequirementProbeAuthMethodType0 | None
        """ The authentication scheme to configure, when known. """
        connection_test: ConnectionTest | None
        """ The unauthenticated MCP handshake, when one was tried. """
        error: None | str
        """ Why detection failed. """

        def __init__(
            self,
            *,
            outcome: AuthRequirementProbeOutcome,
            oauth_discovery: OAuthDiscovery,
            auth_method: AuthRequirementProbeAuthMethodType0 | None = None,
            connection_test: ConnectionTest | None = None,
            error: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> AuthRequirementProbe: ...

    else:
        outcome = _Field("outcome", _convert_outcome)
        oauth_discovery = _Field("oauth_discovery", _convert_oauth_discovery, nested=True)
        auth_method = _Field("auth_method", _convert_auth_method, None)
        connection_test = _Field("connection_test", _convert_connection_test, None, nested=True)
        error = _Field("error", None, None)
