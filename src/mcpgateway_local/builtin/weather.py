"""Built-in MCP server: deterministic demo weather (no network, not real data).

Run over stdio with ``python -m mcpgateway_local.builtin.weather``. Values are derived from a
SHA-256 hash of the normalised city name, so the same city always gets the same sample data.
"""

from __future__ import annotations

import hashlib

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from typing_extensions import TypedDict  # pydantic needs it for nested TypedDicts on 3.11

DEMO_NOTICE = (
    "Demo data: deterministic sample values derived from the city name, not a real weather report."
)
MAX_FORECAST_DAYS = 7

CONDITIONS = (
    "sunny",
    "partly cloudy",
    "cloudy",
    "light rain",
    "rain",
    "thunderstorms",
    "fog",
    "windy",
    "snow",
)

server: MCPServer = MCPServer(
    "weather",
    instructions="Demo weather: current conditions and a short forecast for a city (sample data, °C).",
    log_level="WARNING",
)


class CurrentWeather(TypedDict):
    """Current (sample) conditions for a city."""

    city: str
    condition: str
    temperature_c: float
    feels_like_c: float
    humidity_percent: int
    wind_kph: float
    units: str
    note: str


class ForecastDay(TypedDict):
    """One (sample) forecast day."""

    day: int
    label: str
    condition: str
    high_c: float
    low_c: float
    precipitation_chance_percent: int


class Forecast(TypedDict):
    """A (sample) multi-day forecast for a city."""

    city: str
    days: list[ForecastDay]
    units: str
    note: str


def _city(city: str) -> str:
    """Normalise the city name or raise a tool error for an empty one."""
    name = " ".join(city.split())
    if not name:
        raise ToolError("City must not be empty.")
    return name


def _seed(city: str, salt: str) -> bytes:
    """Stable pseudo-random bytes for ``city`` (case-insensitive) and ``salt``."""
    return hashlib.sha256(f"{city.casefold()}|{salt}".encode()).digest()


def _scaled(byte: int, low: float, high: float) -> float:
    """Map a byte onto ``[low, high]``, rounded to one decimal."""
    return round(low + (high - low) * byte / 255, 1)


def _label(day: int) -> str:
    """Human label for a forecast day offset."""
    return {0: "today", 1: "tomorrow"}.get(day, f"in {day} days")


@server.tool(
    description=(
        "Get the current weather for a city: condition, temperature and feels-like in °C, humidity, wind in km/h. "
        "Demo data: deterministic sample values derived from the city name, not a real weather report."
    )
)
def get_weather(city: str) -> CurrentWeather:
    """Return sample current conditions for ``city``."""
    name = _city(city)
    seed = _seed(name, "now")
    temperature = _scaled(seed[0], -10.0, 35.0)
    wind = _scaled(seed[3], 0.0, 60.0)
    return CurrentWeather(
        city=name,
        condition=CONDITIONS[seed[1] % len(CONDITIONS)],
        temperature_c=temperature,
        feels_like_c=round(temperature - wind / 20, 1),
        humidity_percent=20 + seed[2] % 76,
        wind_kph=wind,
        units="metric: °C, km/h",
        note=DEMO_NOTICE,
    )


@server.tool(
    description=(
        "Get a daily weather forecast for a city for 1 to 7 days (default 3): condition, high and low in °C, "
        "chance of precipitation. Demo data: deterministic sample values derived from the city name."
    )
)
def get_forecast(city: str, days: int = 3) -> Forecast:
    """Return a sample ``days``-day forecast for ``city``."""
    name = _city(city)
    if not 1 <= days <= MAX_FORECAST_DAYS:
        raise ToolError(f"days must be between 1 and {MAX_FORECAST_DAYS}, got {days}.")
    forecast: list[ForecastDay] = []
    for day in range(days):
        seed = _seed(name, f"day{day}")
        high = _scaled(seed[0], -5.0, 38.0)
        forecast.append(
            ForecastDay(
                day=day,
                label=_label(day),
                condition=CONDITIONS[seed[1] % len(CONDITIONS)],
                high_c=high,
                low_c=round(high - _scaled(seed[2], 3.0, 14.0), 1),
                precipitation_chance_percent=seed[3] % 101,
            )
        )
    return Forecast(city=name, days=forecast, units="metric: °C", note=DEMO_NOTICE)


def main() -> None:
    """Serve the weather tools over stdio."""
    server.run()


if __name__ == "__main__":
    main()
