#!/usr/bin/env bash
# Debian's Chromium, for the HTML report's browser test (tests/browser/) and scripts/browser-audit.mjs.
# republint itself never needs a browser. The tests run this when chromium is missing.
set -euo pipefail
command -v chromium >/dev/null && exit 0
apt-get update -qq
apt-get install -y -qq chromium
