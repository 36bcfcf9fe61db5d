#!/usr/bin/env python3
"""Score `analyze clean --format labels` against gold line labels.

  scripts/eval_boilerplate.py web-dev  DIR   [--group] [--bin PATH]   # DIR/*.txt + *.labels.tsv
  scripts/eval_boilerplate.py seeds    SEEDS_DIR GOLD_TSV [--bin PATH]  # gold: file<TAB>line<TAB>label

Positive class = kept (main or embed). Reports micro P/R/F1, per-document and per-site
figures (the site is the second '_' field of the web-dev file name), macro F1, and lists the
errors with --errors. Standard library only; the dev data is never copied into the repo.
"""
import argparse, collections, os, subprocess, sys

EXTRA = []

def run_labels(binary, files, group=False):
    args = [binary, 'clean', '--format', 'labels', '--quiet'] + (['--group'] if group else []) + EXTRA + files
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    result, current = {}, files[0] if len(files) == 1 else None
    for line in out.splitlines():
        if line.startswith('# '):
            current = line[2:]; continue
        n, label, reason = line.split('\t', 2)
        result.setdefault(current, {})[int(n)] = (label, reason)
    return result

def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f

def score(gold, pred):
    tp = fp = fn = 0
    errors = []
    for n, g in gold.items():
        p, reason = pred.get(n, ('boiler', 'missing'))
        gk, pk = g != 'boiler', p != 'boiler'
        tp += gk and pk; fp += pk and not gk; fn += gk and not pk
        if gk != pk or (g == 'embed') != (p == 'embed') and gk:
            errors.append((n, g, p, reason))
    return tp, fp, fn, errors

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mode', choices=['web-dev', 'seeds'])
    ap.add_argument('paths', nargs='+')
    ap.add_argument('--bin', default=os.path.join(os.path.dirname(__file__), '..', '.build', 'debug', 'analyze'))
    ap.add_argument('--group', action='store_true', help='web-dev: classify the pages of each site together')
    ap.add_argument('--errors', action='store_true')
    ap.add_argument('--loso', action='store_true',
                    help="leave-one-site-out: score each web-dev site with the lexicon minus the entries whose origin is 'web-dev SITE'")
    ap.add_argument('--phrases', help='phrase lexicon passed to analyze clean (an empty TSV measures the features alone)')
    a = ap.parse_args()
    if a.phrases: EXTRA.extend(['--phrases', a.phrases])

    docs = {}  # doc -> (gold {line: label}, text lines)
    if a.mode == 'web-dev':
        d = a.paths[0]
        embeds = collections.defaultdict(set)
        ep = os.path.join(d, 'embeds.tsv')
        if os.path.exists(ep):
            for row in open(ep, encoding='utf-8'):
                doc, n = row.rstrip('\n').split('\t'); embeds[doc].add(int(n))
        for name in sorted(os.listdir(d)):
            if not name.endswith('.labels.tsv'): continue
            doc = name[:-len('.labels.tsv')]
            gold = {}
            for row in open(os.path.join(d, name), encoding='utf-8'):
                n, lab = row.rstrip('\n').split('\t')
                gold[int(n)] = 'embed' if int(n) in embeds[doc] else lab
            docs[doc] = (gold, os.path.join(d, doc + '.txt'))
    else:
        seeds, gold_path = a.paths
        gold = collections.defaultdict(dict)
        for row in open(gold_path, encoding='utf-8'):
            if row.startswith('#') or not row.strip(): continue
            f, n, lab = row.rstrip('\n').split('\t'); gold[f][int(n)] = lab
        for f in sorted(gold):
            docs[f] = (gold[f], os.path.join(seeds, f))

    site = lambda doc: doc.split('_')[1] if a.mode == 'web-dev' else doc
    preds = {}
    if a.group:
        by_site = collections.defaultdict(list)
        for doc in docs: by_site[site(doc)].append(doc)
        for s, members in by_site.items():
            res = run_labels(a.bin, [docs[m][1] for m in members], group=True)
            for m in members: preds[m] = res[docs[m][1]]
    elif a.loso:
        import tempfile
        lexicon = a.phrases or os.path.join(os.path.dirname(__file__), '..', 'Lexicons', 'boilerplate_phrases.tsv')
        rows = open(lexicon, encoding='utf-8').read().split('\n')
        for s in sorted({site(d) for d in docs}):
            kept = [r for r in rows if not (r.split('\t')[-1].startswith(f'web-dev {s}:'))]
            with tempfile.NamedTemporaryFile('w', suffix='.tsv', delete=False, encoding='utf-8') as t:
                t.write('\n'.join(kept))
            EXTRA[:] = ['--phrases', t.name]
            print(f'# {s}: {len(rows) - len(kept)} lexicon entries from this site left out')
            for doc, (_, path) in docs.items():
                if site(doc) == s: preds[doc] = run_labels(a.bin, [path])[path]
            os.unlink(t.name)
    else:
        for doc, (_, path) in docs.items():
            preds[doc] = run_labels(a.bin, [path])[path]

    total = [0, 0, 0]; per_site = collections.defaultdict(lambda: [0, 0, 0]); macro = []
    print(f"{'document':40} {'P':>6} {'R':>6} {'F1':>6}  tp fp fn")
    exact = True
    for doc, (gold, _) in docs.items():
        tp, fp, fn, errors = score(gold, preds[doc])
        exact &= not errors
        for acc in (total, per_site[site(doc)]):
            acc[0] += tp; acc[1] += fp; acc[2] += fn
        p, r, f = prf(tp, fp, fn); macro.append(f)
        print(f"{doc:40} {p:6.3f} {r:6.3f} {f:6.3f}  {tp} {fp} {fn}")
        if a.errors:
            text = open(docs[doc][1], encoding='utf-8').read().split('\n')
            for n, g, pl, reason in errors:
                print(f"    {n:4} gold={g:6} pred={pl:6} {reason:28} {text[n-1][:90]}")
    if a.mode == 'web-dev':
        print('\nper site:')
        for s, (tp, fp, fn) in sorted(per_site.items()):
            p, r, f = prf(tp, fp, fn)
            print(f"  {s:14} P={p:.3f} R={r:.3f} F1={f:.3f}  ({tp} {fp} {fn})")
    p, r, f = prf(*total)
    print(f"\nmicro: P={p:.3f} R={r:.3f} F1={f:.3f} (tp={total[0]} fp={total[1]} fn={total[2]})  "
          f"macro F1={sum(macro)/len(macro):.3f}" + ("  all labels exact" if exact else ""))

if __name__ == '__main__':
    main()
