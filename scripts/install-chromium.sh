#!/usr/bin/env bash
# Debian's Chromium, for scripts/browser-audit.mjs (not needed by republint or its tests).
set -euo pipefail
command -v chromium >/dev/null && exit 0
apt-get update -qq
apt-get install -y -qq chromium
