"""The SDK's version: compared with the gateway's on connect (major.minor)."""

__version__ = "0.61.0"
