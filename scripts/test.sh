#!/usr/bin/env bash
# The whole test suite on a fresh machine: set up, install headless Chromium, run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -f scripts/install-browser.sh ]; then bash scripts/install-browser.sh; fi
export HF_HUB_OFFLINE=1
# pytest exits 5 when it collected no test: that is a failure here, as any non-zero status.
exec .venv/bin/python -m pytest -n 2 --durations=15 "$@"
