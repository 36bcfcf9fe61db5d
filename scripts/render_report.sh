#!/usr/bin/env bash
# Renders `analyze report --format html` in headless Chromium to a PNG, to check the page in a
# real browser during development (CI validates the HTML structure without a browser).
#   scripts/render_report.sh [INPUT…] [-- OUT.png]   (default: seeds/ → /tmp/analyze-report.png)
# Needs: apt-get install -y chromium
set -euo pipefail
cd "$(dirname "$0")/.."
out=/tmp/analyze-report.png
inputs=()
while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then out="$2"; shift 2; continue; fi
    inputs+=("$1"); shift
done
[ ${#inputs[@]} -eq 0 ] && inputs=(seeds)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "render_report.sh: chromium not found (apt-get install -y chromium)" >&2; exit 69; }
export PATH="/opt/swift/usr/bin:$PATH"
swift build --product analyze >/dev/null
html=$(mktemp --suffix=.html)
trap 'rm -f "$html"' EXIT
.build/debug/analyze report --format html --quiet "${inputs[@]}" --output "$html"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,${HEIGHT:-4000} \
    --screenshot="$out" "file://$html" 2>/dev/null
echo "$out ($(wc -c < "$html") bytes of HTML)"
