"""mcp_endpoint.outcome_to_result: tool outcomes back to MCP results."""

from __future__ import annotations

from mcp_types import ImageContent, TextContent

from mcpgateway_local.mcp_endpoint import outcome_to_result
from mcpgateway_local.mcp_supervisor import ToolOutcome


def test_outcome_to_result() -> None:
    error = outcome_to_result(ToolOutcome(result=None, is_error=True, error="boom"))
    assert error.is_error and error.content == [TextContent(type="text", text="boom")]
    text = outcome_to_result(ToolOutcome(result="hi"))
    assert text.content == [TextContent(type="text", text="hi")] and text.structured_content is None
    structured = outcome_to_result(ToolOutcome(result={"a": 1}))
    assert structured.structured_content == {"a": 1}
    several = outcome_to_result(
        ToolOutcome(result=["a", {"type": "image", "data": "AAAA", "mimeType": "image/png"}])
    )
    assert isinstance(several.content[1], ImageContent)
    numbers = outcome_to_result(ToolOutcome(result=[1, 2]))
    assert numbers.content == [TextContent(type="text", text="[\n  1,\n  2\n]")]
    assert outcome_to_result(ToolOutcome(result=None)).content == []
