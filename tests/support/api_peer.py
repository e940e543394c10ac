"""A tiny real HTTP API on 127.0.0.1 (a pet store) with its OpenAPI document, for the tests of
servers made from API descriptions (`servers.import_schema`, generation jobs).

* `GET /` answers `{"service": "pets"}` after `root_delay` seconds (what a deploy checks).
* `GET /pets?limit=` lists pets: public (`security: []`).
* `GET /pets/{pet_id}` and `POST /pets` need the header `X-API-Key: <api_key>` (the document's
  `apiKey` scheme); 401 without it, 404 for an unknown pet.
* `GET /health` answers `{"status": "ok"}`: a server that knows nothing of capabilities.
* `GET /openapi.json` is the document itself.

`with ApiPeer() as peer:` then `peer.url`, `peer.document()` / `peer.spec_json()` /
`peer.spec_yaml()`, `peer.requests` (method, path, headers of each request).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

API_KEY_HEADER = "X-API-Key"


@dataclass(frozen=True)
class PeerRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]


class ApiPeer:
    """The pet store API; see the module docstring."""

    def __init__(self, api_key: str = "pk-test-0123456789") -> None:
        self.api_key = api_key
        self.root_delay = 0.0
        self.requests: list[PeerRequest] = []
        self.pets: dict[int, dict[str, Any]] = {
            1: {"id": 1, "name": "Rex", "tag": "dog"},
            2: {"id": 2, "name": "Tom", "tag": "cat"},
            3: {"id": 3, "name": "Nemo", "tag": "fish"},
        }
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _answer(self, status: int, body: Any) -> None:
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                query = dict(parse_qsl(parts.query))
                headers = {k.lower(): v for k, v in self.headers.items()}
                outer.requests.append(PeerRequest(self.command, parts.path, query, headers))
                status, body = outer.route(self.command, parts.path, query, headers, raw)
                self._answer(status, body)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def route(
        self, method: str, path: str, query: dict[str, str], headers: dict[str, str], raw: bytes
    ) -> tuple[int, Any]:
        """The API itself."""
        if path in ("", "/") and method == "GET":
            time.sleep(self.root_delay)
            return 200, {"service": "pets"}
        if path == "/health":
            return 200, {"status": "ok"}
        if path == "/openapi.json":
            return 200, self.document()
        if path == "/pets" and method == "GET":
            limit = int(query.get("limit") or 100)
            return 200, list(self.pets.values())[:limit]
        if headers.get(API_KEY_HEADER.lower()) != self.api_key:
            return 401, {"error": "missing or wrong API key"}
        if path == "/pets" and method == "POST":
            body = json.loads(raw or b"{}")
            pet = {"id": max(self.pets) + 1, "name": body.get("name"), "tag": body.get("tag")}
            self.pets[pet["id"]] = pet
            return 201, pet
        if path.startswith("/pets/") and method == "GET":
            pet_id = path.removeprefix("/pets/")
            found = self.pets.get(int(pet_id)) if pet_id.isdigit() else None
            return (200, found) if found else (404, {"error": f"no pet {pet_id}"})
        return 404, {"error": "not found"}

    def document(self) -> dict[str, Any]:
        """The API's OpenAPI 3.0 document, pointing at this peer."""
        pet = {"$ref": "#/components/schemas/Pet"}
        return {
            "openapi": "3.0.3",
            "info": {"title": "Pet Store", "version": "1.0.0"},
            "servers": [{"url": self.url}],
            "security": [{"ApiKeyAuth": []}],
            "paths": {
                "/pets": {
                    "get": {
                        "operationId": "listPets",
                        "summary": "List pets",
                        "security": [],
                        "parameters": [
                            {
                                "name": "limit",
                                "in": "query",
                                "description": "How many pets to return.",
                                "schema": {"type": "integer", "minimum": 1},
                            }
                        ],
                        "responses": {"200": {"description": "The pets."}},
                    },
                    "post": {
                        "operationId": "createPet",
                        "summary": "Add a pet",
                        "requestBody": {
                            "required": True,
                            "content": {"application/json": {"schema": pet}},
                        },
                        "responses": {"201": {"description": "The new pet."}},
                    },
                },
                "/pets/{pet_id}": {
                    "get": {
                        "operationId": "getPet",
                        "summary": "One pet",
                        "parameters": [
                            {
                                "name": "pet_id",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "integer"},
                            }
                        ],
                        "responses": {"200": {"description": "The pet."}},
                    }
                },
            },
            "components": {
                "securitySchemes": {
                    "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": API_KEY_HEADER}
                },
                "schemas": {
                    "Pet": {
                        "type": "object",
                        "properties": {"name": {"type": "string"}, "tag": {"type": "string"}},
                        "required": ["name"],
                    }
                },
            },
        }

    def spec_json(self) -> str:
        """The document as JSON text."""
        return json.dumps(self.document())

    def spec_yaml(self) -> str:
        """The document as YAML text."""
        return yaml.safe_dump(self.document(), sort_keys=False)

    def __enter__(self) -> ApiPeer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
