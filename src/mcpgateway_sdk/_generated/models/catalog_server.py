from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_updated_at(data: Any) -> datetime.datetime | None:
    _updated_at = data
    updated_at: datetime.datetime | None
    if _updated_at is None:
        updated_at = None
    else:
        try:
            if not isinstance(_updated_at, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

            updated_at = updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            updated_at = _updated_at

    return updated_at


def _convert_metrics_updated_at(data: Any) -> datetime.datetime | None:
    _metrics_updated_at = data
    metrics_updated_at: datetime.datetime | None
    if _metrics_updated_at is None:
        metrics_updated_at = None
    else:
        try:
            if not isinstance(_metrics_updated_at, str):
                raise TypeError()
            metrics_updated_at_type_0 = datetime.datetime.fromisoformat(_metrics_updated_at)

            metrics_updated_at = metrics_updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            metrics_updated_at = _metrics_updated_at

    return metrics_updated_at


class CatalogServer(ResponseModel):
    """A server available for import from a registry."""

    if TYPE_CHECKING:
        registry: str
        """ Registry the entry comes from. Known values: `mcp_registry`, `dockerhub`, `pulsemcp`. The local gateway's
        own registry is `builtin` (with `npm` as an alias): local extensions. """
        registry_id: str
        """ Id of the entry within its registry; may contain `/` and `@`. """
        name: str
        """ Entry name. """
        description: str
        """ What the server does. """
        server_type: str
        """ Type the imported server gets. Known values: `remote`, `npx`, `uvx`, `container`, `generated`, `bundle`. The
        local gateway's built-in entries are `uvx` packages that it runs from its own environment. """
        transport: str
        """ Transport. Known values: `stdio`, `streamable-http`, `sse`. """
        package: None | str
        """ Package name, for package-based servers. """
        image: None | str
        """ Container image, for container servers. """
        url: None | str
        """ Endpoint, for remote servers. """
        required_env: list[str]
        """ Environment variables that must be set. """
        required_args: list[str]
        """ Arguments that must be given. """
        repository_url: None | str
        """ Source repository. """
        version: None | str
        """ Latest version. """
        updated_at: datetime.datetime | None
        """ Last update in the registry. """
        download_count: int | None
        """ Downloads, when known. """
        star_count: int | None
        """ Stars, when known. """
        is_official: bool
        """ Published by the service's vendor. """
        metrics_updated_at: datetime.datetime | None
        """ When the counts were fetched. """
        tool_count: int | None
        """ Number of tools, when known. """
        category: None | str
        """ Category. """
        author: None | str
        """ Author. """
        license_: None | str
        """ License. """

        def __init__(
            self,
            *,
            registry: str,
            registry_id: str,
            name: str,
            description: str,
            server_type: str,
            transport: str,
            package: None | str = None,
            image: None | str = None,
            url: None | str = None,
            required_env: list[str] = [],
            required_args: list[str] = [],
            repository_url: None | str = None,
            version: None | str = None,
            updated_at: datetime.datetime | None = None,
            download_count: int | None = None,
            star_count: int | None = None,
            is_official: bool = False,
            metrics_updated_at: datetime.datetime | None = None,
            tool_count: int | None = None,
            category: None | str = None,
            author: None | str = None,
            license_: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> CatalogServer: ...

    else:
        registry = _Field("registry", None)
        registry_id = _Field("registry_id", None)
        name = _Field("name", None)
        description = _Field("description", None)
        server_type = _Field("server_type", None)
        transport = _Field("transport", None)
        package = _Field("package", None, None)
        image = _Field("image", None, None)
        url = _Field("url", None, None)
        required_env = _Field("required_env", None, [])
        required_args = _Field("required_args", None, [])
        repository_url = _Field("repository_url", None, None)
        version = _Field("version", None, None)
        updated_at = _Field("updated_at", _convert_updated_at, None)
        download_count = _Field("download_count", None, None)
        star_count = _Field("star_count", None, None)
        is_official = _Field("is_official", None, False)
        metrics_updated_at = _Field("metrics_updated_at", _convert_metrics_updated_at, None)
        tool_count = _Field("tool_count", None, None)
        category = _Field("category", None, None)
        author = _Field("author", None, None)
        license_ = _Field("license", None, None)
