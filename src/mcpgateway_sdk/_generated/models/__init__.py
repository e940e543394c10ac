"""Contains all the data models used in inputs/outputs.

Models are imported lazily: ``from .models import Server`` loads ``models/server.py`` (and what it
imports) on first access only.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_bundle_tools_request import AddBundleToolsRequest
    from .api_key import ApiKey
    from .api_key_config import ApiKeyConfig
    from .api_key_config_location import ApiKeyConfigLocation
    from .api_key_create import ApiKeyCreate
    from .api_key_create_environment import ApiKeyCreateEnvironment
    from .api_key_created import ApiKeyCreated
    from .api_key_list import ApiKeyList
    from .api_key_rotate_request import ApiKeyRotateRequest
    from .api_key_rotation import ApiKeyRotation
    from .attach_result import AttachResult
    from .auth_field import AuthField
    from .auth_field_declaration import AuthFieldDeclaration
    from .auth_field_provided_by import AuthFieldProvidedBy
    from .auth_requirement_probe import AuthRequirementProbe
    from .auth_requirement_probe_auth_method_type_0 import AuthRequirementProbeAuthMethodType0
    from .auth_requirement_probe_outcome import AuthRequirementProbeOutcome
    from .auth_secret_update import AuthSecretUpdate
    from .authentication import Authentication
    from .authentication_type import AuthenticationType
    from .authentication_update import AuthenticationUpdate
    from .basic_config import BasicConfig
    from .basic_connection import BasicConnection
    from .basic_connection_create import BasicConnectionCreate
    from .bearer_config import BearerConfig
    from .bulk_action_item_result import BulkActionItemResult
    from .bulk_action_request import BulkActionRequest
    from .bulk_action_result import BulkActionResult
    from .bulk_server_health import BulkServerHealth
    from .bundle import Bundle
    from .bundle_connection import BundleConnection
    from .bundle_connection_list import BundleConnectionList
    from .bundle_create import BundleCreate
    from .bundle_detail import BundleDetail
    from .bundle_list import BundleList
    from .bundle_tool import BundleTool
    from .bundle_tool_create import BundleToolCreate
    from .bundle_tool_list import BundleToolList
    from .bundle_tool_state import BundleToolState
    from .bundle_tool_state_request import BundleToolStateRequest
    from .bundle_tool_update import BundleToolUpdate
    from .bundle_update import BundleUpdate
    from .bundle_with_key import BundleWithKey
    from .cache_entry import CacheEntry
    from .cache_entry_write import CacheEntryWrite
    from .catalog_import_request import CatalogImportRequest
    from .catalog_server import CatalogServer
    from .catalog_server_details import CatalogServerDetails
    from .catalog_server_list import CatalogServerList
    from .composite_static_config import CompositeStaticConfig
    from .composite_static_config_version import CompositeStaticConfigVersion
    from .composite_static_entry import CompositeStaticEntry
    from .composite_static_entry_kind import CompositeStaticEntryKind
    from .composite_static_entry_location import CompositeStaticEntryLocation
    from .connection import Connection
    from .connection_create import ConnectionCreate
    from .connection_created import ConnectionCreated
    from .connection_list import ConnectionList
    from .connection_server_summary import ConnectionServerSummary
    from .connection_test import ConnectionTest
    from .connection_user_summary import ConnectionUserSummary
    from .discovery_o_auth_authorize_request import DiscoveryOAuthAuthorizeRequest
    from .enriched_error import EnrichedError
    from .env_config import EnvConfig
    from .error_detail import ErrorDetail
    from .exec_request import ExecRequest
    from .exec_result import ExecResult
    from .existing_connection_summary import ExistingConnectionSummary
    from .generation_analysis import GenerationAnalysis
    from .generation_approval import GenerationApproval
    from .generation_approval_credential_mode import GenerationApprovalCredentialMode
    from .generation_job import GenerationJob
    from .generation_job_create import GenerationJobCreate
    from .generation_job_create_access_mode import GenerationJobCreateAccessMode
    from .generation_job_create_auth_type import GenerationJobCreateAuthType
    from .generation_job_create_input_type import GenerationJobCreateInputType
    from .generation_job_created import GenerationJobCreated
    from .generation_job_page import GenerationJobPage
    from .generation_job_transition import GenerationJobTransition
    from .health_status import HealthStatus
    from .hmac_config import HmacConfig
    from .hmac_recipe import HmacRecipe
    from .hmac_recipe_algo import HmacRecipeAlgo
    from .hmac_recipe_output import HmacRecipeOutput
    from .http_error import HTTPError
    from .http_validation_error import HTTPValidationError
    from .import_preview import ImportPreview
    from .initiate_o_auth_request import InitiateOAuthRequest
    from .list_servers_sort_order import ListServersSortOrder
    from .local_tool_create import LocalToolCreate
    from .local_tool_definition import LocalToolDefinition
    from .local_tool_sync import LocalToolSync
    from .local_tool_sync_result import LocalToolSyncResult
    from .local_tool_update import LocalToolUpdate
    from .none_config import NoneConfig
    from .o_auth_2_config import OAuth2Config
    from .o_auth_2_config_discovery_source_type_0 import OAuth2ConfigDiscoverySourceType0
    from .o_auth_app import OAuthApp
    from .o_auth_app_create import OAuthAppCreate
    from .o_auth_app_custom_create import OAuthAppCustomCreate
    from .o_auth_app_list_response import OAuthAppListResponse
    from .o_auth_app_summary import OAuthAppSummary
    from .o_auth_app_template import OAuthAppTemplate
    from .o_auth_app_template_list import OAuthAppTemplateList
    from .o_auth_app_update import OAuthAppUpdate
    from .o_auth_authorization import OAuthAuthorization
    from .o_auth_authorization_start import OAuthAuthorizationStart
    from .o_auth_callback_result import OAuthCallbackResult
    from .o_auth_discovery import OAuthDiscovery
    from .probe_auth_request import ProbeAuthRequest
    from .provider_account_summary import ProviderAccountSummary
    from .remote_o_auth_discovery_status import RemoteOAuthDiscoveryStatus
    from .remote_o_auth_discovery_status_state import RemoteOAuthDiscoveryStatusState
    from .sandbox import Sandbox
    from .sandbox_activity import SandboxActivity
    from .sandbox_activity_list import SandboxActivityList
    from .sandbox_create import SandboxCreate
    from .sandbox_egress_enforcement_status import SandboxEgressEnforcementStatus
    from .sandbox_egress_policy import SandboxEgressPolicy
    from .sandbox_egress_policy_source import SandboxEgressPolicySource
    from .sandbox_egress_policy_state import SandboxEgressPolicyState
    from .sandbox_file import SandboxFile
    from .sandbox_file_list import SandboxFileList
    from .sandbox_image import SandboxImage
    from .sandbox_image_list import SandboxImageList
    from .sandbox_image_template import SandboxImageTemplate
    from .sandbox_image_template_list import SandboxImageTemplateList
    from .sandbox_list import SandboxList
    from .sandbox_log import SandboxLog
    from .sandbox_log_list import SandboxLogList
    from .sandbox_mount import SandboxMount
    from .sandbox_mount_request import SandboxMountRequest
    from .sandbox_package import SandboxPackage
    from .sandbox_package_catalog import SandboxPackageCatalog
    from .sandbox_package_category import SandboxPackageCategory
    from .sandbox_update import SandboxUpdate
    from .sandbox_workload_class import SandboxWorkloadClass
    from .script_tool_package_upload import ScriptToolPackageUpload
    from .script_tool_package_version import ScriptToolPackageVersion
    from .search_server_catalog_sort_by import SearchServerCatalogSortBy
    from .server import Server
    from .server_assignment import ServerAssignment
    from .server_bundle_usage import ServerBundleUsage
    from .server_connection_options import ServerConnectionOptions
    from .server_create import ServerCreate
    from .server_credential import ServerCredential
    from .server_credential_create import ServerCredentialCreate
    from .server_credential_list import ServerCredentialList
    from .server_health import ServerHealth
    from .server_list import ServerList
    from .server_o_auth_config import ServerOAuthConfig
    from .server_readiness import ServerReadiness
    from .server_schema_import import ServerSchemaImport
    from .server_schema_import_access_mode import ServerSchemaImportAccessMode
    from .server_schema_import_auth_mode import ServerSchemaImportAuthMode
    from .server_tool import ServerTool
    from .server_type import ServerType
    from .server_update import ServerUpdate
    from .session import Session
    from .session_cleanup_result import SessionCleanupResult
    from .session_create import SessionCreate
    from .session_list import SessionList
    from .session_stats import SessionStats
    from .session_update import SessionUpdate
    from .skill import Skill
    from .skill_catalog_entry import SkillCatalogEntry
    from .skill_catalog_list import SkillCatalogList
    from .skill_create import SkillCreate
    from .skill_import_request import SkillImportRequest
    from .skill_install_request import SkillInstallRequest
    from .skill_install_result import SkillInstallResult
    from .skill_list import SkillList
    from .skill_package_update import SkillPackageUpdate
    from .skill_template import SkillTemplate
    from .skill_template_list import SkillTemplateList
    from .skill_update import SkillUpdate
    from .skill_upload import SkillUpload
    from .status_counts import StatusCounts
    from .tool_execute_request import ToolExecuteRequest
    from .tool_execute_result import ToolExecuteResult
    from .tool_lookup import ToolLookup
    from .tool_overrides import ToolOverrides
    from .tool_search_request import ToolSearchRequest
    from .tool_search_result import ToolSearchResult
    from .tool_search_results import ToolSearchResults
    from .tool_selection import ToolSelection
    from .tool_selection_item import ToolSelectionItem
    from .tool_selection_update import ToolSelectionUpdate
    from .tool_selection_update_result import ToolSelectionUpdateResult
    from .tool_sync_result import ToolSyncResult
    from .validation_error_item import ValidationErrorItem

# class name -> module (relative to this package) defining it
_MODULES: dict[str, str] = {
    "AddBundleToolsRequest": ".add_bundle_tools_request",
    "ApiKey": ".api_key",
    "ApiKeyConfig": ".api_key_config",
    "ApiKeyConfigLocation": ".api_key_config_location",
    "ApiKeyCreate": ".api_key_create",
    "ApiKeyCreateEnvironment": ".api_key_create_environment",
    "ApiKeyCreated": ".api_key_created",
    "ApiKeyList": ".api_key_list",
    "ApiKeyRotateRequest": ".api_key_rotate_request",
    "ApiKeyRotation": ".api_key_rotation",
    "AttachResult": ".attach_result",
    "AuthField": ".auth_field",
    "AuthFieldDeclaration": ".auth_field_declaration",
    "AuthFieldProvidedBy": ".auth_field_provided_by",
    "AuthRequirementProbe": ".auth_requirement_probe",
    "AuthRequirementProbeAuthMethodType0": ".auth_requirement_probe_auth_method_type_0",
    "AuthRequirementProbeOutcome": ".auth_requirement_probe_outcome",
    "AuthSecretUpdate": ".auth_secret_update",
    "Authentication": ".authentication",
    "AuthenticationType": ".authentication_type",
    "AuthenticationUpdate": ".authentication_update",
    "BasicConfig": ".basic_config",
    "BasicConnection": ".basic_connection",
    "BasicConnectionCreate": ".basic_connection_create",
    "BearerConfig": ".bearer_config",
    "BulkActionItemResult": ".bulk_action_item_result",
    "BulkActionRequest": ".bulk_action_request",
    "BulkActionResult": ".bulk_action_result",
    "BulkServerHealth": ".bulk_server_health",
    "Bundle": ".bundle",
    "BundleConnection": ".bundle_connection",
    "BundleConnectionList": ".bundle_connection_list",
    "BundleCreate": ".bundle_create",
    "BundleDetail": ".bundle_detail",
    "BundleList": ".bundle_list",
    "BundleTool": ".bundle_tool",
    "BundleToolCreate": ".bundle_tool_create",
    "BundleToolList": ".bundle_tool_list",
    "BundleToolState": ".bundle_tool_state",
    "BundleToolStateRequest": ".bundle_tool_state_request",
    "BundleToolUpdate": ".bundle_tool_update",
    "BundleUpdate": ".bundle_update",
    "BundleWithKey": ".bundle_with_key",
    "CacheEntry": ".cache_entry",
    "CacheEntryWrite": ".cache_entry_write",
    "CatalogImportRequest": ".catalog_import_request",
    "CatalogServer": ".catalog_server",
    "CatalogServerDetails": ".catalog_server_details",
    "CatalogServerList": ".catalog_server_list",
    "CompositeStaticConfig": ".composite_static_config",
    "CompositeStaticConfigVersion": ".composite_static_config_version",
    "CompositeStaticEntry": ".composite_static_entry",
    "CompositeStaticEntryKind": ".composite_static_entry_kind",
    "CompositeStaticEntryLocation": ".composite_static_entry_location",
    "Connection": ".connection",
    "ConnectionCreate": ".connection_create",
    "ConnectionCreated": ".connection_created",
    "ConnectionList": ".connection_list",
    "ConnectionServerSummary": ".connection_server_summary",
    "ConnectionTest": ".connection_test",
    "ConnectionUserSummary": ".connection_user_summary",
    "DiscoveryOAuthAuthorizeRequest": ".discovery_o_auth_authorize_request",
    "EnrichedError": ".enriched_error",
    "EnvConfig": ".env_config",
    "ErrorDetail": ".error_detail",
    "ExecRequest": ".exec_request",
    "ExecResult": ".exec_result",
    "ExistingConnectionSummary": ".existing_connection_summary",
    "GenerationAnalysis": ".generation_analysis",
    "GenerationApproval": ".generation_approval",
    "GenerationApprovalCredentialMode": ".generation_approval_credential_mode",
    "GenerationJob": ".generation_job",
    "GenerationJobCreate": ".generation_job_create",
    "GenerationJobCreateAccessMode": ".generation_job_create_access_mode",
    "GenerationJobCreateAuthType": ".generation_job_create_auth_type",
    "GenerationJobCreateInputType": ".generation_job_create_input_type",
    "GenerationJobCreated": ".generation_job_created",
    "GenerationJobPage": ".generation_job_page",
    "GenerationJobTransition": ".generation_job_transition",
    "HealthStatus": ".health_status",
    "HmacConfig": ".hmac_config",
    "HmacRecipe": ".hmac_recipe",
    "HmacRecipeAlgo": ".hmac_recipe_algo",
    "HmacRecipeOutput": ".hmac_recipe_output",
    "HTTPError": ".http_error",
    "HTTPValidationError": ".http_validation_error",
    "ImportPreview": ".import_preview",
    "InitiateOAuthRequest": ".initiate_o_auth_request",
    "ListServersSortOrder": ".list_servers_sort_order",
    "LocalToolCreate": ".local_tool_create",
    "LocalToolDefinition": ".local_tool_definition",
    "LocalToolSync": ".local_tool_sync",
    "LocalToolSyncResult": ".local_tool_sync_result",
    "LocalToolUpdate": ".local_tool_update",
    "NoneConfig": ".none_config",
    "OAuth2Config": ".o_auth_2_config",
    "OAuth2ConfigDiscoverySourceType0": ".o_auth_2_config_discovery_source_type_0",
    "OAuthApp": ".o_auth_app",
    "OAuthAppCreate": ".o_auth_app_create",
    "OAuthAppCustomCreate": ".o_auth_app_custom_create",
    "OAuthAppListResponse": ".o_auth_app_list_response",
    "OAuthAppSummary": ".o_auth_app_summary",
    "OAuthAppTemplate": ".o_auth_app_template",
    "OAuthAppTemplateList": ".o_auth_app_template_list",
    "OAuthAppUpdate": ".o_auth_app_update",
    "OAuthAuthorization": ".o_auth_authorization",
    "OAuthAuthorizationStart": ".o_auth_authorization_start",
    "OAuthCallbackResult": ".o_auth_callback_result",
    "OAuthDiscovery": ".o_auth_discovery",
    "ProbeAuthRequest": ".probe_auth_request",
    "ProviderAccountSummary": ".provider_account_summary",
    "RemoteOAuthDiscoveryStatus": ".remote_o_auth_discovery_status",
    "RemoteOAuthDiscoveryStatusState": ".remote_o_auth_discovery_status_state",
    "Sandbox": ".sandbox",
    "SandboxActivity": ".sandbox_activity",
    "SandboxActivityList": ".sandbox_activity_list",
    "SandboxCreate": ".sandbox_create",
    "SandboxEgressEnforcementStatus": ".sandbox_egress_enforcement_status",
    "SandboxEgressPolicy": ".sandbox_egress_policy",
    "SandboxEgressPolicySource": ".sandbox_egress_policy_source",
    "SandboxEgressPolicyState": ".sandbox_egress_policy_state",
    "SandboxFile": ".sandbox_file",
    "SandboxFileList": ".sandbox_file_list",
    "SandboxImage": ".sandbox_image",
    "SandboxImageList": ".sandbox_image_list",
    "SandboxImageTemplate": ".sandbox_image_template",
    "SandboxImageTemplateList": ".sandbox_image_template_list",
    "SandboxList": ".sandbox_list",
    "SandboxLog": ".sandbox_log",
    "SandboxLogList": ".sandbox_log_list",
    "SandboxMount": ".sandbox_mount",
    "SandboxMountRequest": ".sandbox_mount_request",
    "SandboxPackage": ".sandbox_package",
    "SandboxPackageCatalog": ".sandbox_package_catalog",
    "SandboxPackageCategory": ".sandbox_package_category",
    "SandboxUpdate": ".sandbox_update",
    "SandboxWorkloadClass": ".sandbox_workload_class",
    "ScriptToolPackageUpload": ".script_tool_package_upload",
    "ScriptToolPackageVersion": ".script_tool_package_version",
    "SearchServerCatalogSortBy": ".search_server_catalog_sort_by",
    "Server": ".server",
    "ServerAssignment": ".server_assignment",
    "ServerBundleUsage": ".server_bundle_usage",
    "ServerConnectionOptions": ".server_connection_options",
    "ServerCreate": ".server_create",
    "ServerCredential": ".server_credential",
    "ServerCredentialCreate": ".server_credential_create",
    "ServerCredentialList": ".server_credential_list",
    "ServerHealth": ".server_health",
    "ServerList": ".server_list",
    "ServerOAuthConfig": ".server_o_auth_config",
    "ServerReadiness": ".server_readiness",
    "ServerSchemaImport": ".server_schema_import",
    "ServerSchemaImportAccessMode": ".server_schema_import_access_mode",
    "ServerSchemaImportAuthMode": ".server_schema_import_auth_mode",
    "ServerTool": ".server_tool",
    "ServerType": ".server_type",
    "ServerUpdate": ".server_update",
    "Session": ".session",
    "SessionCleanupResult": ".session_cleanup_result",
    "SessionCreate": ".session_create",
    "SessionList": ".session_list",
    "SessionStats": ".session_stats",
    "SessionUpdate": ".session_update",
    "Skill": ".skill",
    "SkillCatalogEntry": ".skill_catalog_entry",
    "SkillCatalogList": ".skill_catalog_list",
    "SkillCreate": ".skill_create",
    "SkillImportRequest": ".skill_import_request",
    "SkillInstallRequest": ".skill_install_request",
    "SkillInstallResult": ".skill_install_result",
    "SkillList": ".skill_list",
    "SkillPackageUpdate": ".skill_package_update",
    "SkillTemplate": ".skill_template",
    "SkillTemplateList": ".skill_template_list",
    "SkillUpdate": ".skill_update",
    "SkillUpload": ".skill_upload",
    "StatusCounts": ".status_counts",
    "ToolExecuteRequest": ".tool_execute_request",
    "ToolExecuteResult": ".tool_execute_result",
    "ToolLookup": ".tool_lookup",
    "ToolOverrides": ".tool_overrides",
    "ToolSearchRequest": ".tool_search_request",
    "ToolSearchResult": ".tool_search_result",
    "ToolSearchResults": ".tool_search_results",
    "ToolSelection": ".tool_selection",
    "ToolSelectionItem": ".tool_selection_item",
    "ToolSelectionUpdate": ".tool_selection_update",
    "ToolSelectionUpdateResult": ".tool_selection_update_result",
    "ToolSyncResult": ".tool_sync_result",
    "ValidationErrorItem": ".validation_error_item",
}

__all__ = (
    "AddBundleToolsRequest",
    "ApiKey",
    "ApiKeyConfig",
    "ApiKeyConfigLocation",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyCreateEnvironment",
    "ApiKeyList",
    "ApiKeyRotateRequest",
    "ApiKeyRotation",
    "AttachResult",
    "Authentication",
    "AuthenticationType",
    "AuthenticationUpdate",
    "AuthField",
    "AuthFieldDeclaration",
    "AuthFieldProvidedBy",
    "AuthRequirementProbe",
    "AuthRequirementProbeAuthMethodType0",
    "AuthRequirementProbeOutcome",
    "AuthSecretUpdate",
    "BasicConfig",
    "BasicConnection",
    "BasicConnectionCreate",
    "BearerConfig",
    "BulkActionItemResult",
    "BulkActionRequest",
    "BulkActionResult",
    "BulkServerHealth",
    "Bundle",
    "BundleConnection",
    "BundleConnectionList",
    "BundleCreate",
    "BundleDetail",
    "BundleList",
    "BundleTool",
    "BundleToolCreate",
    "BundleToolList",
    "BundleToolState",
    "BundleToolStateRequest",
    "BundleToolUpdate",
    "BundleUpdate",
    "BundleWithKey",
    "CacheEntry",
    "CacheEntryWrite",
    "CatalogImportRequest",
    "CatalogServer",
    "CatalogServerDetails",
    "CatalogServerList",
    "CompositeStaticConfig",
    "CompositeStaticConfigVersion",
    "CompositeStaticEntry",
    "CompositeStaticEntryKind",
    "CompositeStaticEntryLocation",
    "Connection",
    "ConnectionCreate",
    "ConnectionCreated",
    "ConnectionList",
    "ConnectionServerSummary",
    "ConnectionTest",
    "ConnectionUserSummary",
    "DiscoveryOAuthAuthorizeRequest",
    "EnrichedError",
    "EnvConfig",
    "ErrorDetail",
    "ExecRequest",
    "ExecResult",
    "ExistingConnectionSummary",
    "GenerationAnalysis",
    "GenerationApproval",
    "GenerationApprovalCredentialMode",
    "GenerationJob",
    "GenerationJobCreate",
    "GenerationJobCreateAccessMode",
    "GenerationJobCreateAuthType",
    "GenerationJobCreated",
    "GenerationJobCreateInputType",
    "GenerationJobPage",
    "GenerationJobTransition",
    "HealthStatus",
    "HmacConfig",
    "HmacRecipe",
    "HmacRecipeAlgo",
    "HmacRecipeOutput",
    "HTTPError",
    "HTTPValidationError",
    "ImportPreview",
    "InitiateOAuthRequest",
    "ListServersSortOrder",
    "LocalToolCreate",
    "LocalToolDefinition",
    "LocalToolSync",
    "LocalToolSyncResult",
    "LocalToolUpdate",
    "NoneConfig",
    "OAuth2Config",
    "OAuth2ConfigDiscoverySourceType0",
    "OAuthApp",
    "OAuthAppCreate",
    "OAuthAppCustomCreate",
    "OAuthAppListResponse",
    "OAuthAppSummary",
    "OAuthAppTemplate",
    "OAuthAppTemplateList",
    "OAuthAppUpdate",
    "OAuthAuthorization",
    "OAuthAuthorizationStart",
    "OAuthCallbackResult",
    "OAuthDiscovery",
    "ProbeAuthRequest",
    "ProviderAccountSummary",
    "RemoteOAuthDiscoveryStatus",
    "RemoteOAuthDiscoveryStatusState",
    "Sandbox",
    "SandboxActivity",
    "SandboxActivityList",
    "SandboxCreate",
    "SandboxEgressEnforcementStatus",
    "SandboxEgressPolicy",
    "SandboxEgressPolicySource",
    "SandboxEgressPolicyState",
    "SandboxFile",
    "SandboxFileList",
    "SandboxImage",
    "SandboxImageList",
    "SandboxImageTemplate",
    "SandboxImageTemplateList",
    "SandboxList",
    "SandboxLog",
    "SandboxLogList",
    "SandboxMount",
    "SandboxMountRequest",
    "SandboxPackage",
    "SandboxPackageCatalog",
    "SandboxPackageCategory",
    "SandboxUpdate",
    "SandboxWorkloadClass",
    "ScriptToolPackageUpload",
    "ScriptToolPackageVersion",
    "SearchServerCatalogSortBy",
    "Server",
    "ServerAssignment",
    "ServerBundleUsage",
    "ServerConnectionOptions",
    "ServerCreate",
    "ServerCredential",
    "ServerCredentialCreate",
    "ServerCredentialList",
    "ServerHealth",
    "ServerList",
    "ServerOAuthConfig",
    "ServerReadiness",
    "ServerSchemaImport",
    "ServerSchemaImportAccessMode",
    "ServerSchemaImportAuthMode",
    "ServerTool",
    "ServerType",
    "ServerUpdate",
    "Session",
    "SessionCleanupResult",
    "SessionCreate",
    "SessionList",
    "SessionStats",
    "SessionUpdate",
    "Skill",
    "SkillCatalogEntry",
    "SkillCatalogList",
    "SkillCreate",
    "SkillImportRequest",
    "SkillInstallRequest",
    "SkillInstallResult",
    "SkillList",
    "SkillPackageUpdate",
    "SkillTemplate",
    "SkillTemplateList",
    "SkillUpdate",
    "SkillUpload",
    "StatusCounts",
    "ToolExecuteRequest",
    "ToolExecuteResult",
    "ToolLookup",
    "ToolOverrides",
    "ToolSearchRequest",
    "ToolSearchResult",
    "ToolSearchResults",
    "ToolSelection",
    "ToolSelectionItem",
    "ToolSelectionUpdate",
    "ToolSelectionUpdateResult",
    "ToolSyncResult",
    "ValidationErrorItem",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
