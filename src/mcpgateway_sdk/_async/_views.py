"""Typed views of the client for `gw.with_raw_response` and `gw.with_streaming_response`.

One class per namespace lists its methods as descriptors built from the resource's own methods, so
a type checker sees each wrapped method with the method's exact parameters and its result type:
`await gw.with_raw_response.servers.get(server_id)` is a `RawResponse[Server]`. The calls run the
ordinary method (see `_wrappers.py`). `tests/facade/test_parity.py` checks that every public method
of every namespace is listed here. The sync twin is generated from this file.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar

from .._raw import RawResponse
from ._bound_views import AsyncBoundRaw
from ._wrappers import AsyncRawMethod, AsyncStreamContext, AsyncStreamingMethod
from .resources.auth import AsyncAuth
from .resources.bundles import AsyncBundles
from .resources.cache import AsyncCache
from .resources.connections import AsyncConnections
from .resources.generation import AsyncGeneration
from .resources.oauth_apps import AsyncOAuthApps, AsyncOAuthTemplates
from .resources.sandboxes import AsyncSandboxes
from .resources.servers import AsyncServers
from .resources.sessions import AsyncSessions
from .resources.skills import AsyncSkills
from .resources.tools import AsyncTools

if TYPE_CHECKING:
    from .client import MCPGateway

__all__ = ["AsyncRawClient", "AsyncStreamingClient"]

P = ParamSpec("P")
T = TypeVar("T")


class AsyncRawCall(Generic[P, T]):
    """A method that returns its `RawResponse` (same parameters as the method)."""

    __slots__ = ("_call",)

    def __init__(self, method: Callable[..., Any]) -> None:
        self._call = AsyncRawMethod(method)

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        """Run the method; its result is the response's `parse()`."""
        response: RawResponse[T] = await self._call(*args, **kwargs)
        return response


class AsyncStreamCall(Generic[P]):
    """A method whose call is a context manager over the streamed response."""

    __slots__ = ("_call",)

    def __init__(self, method: Callable[..., Any]) -> None:
        self._call = AsyncStreamingMethod(method)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> AsyncStreamContext:
        """`async with` the result; the body is read only as you iterate it."""
        return self._call(*args, **kwargs)


class _Raw(Generic[P, T]):
    """Descriptor: the namespace's method of that name, returning a `RawResponse`."""

    __slots__ = ("_name",)

    def __init__(self, method: Callable[Concatenate[Any, P], Awaitable[T]]) -> None:
        self._name = method.__name__

    def __get__(self, view: _View, owner: type | None = None) -> AsyncRawCall[P, T]:
        return AsyncRawCall(getattr(view._resource, self._name))


class _Stream(Generic[P]):
    """Descriptor: the namespace's method of that name, as a streamed response."""

    __slots__ = ("_name",)

    def __init__(self, method: Callable[Concatenate[Any, P], Any]) -> None:
        self._name = method.__name__

    def __get__(self, view: _View, owner: type | None = None) -> AsyncStreamCall[P]:
        return AsyncStreamCall(getattr(view._resource, self._name))


class _View:
    """One namespace of the client, seen through a wrapper."""

    __slots__ = ("_resource",)

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncServersWithRawResponse(_View):
    """`gw.with_raw_response.servers`: every method of `gw.servers`, returning a `RawResponse`."""

    authentication = AsyncBoundRaw(AsyncServers.authentication)
    bulk_action = _Raw(AsyncServers.bulk_action)
    bundle_usage = _Raw(AsyncServers.bundle_usage)
    catalog_get = _Raw(AsyncServers.catalog_get)
    catalog_search = _Raw(AsyncServers.catalog_search)
    correct_tool_schema = _Raw(AsyncServers.correct_tool_schema)
    create = _Raw(AsyncServers.create)
    create_credential = _Raw(AsyncServers.create_credential)
    create_script_tool_package = _Raw(AsyncServers.create_script_tool_package)
    create_tool = _Raw(AsyncServers.create_tool)
    delete = _Raw(AsyncServers.delete)
    delete_credential = _Raw(AsyncServers.delete_credential)
    delete_oauth_config = _Raw(AsyncServers.delete_oauth_config)
    delete_tool = _Raw(AsyncServers.delete_tool)
    discovery_oauth_status = _Raw(AsyncServers.discovery_oauth_status)
    authorize_discovery_oauth = _Raw(AsyncServers.authorize_discovery_oauth)
    remove_discovery_oauth = _Raw(AsyncServers.remove_discovery_oauth)
    get = _Raw(AsyncServers.get)
    get_connection_options = _Raw(AsyncServers.get_connection_options)
    get_oauth_config = _Raw(AsyncServers.get_oauth_config)
    get_tool_selection = _Raw(AsyncServers.get_tool_selection)
    health = _Raw(AsyncServers.health)
    health_all = _Raw(AsyncServers.health_all)
    import_from_catalog = _Raw(AsyncServers.import_from_catalog)
    import_schema = _Raw(AsyncServers.import_schema)
    list = _Raw(AsyncServers.list)
    list_credentials = _Raw(AsyncServers.list_credentials)
    list_tools = _Raw(AsyncServers.list_tools)
    register_remote = _Raw(AsyncServers.register_remote)
    reset_tool_overrides = _Raw(AsyncServers.reset_tool_overrides)
    start = _Raw(AsyncServers.start)
    stop = _Raw(AsyncServers.stop)
    sync_local_tools = _Raw(AsyncServers.sync_local_tools)
    sync_tools = _Raw(AsyncServers.sync_tools)
    update = _Raw(AsyncServers.update)
    update_tool = _Raw(AsyncServers.update_tool)
    update_tool_overrides = _Raw(AsyncServers.update_tool_overrides)
    update_tool_selection = _Raw(AsyncServers.update_tool_selection)


class AsyncToolsWithRawResponse(_View):
    """`gw.with_raw_response.tools`: every method of `gw.tools`, returning a `RawResponse`."""

    execute = _Raw(AsyncTools.execute)
    get_by_name = _Raw(AsyncTools.get_by_name)
    search = _Raw(AsyncTools.search)


class AsyncSkillsWithRawResponse(_View):
    """`gw.with_raw_response.skills`: every method of `gw.skills`, returning a `RawResponse`."""

    attach = _Raw(AsyncSkills.attach)
    catalog = _Raw(AsyncSkills.catalog)
    catalog_detail = _Raw(AsyncSkills.catalog_detail)
    create = _Raw(AsyncSkills.create)
    delete = _Raw(AsyncSkills.delete)
    detach = _Raw(AsyncSkills.detach)
    download_package = _Raw(AsyncSkills.download_package)
    get = _Raw(AsyncSkills.get)
    import_from_catalog = _Raw(AsyncSkills.import_from_catalog)
    list = _Raw(AsyncSkills.list)
    templates = _Raw(AsyncSkills.templates)
    update = _Raw(AsyncSkills.update)
    update_package = _Raw(AsyncSkills.update_package)
    upload = _Raw(AsyncSkills.upload)


class AsyncSessionsWithRawResponse(_View):
    """`gw.with_raw_response.sessions`: every method of `gw.sessions`, returning a `RawResponse`."""

    cleanup = _Raw(AsyncSessions.cleanup)
    create = _Raw(AsyncSessions.create)
    delete = _Raw(AsyncSessions.delete)
    get = _Raw(AsyncSessions.get)
    list = _Raw(AsyncSessions.list)
    stats = _Raw(AsyncSessions.stats)
    touch = _Raw(AsyncSessions.touch)
    update = _Raw(AsyncSessions.update)


class AsyncSandboxesWithRawResponse(_View):
    """`gw.with_raw_response.sandboxes`: every method of `gw.sandboxes`, returning a `RawResponse`."""

    acquire_or_create = _Raw(AsyncSandboxes.acquire_or_create)
    activity = _Raw(AsyncSandboxes.activity)
    create = _Raw(AsyncSandboxes.create)
    destroy = _Raw(AsyncSandboxes.destroy)
    download = _Raw(AsyncSandboxes.download)
    download_file = _Raw(AsyncSandboxes.download_file)
    exec = _Raw(AsyncSandboxes.exec)
    export_logs = _Raw(AsyncSandboxes.export_logs)
    get = _Raw(AsyncSandboxes.get)
    image_templates = _Raw(AsyncSandboxes.image_templates)
    install_skills = _Raw(AsyncSandboxes.install_skills)
    list = _Raw(AsyncSandboxes.list)
    list_files = _Raw(AsyncSandboxes.list_files)
    list_images = _Raw(AsyncSandboxes.list_images)
    logs = _Raw(AsyncSandboxes.logs)
    package_catalog = _Raw(AsyncSandboxes.package_catalog)
    resume = _Raw(AsyncSandboxes.resume)
    stop = _Raw(AsyncSandboxes.stop)
    update = _Raw(AsyncSandboxes.update)
    upload = _Raw(AsyncSandboxes.upload)
    upload_file = _Raw(AsyncSandboxes.upload_file)


class AsyncAuthWithRawResponse(_View):
    """`gw.with_raw_response.auth`: every method of `gw.auth`, returning a `RawResponse`."""

    create_api_key = _Raw(AsyncAuth.create_api_key)
    get_api_key = _Raw(AsyncAuth.get_api_key)
    list_api_keys = _Raw(AsyncAuth.list_api_keys)
    revoke_api_key = _Raw(AsyncAuth.revoke_api_key)
    rotate_api_key = _Raw(AsyncAuth.rotate_api_key)


class AsyncCacheWithRawResponse(_View):
    """`gw.with_raw_response.cache`: every method of `gw.cache`, returning a `RawResponse`."""

    get = _Raw(AsyncCache.get)
    set = _Raw(AsyncCache.set)


class AsyncBundlesWithRawResponse(_View):
    """`gw.with_raw_response.bundles`: every method of `gw.bundles`, returning a `RawResponse`."""

    add_tools = _Raw(AsyncBundles.add_tools)
    assign_connection = _Raw(AsyncBundles.assign_connection)
    assign_server = _Raw(AsyncBundles.assign_server)
    create = _Raw(AsyncBundles.create)
    delete = _Raw(AsyncBundles.delete)
    get = _Raw(AsyncBundles.get)
    get_by_agent = _Raw(AsyncBundles.get_by_agent)
    list = _Raw(AsyncBundles.list)
    list_connections = _Raw(AsyncBundles.list_connections)
    list_tools = _Raw(AsyncBundles.list_tools)
    remove_connection = _Raw(AsyncBundles.remove_connection)
    remove_server = _Raw(AsyncBundles.remove_server)
    remove_tool = _Raw(AsyncBundles.remove_tool)
    set_tool_state = _Raw(AsyncBundles.set_tool_state)
    update = _Raw(AsyncBundles.update)
    update_tool = _Raw(AsyncBundles.update_tool)


class AsyncConnectionsWithRawResponse(_View):
    """`gw.with_raw_response.connections`: every method of `gw.connections`, returning a `RawResponse`."""

    create = _Raw(AsyncConnections.create)
    create_basic = _Raw(AsyncConnections.create_basic)
    delete = _Raw(AsyncConnections.delete)
    get = _Raw(AsyncConnections.get)
    initiate_oauth = _Raw(AsyncConnections.initiate_oauth)
    list = _Raw(AsyncConnections.list)
    refresh = _Raw(AsyncConnections.refresh)


class AsyncOAuthAppsWithRawResponse(_View):
    """`gw.with_raw_response.oauth_apps`: every method of `gw.oauth_apps`, returning a `RawResponse`."""

    compatible = _Raw(AsyncOAuthApps.compatible)
    create = _Raw(AsyncOAuthApps.create)
    create_custom = _Raw(AsyncOAuthApps.create_custom)
    delete = _Raw(AsyncOAuthApps.delete)
    get = _Raw(AsyncOAuthApps.get)
    probe_auth = _Raw(AsyncOAuthApps.probe_auth)
    update = _Raw(AsyncOAuthApps.update)


class AsyncOAuthTemplatesWithRawResponse(_View):
    """`gw.with_raw_response.oauth_templates`: `gw.oauth_templates.list`, returning a `RawResponse`."""

    list = _Raw(AsyncOAuthTemplates.list)


class AsyncGenerationWithRawResponse(_View):
    """`gw.with_raw_response.generation`: every method of `gw.generation`, returning a `RawResponse`."""

    analysis = _Raw(AsyncGeneration.analysis)
    approve = _Raw(AsyncGeneration.approve)
    cancel = _Raw(AsyncGeneration.cancel)
    delete = _Raw(AsyncGeneration.delete)
    get = _Raw(AsyncGeneration.get)
    list = _Raw(AsyncGeneration.list)
    start = _Raw(AsyncGeneration.start)


class AsyncRawClient:
    """`gw.with_raw_response`: each namespace with its methods returning `RawResponse`s."""

    __slots__ = ("__dict__", "_client")

    def __init__(self, client: MCPGateway) -> None:
        self._client = client

    @cached_property
    def servers(self) -> AsyncServersWithRawResponse:
        """`gw.servers`, raw."""
        return AsyncServersWithRawResponse(self._client.servers)

    @cached_property
    def tools(self) -> AsyncToolsWithRawResponse:
        """`gw.tools`, raw."""
        return AsyncToolsWithRawResponse(self._client.tools)

    @cached_property
    def skills(self) -> AsyncSkillsWithRawResponse:
        """`gw.skills`, raw."""
        return AsyncSkillsWithRawResponse(self._client.skills)

    @cached_property
    def sessions(self) -> AsyncSessionsWithRawResponse:
        """`gw.sessions`, raw."""
        return AsyncSessionsWithRawResponse(self._client.sessions)

    @cached_property
    def sandboxes(self) -> AsyncSandboxesWithRawResponse:
        """`gw.sandboxes`, raw."""
        return AsyncSandboxesWithRawResponse(self._client.sandboxes)

    @cached_property
    def auth(self) -> AsyncAuthWithRawResponse:
        """`gw.auth`, raw."""
        return AsyncAuthWithRawResponse(self._client.auth)

    @cached_property
    def cache(self) -> AsyncCacheWithRawResponse:
        """`gw.cache`, raw."""
        return AsyncCacheWithRawResponse(self._client.cache)

    @cached_property
    def bundles(self) -> AsyncBundlesWithRawResponse:
        """`gw.bundles`, raw."""
        return AsyncBundlesWithRawResponse(self._client.bundles)

    @cached_property
    def connections(self) -> AsyncConnectionsWithRawResponse:
        """`gw.connections`, raw."""
        return AsyncConnectionsWithRawResponse(self._client.connections)

    @cached_property
    def oauth_apps(self) -> AsyncOAuthAppsWithRawResponse:
        """`gw.oauth_apps`, raw."""
        return AsyncOAuthAppsWithRawResponse(self._client.oauth_apps)

    @cached_property
    def oauth_templates(self) -> AsyncOAuthTemplatesWithRawResponse:
        """`gw.oauth_templates`, raw."""
        return AsyncOAuthTemplatesWithRawResponse(self._client.oauth_templates)

    @cached_property
    def generation(self) -> AsyncGenerationWithRawResponse:
        """`gw.generation`, raw."""
        return AsyncGenerationWithRawResponse(self._client.generation)


class AsyncSandboxesWithStreamingResponse(_View):
    """`gw.with_streaming_response.sandboxes`: the downloads, streamed."""

    download = _Stream(AsyncSandboxes.download)
    download_file = _Stream(AsyncSandboxes.download_file)
    export_logs = _Stream(AsyncSandboxes.export_logs)


class AsyncSkillsWithStreamingResponse(_View):
    """`gw.with_streaming_response.skills`: the package download, streamed."""

    download_package = _Stream(AsyncSkills.download_package)


class AsyncStreamingClient:
    """`gw.with_streaming_response`: the downloads as streamed responses."""

    __slots__ = ("__dict__", "_client")

    def __init__(self, client: MCPGateway) -> None:
        self._client = client

    @cached_property
    def sandboxes(self) -> AsyncSandboxesWithStreamingResponse:
        """`gw.sandboxes`' downloads, streamed."""
        return AsyncSandboxesWithStreamingResponse(self._client.sandboxes)

    @cached_property
    def skills(self) -> AsyncSkillsWithStreamingResponse:
        """`gw.skills`' package download, streamed."""
        return AsyncSkillsWithStreamingResponse(self._client.skills)
