"""Async sources. `codegen/unasync.py` turns each module here into its twin under `_sync/`."""
