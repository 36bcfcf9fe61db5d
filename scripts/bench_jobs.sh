#!/usr/bin/env bash
# --jobs scaling of a real corpus run: `analyze COMMAND --jobs 1` vs `--jobs 2` over a folder of
# N copies of seeds/ (default 40 × 5 articles), with wall time and CPU share (/usr/bin/time).
# On a shared machine look at the CPU share too: wall time only scales when cores are free.
#   scripts/bench_jobs.sh [COMMAND] [COPIES]      (default: report 40)
set -euo pipefail
cd "$(dirname "$0")/.."
cmd=${1:-report}
copies=${2:-40}
bin=${ANALYZE_BIN:-.build/release/analyze}
[ -x "$bin" ] || { echo "build first: swift build -c release --product analyze" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for i in $(seq 1 "$copies"); do for f in seeds/*.txt; do cp "$f" "$tmp/${i}_$(basename "$f")"; done; done
echo "corpus: $(ls "$tmp" | wc -l) documents, $(du -sm "$tmp" | cut -f1) MB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
for j in 1 2; do
    /usr/bin/time -f "%e %P %M" "$bin" "$cmd" --quiet --jobs "$j" "$tmp" > "$tmp.out$j" 2> "$tmp.time$j"
    read -r wall cpu rss < <(tail -1 "$tmp.time$j")
    echo "jobs $j: wall ${wall}s  CPU ${cpu}  peak RSS $((rss / 1024)) MB"
done
cmp -s "$tmp.out1" "$tmp.out2" && echo "outputs identical" || echo "OUTPUTS DIFFER"
w1=$(tail -1 "$tmp.time1" | cut -d' ' -f1); w2=$(tail -1 "$tmp.time2" | cut -d' ' -f1)
awk -v a="$w1" -v b="$w2" 'BEGIN { printf "speed-up jobs 2 / jobs 1: %.2fx\n", a / b }'
rm -f "$tmp.out1" "$tmp.out2" "$tmp.time1" "$tmp.time2"
