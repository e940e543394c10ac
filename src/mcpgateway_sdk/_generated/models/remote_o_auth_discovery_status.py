from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..models.remote_o_auth_discovery_status_state import RemoteOAuthDiscoveryStatusState
from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.provider_account_summary import ProviderAccountSummary

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ProviderAccountSummary
    from ..models.provider_account_summary import ProviderAccountSummary  # noqa: PLC0415

    _lazy_imported = True


def _convert_state(data: Any) -> RemoteOAuthDiscoveryStatusState:
    if not _lazy_imported:
        _import_lazy()
    state = RemoteOAuthDiscoveryStatusState(data)

    return state


def _convert_expires_at(data: Any) -> datetime.datetime | None:
    if not _lazy_imported:
        _import_lazy()
    _expires_at = data
    expires_at: datetime.datetime | None
    if _expires_at is None:
        expires_at = None
    else:
        try:
            if not isinstance(_expires_at, str):
                raise TypeError()
            expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at)

            expires_at = expires_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            expires_at = _expires_at

    return expires_at


def _convert_authorized_by_user_id(data: Any) -> None | UUID:
    if not _lazy_imported:
        _import_lazy()
    _authorized_by_user_id = data
    authorized_by_user_id: None | UUID
    if _authorized_by_user_id is None:
        authorized_by_user_id = None
    else:
        try:
            if not isinstance(_authorized_by_user_id, str):
                raise TypeError()
            authorized_by_user_id_type_0 = UUID(_authorized_by_user_id)

            authorized_by_user_id = authorized_by_user_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            authorized_by_user_id = _authorized_by_user_id

    return authorized_by_user_id


def _convert_provider_account(data: Any) -> None | ProviderAccountSummary:
    if not _lazy_imported:
        _import_lazy()
    _provider_account = data
    provider_account: None | ProviderAccountSummary
    if _provider_account is None:
        provider_account = None
    else:
        try:
            if not isinstance(_provider_account, dict):
                raise TypeError()
            provider_account_type_0 = ProviderAccountSummary.from_dict(_provider_account)

            provider_account = provider_account_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            provider_account = _provider_account

    return provider_account


class RemoteOAuthDiscoveryStatus(ResponseModel):
    """State of a server's discovery OAuth grant. Every key is always present; no token or secret is ever included."""

    if TYPE_CHECKING:
        state: RemoteOAuthDiscoveryStatusState
        """ `authorization_required` (no grant yet), `ready`, `degraded` (refresh failing, token still valid),
        `reauthorization_required` (the grant is unusable) or `unsupported` (the server offers no OAuth). """
        requested_scopes: list[str]
        """ Scopes asked for at the last authorization. """
        granted_scopes: list[str] | None
        """ Scopes the provider granted. """
        expires_at: datetime.datetime | None
        """ When the access token expires. """
        refresh_supported: bool
        """ Whether a refresh token is held. """
        authorized_by_user_id: None | UUID
        """ Who authorized the grant. """
        provider_account: None | ProviderAccountSummary
        """ The provider account, when known. """
        reason: None | str
        """ Why the grant is not ready. """

        def __init__(
            self,
            *,
            state: RemoteOAuthDiscoveryStatusState,
            requested_scopes: list[str],
            granted_scopes: list[str] | None,
            expires_at: datetime.datetime | None,
            refresh_supported: bool,
            authorized_by_user_id: None | UUID,
            provider_account: None | ProviderAccountSummary,
            reason: None | str,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> RemoteOAuthDiscoveryStatus: ...

    else:
        state = _Field("state", _convert_state)
        requested_scopes = _Field("requested_scopes", None)
        granted_scopes = _Field("granted_scopes", None)
        expires_at = _Field("expires_at", _convert_expires_at)
        refresh_supported = _Field("refresh_supported", None)
        authorized_by_user_id = _Field("authorized_by_user_id", _convert_authorized_by_user_id)
        provider_account = _Field("provider_account", _convert_provider_account, nested=True)
        reason = _Field("reason", None)
