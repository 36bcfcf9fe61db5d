#!/bin/sh
# Throughput of the quote detector (library only; `analyze quotes --timing` reports wall and
# CPU time, CPU being the honest figure on a shared machine).
#
#   scripts/bench_quotes.sh [FILE]     FILE: a large Italian text; default: seeds/ repeated to ~60 MB
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product analyze >/dev/null
file=${1:-}
if [ -z "$file" ]; then
    file=$(mktemp /tmp/quotes-bench.XXXXXX)
    trap 'rm -f "$file"' EXIT
    python3 - "$file" <<'PY'
import glob, sys
text = "\n".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob("seeds/*.txt"))) + "\n"
data = text.encode()
open(sys.argv[1], "wb").write(data * (60_000_000 // len(data) + 1))
PY
fi
ls -l "$file" | awk '{print "input:", $5, "bytes"}'
for run in 1 2 3; do
    .build/release/analyze quotes --timing --format jsonl "$file" >/dev/null
done
