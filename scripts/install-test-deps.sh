#!/usr/bin/env bash
# Installs what the tests need beyond npm: Debian's Chromium for the browser tests.
# Needs root (or sudo) and Debian's package archive. Skips what is already there.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
echo "test dependencies ready: chromium at ${CHROME_PATH:-$(command -v chromium)}"
