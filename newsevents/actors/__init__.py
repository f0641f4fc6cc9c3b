"""Stage: actors. Mentions -> CAMEO-style actor codes (country + role, blocs, IGOs, people).

All vocabulary comes from data files in newsevents/data/: country_aliases.tsv (plus every
pycountry name), blocs.tsv, metonyms.tsv, people.tsv, roles.tsv. `ActorResolver` holds one
article's context, so "Biden" after "US President Joe Biden" and "he" after "Peskov said"
resolve to the right actor.
"""

from newsevents.actors.lexicon import Lexicon, lexicon
from newsevents.actors.resolver import ActorResolver

__all__ = ["ActorResolver", "Lexicon", "lexicon"]
