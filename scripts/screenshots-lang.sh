#!/usr/bin/env bash
# Takes the README's pictures of the window in other languages, on a virtual screen (Xvfb):
#   assets/screenshots/main-window-de.png   the seed scam, with the window in German  (--lang de)
#   assets/screenshots/main-window-pt.png   the seed scam, with the window in Portuguese (--lang pt)
# Needs the same tools as scripts/screenshots.sh (xvfb-run, xauth, ImageMagick's "import", GTK 3, fonts).
#
# Usage: scripts/screenshots-lang.sh [--no-build] [MESSAGE_FILE] [LANG...]
#   --no-build    use the jar already in target/ instead of running "mvn package" first
#   MESSAGE_FILE  the message to show (default: ../shared/samples/seed-tech-support-scam.txt, or else
#                 assets/examples/tech-support-refund.txt)
#   LANG...       language codes (default: de pt); each picture is assets/screenshots/main-window-LANG.png
# Environment: WAIT (seconds to let the window check the message and draw after it appears, default 15), FONT_SIZE (default 16).
set -euo pipefail

cd "$(dirname "$0")/.."
source scripts/screenshots-start.sh
screenshots_start screenshots-lang.sh "see scripts/screenshots.sh" "xvfb-run import xwininfo java" "$@"
langs=("${rest[@]}")
[ ${#langs[@]} -gt 0 ] || langs=(de pt)

out=assets/screenshots
mkdir -p "$out"
export WAIT="${WAIT:-15}" FONT_SIZE="${FONT_SIZE:-16}" MESSAGE="$message" OUT="$out"

for lang in "${langs[@]}"; do
  bundle=src/main/resources/io/scamcheck/messages_$lang.properties
  [ -f "$bundle" ] || { echo "screenshots-lang.sh: no bundle for language $lang" >&2; exit 2; }
  export LANG_CODE="$lang"
  xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
    set -eu
    log=$(mktemp)
    java -Dscamcheck.fontSize="$FONT_SIZE" -jar target/scamcheck.jar --lang "$LANG_CODE" "$MESSAGE" >"$log" 2>&1 &
    pid=$!
    # Wait for the window (at most 60 s) and find it by its class: "xwininfo -name" misses titles with
    # letters such as "é".
    id=""
    for _ in $(seq 600); do
      id=$(xwininfo -root -tree 2>/dev/null | awk '"'"'/"io.scamcheck.ui.ScamCheckApp"/ { print $1; exit }'"'"')
      [ -n "$id" ] && break
      sleep 0.1
    done
    if [ -z "$id" ]; then
      echo "screenshots-lang.sh: the window did not appear" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep "$WAIT"
    if ! import -window "$id" "$OUT/main-window-$LANG_CODE.png"; then
      cat "$log" >&2
      exit 1
    fi
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -f "$log"
  '
  echo "wrote $out/main-window-$lang.png (showing $message in $lang)"
done
