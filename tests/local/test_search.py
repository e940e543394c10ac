"""search.py: tokenizing, BM25 ranking, filters, incremental updates, timing over 1,000 tools."""

from __future__ import annotations

import random
import time

from mcpgateway_local.search import ToolIndex, tokenize

# ---------------------------------------------------------------------------
# search
# ---------------------------------------------------------------------------

REALISTIC_TOOLS = [
    ("w1", "WEATHER__get_current_weather", "Get the current weather conditions for a city."),
    ("w2", "WEATHER__get_forecast", "Get a multi-day weather forecast for a location."),
    ("w3", "WEATHER__get_air_quality", "Current air quality index for a location."),
    ("g1", "GMAIL__send_email", "Send an email message to one or more recipients."),
    ("g2", "GMAIL__search_emails", "Search the mailbox for emails matching a query."),
    ("g3", "GMAIL__get_current_user", "Get the profile of the current Gmail user."),
    ("c1", "CALENDAR__list_events", "List calendar events between two dates."),
    ("c2", "CALENDAR__create_event", "Create a calendar event with attendees."),
    ("f1", "VVMCP__kb_finance", "Search the finance knowledge base for policies."),
    ("s1", "STOCKS__getStockPrice", "Get the current price of a stock ticker."),
    ("t1", "TIME__get_current_time", "Get the current time in a given timezone."),
    ("h1", "HOTSPOT__list_hotspots", "List wifi hotspots near a location."),
    ("h2", "HOTSPOT__internal_debug", "Dump internal debugging state."),
    ("gh", "GITHUB__create_issue", "Create an issue in a GitHub repository."),
    ("fs", "FILES__read_file", "Read the contents of a file."),
]


def test_tokenize_splits_names() -> None:
    assert tokenize("WEATHER__get_current_weather") == ["weather", "get", "current", "weather"]
    assert tokenize("getStockPrice") == tokenize("get stock price") == ["get", "stock", "pric"]
    assert tokenize("HTTPServer-list") == ["http", "server", "list"]
    assert tokenize("running stopped files") == tokenize("run stop file")
    assert tokenize("Searching the emails") == tokenize("search email")


def test_bm25_ranks_weather_tool_first() -> None:
    index = ToolIndex(REALISTIC_TOOLS)
    results = index.search("get current weather", limit=5)
    assert results[0] == ("w1", 1.0)
    assert {key for key, _ in results[:3]} == {"w1", "w2", "w3"}  # the weather server's tools
    assert results[1][1] < 0.9  # a clear winner
    scores = [score for _, score in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)

    assert index.search("send an email")[0][0] == "g1"
    assert index.search("calendar events")[0][0] in ("c1", "c2")
    assert index.search("stock prices")[0][0] == "s1"
    assert index.search("weather forecast")[0][0] == "w2"
    assert index.search("what time is it")[0][0] == "t1"
    assert index.search("zebra xylophone") == []
    assert index.search("") == []
    assert index.search("weather", limit=0) == []


def test_search_allowed_filter_and_incremental_updates() -> None:
    index = ToolIndex(REALISTIC_TOOLS)
    no_weather = index.search("get current weather", allowed=lambda key: not key.startswith("w"))
    assert "w1" not in dict(no_weather)
    assert no_weather[0][1] == 1.0  # normalised among the allowed

    assert index.remove("w1") is True and index.remove("w1") is False
    assert index.search("get current weather")[0][0] in ("w2", "w3")
    index.replace("w2", "WEATHER__get_tide_table", "Tide times for a harbour.")
    assert "w2" not in dict(index.search("forecast"))
    index.add("w1", "WEATHER__get_current_weather", "Current weather.")
    assert index.search("current weather")[0][0] == "w1"
    assert len(index) == len(REALISTIC_TOOLS)
    index.clear()
    assert len(index) == 0 and index.search("weather") == []


def test_search_1000_tools_timing() -> None:
    rng = random.Random(7)
    words = [
        "get", "list", "create", "update", "delete", "search", "send", "read", "write", "file",
        "email", "calendar", "event", "weather", "forecast", "stock", "price", "user", "account",
        "invoice", "payment", "order", "customer", "report", "issue", "repository", "branch",
        "commit", "message", "channel", "ticket", "document", "page", "table", "row", "image",
        "video", "audio", "note", "task", "project", "sprint", "metric", "alert", "log", "query",
        "database",
    ]  # fmt: skip
    servers = ["GMAIL", "SLACK", "GITHUB", "JIRA", "NOTION", "STRIPE", "DB", "FILES"]
    index = ToolIndex()
    started = time.perf_counter()
    for i in range(1000):
        name = f"{rng.choice(servers)}__{'_'.join(rng.sample(words, 3))}_{i}"
        desc = " ".join(rng.choice(words) for _ in range(rng.randint(8, 25))) + "."
        index.add(f"tool-{i}", name, desc)
    build_ms = (time.perf_counter() - started) * 1000
    queries = ["get current weather", "send an email to a customer", "list open issues",
               "create invoice payment", "search database rows", "delete file"]  # fmt: skip
    rounds = 50
    started = time.perf_counter()
    for _ in range(rounds):
        for query in queries:
            index.search(query, limit=10)
    per_query_ms = (time.perf_counter() - started) * 1000 / (rounds * len(queries))
    started = time.perf_counter()
    for _ in range(rounds):
        index.search("get list create", limit=10, allowed=lambda key: key.endswith("7") is False)
    filtered_ms = (time.perf_counter() - started) * 1000 / rounds
    started = time.perf_counter()
    for i in range(100):
        index.replace(f"tool-{i}", f"X__tool_{i}", "replacement description text")
    update_ms = (time.perf_counter() - started) * 1000 / 100
    print(
        f"\n[search timing] 1000 tools: build {build_ms:.1f} ms; query mean {per_query_ms:.3f} ms; "
        f"3 common terms + allowed filter {filtered_ms:.3f} ms; replace one {update_ms:.3f} ms"
    )
