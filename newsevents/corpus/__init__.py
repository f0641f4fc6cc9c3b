"""Stage: corpus. Count each story once: duplicates and syndicated copies, story clusters,
and events aggregated across the articles that mention them. Runs over the database after
each ingest and touches only what is new."""

from __future__ import annotations


from newsevents.corpus.aggregate import update_event_keys
from newsevents.corpus.dedup import update_duplicates
from newsevents.corpus.stories import update_stories
from newsevents.settings import crash_point


def update_corpus(store) -> dict[str, int]:
    counts: dict[str, int] = {}
    crash_point("corpus-start")
    dup = update_duplicates(store)
    counts["duplicates"] = dup["exact-text"] + dup["near"] + dup["syndicated"]
    crash_point("after-dedup")
    counts.update(update_stories(store))
    crash_point("after-stories")
    counts.update(update_event_keys(store))
    return counts
