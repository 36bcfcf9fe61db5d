#!/bin/sh
# One tagger experiment: release build, train the tagger on the KIND train splits (recipe of
# Lexicons/ner/README.md) once per seed into a scratch lexicon directory, then token / span
# micro-F1 on the three dev sets, per-type token F1 and ORG token P/R, one line per seed and set, and
# the mean over the seeds (scores move by ~0.3 token F1 between seeds: compare means).
# Lexicons/ner/tagger.bin is left alone; train it with the README recipe once a change is kept.
# TRAIN_ARGS adds train-ner options (later ones win: TRAIN_ARGS="--epochs 12"); TRAIN_FILES
# replaces the training file list; LEXICONS another lexicon directory (default Lexicons).
# Usage: scripts/ner_experiment.sh [RUNS] [KIND_DIR] [SEEDS]   (defaults: 4, ../shared/data/kind, "42 43 44")
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-4}
KIND=${2:-../shared/data/kind}
SEEDS=${3:-42 43 44}
BIN=.build/release/analyze
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
swift build -c release --product analyze >"$TMP/build.log" 2>&1 || { grep -E "error" "$TMP/build.log"; exit 1; }
mkdir -p "$TMP/lex/ner"
LEX=$(cd "${LEXICONS:-Lexicons}" && pwd)
for f in "$LEX"/*; do [ "$f" = "$LEX/ner" ] || ln -s "$f" "$TMP/lex/"; done
for f in "$LEX"/ner/*; do [ "$f" = "$LEX/ner/tagger.bin" ] || ln -s "$f" "$TMP/lex/ner/"; done
for seed in $SEEDS; do
  # shellcheck disable=SC2086
  $BIN train-ner ${TRAIN_FILES:-"$KIND"/WN_train.tsv "$KIND"/WN_train.tsv "$KIND"/FIC_train.tsv "$KIND"/ADG_train.tsv} --lexicons "$TMP/lex" \
      --output "$TMP/lex/ner/tagger.bin" --epochs 8 --min-count 1 --prune 2 --runs "$RUNS" --seed "$seed" ${TRAIN_ARGS:-} 2>/dev/null
  for d in WN FIC ADG; do
    $BIN eval ner "$KIND/${d}_dev.tsv" --lexicons "$TMP/lex" | awk -v d="$d" -v seed="$seed" '
      $1 == "PER" || $1 == "ORG" || $1 == "LOC" { per = per " " $1 " " $4 }
      $1 == "ORG" { org = " | ORG P " $2 " R " $3 }
      $1 == "micro" { printf "%s %s token %s span %s |%s%s\n", seed, d, $4, $7, per, org }'
  done
done | tee "$TMP/lines"
awk '{ t[$2] += $4; s[$2] += $6; n[$2]++ } END { for (d in t) printf "mean %s token %.4f span %.4f (%d seeds)\n", d, t[d] / n[d], s[d] / n[d], n[d] }' "$TMP/lines" | sort -k2,2r
