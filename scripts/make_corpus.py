#!/usr/bin/env python3
"""Builds a large Italian text for benchmarks from the dev data in ../shared/data.

The text is the UD ISDT sentences and the KIND sentences (tokens re-joined with Italian
spacing), ten sentences a line, repeated until it reaches --mb megabytes. The output is not
committed: it is made from data whose licence keeps it out of the repo.

usage: scripts/make_corpus.py [--shared ../shared] [--mb 24] [--out /tmp/it-corpus.txt]
"""
import argparse, glob, os, re

def kind_sentences(path):
    toks = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if toks:
                yield join(toks)
            toks = []
            continue
        toks.append(line.split("\t")[0])
    if toks:
        yield join(toks)

def join(toks):
    s = " ".join(toks)
    s = re.sub(r" ([.,;:!?)\]»”])", r"\1", s)
    s = re.sub(r"([(\[«“]) ", r"\1", s)
    s = re.sub(r"(\w[’']) (\w)", r"\1\2", s)
    return s

def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--mb", type=float, default=24)
    ap.add_argument("--out", default="/tmp/it-corpus.txt")
    a = ap.parse_args()
    data = os.path.join(a.shared, "data")
    sents = [l[9:].rstrip("\n") for l in open(os.path.join(data, "ud-isdt", "it_isdt-ud-dev.conllu"), encoding="utf-8")
             if l.startswith("# text = ")]
    for f in sorted(glob.glob(os.path.join(data, "kind", "*.tsv"))):
        sents.extend(kind_sentences(f))
    block = "\n".join(" ".join(sents[i:i + 10]) for i in range(0, len(sents), 10)) + "\n"
    need = int(a.mb * 1_000_000)
    with open(a.out, "w", encoding="utf-8") as out:
        written = 0
        while written < need:
            out.write(block)
            written += len(block.encode("utf-8"))
    print(f"{a.out}: {written / 1e6:.1f} MB from {len(sents)} sentences")

if __name__ == "__main__":
    main()
