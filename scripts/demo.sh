#!/usr/bin/env bash
# The main job on the bundled sample: set up, ingest sample/ into demo.duckdb, print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1
DB=${DB:-demo.duckdb}
.venv/bin/newsevents ingest sample/ --db "$DB"
.venv/bin/newsevents stats --db "$DB"
.venv/bin/newsevents stories --db "$DB" --limit 10
.venv/bin/newsevents events --db "$DB" --limit 15
echo
echo "Next: .venv/bin/newsevents serve --db $DB   (dashboard on http://127.0.0.1:8000)"
