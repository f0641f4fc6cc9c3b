"""Stage: events. CAMEO coding of parsed clauses."""

from newsevents.events.coder import EventCoder
from newsevents.events.taxonomy import cameo_codes, verb_patterns

__all__ = ["EventCoder", "cameo_codes", "verb_patterns"]
