#!/usr/bin/env bash
# Takes the README's pictures of the real window, on a virtual screen (Xvfb), so anyone can remake them:
#   assets/screenshots/empty-window.png   the window as it opens
#   assets/screenshots/main-window.png    the answer for the seed scam (likely scam)
#   assets/screenshots/suspicious.png     the answer for assets/examples/parcel-fee.txt (suspicious)
#   assets/screenshots/nothing-found.png  the answer for assets/examples/family-lunch.txt (no signs found)
#   assets/screenshots/bad-file-pdf.png   the sentence shown for a PDF opened by mistake
#   assets/screenshots/bad-file-image.png the sentence shown for a picture opened by mistake
#   assets/screenshots/large-text.png     "Try an example" with the text made large (--text-size=28)
#   assets/screenshots/high-contrast.png  "Try an example" in the high-contrast theme
#   assets/screenshots/high-contrast-empty.png  the first screen in the high-contrast theme
#   assets/screenshots/already-paid.png   the page for someone who already called, paid or let them in
# (The PDF is written here at run time; the picture is the app's own icon.) The window runs with
# -Dscamcheck.settings=memory, so your own saved text size and theme are neither used nor changed.
#
# Needs xvfb-run, xauth, ImageMagick (its "import" command), GTK 3 and fonts. On Debian or Ubuntu:
#   sudo apt-get install xvfb xauth imagemagick libgtk-3-0 fonts-dejavu-core
#
# Usage: scripts/screenshots.sh [--no-build] [MESSAGE_FILE]
#   --no-build    use the jar already in target/ instead of running "mvn package" first
#   MESSAGE_FILE  the message to show (default: ../shared/samples/seed-tech-support-scam.txt, or else
#                 assets/examples/tech-support-refund.txt)
# Environment: WAIT (seconds to let the window draw after it appears, default 5), FONT_SIZE (base text size
# in px, default 16).
set -euo pipefail

cd "$(dirname "$0")/.."
source scripts/screenshots-start.sh
screenshots_start screenshots.sh "see the comment at the top" "xvfb-run import java" "$@"

out=assets/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n' >"$tmp/invoice.pdf"
cp assets/icon/icon-256.png "$tmp/photo.png"
export WAIT="${WAIT:-5}" FONT_SIZE="${FONT_SIZE:-16}" MESSAGE="$message" OUT="$out" TMPFILES="$tmp"

# All pictures in one virtual display. "import -window NAME" takes just the window with that title.
xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
  set -eu
  shot() {  # shot FILE [ARGS...]: start the window, wait, take its picture, close it
    file=$1; shift
    start=$(date +%s%N)
    log=$(mktemp)
    java -Dscamcheck.settings=memory -Dscamcheck.fontSize="$FONT_SIZE" -jar target/scamcheck.jar "$@" >"$log" 2>&1 &
    pid=$!
    if command -v xwininfo >/dev/null; then  # wait for the window to appear (at most 60 s)
      for _ in $(seq 600); do
        xwininfo -name "Is this a scam?" >/dev/null 2>&1 && break
        sleep 0.1
      done
      echo "window visible after $(( ($(date +%s%N) - start) / 1000000 )) ms"
    else
      sleep 5
    fi
    sleep "$WAIT"
    if ! import -window "Is this a scam?" "$file"; then
      cat "$log" >&2
      exit 1
    fi
    kill "$pid"
    wait "$pid" 2>/dev/null || true  # (what the window prints while it is stopped does not matter)
    rm -f "$log"
  }
  shot "$OUT/empty-window.png"
  shot "$OUT/main-window.png" "$MESSAGE"
  shot "$OUT/bad-file-pdf.png" "$TMPFILES/invoice.pdf"
  shot "$OUT/bad-file-image.png" "$TMPFILES/photo.png"
  shot "$OUT/suspicious.png" assets/examples/parcel-fee.txt
  shot "$OUT/nothing-found.png" assets/examples/family-lunch.txt
  shot "$OUT/large-text.png" --example --text-size=28
  shot "$OUT/high-contrast.png" --example --theme=high-contrast
  shot "$OUT/high-contrast-empty.png" --theme=high-contrast
  shot "$OUT/already-paid.png" --example --page=already-paid
'
echo "wrote $out/: empty-window, main-window (showing $message), suspicious, nothing-found, bad-file-pdf,"
echo "  bad-file-image, large-text, high-contrast, high-contrast-empty and already-paid (.png)"
