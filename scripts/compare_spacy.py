#!/usr/bin/env python3
"""Side-by-side tokenizer speed: spaCy's Italian tokenizer (spacy.blank("it")) against
`analyze bench --stages tokenize` on the same corpus, in the same run, on one core.

    pip install spacy
    swift build -c release --product analyze
    scripts/compare_spacy.py [CORPUS_DIR] [--min-mb 20] [--repeat 3]

The corpus (default: seeds/) is repeated until it reaches --min-mb, as `analyze bench` does.
Prints MB/s and tokens/s of both and the speed ratio. Nothing is written to the repository.
"""
import argparse
import json
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--min-mb", type=float, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--bin", default=str(ROOT / ".build/release/analyze"))
    args = ap.parse_args()

    try:
        import spacy
    except ImportError:
        sys.exit("compare_spacy.py: spaCy is not installed (pip install spacy)")
    if not pathlib.Path(args.bin).exists():
        sys.exit(f"compare_spacy.py: {args.bin} not found (swift build -c release --product analyze)")

    files = sorted(pathlib.Path(args.corpus).rglob("*.txt"))
    docs = [f.read_text(encoding="utf-8") for f in files]
    unit = sum(len(d.encode("utf-8")) for d in docs)
    if unit == 0:
        sys.exit("compare_spacy.py: empty corpus")
    copies = max(1, -(-int(args.min_mb * 1e6) // unit))
    corpus = docs * copies
    size = unit * copies

    nlp = spacy.blank("it")
    nlp.max_length = max(nlp.max_length, max(len(d) for d in docs) + 1)
    times, tokens = [], 0
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        tokens = sum(len(nlp.make_doc(d)) for d in corpus)
        times.append(time.perf_counter() - t0)
    spacy_s = sorted(times)[len(times) // 2]

    out = subprocess.run([args.bin, "bench", args.corpus, "--stages", "tokenize", "--jobs", "1",
                          "--min-mb", str(args.min_mb), "--repeat", str(args.repeat), "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    bench = json.loads(out)
    ours = next(s for s in bench["stages"] if s["stage"] == "tokenize")
    icu = next(s for s in bench["stages"] if s["stage"] == "icu-baseline")

    spacy_mbs = size / 1e6 / spacy_s
    print(f"corpus: {size / 1e6:.1f} MB ({len(corpus)} documents), median of {args.repeat}, one core")
    print(f"{'tokenizer':<28}{'MB/s':>8}{'tokens/s':>12}")
    print(f"{'spaCy ' + spacy.__version__ + ' blank(it)':<28}{spacy_mbs:>8.1f}{tokens / spacy_s:>12.0f}")
    print(f"{'analyze tokenize':<28}{ours['mbPerSecond']:>8.1f}{ours['tokensPerSecond']:>12.0f}")
    print(f"{'bare ICU word-break loop':<28}{icu['mbPerSecond']:>8.1f}{icu['tokensPerSecond']:>12.0f}")
    print(f"speed ratio analyze / spaCy: {ours['mbPerSecond'] / spacy_mbs:.1f}x")


if __name__ == "__main__":
    main()
