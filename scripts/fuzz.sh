#!/usr/bin/env bash
# Runs one libFuzzer target for a number of seconds.
#
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags…]
#   TARGET: tokenizer | sentences | normalizer | boilerplate | NER | quotes (or FuzzTokenizer…)
#
# Builds Fuzz/ (a separate package, so the main build never needs the fuzzer runtime) in release
# with -sanitize=fuzzer,address, seeds a temporary corpus from seeds/ plus, when present, the
# dev data in /work/shared/data (copied to a temp dir, never into the repo), and runs the target.
# Crashes land in fuzz-artifacts/ (git-ignored); turn each into a regression test.
# Linux only; links with lld (gold crashes on the fuzzer runtime's symbols).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
shift 2
case "$target" in
  Fuzz*) product=$target ;;
  *) product="Fuzz$(tr '[:lower:]' '[:upper:]' <<<"${target:0:1}")${target:1}" ;;
esac
[ -d "Fuzz/Sources/$product" ] || { echo "fuzz.sh: no target $product in Fuzz/Sources" >&2; exit 64; }

swift build -c release --package-path Fuzz --product "$product" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2
bin=Fuzz/.build/release/$product

corpus=${FUZZ_CORPUS:-$(mktemp -d "${TMPDIR:-/tmp}/fuzz-$product.XXXXXX")}
mkdir -p "$corpus"
cp seeds/*.txt "$corpus/" 2>/dev/null || true
shared=/work/shared/data
if [ -d "$shared" ]; then
  # Dev data cut into 2 KB pieces: libFuzzer mutates small inputs much faster.
  n=0
  for f in "$shared"/web-dev/*.txt "$shared"/seeds-gold/*.tsv "$shared"/kind/*_dev.tsv; do
    [ -f "$f" ] || continue
    split -b 2048 -a 3 "$f" "$corpus/dev$n-"; n=$((n + 1))
  done
  # Keep the corpus a manageable size.
  ls "$corpus" | awk 'NR > 400' | sed "s|^|$corpus/|" | xargs -r rm -f
fi
mkdir -p fuzz-artifacts
echo "fuzz.sh: $product for ${seconds}s, corpus $corpus ($(ls "$corpus" | wc -l) files)" >&2
export SWIFT_BACKTRACE=enable=no  # the Swift crash handler trips ASan; libFuzzer prints the stack
exec "$bin" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="fuzz-artifacts/$product-" -print_final_stats=1 "$@" "$corpus"
