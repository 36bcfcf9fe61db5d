#!/bin/sh
# Throughput of `analyze freq` (MB/s) over a large Italian text built in a temporary directory
# from repeated copies of the given texts (default: seeds/). Nothing is written to the repo.
#
#   scripts/bench_freq.sh [TEXT_DIR] [TARGET_MB]
# Uses the release binary (swift build -c release --product analyze).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$here/seeds}
target_mb=${2:-50}
bin=$here/.build/release/analyze
[ -x "$bin" ] || { echo "build first: swift build -c release --product analyze" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$src"/*.txt > "$tmp/one.txt"
: > "$tmp/big.txt"
while [ "$(wc -c < "$tmp/big.txt")" -lt $((target_mb * 1000000)) ]; do cat "$tmp/one.txt" >> "$tmp/big.txt"; done
bytes=$(wc -c < "$tmp/big.txt")
run() {
  start=$(date +%s.%N)
  "$bin" freq "$@" --format tsv "$tmp/big.txt" > /dev/null
  end=$(date +%s.%N)
  echo "$bytes $start $end" | awk -v a="$*" '{ s = $3 - $2; printf "freq %-32s %6.1f MB in %6.2f s = %6.1f MB/s\n", a, $1/1e6, s, $1/1e6/s }'
}
run --keep-boilerplate
run
run --keep-boilerplate --ngrams 2
run --keep-boilerplate --by lemma
