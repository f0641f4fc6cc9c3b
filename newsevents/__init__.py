"""newsevents: raw news in, traceable and deduplicated CAMEO event data out."""

__version__ = "0.1.0"
