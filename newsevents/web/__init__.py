"""Stage: web. The read-only HTTP API and the dashboard, served by `newsevents serve`."""

from newsevents.web.app import create_app

__all__ = ["create_app"]
