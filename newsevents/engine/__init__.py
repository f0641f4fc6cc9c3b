"""Stage: engine. Executors that run the same pipeline steps locally or on a Ray cluster."""

from newsevents.engine.local import RunSummary, run_ingest

__all__ = ["RunSummary", "run_ingest"]
