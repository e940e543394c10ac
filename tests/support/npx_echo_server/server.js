#!/usr/bin/env node
// A tiny stdio MCP server (newline-delimited JSON-RPC, no dependencies). One tool, `echo`:
// answers with the text it was given, its command-line arguments and ECHO_GREETING.
"use strict";
const readline = require("readline");

const TOOLS = [
  {
    name: "echo",
    description: "Echo the text back with the server's arguments and greeting.",
    inputSchema: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
  },
];

function answer(method, params) {
  if (method === "initialize") {
    return {
      protocolVersion: params.protocolVersion || "2025-06-18",
      capabilities: { tools: {} },
      serverInfo: { name: "echo-mcp", version: "0.1.0" },
    };
  }
  if (method === "tools/list") return { tools: TOOLS };
  if (method === "tools/call") {
    const reply = {
      text: (params.arguments || {}).text,
      argv: process.argv.slice(2),
      greeting: process.env.ECHO_GREETING || null,
      runtime: "node",
    };
    return { content: [{ type: "text", text: JSON.stringify(reply) }], isError: false };
  }
  if (method === "ping") return {};
  return undefined;
}

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  if (!line.trim()) return;
  const message = JSON.parse(line);
  if (message.id === undefined) return; // a notification
  const result = answer(message.method, message.params || {});
  const body =
    result === undefined
      ? { error: { code: -32601, message: `Method not found: ${message.method}` } }
      : { result };
  process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: message.id, ...body }) + "\n");
});
