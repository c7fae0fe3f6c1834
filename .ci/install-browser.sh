#!/usr/bin/env bash
# Installs what tests/browser needs on a fresh Debian machine (run as root, no sudo):
# the Debian chromium package (/usr/bin/chromium) and Playwright's Python package.
# Playwright's own browser download (`playwright install`) is NOT used: the tests pass
# executable_path="/usr/bin/chromium".
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
PYTHON="${PYTHON:-python3}"
"$PYTHON" -m pip install playwright
/usr/bin/chromium --version
