"""Server authentication methods of `gw.servers`: the bound `authentication(server_id)` resource
and `register_remote`. `AsyncServers` inherits them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ..._exceptions import ConflictError, GatewayError, busy_from_conflict
from ..._exceptions_client import AccessModeNotEnforcedError
from ..._helpers import parse_model, request_body
from ..._lazy import lazy_import
from ..._options import RequestOptions
from .._cleanup import cleanup_step
from .._http import AsyncHTTPCore
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.servers import (
        create_server,
        delete_server,
        delete_server_auth_secret,
        get_server,
        get_server_authentication,
        set_server_auth_secret,
        set_server_authentication,
    )
    from ..._generated.models import (
        Authentication,
        AuthenticationUpdate,
        AuthSecretUpdate,
        Server,
        ServerCreate,
    )
    from ...models.remote_registration import RemoteServerRegistration
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.servers",
        "create_server delete_server delete_server_auth_secret get_server get_server_authentication set_server_auth_secret set_server_authentication",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "Authentication AuthenticationUpdate AuthSecretUpdate Server ServerCreate",
    )
    lazy_import(globals(), "mcpgateway_sdk.models.remote_registration", "RemoteServerRegistration")

__all__ = ["AsyncServerAuth", "AsyncServerAuthentication"]


def _check_oauth2(config: Mapping[str, Any]) -> None:
    """The client-side oauth2 check of `set` (the gateway checks the rest)."""
    app_id = config.get("app_id")
    if not isinstance(app_id, str) or not app_id.strip():
        raise ValueError("oauth2 config needs a non-blank app_id")
    scopes = config.get("scopes")
    if scopes is None:
        return
    if not isinstance(scopes, list):
        raise ValueError("oauth2 config scopes must be a list of strings")
    for scope in scopes:
        if not isinstance(scope, str) or not scope.strip():
            raise ValueError(f"oauth2 scope {scope!r} must be a non-blank string")


def _strict(auth: Authentication) -> Authentication:
    """The answer, after checking the fields the contract makes strict (CONTRACT-0.61 §2.12):
    an unknown `type`, `provided_by` or config enum is a `GatewayError`, as in the published
    SDK, since guessing how a server authenticates is not safe."""
    problems: list[str] = []

    def known(value: Any, what: str) -> None:
        if value is not None and not getattr(value, "is_known", True):
            problems.append(f"{what}={value!s}")

    try:
        known(auth.type_, "type")
        config: Any = auth.config
        for f in auth.fields:
            known(f.provided_by, "fields[].provided_by")
        for name in ("location", "discovery_source", "version"):
            known(getattr(config, name, None), f"config.{name}")
        for entry in getattr(config, "entries", None) or []:
            known(entry.kind, "config.entries[].kind")
            known(entry.location, "config.entries[].location")
        recipe = getattr(config, "recipe", None)
        if recipe is not None:
            known(recipe.algo, "config.recipe.algo")
            known(recipe.output, "config.recipe.output")
    except ValueError as exc:
        problems.append(str(exc))
    if problems:
        raise GatewayError(
            200,
            "the gateway's Authentication does not match the contract: " + "; ".join(problems),
        )
    return auth


def _plain(value: Any) -> Any:
    """A mapping or a model (`to_dict()`) as a plain dict; anything else as it is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) and not isinstance(value, Mapping) else value


class AsyncServerAuthentication:
    """How one server authenticates upstream: `get`, `set`, `set_secret`, `delete_secret`.

    Made by `gw.servers.authentication(server_id)`, which sends nothing. Secret values are
    write-only: `get()` says which fields have one (`AuthField.is_set`), never the value.
    """

    __slots__ = ("_core", "server_id")

    def __init__(self, core: AsyncHTTPCore, server_id: str | UUID) -> None:
        self._core = core
        self.server_id = str(server_id)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of server {self.server_id}>"

    async def get(self, **options: Unpack[RequestOptions]) -> Authentication:
        """The server's authentication: `type`, `config` (the type's model), `fields` (with
        `is_set`), `missing_fields` and `pending_reason`."""
        request = get_server_authentication._get_kwargs(server_id=self.server_id)
        return _strict(parse_model(await self._core.request_json(request, options), Authentication))

    async def set(
        self,
        type: str,
        config: Mapping[str, Any] | Any,
        fields: Sequence[Mapping[str, Any] | Any] | None = None,
        secrets: Mapping[str, str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Authentication:
        """Replace the server's authentication; returns it as stored.

        `type` (`none`, `api_key`, `bearer`, `basic`, `oauth2`, `hmac`, `env`,
        `composite_static`), `config` (a mapping or a config model, sent as given), `fields`
        (the credential fields: `name`, `sensitive`, `required`, `provided_by`, optional
        `label`, `help`; `[]` by default) and `secrets` (values of admin-provided fields, stored
        with the declaration, never returned; sent only when given). A new type, or a field whose
        `provided_by` changes, drops the values stored for the old shape. For `oauth2` a blank
        `app_id` or a blank scope is a `ValueError` before anything is sent.
        """
        plain_config = _plain(config)
        if not isinstance(plain_config, Mapping):
            raise TypeError(f"config must be a mapping, got {config.__class__.__name__}")
        if type == "oauth2":
            _check_oauth2(plain_config)
        if isinstance(fields, (str, bytes, Mapping)):
            raise TypeError("fields must be a list of field declarations")
        payload: dict[str, Any] = {
            "type": type,
            "config": dict(plain_config),
            "fields": [_plain(f) for f in fields] if fields is not None else [],
        }
        if secrets is not None:
            payload["secrets"] = dict(secrets)
        body = request_body(AuthenticationUpdate, payload, "set")
        request = set_server_authentication._get_kwargs(server_id=self.server_id, body=body)
        return _strict(parse_model(await self._core.request_json(request, options), Authentication))

    async def set_secret(self, field: str, value: str, **options: Unpack[RequestOptions]) -> None:
        """Store the value of one declared field (the gateway picks admin or user storage from
        the field's `provided_by`). The value is never returned."""
        if not isinstance(field, str) or not field or not isinstance(value, str):
            raise TypeError("set_secret(field, value) takes a field name and a string value")
        body = AuthSecretUpdate(name=field, value=value)
        request = set_server_auth_secret._get_kwargs(server_id=self.server_id, body=body)
        await self._core.request_json(request, options)

    async def delete_secret(self, field: str, **options: Unpack[RequestOptions]) -> None:
        """Remove the stored value of one field; its declaration stays."""
        request = delete_server_auth_secret._get_kwargs(server_id=self.server_id, field_name=field)
        await self._core.request_json(request, options)


class AsyncServerAuth(AsyncResource):
    """`authentication(server_id)` and `register_remote(registration)`."""

    def authentication(self, server_id: str | UUID) -> AsyncServerAuthentication:
        """The authentication of one server, as a bound resource (nothing is sent yet)."""
        return AsyncServerAuthentication(self._core, server_id)

    async def register_remote(
        self, registration: RemoteServerRegistration, **options: Unpack[RequestOptions]
    ) -> Server:
        """Register a remote MCP server with its authentication; returns the server.

        `registration` (a `RemoteServerRegistration`) was checked when it was built. The calls:
        create the server; check that a requested `bundle_only` was applied (else delete it and
        raise `AccessModeNotEnforcedError`); for `oauth2` return the server now (the declaration
        went with the create); otherwise set the authentication, store each secret, and return
        the server read back. A `GatewayError` while configuring deletes the server again and is
        raised (with a note if that delete failed too); one while reading it back is raised with
        a note, the server stays.
        """
        if not isinstance(registration, RemoteServerRegistration):
            raise TypeError("register_remote() takes a RemoteServerRegistration")
        auth = registration.authentication
        body = request_body(ServerCreate, registration.create_payload(), "register_remote")
        data = await self._core.request_json(create_server._get_kwargs(body=body), options)
        server = parse_model(data, Server)
        server_id = str(server.id)
        if registration.access_mode != "public" and server.access_mode != registration.access_mode:
            outcome = await cleanup_step(lambda: self._delete_server(server_id))
            raise AccessModeNotEnforcedError(
                server_id=server_id,
                requested_access_mode=registration.access_mode,
                echoed_access_mode=server.access_mode,
                cleanup={"delete": outcome},
            )
        if auth.type == "oauth2":
            return server
        try:
            await self.authentication(server_id).set(
                auth.type, auth.config_payload(), auth.fields_payload(), **options
            )
            for name, value in auth.secrets.items():
                await self.authentication(server_id).set_secret(name, value, **options)
        except GatewayError as exc:
            try:
                await self._core.request_json(
                    delete_server._get_kwargs(server_id=server_id), options
                )
            except GatewayError as cleanup_error:
                exc.add_note(
                    f"register_remote: deleting server {server_id} after the failure also "
                    f"failed ({cleanup_error}); delete it yourself"
                )
            raise
        try:
            request = get_server._get_kwargs(server_id=server_id)
            return parse_model(await self._core.request_json(request, options), Server)
        except GatewayError as exc:
            exc.add_note(
                f"register_remote: server {server_id} was created and configured; "
                "read it with servers.get"
            )
            raise

    async def _delete_server(self, server_id: str) -> None:
        """Delete for clean-up: a busy 409 of an older gateway becomes `GenerationJobBusyError`."""
        try:
            await self._core.request_json(delete_server._get_kwargs(server_id=server_id))
        except ConflictError as exc:
            busy = busy_from_conflict(exc)
            if busy is None:
                raise
            raise busy from exc
