"""TempEval-3 Task A benchmark for ``builder.extract.timex.find_timexes``.

Reads the TBAQ-cleaned training corpora (TimeBank, AQUAINT) from
``../shared/data/tempeval3/``, runs the recogniser on the plain text of each
``<TEXT>`` against the document creation time, and prints, per corpus and overall:

* strict extent P/R/F1 (spans equal) and relaxed extent P/R/F1 (spans overlap);
* value F1 = relaxed F1 x value accuracy over relaxed matches (TempEval-3's
  headline figure), and type accuracy / type F1 likewise.

Usage::

    python benchmarks/tempeval.py [--corpus TimeBank|AQUAINT] [--errors N] [--json]
                                  [--limit N]

Exits 0 with a message when the shared data is absent.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "tempeval3" / "tbaq-cleaned"
CORPORA = ("TimeBank", "AQUAINT")

_DCT = re.compile(r"<DCT>\s*<TIMEX3\b([^>]*)>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
# one token of the TEXT body: a tag, an entity, or a run of plain text
_PIECE = re.compile(r"<[^<>]{0,2000}>|&[#A-Za-z0-9]{1,10};|[^<&]+|[<&]")
_ATTR = re.compile(r'([A-Za-z]+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    name: str
    corpus: str
    dct: str | None
    text: str
    gold: list[GoldTimex] = field(default_factory=list)


def parse_tml(path: Path, corpus: str = "") -> Document:
    """The DCT, the plain text of <TEXT>, and its gold TIMEX3s with offsets into it."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = _DCT.search(raw)
    if m:
        value = dict(_ATTR.findall(m.group(1))).get("value", "")
        dct = value[:10] if re.match(r"\d{4}-\d{2}-\d{2}", value) else None
    body = _TEXT.search(raw)
    out: list[str] = []
    pos = 0
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for piece in _PIECE.findall(body.group(1) if body else ""):
        if piece.startswith("<") and piece.endswith(">") and len(piece) > 1:
            if piece.startswith("<TIMEX3"):
                open_timex = (pos, dict(_ATTR.findall(piece)))
            elif piece.startswith("</TIMEX3") and open_timex is not None:
                start, attrs = open_timex
                text = "".join(out)[start:pos]
                gold.append(GoldTimex(start, pos, text, attrs.get("type", ""), attrs.get("value", "")))
                open_timex = None
            continue
        if piece.startswith("&") and piece.endswith(";"):
            piece = html.unescape(piece)
        out.append(piece)
        pos += len(piece)
    return Document(path.stem, corpus, dct, "".join(out), gold)


def load_corpus(corpus: str, limit: int | None = None) -> list[Document]:
    files = sorted((DATA / corpus).glob("*.tml"))
    if limit is not None:
        files = files[:limit]
    return [parse_tml(p, corpus) for p in files]


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0          # system timexes whose span equals a gold span
    relaxed_sys: int = 0     # system timexes overlapping a gold one (one-to-one)
    relaxed_gold: int = 0
    value_ok: int = 0        # among relaxed matches
    type_ok: int = 0

    def add(self, other: "Tally") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _prf(hit_p: int, n_p: int, hit_r: int, n_r: int) -> tuple[float, float, float]:
        p = hit_p / n_p if n_p else 0.0
        r = hit_r / n_r if n_r else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def scores(self) -> dict[str, float]:
        sp, sr, sf = self._prf(self.strict, self.system, self.strict, self.gold)
        rp, rr, rf = self._prf(self.relaxed_sys, self.system, self.relaxed_gold, self.gold)
        matched = self.relaxed_sys
        value_acc = self.value_ok / matched if matched else 0.0
        type_acc = self.type_ok / matched if matched else 0.0
        return {
            "gold": self.gold, "system": self.system,
            "strict_p": 100 * sp, "strict_r": 100 * sr, "strict_f1": 100 * sf,
            "relaxed_p": 100 * rp, "relaxed_r": 100 * rr, "relaxed_f1": 100 * rf,
            "value_accuracy": 100 * value_acc, "value_f1": 100 * rf * value_acc,
            "type_accuracy": 100 * type_acc, "type_f1": 100 * rf * type_acc,
        }


@dataclass
class Mismatch:
    doc: str
    kind: str                # missed | spurious | extent | value | type
    gold: GoldTimex | None
    system: object | None
    context: str


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (left + "[" + text[start:end] + "]" + right).replace("\n", " ")


def score_document(doc: Document, found: list) -> tuple[Tally, list[Mismatch]]:
    tally = Tally(gold=len(doc.gold), system=len(found))
    errors: list[Mismatch] = []
    gold_spans = {(g.start, g.end) for g in doc.gold}
    tally.strict = sum(1 for t in found if (t.start, t.end) in gold_spans)
    used: set[int] = set()
    for t in sorted(found, key=lambda t: t.start):
        # prefer an exact span, then the first overlapping gold not yet matched
        match = None
        for i, g in enumerate(doc.gold):
            if i not in used and g.start == t.start and g.end == t.end:
                match = i
                break
        if match is None:
            for i, g in enumerate(doc.gold):
                if i not in used and g.start < t.end and t.start < g.end:
                    match = i
                    break
        if match is None:
            errors.append(Mismatch(doc.name, "spurious", None, t, _context(doc.text, t.start, t.end)))
            continue
        used.add(match)
        g = doc.gold[match]
        tally.relaxed_sys += 1
        tally.relaxed_gold += 1
        if t.value == g.value:
            tally.value_ok += 1
        else:
            errors.append(Mismatch(doc.name, "value", g, t, _context(doc.text, g.start, g.end)))
        if t.type == g.type:
            tally.type_ok += 1
        elif t.value == g.value:
            errors.append(Mismatch(doc.name, "type", g, t, _context(doc.text, g.start, g.end)))
        if (t.start, t.end) != (g.start, g.end) and t.value == g.value:
            errors.append(Mismatch(doc.name, "extent", g, t, _context(doc.text, g.start, g.end)))
    for i, g in enumerate(doc.gold):
        if i not in used:
            errors.append(Mismatch(doc.name, "missed", g, None, _context(doc.text, g.start, g.end)))
    return tally, errors


def evaluate(docs: list[Document]) -> tuple[Tally, list[Mismatch]]:
    from builder.extract.timex import find_timexes

    total = Tally()
    mismatches: list[Mismatch] = []
    for doc in docs:
        found = find_timexes(doc.text, doc.dct)
        tally, errors = score_document(doc, found)
        total.add(tally)
        mismatches.extend(errors)
    return total, mismatches


def _format(name: str, s: dict[str, float]) -> str:
    return (f"{name:9} gold {s['gold']:5d} sys {s['system']:5d} | "
            f"strict P {s['strict_p']:5.1f} R {s['strict_r']:5.1f} F1 {s['strict_f1']:5.1f} | "
            f"relaxed P {s['relaxed_p']:5.1f} R {s['relaxed_r']:5.1f} F1 {s['relaxed_f1']:5.1f} | "
            f"value acc {s['value_accuracy']:5.1f} F1 {s['value_f1']:5.1f} | "
            f"type acc {s['type_accuracy']:5.1f} F1 {s['type_f1']:5.1f}")


def _describe(m: Mismatch) -> str:
    g = f"gold {m.gold.type}:{m.gold.value!r} {m.gold.text!r}" if m.gold else "gold -"
    s = (f"sys {m.system.type}:{m.system.value!r} {m.system.text!r}"  # type: ignore[attr-defined]
         if m.system is not None else "sys -")
    return f"{m.kind:8} {m.doc}: {g} | {s}\n           {m.context}"


def stress() -> list[tuple[str, int, int, float]]:
    """Time find_timexes on 1 MB inputs: real news, prose without time words,
    numbers, 10,000 short lines, and text packed with near-misses."""
    from builder.extract.timex import find_timexes

    docs = load_corpus("TimeBank") if DATA.is_dir() else []
    news = "\n\n".join(d.text for d in docs) or "On Monday, officials said prices rose 5% last year. "
    dense = ("On Monday 12 of the 1990s, some 2000 people said about two years ago that "
             "in October the first half of every week's 20-year-old " + "a " * 20 + "\n")
    inputs = [
        ("news", (news * (1_000_000 // len(news) + 1))[:1_000_000]),
        ("prose", "word " * 200_000),
        ("numbers", "1 " * 500_000),
        ("10k lines", "On Monday, he said the deal was signed in 2020 and will run two years.\n" * 10_000),
        ("near-misses", (dense * (1_000_000 // len(dense) + 1))[:1_000_000]),
        ("one word", "x" * 1_000_000),
    ]
    out = []
    for name, text in inputs:
        started = time.process_time()      # CPU time: the machine may be shared
        found = find_timexes(text, "2021-01-01")
        out.append((name, len(text), len(found), time.process_time() - started))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=CORPORA, help="only this corpus")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N mismatches")
    parser.add_argument("--kind", help="only mismatches of this kind (missed, spurious, value, type, extent)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--limit", type=int, help="only the first N files of each corpus (by name)")
    parser.add_argument("--stress", action="store_true", help="time 1 MB inputs instead")
    args = parser.parse_args(argv)

    if args.stress:
        for name, size, count, seconds in stress():
            print(f"{name:12} {size:9d} chars {count:7d} timexes {seconds:6.2f} s")
        return 0

    if not DATA.is_dir():
        print(f"tempeval: skipped, shared data not found at {DATA}", file=sys.stderr)
        return 0

    corpora = [args.corpus] if args.corpus else list(CORPORA)
    results: dict[str, dict[str, float]] = {}
    overall = Tally()
    all_errors: list[Mismatch] = []
    started = time.perf_counter()
    for corpus in corpora:
        docs = load_corpus(corpus, args.limit)
        tally, errors = evaluate(docs)
        results[corpus] = tally.scores()
        overall.add(tally)
        all_errors.extend(errors)
    results["overall"] = overall.scores()
    elapsed = time.perf_counter() - started

    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, s in results.items():
            print(_format(name, s))
        print(f"({elapsed:.1f} s)")
    if args.errors:
        shown = [m for m in all_errors if not args.kind or m.kind == args.kind]
        for m in shown[: args.errors]:
            print(_describe(m), file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
