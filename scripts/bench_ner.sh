#!/bin/sh
# Entity-recognition benchmarks (release build, one core):
#  1. recognizer throughput over already-tokenized text, in tokens per CPU second
#     (the recognizer's own thread CPU time, measured by `analyze eval ner`; best of 3);
#  2. `analyze entities` on a seed with every lexicon loaded: wall time and peak RSS,
#     cold (no compiled-lexicon cache) and warm.
# Usage: scripts/bench_ner.sh [KIND_DIR]   (default ../shared/data/kind; any token<TAB>tag file works)
set -eu
cd "$(dirname "$0")/.."
KIND=${1:-../shared/data/kind}
swift build -c release --product analyze >/dev/null
BIN=.build/release/analyze
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cat "$KIND"/WN_dev.tsv "$KIND"/WN_train.tsv > "$TMP/big.tsv"
echo "== throughput (tokens per CPU second in the recognizer, tagger on / off)"
for flag in "" "--no-tagger"; do
  for i in 1 2 3; do $BIN eval ner "$TMP/big.tsv" $flag | head -1; done
done
echo "== analyze entities seeds/000_7ee37ed4f19f2e71.txt (wall s, peak RSS KB)"
export ANALYZE_CACHE_DIR="$TMP/cache"
/usr/bin/time -f "cold: %e s wall, %U s user, %M KB" $BIN entities seeds/000_7ee37ed4f19f2e71.txt >/dev/null
for i in 1 2 3; do /usr/bin/time -f "warm: %e s wall, %U s user, %M KB" $BIN entities seeds/000_7ee37ed4f19f2e71.txt >/dev/null; done
