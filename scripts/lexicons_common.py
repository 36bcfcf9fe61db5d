"""Shared helpers for build_lexicons.py: text normalisation, script checks, TSV I/O, lint.

Every gazetteer file written here has the header
    surface<TAB>type<TAB>canonical<TAB>source[<TAB>extra columns...]
preceded by `#` comment lines, is UTF-8 NFC, sorted, without duplicate rows.
"""

from __future__ import annotations

import os
import sys
import unicodedata

GAZETTEER_HEADER = ("surface", "type", "canonical", "source")

# Types allowed in the `type` column of gazetteer-format files.
ENTITY_TYPES = {"PER", "ORG", "LOC", "PRODUCT", "MISC"}
WORD_TYPES = {
    "GIVEN", "SURNAME", "TITLE", "LOC_TRIGGER", "ORG_TRIGGER", "ORG_SUFFIX",
    "PER_TRIGGER", "STOP", "WORD", "DEMONYM", "LOC_CODE", "EN_WORD",
}
ALL_TYPES = ENTITY_TYPES | WORD_TYPES

# Values allowed in the optional `flag` column.
FLAGS = {"-", "common", "english", "stop", "code", "short"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """NFC, typographic apostrophe to ASCII, collapse whitespace."""
    text = nfc(text).replace("\u2019", "'").replace("\u02bc", "'").replace("\u00a0", " ")
    return " ".join(text.split())


def is_latin(text: str) -> bool:
    """True when every letter is Latin script (digits, spaces, punctuation allowed)."""
    has_letter = False
    for ch in text:
        if ch.isalpha():
            has_letter = True
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
        elif ch.isdigit() or ch in " -'.&+/()!,":
            continue
        elif unicodedata.category(ch).startswith("M"):
            continue
        else:
            return False
    return has_letter


def title_name(upper: str) -> str:
    """'JEAN-PIERRE' -> 'Jean-Pierre', "O'NEIL" -> "O'Neil"."""
    out = []
    cap = True
    for ch in upper.lower():
        out.append(ch.upper() if cap else ch)
        cap = ch in "-' "
    return "".join(out)


def sort_key(row: tuple) -> tuple:
    # Byte order of the UTF-8 text: deterministic and what `sort` with LC_ALL=C gives.
    return tuple(field.encode("utf-8") for field in row)


def write_tsv(path: str, comments: list[str], header: tuple, rows) -> int:
    rows = sorted(set(tuple(nfc(str(f)) for f in r) for r in rows), key=sort_key)
    for r in rows:
        assert len(r) == len(header), (path, r)
        for f in r:
            assert "\t" not in f and "\n" not in f and f == f.strip(), (path, r)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for c in comments:
            out.write(("# " + c).rstrip() + "\n")
        out.write("\t".join(header) + "\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    return len(rows)


def check_file(path: str) -> list[str]:
    """Lint one TSV: NFC, header, column count, types, flags, sorted, no duplicates."""
    problems = []
    name = os.path.basename(path)
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"{name}: not UTF-8 ({e})"]
    if text.startswith("\ufeff"):
        problems.append(f"{name}: has a BOM")
    if "\r" in text:
        problems.append(f"{name}: has CR characters")
    if not text.endswith("\n"):
        problems.append(f"{name}: no final newline")
    lines = text.split("\n")[:-1]
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    if i == 0:
        problems.append(f"{name}: no '#' comment saying what the file is")
    if i >= len(lines):
        return problems + [f"{name}: no header"]
    header = lines[i].split("\t")
    is_gaz = tuple(header[:4]) == GAZETTEER_HEADER
    if not is_gaz and header != ["form", "lemma"]:
        problems.append(f"{name}: unexpected header {header!r}")
    type_col = 1 if is_gaz else None
    flag_col = header.index("flag") if "flag" in header else None
    prev = None
    seen = set()
    for n, line in enumerate(lines[i + 1:], start=i + 2):
        if len(problems) > 20:
            problems.append(f"{name}: too many problems, stopping")
            break
        if line.startswith("#"):
            problems.append(f"{name}:{n}: comment after the header")
            continue
        if unicodedata.normalize("NFC", line) != line:
            problems.append(f"{name}:{n}: not NFC: {line!r}")
        fields = line.split("\t")
        if len(fields) != len(header):
            problems.append(f"{name}:{n}: {len(fields)} columns, header has {len(header)}")
            continue
        if any(f == "" or f != f.strip() for f in fields):
            problems.append(f"{name}:{n}: empty field or stray spaces: {line!r}")
        if type_col is not None and fields[type_col] not in ALL_TYPES:
            problems.append(f"{name}:{n}: unknown type {fields[type_col]!r}")
        if flag_col is not None and any(x not in FLAGS for x in fields[flag_col].split(",")):
            problems.append(f"{name}:{n}: unknown flag {fields[flag_col]!r}")
        key = sort_key(tuple(fields))
        if line in seen:
            problems.append(f"{name}:{n}: duplicate line {line!r}")
        seen.add(line)
        if prev is not None and key < prev:
            problems.append(f"{name}:{n}: not sorted: {line!r}")
        prev = key
    # One row per (surface, type) in gazetteer files.
    if is_gaz:
        pairs = {}
        for line in seen:
            f = line.split("\t")
            pairs[(f[0], f[1])] = pairs.get((f[0], f[1]), 0) + 1
        dups = [k for k, v in pairs.items() if v > 1]
        for k in sorted(dups)[:10]:
            problems.append(f"{name}: surface+type {k!r} appears more than once")
    return problems


def log(msg: str) -> None:
    print(msg, file=sys.stderr)
