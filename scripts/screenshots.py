"""Screenshots of the dashboard's main pages for docs/screenshots/ (README), taken with
Playwright and Debian's Chromium on a database of the bundled sample.

    python scripts/screenshots.py DB [OUT_DIR]
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

PAGES = {
    "overview": "/",
    "dyad": "/dyad?a=RUS&b=UKR",
    "events": "/events?actor=RUS",
    "stories": "/stories",
    "actor": "/actor/RUS",
    "map": "/map",
    "search": '/search?q="Secretary+Blinken"',
    "network": "/network",
}
READY = {"dyad": "#dyad-chart[data-ready='1']", "map": "#map[data-ready='1']", "network": "#network[data-nodes]",
         "overview": "#volume svg", "actor": "#actor-timeline[data-ready='1']"}


def main() -> None:
    db, out = sys.argv[1], Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", db, "--port", str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
            for width, height, suffix in ((1280, 900, ""), (390, 844, "-phone")):
                page = browser.new_page(viewport={"width": width, "height": height})
                for name, path in PAGES.items():
                    if suffix and name not in ("overview", "dyad", "map"):
                        continue
                    page.goto(base + path)
                    if name in READY:
                        page.wait_for_selector(READY[name], timeout=15000)
                    page.wait_for_timeout(300)
                    page.screenshot(path=str(out / f"{name}{suffix}.png"), full_page=False)
            browser.close()
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
