#!/usr/bin/env python3
"""Score `analyze quotes --format jsonl` against the web-dev quotation gold.

Usage:
  scripts/eval_quotes.py DATA_DIR [PRED.jsonl]      (PRED defaults to running .build/debug/analyze)

DATA_DIR holds DOC.txt, DOC.labels.tsv and quotes.jsonl (../shared/data/web-dev). Predictions are
scored on gold-`main` lines only (gold is exhaustive there; boilerplate lines are not annotated):
a prediction counts when its first character lies on a `main` line.

Span match: one-to-one, greedy by overlap; a prediction matches a gold quotation when their overlap
covers >= 80% of the gold span (the issue's criterion). `strict` also needs >= 80% of the prediction.
Speech F1: predictions labelled speech against gold speech, same matching.
Speaker accuracy: over gold quotations with a stated speaker; correct when the matched prediction's
speaker equals the gold (case/space/apostrophe-normalized, `exact`) or one contains the other as
whole words (`lenient`). Also reported: speakers predicted where gold has none.
"""
import json, os, subprocess, sys, unicodedata, re
from collections import defaultdict

def norm(s):
    s = unicodedata.normalize("NFC", s or "").replace("’", "'").lower()
    return " ".join(re.findall(r"[\w']+", s))

def contains(a, b):
    a, b = f" {norm(a)} ", f" {norm(b)} "
    return a.strip() != "" and b.strip() != "" and (a in b or b in a)

def main():
    data = sys.argv[1]
    if len(sys.argv) > 2:
        lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
    else:
        exe = os.path.join(os.path.dirname(__file__), "..", ".build", "debug", "analyze")
        docs = sorted(f for f in os.listdir(data) if f.endswith(".txt") and f != "README.txt")
        out = subprocess.run([exe, "quotes", "--format", "jsonl"] + [os.path.join(data, d) for d in docs],
                             capture_output=True, text=True, check=True).stdout
        lines = out.splitlines()
    gold = [json.loads(l) for l in open(os.path.join(data, "quotes.jsonl"), encoding="utf-8")]
    preds = defaultdict(list)
    for l in lines:
        p = json.loads(l)
        doc = os.path.basename(p["doc"])[:-4]
        preds[doc].append(p)
    golds = defaultdict(list)
    for g in gold:
        golds[g["doc"]].append(g)
    docs = sorted({f[:-4] for f in os.listdir(data) if f.endswith(".labels.tsv") for f in [f[:-len(".labels.tsv")] + ".txt"]})

    tot = defaultdict(int)
    pattern_stats = defaultdict(lambda: [0, 0, 0])
    per_doc = []
    errors = []
    for doc in docs:
        text = open(os.path.join(data, doc + ".txt"), encoding="utf-8").read()
        labels = [l.split("\t")[1] for l in open(os.path.join(data, doc + ".labels.tsv"), encoding="utf-8").read().splitlines()]
        line_of = []
        for i, line in enumerate(text.split("\n")):
            line_of.extend([i] * (len(line) + 1))
        ps = [p for p in preds.get(doc, []) if p["start"] < len(line_of) and labels[line_of[p["start"]]] == "main"]
        gs = golds.get(doc, [])
        pairs = []
        for gi, g in enumerate(gs):
            for pi, p in enumerate(ps):
                ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
                if ov > 0 and ov >= 0.8 * (g["end"] - g["start"]):
                    pairs.append((ov, gi, pi))
        pairs.sort(reverse=True)
        used_g, used_p, match = set(), set(), {}
        for ov, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi); used_p.add(pi); match[gi] = pi
        strict = sum(1 for gi, pi in match.items()
                     if min(gs[gi]["end"], ps[pi]["end"]) - max(gs[gi]["start"], ps[pi]["start"]) >= 0.8 * (ps[pi]["end"] - ps[pi]["start"]))
        tot["gold"] += len(gs); tot["pred"] += len(ps); tot["tp"] += len(match); tot["tp_strict"] += strict
        tot["gold_speech"] += sum(g["kind"] == "speech" for g in gs)
        tot["pred_speech"] += sum(p["kind"] == "speech" for p in ps)
        tot["tp_speech"] += sum(1 for gi, pi in match.items() if gs[gi]["kind"] == "speech" and ps[pi]["kind"] == "speech")
        for gi, g in enumerate(gs):
            p = ps[match[gi]] if gi in match else None
            if p is not None and (g["speaker"] or p["speaker"]):
                st = pattern_stats[p.get("pattern") or "none"]
                st[0] += 1
                st[1] += bool(g["speaker"]) and p["speaker"] is not None and contains(p["speaker"], g["speaker"])
                st[2] += not g["speaker"]
            if g["speaker"]:
                tot["spk_gold"] += 1
                ok_exact = p is not None and norm(p["speaker"]) == norm(g["speaker"])
                ok_len = p is not None and p["speaker"] is not None and contains(p["speaker"], g["speaker"])
                tot["spk_exact"] += ok_exact; tot["spk_lenient"] += ok_len
                if not ok_len:
                    errors.append(("SPEAKER", doc, g["start"], g["speaker"], p and p["speaker"], p and p.get("pattern"), g["text"][:60]))
            elif p is not None:
                tot["null_gold_matched"] += 1
                tot["spk_on_null"] += p["speaker"] is not None
            if p is None:
                errors.append(("MISS", doc, g["start"], g["end"], g["convention"], g["kind"], text[g["start"]:g["end"]][:80]))
            elif p["kind"] != g["kind"]:
                errors.append(("KIND", doc, g["start"], "gold=" + g["kind"], "pred=" + p["kind"], p.get("pattern"), text[max(0, g["start"] - 40):g["start"]] + "⟦" + g["text"][:50]))
        for pi, p in enumerate(ps):
            if pi not in used_p:
                errors.append(("FP", doc, p["start"], p["end"], p["open"], p["close"], text[p["start"]:p["end"]][:80]))
        dp = len(match) / len(ps) if ps else 1.0
        dr = len(match) / len(gs) if gs else 1.0
        per_doc.append((doc, len(gs), len(ps), len(match), 2 * dp * dr / (dp + dr) if dp + dr else 0))

    def f1(tp, p, g):
        pr = tp / p if p else 0; rc = tp / g if g else 0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0)
    for e in errors:
        print("\t".join(str(x).replace("\n", "⏎") for x in e))
    print()
    for d in per_doc:
        print(f"{d[0]:40s} gold {d[1]:3d} pred {d[2]:3d} tp {d[3]:3d} F1 {d[4]:.3f}")
    pr, rc, f = f1(tot["tp"], tot["pred"], tot["gold"])
    print(f"\nquote span (overlap >= 80% of gold): P {pr:.3f} R {rc:.3f} F1 {f:.3f}  (tp {tot['tp']}, pred {tot['pred']}, gold {tot['gold']})")
    pr2, rc2, f2 = f1(tot["tp_strict"], tot["pred"], tot["gold"])
    print(f"quote span strict (>= 80% of both):  P {pr2:.3f} R {rc2:.3f} F1 {f2:.3f}")
    print(f"macro F1 over pages with gold or predictions: {sum(d[4] for d in per_doc if d[1] or d[2]) / max(1, sum(1 for d in per_doc if d[1] or d[2])):.3f}")
    sp, sr, sf = f1(tot["tp_speech"], tot["pred_speech"], tot["gold_speech"])
    print(f"speech: P {sp:.3f} R {sr:.3f} F1 {sf:.3f}  (tp {tot['tp_speech']}, pred {tot['pred_speech']}, gold {tot['gold_speech']})")
    print(f"speaker accuracy on stated speakers ({tot['spk_gold']}): lenient {tot['spk_lenient'] / max(1, tot['spk_gold']):.3f}, exact {tot['spk_exact'] / max(1, tot['spk_gold']):.3f}")
    for k, (n, ok, null) in sorted(pattern_stats.items()):
        print(f"  pattern {k:32s} n {n:3d} correct {ok:3d} gold-null {null:3d}")
    print(f"speaker given where gold has none: {tot['spk_on_null']} of {tot['null_gold_matched']} matched")

if __name__ == "__main__":
    main()
