"""Events counted like GDELT, but traceable: the same date, source, target, CAMEO code,
location and modality across articles is one event, with NumMentions (event rows),
NumArticles, NumSources (outlets), first seen, and every mention kept in `events`.
Syndicated copies therefore add mentions, never events."""

from __future__ import annotations

from newsevents.store.corpus import KEY_SQL, update_event_keys  # noqa: F401  (the SQL lives in store/)
