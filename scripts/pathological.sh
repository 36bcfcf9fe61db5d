#!/usr/bin/env bash
# Pathological-input benchmark: times the release `analyze` on inputs of size n, 2n and 4n for
# each shape that makes rule systems slow, and prints the ratios t(2n)/t(n) and t(4n)/t(2n).
# Linear time gives ratios near 2; a ratio above 3 is flagged as SUPER-LINEAR.
#
#   scripts/pathological.sh [SCALE]     SCALE multiplies the base sizes (default 1)
#   ANALYZE=/path/to/analyze scripts/pathological.sh    use an already built binary
#   COMMANDS="tokens sentences clean freq" — the default is every text command (also normalize, entities, quotes, report).
#   SHAPES='nested|dots' (regex) — only the matching shapes.
#
# Inputs are generated into a temp dir (never committed). Each timing is the best of 3 runs; on a loaded machine rerun a flagged shape before believing it.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1}
if [ -z "${ANALYZE:-}" ]; then
  swift build -c release --product analyze >&2
  ANALYZE=.build/release/analyze
fi
commands=${COMMANDS:-tokens normalize sentences clean freq entities quotes report}
dir=$(mktemp -d "${TMPDIR:-/tmp}/pathological.XXXXXX")
trap 'rm -rf "$dir"' EXIT

python3 - "$dir" "$scale" "${SHAPES:-.}" <<'PY'
import re, sys, random
d, scale, only = sys.argv[1], float(sys.argv[2]), re.compile(sys.argv[3])
random.seed(7)
letters = "abcdefghilmnopqrstuvz"
def caps(k):      return "".join(random.choice("ABCDEFGHILMNOPRSTUVZ") for _ in range(k))
def caps_words(k):
    out, n = [], 0
    while n < k:
        w = caps(random.randint(1, 8)); out.append(w); n += len(w) + 1
    return " ".join(out)
def initials(k):  return "A." * (k // 2)
def apostrophes(k): return "'" * k
def curly_apos(k):  return "’" * k
def elisions(k):  return "l’" * (k // 2)
def quotes(k):    return '"' * k
def curly_quotes(k): return "“”" * (k // 2)
def nested(k):    return "«" * (k // 2) + "x" + "»" * (k // 2)
def unclosed(k):  return "« a " * (k // 4)
def closers(k):   return "Fine." + "»" * k
def nospace(k):   return "".join(random.choice(letters) for _ in range(k))
def dots(k):      return "." * k
def dotted(k):    return "a." * (k // 2)
def digits(k):    return "1.000" * (k // 5)
def lines(k):     return "Condividi\n" * (k // 10)
def hyphens(k):   return "-" * k
shapes = {
  "caps-run": (caps, 250_000), "caps-words": (caps_words, 250_000), "initials-A.": (initials, 100_000),
  "apostrophe-ascii": (apostrophes, 250_000), "apostrophe-curly": (curly_apos, 250_000), "elisions-l-curly": (elisions, 250_000),
  "quotes-ascii": (quotes, 250_000), "quotes-curly": (curly_quotes, 250_000), "nested-guillemets": (nested, 500_000),
  "period-closers": (closers, 100_000),
  "unclosed-guill": (unclosed, 250_000), "no-spaces-1MB": (nospace, 262_144), "dots": (dots, 25_000),
  "a.a.a.": (dotted, 100_000), "numbers-1.000": (digits, 250_000), "short-lines": (lines, 250_000),
  "dashes": (hyphens, 250_000),
}
with open(f"{d}/shapes", "w") as idx:
    for i, (name, (f, n)) in enumerate(shapes.items()):
        if not only.search(name): continue
        n = int(n * scale)
        for m in (1, 2, 4):
            with open(f"{d}/{i}-{m}.txt", "w", encoding="utf-8") as out:
                out.write(f(n * m) + "\n")
        idx.write(f"{i}\t{name}\t{n}\n")
PY

best() {  # best of 3 wall times of: analyze CMD FILE > /dev/null ("fail" on a non-zero exit)
  python3 - "$ANALYZE" "$1" "$2" <<'PY'
import subprocess, sys, time
best = None
for _ in range(3):
    t = time.perf_counter()
    r = subprocess.run([sys.argv[1], sys.argv[2], "--quiet", sys.argv[3]], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    t = time.perf_counter() - t
    if r.returncode != 0:
        print("fail"); sys.exit()
    best = t if best is None else min(best, t)
print(f"{best:.3f}")
PY
}

printf "%-18s %-10s %9s %8s %8s %8s %7s %7s\n" shape command n "t(n)" "t(2n)" "t(4n)" "2n/n" "4n/2n"
bad=0
while IFS=$'\t' read -r i name n; do
  for cmd in $commands; do
    a=$(best "$cmd" "$dir/$i-1.txt"); b=$(best "$cmd" "$dir/$i-2.txt"); c=$(best "$cmd" "$dir/$i-4.txt")
    read -r r1 r2 flag < <(python3 - "$a" "$b" "$c" <<'PY'
import sys
try:
    a, b, c = (max(float(x), 0.01) for x in sys.argv[1:])
except ValueError:
    print("- - FAILED"); sys.exit()
r1, r2 = b / a, c / b
# Under ~0.05 s the process start dominates; judge only the measurable ones.
flag = "SUPER-LINEAR" if c >= 0.2 and r2 > 3 else ""
print(f"{r1:.2f} {r2:.2f} {flag}")
PY
)
    printf "%-18s %-10s %9s %8s %8s %8s %7s %7s %s\n" "$name" "$cmd" "$n" "$a" "$b" "$c" "$r1" "$r2" "${flag:-}"
    [ -n "${flag:-}" ] && bad=1
  done
done < "$dir/shapes"
exit $bad
