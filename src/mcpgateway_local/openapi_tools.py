"""An OpenAPI 3.x or Swagger 2.0 document as tools: one per operation, plus the API's base URL
and the authentication its security schemes declare. Pure functions, no I/O.

* Tool name: the `operationId`, else `<method>_<path>`, reduced to letters, digits, `_` and `-`
  (no `__`, which separates server and tool names; at most 64 characters; a clash gets `_2`,
  `_3` ...).
* Input schema: one property per path, query and header parameter (their schemas), and `body`
  for a JSON request body (Swagger `in: body`). Local `$ref`s (`#/...`) are inlined, cycles and
  deep chains cut off with an open schema.
* Base URL: `servers[0].url` (with its variables' defaults), or Swagger `schemes[0]://host`
  + `basePath`. A relative URL is kept as it is (the server's `config.base_url` must then give
  an absolute one).
* Authentication (`infer_auth`): the first scheme the document requires (global `security`,
  else the first declared): apiKey header/query -> `api_key`, http bearer -> `bearer`, http
  basic (Swagger `basic`) -> `basic`, oauth2 -> `oauth2` (scopes and endpoints), else none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ApiDescription",
    "ApiOperation",
    "DescriptionRefused",
    "describe_api",
    "infer_auth",
]

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
MAX_TOOLS = 500
MAX_NAME = 64
_REF_DEPTH = 16
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


class DescriptionRefused(ValueError):
    """The document is not an API description the gateway can use; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ApiOperation:
    """One operation as a tool: how to call it and what the tool looks like."""

    name: str
    description: str
    method: str
    path: str
    parameters: tuple[tuple[str, str], ...]
    """(name, location) of each path/query/header parameter."""
    has_body: bool
    input_schema: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {
            "name": self.name,
            "description": self.description,
            "method": self.method,
            "path": self.path,
            "parameters": [list(p) for p in self.parameters],
            "has_body": self.has_body,
            "input_schema": self.input_schema,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ApiOperation:
        """Read the stored form back."""
        return cls(
            name=str(data["name"]),
            description=str(data.get("description") or ""),
            method=str(data["method"]),
            path=str(data["path"]),
            parameters=tuple((str(n), str(w)) for n, w in data.get("parameters") or []),
            has_body=bool(data.get("has_body")),
            input_schema=dict(data.get("input_schema") or {}),
        )


@dataclass(frozen=True, slots=True)
class ApiDescription:
    """What a document describes: title, version, base URL, operations, authentication."""

    title: str
    version: str
    base_url: str
    operations: list[ApiOperation]
    auth: dict[str, Any] | None = None
    """`{type, config, source, evidence}` (an `AuthInference`), or None for no authentication."""
    warnings: list[str] = field(default_factory=list)


def describe_api(document: Mapping[str, Any]) -> ApiDescription:
    """The tools of an OpenAPI 3.x / Swagger 2.0 document; `DescriptionRefused` otherwise."""
    swagger = str(document.get("swagger") or "")
    openapi = str(document.get("openapi") or "")
    if not (openapi.startswith("3.") or swagger.startswith("2.")):
        raise DescriptionRefused(
            "not an OpenAPI 3.x or Swagger 2.0 document (no `openapi: 3.x` or `swagger: '2.0'`)"
        )
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        raise DescriptionRefused("the document has no `paths` object")
    info = document.get("info") if isinstance(document.get("info"), Mapping) else {}
    assert isinstance(info, Mapping)
    resolver = _Resolver(document)
    operations: list[ApiOperation] = []
    taken: set[str] = set()
    warnings: list[str] = []
    for path, item in paths.items():
        if not isinstance(item, Mapping) or not str(path).startswith("/"):
            continue
        item = resolver.resolve(item)
        raw_shared = item.get("parameters")
        shared: list[Any] = raw_shared if isinstance(raw_shared, list) else []
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            if len(operations) >= MAX_TOOLS:
                warnings.append(f"only the first {MAX_TOOLS} operations became tools")
                break
            operations.append(
                _operation(resolver, str(path), method, op, shared, taken, bool(swagger))
            )
    if not operations:
        raise DescriptionRefused("the document describes no operations")
    return ApiDescription(
        title=str(info.get("title") or ""),
        version=str(info.get("version") or ""),
        base_url=_base_url(document),
        operations=operations,
        auth=infer_auth(document),
        warnings=warnings,
    )


def _tool_name(op: Mapping[str, Any], method: str, path: str, taken: set[str]) -> str:
    raw = op.get("operationId")
    base = raw if isinstance(raw, str) and raw.strip() else f"{method}_{path}"
    name = re.sub(r"_{2,}", "_", _UNSAFE.sub("_", base)).strip("_-")[:MAX_NAME] or method
    candidate, index = name, 2
    while candidate.casefold() in taken:
        suffix = f"_{index}"
        candidate = name[: MAX_NAME - len(suffix)] + suffix
        index += 1
    taken.add(candidate.casefold())
    return candidate


def _operation(
    resolver: _Resolver,
    path: str,
    method: str,
    op: Mapping[str, Any],
    shared: list[Any],
    taken: set[str],
    swagger: bool,
) -> ApiOperation:
    name = _tool_name(op, method, path, taken)
    summary = str(op.get("summary") or "").strip()
    detail = str(op.get("description") or "").strip()
    description = (summary + ("\n\n" + detail if detail and detail != summary else "")) or (
        f"{method.upper()} {path}"
    )
    properties: dict[str, Any] = {}
    required: list[str] = []
    parameters: list[tuple[str, str]] = []
    has_body = False
    merged: dict[tuple[str, str], Mapping[str, Any]] = {}
    own = op.get("parameters")
    for raw in [*shared, *(own if isinstance(own, list) else [])]:
        param = resolver.resolve(raw) if isinstance(raw, Mapping) else None
        if param is None or not isinstance(param.get("name"), str):
            continue
        merged[(str(param["name"]), str(param.get("in") or ""))] = param
    for (pname, where), param in merged.items():
        if where == "body" and swagger:
            has_body = True
            properties["body"] = resolver.inline(param.get("schema") or {})
            if param.get("required"):
                required.append("body")
            continue
        if where not in ("path", "query", "header") or pname in properties:
            continue
        schema = param.get("schema") if isinstance(param.get("schema"), Mapping) else None
        if schema is None:  # Swagger 2.0 keeps the type on the parameter itself
            schema = {k: param[k] for k in ("type", "format", "enum", "items") if k in param}
        prop = dict(resolver.inline(schema))
        if isinstance(param.get("description"), str) and "description" not in prop:
            prop["description"] = param["description"]
        properties[pname] = prop
        parameters.append((pname, where))
        if param.get("required") or where == "path":
            required.append(pname)
    body = op.get("requestBody")
    if not swagger and isinstance(body, Mapping):
        body = resolver.resolve(body)
        content = body.get("content") if isinstance(body.get("content"), Mapping) else {}
        assert isinstance(content, Mapping)
        media = next((content[k] for k in content if "json" in str(k)), None)
        if media is not None and "body" not in properties:
            has_body = True
            schema = media.get("schema") if isinstance(media, Mapping) else None
            properties["body"] = resolver.inline(schema or {})
            if body.get("required"):
                required.append("body")
    input_schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        input_schema["required"] = required
    return ApiOperation(
        name=name,
        description=description[:2000],
        method=method.upper(),
        path=path,
        parameters=tuple(parameters),
        has_body=has_body,
        input_schema=input_schema,
    )


class _Resolver:
    """Local `$ref`s of one document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def lookup(self, ref: str) -> Mapping[str, Any] | None:
        if not ref.startswith("#/"):
            return None
        node: Any = self.document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                return None
            node = node[part]
        return node if isinstance(node, Mapping) else None

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow a `$ref` chain (at most a few hops); the node itself when it has none."""
        for _ in range(_REF_DEPTH):
            ref = node.get("$ref")
            if not isinstance(ref, str):
                return node
            target = self.lookup(ref)
            if target is None:
                return {}
            node = target
        return {}

    def inline(self, schema: Any, depth: int = 0, seen: frozenset[str] = frozenset()) -> Any:
        """`schema` with local refs inlined (a cycle or a deep chain becomes `{}`)."""
        if isinstance(schema, list):
            return [self.inline(s, depth + 1, seen) for s in schema]
        if not isinstance(schema, Mapping):
            return schema
        if depth > _REF_DEPTH:
            return {}
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self.lookup(ref)
            if target is None or ref in seen:
                return {}
            return self.inline(target, depth + 1, seen | {ref})
        return {
            str(k): self.inline(v, depth + 1, seen)
            for k, v in schema.items()
            if k not in ("xml", "example", "examples", "discriminator")
        }


def _base_url(document: Mapping[str, Any]) -> str:
    servers = document.get("servers")
    if isinstance(servers, list) and servers and isinstance(servers[0], Mapping):
        url = str(servers[0].get("url") or "")
        variables = servers[0].get("variables")
        if isinstance(variables, Mapping):
            for key, var in variables.items():
                if isinstance(var, Mapping) and var.get("default") is not None:
                    url = url.replace("{" + str(key) + "}", str(var["default"]))
        return url.rstrip("/")
    host = document.get("host")
    if isinstance(host, str) and host:
        schemes = document.get("schemes")
        scheme = schemes[0] if isinstance(schemes, list) and schemes else "https"
        return f"{scheme}://{host}{document.get('basePath') or ''!s}".rstrip("/")
    base_path = document.get("basePath")
    return str(base_path).rstrip("/") if isinstance(base_path, str) else ""


def _schemes(document: Mapping[str, Any]) -> Mapping[str, Any]:
    components = document.get("components")
    if isinstance(components, Mapping) and isinstance(components.get("securitySchemes"), Mapping):
        return components["securitySchemes"]  # type: ignore[no-any-return]
    definitions = document.get("securityDefinitions")
    return definitions if isinstance(definitions, Mapping) else {}


def infer_auth(document: Mapping[str, Any]) -> dict[str, Any] | None:
    """The `AuthInference` of the document's security (None when it declares none)."""
    schemes = _schemes(document)
    if not schemes:
        return None
    chosen: str | None = None
    security = document.get("security")
    if isinstance(security, list):
        for requirement in security:
            if isinstance(requirement, Mapping):
                chosen = next((str(k) for k in requirement if k in schemes), None)
                if chosen:
                    break
    if chosen is None:
        chosen = str(next(iter(schemes)))
    scheme = schemes.get(chosen)
    if not isinstance(scheme, Mapping):
        return None
    kind = str(scheme.get("type") or "")
    evidence = f"security scheme '{chosen}' ({kind})"
    result: dict[str, Any] | None = None
    if kind == "apiKey" and scheme.get("in") in ("header", "query"):
        config = {"location": str(scheme["in"]), "name": str(scheme.get("name") or "")}
        result = {"type": "api_key", "config": config}
    elif kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        result = {"type": "bearer", "config": {"header_name": "Authorization", "prefix": "Bearer"}}
    elif kind == "basic" or (kind == "http" and str(scheme.get("scheme", "")).lower() == "basic"):
        result = {"type": "basic", "config": {}}
    elif kind == "oauth2":
        result = {"type": "oauth2", "config": _oauth2_config(scheme)}
    if result is None:
        return None
    return {**result, "source": "openapi", "evidence": evidence}


def _oauth2_config(scheme: Mapping[str, Any]) -> dict[str, Any]:
    flows = scheme.get("flows")
    flow: Mapping[str, Any] = {}
    if isinstance(flows, Mapping):  # OpenAPI 3: the authorization-code flow first
        for key in ("authorizationCode", "clientCredentials", "implicit", "password"):
            if isinstance(flows.get(key), Mapping):
                flow = flows[key]
                break
    else:  # Swagger 2.0: the flow's fields sit on the scheme
        flow = scheme
    scopes = flow.get("scopes")
    names = scopes if isinstance(scopes, Mapping | list) else []
    config: dict[str, Any] = {"scopes": sorted(str(s) for s in names)}
    auth_url = flow.get("authorizationUrl")
    token_url = flow.get("tokenUrl")
    if isinstance(auth_url, str) and isinstance(token_url, str):
        config["authorization_endpoint"] = auth_url
        config["token_endpoint"] = token_url
    return config
