#!/bin/sh
# Starts the kiosk's Chromium with the flags of chromium-flags (beside this file) on the
# exhibition served by this machine. The address can be given: start-kiosk.sh 'http://…/?kiosk'.
set -eu
here=$(dirname "$(readlink -f "$0")")
url=${1:-'http://localhost:4173/?kiosk&idle=90&lang=fr'}
# The speech voices' service up before Chromium asks for them, for as long as the session lasts
# (-t 0). Left to Chromium's first ask, on a busy machine, the browser sometimes had no voice 45 s
# later (tests/e2e/kiosk-staff.spec.ts). "Already running" is fine.
if command -v speech-dispatcher >/dev/null; then speech-dispatcher -d -t 0 || true; fi
# shellcheck disable=SC2046 # one flag a line, none with spaces
exec /usr/bin/chromium $(grep -v '^#' "$here/chromium-flags") "$url"
