#!/usr/bin/env bash
# Headless Chromium for the dashboard tests, from Debian's packages (never a browser download).
# Idempotent: quick when already installed. Skipped (with a message) where apt is unavailable.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null; then echo "install-browser: no apt-get; browser tests will be skipped"; exit 0; fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
echo "install-browser: installing chromium from Debian packages"
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
