"""Stage: store. The embedded DuckDB database every other stage reads and writes."""

from newsevents.store.db import DEFAULT_DB, Store, StoreError

__all__ = ["DEFAULT_DB", "Store", "StoreError"]
