"""Built-in MCP server: current time and time-zone conversion (IANA zones via ``zoneinfo``).

Run over stdio with ``python -m mcpgateway_local.builtin.time_server``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from typing_extensions import TypedDict  # pydantic needs it for nested TypedDicts on 3.11

server: MCPServer = MCPServer(
    "time",
    instructions="Tells the current time in any IANA time zone and converts times between zones.",
    log_level="WARNING",
)


class TimeInfo(TypedDict):
    """A moment in one time zone."""

    timezone: str
    datetime: str
    date: str
    time: str
    day_of_week: str
    utc_offset: str
    is_dst: bool


class TimeConversion(TypedDict):
    """The same moment seen in a source and a target time zone."""

    source: TimeInfo
    target: TimeInfo
    time_difference: str


def _zone(name: str) -> ZoneInfo:
    """Return the zone called ``name`` or raise a tool error that says what is accepted."""
    cleaned = name.strip()
    if not cleaned:
        raise ToolError(
            "Time zone must not be empty; use an IANA name such as 'Europe/Paris' or 'UTC'."
        )
    try:
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ToolError(
            f"Unknown time zone {name!r}; use an IANA name such as 'Europe/Paris', 'America/New_York' or 'UTC'."
        ) from exc


def _format_offset(delta: timedelta | None) -> str:
    """Format a UTC offset as ``+HH:MM``."""
    minutes = int((delta or timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def _info(moment: datetime, zone_name: str) -> TimeInfo:
    """Describe an aware datetime."""
    dst = moment.dst()
    return TimeInfo(
        timezone=zone_name,
        datetime=moment.isoformat(timespec="seconds"),
        date=moment.date().isoformat(),
        time=moment.strftime("%H:%M:%S"),
        day_of_week=moment.strftime("%A"),
        utc_offset=_format_offset(moment.utcoffset()),
        is_dst=bool(dst),
    )


def _parse_time(value: str, zone: ZoneInfo) -> datetime:
    """Parse ``HH:MM[:SS]`` (today in ``zone``) or an ISO 8601 date-time (naive means ``zone``)."""
    text = value.strip()
    try:
        clock = time.fromisoformat(text)
    except ValueError:
        clock = None
    if clock is not None:
        today: date = datetime.now(zone).date()
        return datetime.combine(today, clock.replace(tzinfo=None), tzinfo=zone)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ToolError(
            f"Invalid time {value!r}; use 24-hour 'HH:MM' (e.g. '14:30') or an ISO 8601 date-time."
        ) from exc
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=zone)
    return parsed.astimezone(zone)


@server.tool(
    description=(
        "Get the current date and time (clock) in a time zone. "
        "Takes an IANA time zone name such as 'Europe/Paris', 'America/New_York' or 'Asia/Tokyo' "
        "(default 'UTC') and returns the ISO date-time, weekday, UTC offset and whether daylight saving is on."
    )
)
def get_current_time(timezone: str = "UTC") -> TimeInfo:
    """Return the current time in ``timezone``."""
    zone = _zone(timezone)
    return _info(datetime.now(zone), zone.key)


@server.tool(
    description=(
        "Convert a time from one time zone to another. "
        "Takes a time as 24-hour 'HH:MM' (meaning today in the source zone) or an ISO 8601 date-time, "
        "a source IANA time zone and a target IANA time zone; returns the time in both zones and the offset difference."
    )
)
def convert_time(time: str, source_timezone: str, target_timezone: str) -> TimeConversion:
    """Convert ``time`` from ``source_timezone`` to ``target_timezone``."""
    source_zone = _zone(source_timezone)
    target_zone = _zone(target_timezone)
    moment = _parse_time(time, source_zone)
    converted = moment.astimezone(target_zone)
    diff = (converted.utcoffset() or timedelta()) - (moment.utcoffset() or timedelta())
    hours = diff.total_seconds() / 3600
    return TimeConversion(
        source=_info(moment, source_zone.key),
        target=_info(converted, target_zone.key),
        time_difference=f"{hours:+.2f}".rstrip("0").rstrip(".") + "h",
    )


def main() -> None:
    """Serve the time tools over stdio."""
    server.run()


if __name__ == "__main__":
    main()
