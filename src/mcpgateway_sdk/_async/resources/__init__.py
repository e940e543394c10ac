"""Async resource namespaces (`gw.servers`, `gw.tools`, ...)."""
