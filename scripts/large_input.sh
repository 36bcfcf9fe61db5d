#!/usr/bin/env bash
# Large-input behaviour (not run in CI): time and peak RSS (/usr/bin/time -v) of streaming runs.
#   scripts/large_input.sh [SIZE_MB]   (default 1000: a 1 GB file of seeds/ repeated)
# Cases: tokens, clean, sentences, freq, entities and quotes over one SIZE_MB file; tokens over a --jsonl stream of SIZE_MB;
# tokens over a single 100 MB line. Temporary files go to $TMPDIR and are removed.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1000}
bin=${ANALYZE_BIN:-.build/release/analyze}
[ -x "$bin" ] || { echo "build first: swift build -c release --product analyze" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat seeds/*.txt > "$tmp/unit.txt"
python3 - "$tmp" "$size" <<'PY'
import json, sys, pathlib
tmp, size = pathlib.Path(sys.argv[1]), int(sys.argv[2]) * 1_000_000
unit = (tmp / "unit.txt").read_text()
docs = [d for d in unit.split("\n\n") if d.strip()]
with open(tmp / "big.txt", "w") as f:
    n = 0
    while n < size:
        f.write(unit); n += len(unit.encode())
with open(tmp / "big.jsonl", "w") as f:
    n, i = 0, 0
    while n < size:
        line = json.dumps({"id": i, "text": docs[i % len(docs)]}, ensure_ascii=False) + "\n"
        f.write(line); n += len(line.encode()); i += 1
line = unit.replace("\n", " ")
with open(tmp / "oneline.txt", "w") as f:
    n = 0
    while n < 100_000_000:
        f.write(line); n += len(line.encode())
    f.write("\n")
PY
measure() {
    local label=$1; shift
    /usr/bin/time -v "$@" > /dev/null 2> "$tmp/time.txt" || true
    local rss wall
    rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$tmp/time.txt")
    wall=$(awk -F': ' '/Elapsed \(wall/ {print $2}' "$tmp/time.txt")
    printf '%-44s wall %-9s peak RSS %6d MB\n' "$label" "$wall" $((rss / 1024))
}
echo "input: $(du -m "$tmp/big.txt" | cut -f1) MB file, $(du -m "$tmp/big.jsonl" | cut -f1) MB JSONL, $(du -m "$tmp/oneline.txt" | cut -f1) MB single line"
measure "tokens FILE (${size} MB, one document)" "$bin" tokens --quiet "$tmp/big.txt"
measure "clean FILE (${size} MB, one document)" "$bin" clean --quiet "$tmp/big.txt"
measure "sentences FILE (${size} MB, one document)" "$bin" sentences --quiet "$tmp/big.txt"
measure "freq FILE (${size} MB, one document)" "$bin" freq --quiet "$tmp/big.txt"
measure "entities --format tsv FILE (${size} MB)" "$bin" entities --quiet --format tsv "$tmp/big.txt"
measure "entities FILE (${size} MB, the table)" "$bin" entities --quiet "$tmp/big.txt"
measure "quotes --format tsv FILE (${size} MB)" "$bin" quotes --quiet --format tsv "$tmp/big.txt"
measure "tokens --jsonl (${size} MB stream)" "$bin" tokens --quiet --jsonl "$tmp/big.jsonl"
head -c 20000000 "$tmp/big.jsonl" | sed '$d' > "$tmp/small.jsonl"   # the report is slower: 20 MB of it
measure "report --jsonl (20 MB stream)" "$bin" report --quiet --jsonl "$tmp/small.jsonl"
measure "tokens, one 100 MB line" "$bin" tokens --quiet "$tmp/oneline.txt"
