#!/usr/bin/env python3
"""Measure how much of a gold NER file the lexicons cover (evaluation only, never training data).

Usage: python3 scripts/lexicons_coverage.py [KIND_TSV ...]
Default: ../shared/data/kind/WN_dev.tsv next to the repository. The file is token<TAB>BIO-tag,
sentences separated by blank lines. Nothing from the gold file is written anywhere.
"""

from __future__ import annotations

import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
LEX = os.path.join(REPO, "Lexicons")


def load(name: str, types=None, key=lambda r: r[0]) -> set[str]:
    out = set()
    with open(os.path.join(LEX, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("surface\t") or line.startswith("form\t"):
                continue
            r = line.rstrip("\n").split("\t")
            if types is None or r[1] in types:
                out.add(key(r))
    return out


def load_rows(name: str) -> list[list[str]]:
    with open(os.path.join(LEX, name), encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if not l.startswith("#") and not l.startswith("surface\t")]


def sentences(path: str):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
                continue
            tok, tag = line.split("\t")[:2]
            sent.append((unicodedata.normalize("NFC", tok.replace("\u2019", "'")), tag))
    if sent:
        yield sent


def spans(sent):
    cur = None
    for i, (tok, tag) in enumerate(sent):
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != tag[2:])):
            if cur:
                yield cur
            cur = (tag[2:], i, [tok])
        elif tag.startswith("I-"):
            cur[2].append(tok)
        else:
            if cur:
                yield cur
            cur = None
    if cur:
        yield cur


def join(tokens):
    return " ".join(tokens).replace("' ", "'")


def pct(a, b):
    return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "n/a"


def main(paths):
    given_rows = load_rows("given_names.tsv")
    given = {r[0] for r in given_rows}
    given_strict = {r[0] for r in given_rows if r[4] == "-"}
    surnames = load("surnames.tsv")
    places = load("places.tsv", {"LOC"})
    orgs = load("orgs.tsv", {"ORG"})
    products = load("products.tsv")
    titles = {s.lower() for s in load("titles.tsv", {"TITLE"})}
    common = load("common_words.tsv")
    common_plain = {r[0] for r in load_rows("common_words.tsv") if r[5] == "-"}
    demonyms = load("demonyms.tsv")
    allents = places | orgs | products
    for path in paths:
        c = {k: 0 for k in ("PER", "LOC", "ORG")}
        hit = {k: 0 for k in c}
        hit_any = {k: 0 for k in c}
        wrong = {k: 0 for k in c}
        per_multi = per_first = per_tok = per_tok_hit = per_last_sur = 0
        init_o = init_o_given = init_o_given_strict = init_o_common = init_o_plain = 0
        ent_tok = ent_tok_common = ent_tok_plain = 0
        mid_o = mid_o_name = mid_o_place = mid_o_org = 0
        misses = {k: {} for k in c}
        for sent in sentences(path):
            first_word = next(((i, t) for i, t in enumerate(sent) if t[0][:1].isalpha()), None)
            if first_word and first_word[1][1] == "O" and first_word[1][0][:1].isupper():
                w = first_word[1][0]
                init_o += 1
                init_o_given += w in given
                init_o_given_strict += w in given_strict
                init_o_common += w.lower() in common
                init_o_plain += w.lower() in common_plain
            for i, (tok, tag) in enumerate(sent):
                if tag == "O" and tok[:1].isupper() and tok[:1].isalpha() and first_word and i > first_word[0]:
                    mid_o += 1
                    mid_o_name += tok in given or tok in surnames
                    mid_o_place += tok in places
                    mid_o_org += tok in orgs
                if tag != "O" and tok[:1].isupper() and tok[:1].isalpha():
                    ent_tok += 1
                    ent_tok_common += tok.lower() in common
                    ent_tok_plain += tok.lower() in common_plain
            for typ, start, toks in spans(sent):
                if typ not in c:
                    continue
                c[typ] += 1
                text = join(toks)
                if typ == "PER":
                    per_tok += len(toks)
                    per_tok_hit += sum(t in given or t in surnames for t in toks)
                    if len(toks) > 1:
                        per_multi += 1
                        per_first += toks[0] in given
                        per_last_sur += toks[-1] in surnames
                    ok = any(t in given or t in surnames for t in toks)
                    hit[typ] += ok
                    hit_any[typ] += ok
                else:
                    own = places if typ == "LOC" else orgs
                    hit[typ] += text in own
                    hit_any[typ] += text in allents or text in own
                    wrong[typ] += text not in own and text in allents
                    if text not in own:
                        misses[typ][text] = misses[typ].get(text, 0) + 1
        print(f"== {path}")
        print(f"PER spans with a token in given_names/surnames: {pct(hit['PER'], c['PER'])}")
        print(f"PER tokens in given_names or surnames:          {pct(per_tok_hit, per_tok)}")
        print(f"multi-token PER, first token in given_names:    {pct(per_first, per_multi)}")
        print(f"multi-token PER, last token in surnames:        {pct(per_last_sur, per_multi)}")
        print(f"LOC spans matched exactly by places.tsv (LOC):  {pct(hit['LOC'], c['LOC'])}")
        print(f"LOC spans in some entity list (any type):      {pct(hit_any['LOC'], c['LOC'])}")
        print(f"ORG spans matched exactly by orgs.tsv:          {pct(hit['ORG'], c['ORG'])}")
        print(f"ORG spans in some entity list (any type):      {pct(hit_any['ORG'], c['ORG'])}")
        print(f"sentence-initial capitalized O words: {init_o}")
        print(f"  in given_names (any flag):   {pct(init_o_given, init_o)}")
        print(f"  in given_names, flag '-':    {pct(init_o_given_strict, init_o)}")
        print(f"  lowercase in common_words:   {pct(init_o_common, init_o)}")
        print(f"  ... and not marked as a name: {pct(init_o_plain, init_o)}")
        print(f"capitalized O words after the sentence start: {mid_o}")
        print(f"  in given_names or surnames:  {pct(mid_o_name, mid_o)}")
        print(f"  in places.tsv (LOC):         {pct(mid_o_place, mid_o)}")
        print(f"  in orgs.tsv:                 {pct(mid_o_org, mid_o)}")
        print(f"capitalized entity tokens: {ent_tok}")
        print(f"  lowercase in common_words:   {pct(ent_tok_common, ent_tok)}")
        print(f"  ... and not marked as a name: {pct(ent_tok_plain, ent_tok)}")
        if os.environ.get("SHOW_MISSES"):
            for typ in ("LOC", "ORG"):
                top = sorted(misses[typ].items(), key=lambda kv: -kv[1])[:60]
                print(f"top {typ} misses: " + "; ".join(f"{k} {v}" for k, v in top))


if __name__ == "__main__":
    args = sys.argv[1:] or [os.path.join(REPO, "..", "shared", "data", "kind", "WN_dev.tsv")]
    main(args)
