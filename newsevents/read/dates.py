"""Publication dates as scrapers write them. Read warns about a missing or impossible date
(read/formats.py); repair stores the parsed date (repair/__init__.py)."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser


def parse_date(value: str | None) -> dt.date | None:
    """YYYYMMDD, ISO dates and datetimes, and the common written forms; None when absent or
    impossible (e.g. month 13)."""
    if not value or not value.strip():
        return None
    value = value.strip()
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", value)
    try:
        if compact:
            return dt.date(*map(int, compact.groups()))
        iso = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
        if iso:
            return dt.date(*map(int, iso.groups()))
    except ValueError:
        return None
    try:
        parsed = parser.parse(value, fuzzy=False, default=dt.datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1900 or not 1800 < parsed.year < 2200:
        return None
    return parsed.date()
