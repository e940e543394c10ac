from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.import_preview import ImportPreview

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ImportPreview
    from ..models.import_preview import ImportPreview  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "registry": ("registry", False),
    "registry_id": ("registry_id", False),
    "name": ("name", False),
    "description": ("description", False),
    "server_type": ("server_type", False),
    "transport": ("transport", False),
    "import_preview": ("import_preview", True),
    "package": ("package", True),
    "image": ("image", True),
    "url": ("url", True),
    "required_env": ("required_env", True),
    "required_args": ("required_args", True),
    "repository_url": ("repository_url", True),
    "version": ("version", True),
    "updated_at": ("updated_at", True),
    "download_count": ("download_count", True),
    "star_count": ("star_count", True),
    "is_official": ("is_official", False),
    "metrics_updated_at": ("metrics_updated_at", True),
    "tool_count": ("tool_count", True),
    "category": ("category", True),
    "author": ("author", True),
    "license": ("license_", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class CatalogServerDetails(ModelMapping):
    """A catalog entry with an import preview."""

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
    local gateway's built-in entries are `stdio` (a local extension). """
    transport: str
    """ Transport. Known values: `stdio`, `streamable-http`, `sse`. """
    import_preview: ImportPreview
    """ The server an import would create. """
    package: None | str | Unset = UNSET
    """ Package name, for package-based servers. """
    image: None | str | Unset = UNSET
    """ Container image, for container servers. """
    url: None | str | Unset = UNSET
    """ Endpoint, for remote servers. """
    required_env: list[str] | Unset = UNSET
    """ Environment variables that must be set. """
    required_args: list[str] | Unset = UNSET
    """ Arguments that must be given. """
    repository_url: None | str | Unset = UNSET
    """ Source repository. """
    version: None | str | Unset = UNSET
    """ Latest version. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Last update in the registry. """
    download_count: int | None | Unset = UNSET
    """ Downloads, when known. """
    star_count: int | None | Unset = UNSET
    """ Stars, when known. """
    is_official: bool | Unset = False
    """ Published by the service's vendor. """
    metrics_updated_at: datetime.datetime | None | Unset = UNSET
    """ When the counts were fetched. """
    tool_count: int | None | Unset = UNSET
    """ Number of tools, when known. """
    category: None | str | Unset = UNSET
    """ Category. """
    author: None | str | Unset = UNSET
    """ Author. """
    license_: None | str | Unset = UNSET
    """ License. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        registry = self.registry

        registry_id = self.registry_id

        name = self.name

        description = self.description

        server_type = self.server_type

        transport = self.transport

        import_preview = self.import_preview.to_dict()

        package: None | str | Unset
        if isinstance(self.package, Unset):
            package = UNSET
        else:
            package = self.package

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        required_env: list[str] | Unset = UNSET
        if not isinstance(self.required_env, Unset):
            required_env = self.required_env

        required_args: list[str] | Unset = UNSET
        if not isinstance(self.required_args, Unset):
            required_args = self.required_args

        repository_url: None | str | Unset
        if isinstance(self.repository_url, Unset):
            repository_url = UNSET
        else:
            repository_url = self.repository_url

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        download_count: int | None | Unset
        if isinstance(self.download_count, Unset):
            download_count = UNSET
        else:
            download_count = self.download_count

        star_count: int | None | Unset
        if isinstance(self.star_count, Unset):
            star_count = UNSET
        else:
            star_count = self.star_count

        is_official = self.is_official

        metrics_updated_at: None | str | Unset
        if isinstance(self.metrics_updated_at, Unset):
            metrics_updated_at = UNSET
        elif isinstance(self.metrics_updated_at, datetime.datetime):
            metrics_updated_at = self.metrics_updated_at.isoformat()
        else:
            metrics_updated_at = self.metrics_updated_at

        tool_count: int | None | Unset
        if isinstance(self.tool_count, Unset):
            tool_count = UNSET
        else:
            tool_count = self.tool_count

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        license_: None | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        else:
            license_ = self.license_

        field_dict: dict[str, Any] = {
            "registry": registry,
            "registry_id": registry_id,
            "name": name,
            "description": description,
            "server_type": server_type,
            "transport": transport,
            "import_preview": import_preview,
        }
        if package is not UNSET:
            field_dict["package"] = package
        if image is not UNSET:
            field_dict["image"] = image
        if url is not UNSET:
            field_dict["url"] = url
        if required_env is not UNSET:
            field_dict["required_env"] = required_env
        if required_args is not UNSET:
            field_dict["required_args"] = required_args
        if repository_url is not UNSET:
            field_dict["repository_url"] = repository_url
        if version is not UNSET:
            field_dict["version"] = version
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if download_count is not UNSET:
            field_dict["download_count"] = download_count
        if star_count is not UNSET:
            field_dict["star_count"] = star_count
        if is_official is not UNSET:
            field_dict["is_official"] = is_official
        if metrics_updated_at is not UNSET:
            field_dict["metrics_updated_at"] = metrics_updated_at
        if tool_count is not UNSET:
            field_dict["tool_count"] = tool_count
        if category is not UNSET:
            field_dict["category"] = category
        if author is not UNSET:
            field_dict["author"] = author
        if license_ is not UNSET:
            field_dict["license"] = license_
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_imported:
            _import_lazy()
        registry = src_dict["registry"]
        registry_id = src_dict["registry_id"]
        name = src_dict["name"]
        description = src_dict["description"]
        server_type = src_dict["server_type"]
        transport = src_dict["transport"]
        import_preview = ImportPreview.from_dict(src_dict["import_preview"])

        package = src_dict.get("package", UNSET)

        image = src_dict.get("image", UNSET)

        url = src_dict.get("url", UNSET)

        required_env = cast(list[str], src_dict.get("required_env", UNSET))

        required_args = cast(list[str], src_dict.get("required_args", UNSET))

        repository_url = src_dict.get("repository_url", UNSET)

        version = src_dict.get("version", UNSET)

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None:
            updated_at = None
        elif _updated_at is UNSET:
            updated_at = UNSET
        else:
            try:
                if not isinstance(_updated_at, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = _updated_at

        download_count = src_dict.get("download_count", UNSET)

        star_count = src_dict.get("star_count", UNSET)

        is_official = src_dict.get("is_official", UNSET)
        _metrics_updated_at = src_dict.get("metrics_updated_at", UNSET)
        metrics_updated_at: datetime.datetime | None | Unset
        if _metrics_updated_at is None:
            metrics_updated_at = None
        elif _metrics_updated_at is UNSET:
            metrics_updated_at = UNSET
        else:
            try:
                if not isinstance(_metrics_updated_at, str):
                    raise TypeError()
                metrics_updated_at_type_0 = datetime.datetime.fromisoformat(_metrics_updated_at)

                metrics_updated_at = metrics_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metrics_updated_at = _metrics_updated_at

        tool_count = src_dict.get("tool_count", UNSET)

        category = src_dict.get("category", UNSET)

        author = src_dict.get("author", UNSET)

        license_ = src_dict.get("license", UNSET)

        catalog_server_details = cls(
            registry=registry,
            registry_id=registry_id,
            name=name,
            description=description,
            server_type=server_type,
            transport=transport,
            import_preview=import_preview,
            package=package,
            image=image,
            url=url,
            required_env=required_env,
            required_args=required_args,
            repository_url=repository_url,
            version=version,
            updated_at=updated_at,
            download_count=download_count,
            star_count=star_count,
            is_official=is_official,
            metrics_updated_at=metrics_updated_at,
            tool_count=tool_count,
            category=category,
            author=author,
            license_=license_,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            catalog_server_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return catalog_server_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
