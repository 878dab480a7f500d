#!/bin/sh
# Starts the kiosk's Chromium with the flags of chromium-flags (beside this file) on the
# exhibition served by this machine. The address can be given: start-kiosk.sh 'http://…/?kiosk'.
set -eu
here=$(dirname "$(readlink -f "$0")")
url=${1:-'http://localhost:4173/?kiosk&idle=90&lang=fr'}
# shellcheck disable=SC2046 # one flag a line, none with spaces
exec /usr/bin/chromium $(grep -v '^#' "$here/chromium-flags") "$url"
