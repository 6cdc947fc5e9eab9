#!/usr/bin/env bash
# Saves the report for a message as a web page and opens it in a real browser with no network at all
# (Chromium, headless, inside a new network namespace with no interfaces: "unshare -n"), then keeps a picture
# of its first screen: assets/screenshots/report-in-browser.png. This shows that the saved report needs
# nothing from the internet to show everything.
#
# Needs: chromium, unshare (util-linux; root, or a system that allows user namespaces), ImageMagick.
#   sudo apt-get install chromium imagemagick
# Usage: scripts/report-screenshot.sh [MESSAGE_FILE]   (default: ../shared/samples/seed-tech-support-scam.eml)
set -euo pipefail
cd "$(dirname "$0")/.."
message="${1:-../shared/samples/seed-tech-support-scam.eml}"
[ -f target/scamcheck.jar ] || mvn -q -B package -DskipTests
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -jar target/scamcheck.jar check --report "$tmp/report.html" "$message"
unshare -n chromium --headless --no-sandbox --disable-gpu --window-size=1000,1100 \
  --screenshot="$tmp/shot.png" "file://$tmp/report.html" 2>/dev/null
convert "$tmp/shot.png" -crop 1000x1100+0+0 +repage assets/screenshots/report-in-browser.png
echo "wrote assets/screenshots/report-in-browser.png (the report for $message, opened with no network)"
