"""Field-by-field comparison of two OpenAPI documents on the operations both describe.

Each difference is one line of text, ``"<METHOD> <path> <where>: <what>"``, for example
``POST /api/v1/servers request.display_name: required in reference, optional in ours``.
``$ref``, ``allOf`` and ``anyOf``/``oneOf`` are resolved first, so two documents that spell the
same wire shape differently (a named schema or an inline one, ``anyOf [X, null]`` or
``type: [X, "null"]``) compare equal. Where a value may be one of several objects (a list
answered in two forms), their fields are merged: a field of any form, required where all agree.

Compared: parameters (name, location, required, type, values); request bodies (media types,
required, and per field: presence, required, type, values, nullability); the success response
(status, media types, and the same per-field checks); and the error responses the reference
declares with a body (the status is declared in ours, one of our shapes holds every field of
each reference shape, then the same per-field checks).

Values: a closed set is an ``enum``/``const``. We keep most sets open (a new value must not break
a client, codegen/SPEC_STYLE.md rule 6) and name the values in the description after
``Known values:``; an open set whose known values equal the reference's closed set agrees with it.
Run this file to print every difference with the allowlist entry that allows it.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
KNOWN_VALUES = re.compile(r"Known values: ((?:`[^`]+`(?:, | and | or )?)+)")
MAX_DEPTH = 6
ALLOWLIST = Path(__file__).with_name("fidelity_allowlist.toml")

Schema = dict[str, Any]


class Resolver:
    """Resolves ``$ref``/``allOf``/``anyOf`` of one document into plain shapes."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def deref(self, schema: Schema) -> Schema:
        """Follow ``$ref`` chains and merge ``allOf`` members into one schema."""
        seen: set[str] = set()
        while "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                raise ValueError(f"cyclic $ref {ref}")
            seen.add(ref)
            target = self.document
            for part in ref.removeprefix("#/").split("/"):
                target = target[part]
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        if "allOf" in schema:
            merged: Schema = {k: v for k, v in schema.items() if k != "allOf"}
            for member in schema["allOf"]:
                part = self.deref(member)
                merged.setdefault("properties", {}).update(part.get("properties", {}))
                merged["required"] = sorted(
                    set(merged.get("required", [])) | set(part.get("required", []))
                )
                for key, value in part.items():
                    if key not in ("properties", "required"):
                        merged.setdefault(key, value)
            if not merged.get("properties"):
                merged.pop("properties", None)
            schema = merged
        return schema

    def members(self, schema: Schema) -> tuple[list[Schema], bool]:
        """The non-null alternatives of a schema and whether null is allowed."""
        schema = self.deref(schema)
        union = schema.get("anyOf") or schema.get("oneOf")
        if union is None:
            types = schema.get("type")
            if isinstance(types, list):
                rest = [t for t in types if t != "null"]
                plain = {k: v for k, v in schema.items() if k != "type"}
                return [{**plain, "type": t} for t in rest], len(rest) < len(types)
            return ([], True) if types == "null" else ([schema], False)
        out: list[Schema] = []
        nullable = False
        for member in union:
            inner, inner_null = self.members(member)
            nullable = nullable or inner_null
            out.extend(inner)
        return out, nullable

    def type_name(self, schema: Schema, depth: int = 0) -> str:
        """A short type text: ``string(uuid)``, ``array[integer]``, ``map[string]``, ``A | B``."""
        members, _ = self.members(schema)
        names = sorted({self._single(m, depth) for m in members})
        return " | ".join(names) if names else "any"

    def _single(self, schema: Schema, depth: int) -> str:
        kind = schema.get("type")
        if kind is None:
            return "object" if "properties" in schema else "any"
        if kind == "array":
            items = schema.get("items", {})
            return f"array[{self.type_name(items, depth + 1) if depth < MAX_DEPTH else '...'}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.type_name(extra, depth + 1)
                fields = schema.get("properties", {}).values()
                if all(self.type_name(f, depth + 1) == value for f in fields):
                    return f"map[{value}]"  # declared keys of the value type only document it
            return "object"
        fmt = schema.get("format")
        return f"{kind}({fmt})" if fmt in ("uuid", "date-time", "binary") else str(kind)

    def enum(self, schema: Schema) -> tuple[set[str], bool] | None:
        """The values a schema names and whether that set is closed; ``None`` if it names none.

        A closed set is an ``enum``/``const``; an open string names its values in its
        description, after ``Known values:``.
        """
        members = self.members(schema)[0]
        values: set[str] = set()
        for member in members:
            values.update(
                str(v) for v in member.get("enum", [member["const"]] if "const" in member else [])
            )
        closed = bool(members) and all("enum" in m or "const" in m for m in members)
        if not closed:
            for member in [self.deref(schema), *members]:
                known = KNOWN_VALUES.search(member.get("description", ""))
                if known:
                    values.update(re.findall(r"`([^`]+)`", known.group(1)))
        return (values, closed) if values else None

    def object_member(self, schema: Schema) -> Schema | None:
        """The object members of a schema merged: every field of any, required where all agree.

        A field several members declare becomes the ``anyOf`` of their schemas.
        """
        found = [m for m in self.members(schema)[0] if m.get("properties")]
        if not found:
            return None
        fields: dict[str, list[Schema]] = {}
        required = set(found[0].get("required", []))
        for member in found:
            for name, field in member["properties"].items():
                fields.setdefault(name, []).append(field)
            required &= set(member.get("required", []))
        return {"properties": {k: _union(v) for k, v in fields.items()}, "required": required}

    def array_items(self, schema: Schema) -> Schema | None:
        """The item schema of a schema whose non-null members are all arrays."""
        members = self.members(schema)[0]
        if members and all(m.get("type") == "array" for m in members):
            return _union([m.get("items", {}) for m in members])
        return None


def _union(schemas: list[Schema]) -> Schema:
    unique = [s for i, s in enumerate(schemas) if s not in schemas[:i]]
    return unique[0] if len(unique) == 1 else {"anyOf": unique}


def operations(document: dict[str, Any]) -> dict[tuple[str, str], Schema]:
    """``{(METHOD, path): operation}`` for every operation of a document."""
    return {
        (method.upper(), path): op
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def compare_documents(ours: dict[str, Any], reference: dict[str, Any]) -> tuple[int, list[str]]:
    """Compare every shared operation; return (number compared, sorted difference lines)."""
    left, right = operations(ours), operations(reference)
    shared = sorted(set(left) & set(right), key=lambda k: (k[1], k[0]))
    a, b = Resolver(ours), Resolver(reference)
    found: list[str] = []
    for key in shared:
        where = f"{key[0]} {key[1]}"
        found.extend(f"{where} {line}" for line in _operation(a, left[key], b, right[key]))
    return len(shared), sorted(found)


def _operation(a: Resolver, ours: Schema, b: Resolver, ref: Schema) -> Iterator[str]:
    yield from _parameters(a, ours.get("parameters", []), b, ref.get("parameters", []))
    yield from _request(a, ours.get("requestBody"), b, ref.get("requestBody"))
    yield from _success(a, ours["responses"], b, ref["responses"])
    yield from _errors(a, ours["responses"], b, ref["responses"])


def _parameters(a: Resolver, ours: list[Schema], b: Resolver, ref: list[Schema]) -> Iterator[str]:
    left = {(p["in"], p["name"]): p for p in map(a.deref, ours)}
    right = {(p["in"], p["name"]): p for p in map(b.deref, ref)}
    for place, name in sorted(set(left) | set(right)):
        where = f"{place}.{name}"
        if (place, name) not in left:
            yield f"{where}: only in reference"
            continue
        if (place, name) not in right:
            yield f"{where}: only in ours"
            continue
        p, q = left[place, name], right[place, name]
        if bool(p.get("required")) != bool(q.get("required")):
            yield f"{where}: {_req(q.get('required'))} in reference, {_req(p.get('required'))} in ours"
        mine, theirs = _described(p), _described(q)  # null cannot be sent in a parameter:
        yield from _value(where, a, mine, b, theirs, depth=MAX_DEPTH, nulls=False)


def _described(parameter: Schema) -> Schema:
    """A parameter's schema, carrying the parameter's description (where known values are)."""
    schema: Schema = parameter.get("schema", {})
    text = parameter.get("description")
    return {**schema, "description": text} if text else schema


def _request(a: Resolver, ours: Schema | None, b: Resolver, ref: Schema | None) -> Iterator[str]:
    if ours is None or ref is None:
        if ours is not ref:
            yield f"request: body only in {'ours' if ref is None else 'reference'}"
        return
    ours, ref = a.deref(ours), b.deref(ref)
    if bool(ours.get("required")) != bool(ref.get("required")):
        got, want = _req(ours.get("required")), _req(ref.get("required"))
        yield f"request: body {want} in reference, {got} in ours"
    yield from _content("request", a, ours.get("content", {}), b, ref.get("content", {}))


def _success(a: Resolver, ours: Schema, b: Resolver, ref: Schema) -> Iterator[str]:
    mine = sorted(c for c in ours if c.startswith("2"))
    theirs = sorted(c for c in ref if c.startswith("2"))
    if mine != theirs:
        yield f"response: status {'/'.join(theirs)} in reference, {'/'.join(mine)} in ours"
    if mine and theirs:
        left, right = a.deref(ours[mine[0]]), b.deref(ref[theirs[0]])
        yield from _content("response", a, left.get("content", {}), b, right.get("content", {}))


def _errors(a: Resolver, ours: Schema, b: Resolver, ref: Schema) -> Iterator[str]:
    for code in sorted(c for c in ref if c[0] in "45" and c != "422"):
        theirs = b.deref(ref[code]).get("content", {}).get("application/json")
        if theirs is None:
            continue
        if code not in ours:
            yield f"error.{code}: only in reference"
            continue
        mine = a.deref(ours[code]).get("content", {}).get("application/json", {"schema": {}})
        mine_shapes = a.members(mine["schema"])[0]
        for shape in b.members(theirs["schema"])[0]:
            names = set(shape.get("properties", {}))
            fits = [m for m in mine_shapes if names <= set(m.get("properties", {}))]
            if not fits:
                got = [sorted(m.get("properties", {})) for m in mine_shapes]
                yield f"error.{code}: body {_names(names)} in reference, not among {got} in ours"
                continue
            yield from _fields(f"error.{code}", a, fits[0], b, shape, 0)


def _content(side: str, a: Resolver, ours: Schema, b: Resolver, ref: Schema) -> Iterator[str]:
    if sorted(ours) != sorted(ref):
        yield f"{side}: media {_names(set(ref))} in reference, {_names(set(ours))} in ours"
    for media in sorted(set(ours) & set(ref)):
        left, right = ours[media].get("schema", {}), ref[media].get("schema", {})
        yield from _value(side, a, left, b, right, depth=0)


def _value(
    where: str, a: Resolver, ours: Schema, b: Resolver, ref: Schema, depth: int, nulls: bool = True
) -> Iterator[str]:
    """Compare type, nullability and enum of one value, then its fields or items."""
    items = (a.array_items(ours), b.array_items(ref))
    left, right = a.type_name(ours), b.type_name(ref)
    if left != right and "any" not in (left, right) and None in items:
        yield f"{where}: type {right} in reference, {left} in ours"
    left_null, right_null = a.members(ours)[1], b.members(ref)[1]
    if nulls and left_null != right_null:
        yield f"{where}: {_null(right_null)} in reference, {_null(left_null)} in ours"
    left_enum, right_enum = a.enum(ours), b.enum(ref)
    if right_enum is not None and (left_enum or (set(), False))[0] != right_enum[0]:
        yield f"{where}: values {_values(right_enum)} in reference, {_values(left_enum)} in ours"
    elif left_enum is not None and left_enum[1] and right_enum is None:
        yield f"{where}: values open in reference, {_values(left_enum)} in ours"
    if depth >= MAX_DEPTH:
        return
    if items[0] is not None and items[1] is not None:
        yield from _value(f"{where}[]", a, items[0], b, items[1], depth + 1)
        return
    objects = (a.object_member(ours), b.object_member(ref))
    if objects[0] is not None and objects[1] is not None:
        yield from _fields(where, a, objects[0], b, objects[1], depth + 1)


def _fields(
    where: str, a: Resolver, ours: Schema, b: Resolver, ref: Schema, depth: int
) -> Iterator[str]:
    left, right = ours.get("properties", {}), ref.get("properties", {})
    left_req, right_req = set(ours.get("required", [])), set(ref.get("required", []))
    for name in sorted(set(left) | set(right)):
        path = f"{where}.{name}"
        if name not in left:
            yield f"{path}: only in reference ({_req(name in right_req)})"
            continue
        if name not in right:
            yield f"{path}: only in ours ({_req(name in left_req)})"
            continue
        if (name in left_req) != (name in right_req):
            yield f"{path}: {_req(name in right_req)} in reference, {_req(name in left_req)} in ours"
        yield from _value(path, a, left[name], b, right[name], depth)


def _req(flag: object) -> str:
    return "required" if flag else "optional"


def _null(flag: bool) -> str:
    return "nullable" if flag else "not nullable"


def _values(found: tuple[set[str], bool] | None) -> str:
    if found is None:
        return "open"
    return f"{'closed' if found[1] else 'open'} {_names(found[0])}"


def _names(values: set[str] | None) -> str:
    return "none" if not values else "{" + ", ".join(sorted(values)) + "}"


def load_allowlist(path: Path) -> list[dict[str, str]]:
    """The ``[[allow]]`` entries of an allowlist file, each with ``match`` and ``reason``."""
    entries: list[dict[str, str]] = tomllib.loads(path.read_text(encoding="utf-8"))["allow"]
    return entries


def pattern(match: str) -> re.Pattern[str]:
    """An allowlist ``match`` as a regex: ``*`` is any text, everything else is literal."""
    return re.compile(".*".join(re.escape(part) for part in match.split("*")), re.DOTALL)


def classify(
    found: list[str], entries: list[dict[str, str]]
) -> tuple[dict[str, str], list[str], list[str]]:
    """({difference: reason} allowed, differences no entry allows, entries matching nothing)."""
    compiled = [(pattern(e["match"]), e) for e in entries]
    allowed: dict[str, str] = {}
    used: set[str] = set()
    for line in found:
        for regex, entry in compiled:
            if regex.fullmatch(line):
                allowed[line] = entry["reason"]
                used.add(entry["match"])
                break
    unlisted = [line for line in found if line not in allowed]
    stale = [e["match"] for e in entries if e["match"] not in used]
    return allowed, unlisted, stale


def main() -> None:
    """Print every difference with the reason that allows it (or UNLISTED)."""
    root = Path(__file__).resolve().parents[2]
    shared = root.parent / "shared" / "reference" / "gateway-openapi.json"
    reference = shared if shared.exists() else Path(__file__).with_name("data") / shared.name
    ours = json.loads((root / "openapi.json").read_text(encoding="utf-8"))
    count, found = compare_documents(ours, json.loads(reference.read_text(encoding="utf-8")))
    allowed, unlisted, stale = classify(found, load_allowlist(ALLOWLIST))
    for line in found:
        print(f"{line}\n    -> {allowed.get(line, 'UNLISTED')}")
    print(f"{count} operations, {len(found)} differences, {len(unlisted)} unlisted")
    for match in stale:
        print(f"stale allowlist entry: {match}")


if __name__ == "__main__":
    main()
