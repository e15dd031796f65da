"""Benchmark: quote attribution on PolNeAR (US political news, every attribution annotated).

Scores ``python -m builder extract PATH --date D`` (the command line, exactly as a user
runs it: one subprocess per article, ``--jobs`` at a time, the publication date from
``metadata.tsv``) against the brat annotations in ``../shared/data/polnear/<split>/``
(read in place, never copied). An article the command refuses (exit 2) or crashes on
(any other failure, bad JSON, timeout) counts as zero quotes and is listed.

Gold. For each article the first annotator's file (sorted) is read. Every Content (also
``Content2``) of an attribution is one gold item, with that attribution's Source and Cue;
a Content lying wholly on the headline line is left out of recall (the contract has no
place for a headline quote; the count is printed). Items are:

* direct: the Content opens with a quotation mark (" “ ” „ « ‘ ’ or ', after spaces);
* reported: any other Content whose Cue has a speech word (said, told, according to,
  wrote, ``:``, argued, announced, ...) or a belief word (think, believe, fear, hope,
  expect, know, ...); Contents whose Cue has neither (wants, supports, seems, shows,
  found, plans, declined, a bare preposition, ...) are "other": not in recall, but still
  annotated Content for precision.

Overlap is counted in word tokens (``\\w+``) of the source .txt. Output quotes are put
back at their place: each output paragraph is located in the .txt (exact text from a
moving cursor, else its token sequence, else difflib on tokens), then each quote inside
its paragraph (the ``start``/``end`` fields when they fit, else the text, else tokens).

Metrics (micro-averaged over all gold items / output quotes of the split):

* recall (direct; reported): a gold item is found when >= 50% of its word tokens lie
  inside output quotes (their union, so "A," he said, "B." may be one or two entries).
  For a direct item the tokens are those of its quoted text, between its quotation marks
  (PolNeAR often extends such a Content past the closing mark: '"thousands" of emails
  had not been turned over' asks for "thousands");
* speaker accuracy (direct; reported): over found items that have an annotated Source,
  the share whose best output quote (the one covering most of its tokens) has a speaker
  naming the Source. A null speaker is wrong. "Names" means, after case folding, accent
  stripping and dropping titles, pronouns and party words: the two share a name word and
  the name words of one are a subset of the other's ("Clinton" ~ "Hillary Clinton" is
  right; "Hillary Clinton" vs "Bill Clinton", or vs "Clinton aide Robby Mook", is wrong).
  A Source is a proper name when one of its comma/parenthesis-separated parts ends in a
  capitalised word ("Rep. Jim Clyburn (D-S.C.), the assistant leader ...", "The Post",
  "Connecticut's tax commissioner, Kevin Sullivan"); its name words are that part's.
  An indefinite Source (a source, another, one adviser, several aides, or a bare plural:
  sources, senior officials) is anonymous: right is a speaker whose words all occur in it
  ("State Department official" for "a State Department official"), or one naming its
  capitalised words ("a Bloomberg poll"). Any other Source is a pronoun or definite
  description (he, the senator, the Indiana governor, Trump's campaign) and is resolved
  approximately: the speaker is right when it names (a) the Source's own capitalised
  words, if any (a possessive followed by more words does not count: "Trump's
  spokeswoman" has none), or (b) the nearest proper-name Source before it, or (c) the
  proper-name Sources of the gold Contents just before and just after this one, or (d)
  the first proper name written outside quotation marks in its paragraph before it, else
  in the previous paragraph ("Asked about X, Johnson demurred. '...,' he said"). With no
  candidate at all, a speaker (or speaker_as_written) sharing a word with the Source
  counts. A Content shared by several attributions ("X said ..., according to the Star"),
  or lying for the most part inside another attribution's Content, accepts the Sources of
  either; a direct Content also accepts the proper names in its unquoted words ('"...,"
  Sanders said, according to CNN. "..."' is annotated as one Content of CNN's). Limits: lenient where a candidate is the wrong person (no
  gender, number or role check: "he" may be credited with the previous speaker),
  strict where the referent was never a Source ("the Indiana governor" said -> Mike Pence
  is wrong when Pence is not an annotated Source nearby; "the spokesman" of an unnamed
  person expects a name); a Source naming a group ("Trump and Pence") is right for either
  member; the rare annotation with Source and Cue swapped (Source "said": 17 of 21,623)
  is scored as annotated;
* precision: of the output quotes, the share with >= 50% of their tokens inside some
  annotated Content (any kind, also other-cue and headline ones). Quotes that cannot be
  located in the .txt count as not overlapping (their number is printed), as do quotes
  in text the annotators marked Discard (bylines, promos; also counted apart);
* refused / crashed articles, quotes per article (direct, indirect), and how the output
  paragraphs match the source's paragraphs: the non-empty lines after the headline (the
  .txt separates them by blank lines, except in 83 of the 924 articles, mostly HuffPost,
  where single newlines separate paragraphs inside a block; the extractor keeps them
  apart, rightly). Missed items whose line is not among the output paragraphs are
  counted apart; recall is also broken down by the Cue's speech/belief word.

``--unpunctuate-headline`` feeds each article through a temporary copy (outside the
repository) whose headline has its final punctuation blanked out (same length, so the
offsets do not move). The corpus ends every headline with a full stop, and the extractor
currently refuses any headline that ends in punctuation (issue 13); this flag measures
attribution apart from that refusal. The default is the files as they are.

Usage (from the repository root, with the project's interpreter)::

    .venv/bin/python benchmarks/attribution.py [--split dev|train] [--limit N]
        [--per-publisher K] [--errors K] [--json] [--jobs N] [--unpunctuate-headline]

``--errors K`` prints K examples (a fixed random sample) of each error kind: missed
direct, missed reported, wrong speaker (direct and reported), false positive.
Exits 0 with a message when the shared data folder is absent.
"""
from __future__ import annotations

import argparse
import bisect
import csv
import difflib
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import in_process as in_process_  # noqa: E402  (the name in_process is a parameter here)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data" / "polnear"

THRESHOLD = 0.5          # share of tokens that makes an overlap "substantial"
TIMEOUT = 120            # seconds per article before it counts as crashed

_TOKEN = re.compile(r"\w+")
_OPENERS = "\"“”„«‘’'"

# ---------------------------------------------------------------- cue classes

def _forms(lemma: str) -> set[str]:
    """Regular inflections of an English verb (or noun) lemma."""
    out = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("e"):
        out |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        out |= {lemma + "ed", lemma + "ing", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


_SPEECH = """
say tell add write ask according report announce argue note call tweet retweet post email
text publish continue claim explain declare describe accuse criticize criticise acknowledge
state insist warn caution promise recall recount respond reply answer urge propose praise
conclude deny reject dismiss blame charge allege decry denounce condemn stress emphasize
emphasise point mention cite quote invoke highlight predict estimate project vow pledge
threaten demand question suggest hint imply signal indicate reveal disclose leak confirm
admit concede testify comment remark observe complain lament grumble protest joke quip
boast brag tout assert contend maintain reiterate repeat echo remind shout yell scream
chant whisper speak talk discuss address refer characterize characterise portray label
dub thank apologize apologise congratulate hail laud applaud welcome challenge counter
retort rebut attack blast slam mock rip knock rail assail lash outline detail list offer
recommend advocate defend interview summarize summarise explain read statement
remarks comments interview speech letter testimony announcement criticism complaint
claim accusation suggestion assure pleaded plead advise instruct order invite encourage
request beg implore insist clarify specify elaborate muse ponder reflect volunteer
acknowledgement put proclaim pronounce profess swear affirm aver avow announce
""".split()
_SPEECH_IRREGULAR = """said says told wrote written writes spoke spoken tweets according
statement statements remarks comments quoted""".split()
_BELIEF = """
think believe feel know fear hope expect worry doubt suspect consider assume suppose figure
reckon wonder imagine understand realize realise recognize recognise view regard see trust
agree disagree learn remember forget convince anticipate judge deem perceive sense envision
foresee mean belief opinion impression feeling concern sure certain confident skeptical
sceptical concerned afraid aware convinced suspicious optimistic pessimistic worried
""".split()
_BELIEF_IRREGULAR = """thought thinks knew felt saw seen understood meant""".split()

SPEECH_WORDS = set(_SPEECH_IRREGULAR).union(*(_forms(w) for w in _SPEECH))
BELIEF_WORDS = set(_BELIEF_IRREGULAR).union(*(_forms(w) for w in _BELIEF))
_LEMMA = {f: w for w in _BELIEF + _SPEECH for f in _forms(w)}
_LEMMA.update(said="say", says="say", told="tell", wrote="write", written="write", writes="write",
              spoke="speak", spoken="speak", thought="think", thinks="think", knew="know",
              known="know", felt="feel", saw="see", seen="see", understood="understand",
              meant="mean", according="according to", quoted="quote")


def cue_word(cue: str | None) -> str:
    """The cue's speech or belief word as a lemma ("told" -> "tell"; ":" for punctuation)."""
    if cue is None:
        return "-"
    words = re.findall(r"[a-z]+", cue.lower().replace("’", "'"))
    for vocab in (SPEECH_WORDS, BELIEF_WORDS):
        for w in words:
            if w in vocab:
                return _LEMMA.get(w, w)
    return cue.strip() if not re.search(r"\w", cue) else "other"


def cue_class(cue: str | None) -> str:
    """'speech', 'belief' or 'other' for a Cue's text (None: no cue annotated)."""
    if cue is None:
        return "other"
    words = re.findall(r"[a-z]+", cue.lower().replace("’", "'"))
    if any(w in SPEECH_WORDS for w in words):
        return "speech"
    if any(w in BELIEF_WORDS for w in words):
        return "belief"
    if not re.search(r"\w", cue):
        return "speech"             # ":" or a dash introducing a quote
    return "other"


# ---------------------------------------------------------------- names

_STOP = set("""
i me my we us our you your he him his she her hers they them their theirs it its this that
these those who whom which one ones someone somebody anyone everyone nobody
the a an and or of for to in on at by with from as but not no
mr mrs ms miss dr sir madam president presidential vice sen senator senators rep reps
representative congressman congresswoman gov governor governors gen general lt col adm
secretary sec leader majority minority speaker chairman chairwoman chair ceo director
spokesman spokeswoman spokesperson spokespeople aide aides adviser advisor official
officials attorney judge justice mayor former then elect jr sr nominee candidate
democratic democrat democrats republican republicans gop american americans u s us
party campaign campaigns administration team staff office house white senate congress
committee state department news press reporters reporter poll polls survey
ap j professor prof coach chief rev reverend father pastor rabbi bishop cardinal pope
ambassador minister prime chancellor lord lady king queen prince princess sheriff
detective sergeant sgt captain capt lieutenant colonel col major maj admiral adm
commissioner superintendent dean councilman councilwoman councilmember assemblyman
assemblywoman delegate executive anchor host correspondent columnist editor founder
chairman's candidate's dr mr ms mrs miss st
""".split())


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").casefold()


def name_words(text: str | None, *, from_gold: bool = False) -> set[str]:
    """The words of a name (or of the capitalised part of a gold Source)."""
    if not text:
        return set()
    text = text.replace("’", "'")
    words = list(re.finditer(r"[^\W\d_][\w\-]*(?:'s)?|\d+", text))
    out = set()
    for k, m in enumerate(words):
        w = m.group()
        possessive = w.lower().endswith("'s")
        if possessive:
            w = w[:-2]
            if from_gold and k < len(words) - 1:
                continue            # "Trump's spokeswoman": not a name of the speaker
        if from_gold and not w[:1].isupper():
            continue
        for part in w.split("-"):
            f = fold(part)
            if len(f) > 1 and f not in _STOP and not f.isdigit():
                out.add(f)
    return out


def gold_names(text: str) -> tuple[set[str], bool]:
    """(name words, is a proper name) of a gold Source.

    The Source is a proper name when one of its comma/parenthesis-separated parts ends in
    a capitalised word and has name words ("Rep. Jim Clyburn (D-S.C.), the assistant
    leader", "Connecticut's tax commissioner, Kevin Sullivan", "The Post"); the name words
    are then that part's. Otherwise it is a pronoun or a description ("the Indiana
    governor", "a Bloomberg poll", "sources") and its name words are all its capitalised
    words (maybe none).
    """
    for part in re.split(r"[,()]", text):
        words = re.findall(r"[^\W\d_][\w\-]*", part.replace("’", "'").replace("'s", ""))
        if words and words[-1][:1].isupper():
            names = name_words(part, from_gold=True)
            if names:
                return names, True
    return name_words(text, from_gold=True), False


def same_person(speaker: str | None, gold: set[str]) -> bool:
    if not speaker or not gold:
        return False
    ours = name_words(speaker)
    return bool(ours & gold) and (ours <= gold or gold <= ours)


# ---------------------------------------------------------------- gold

@dataclass
class Span:
    label: str
    pieces: list[tuple[int, int]]
    text: str

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass
class Gold:
    content: Span
    source: Span | None
    cue: Span | None
    kind: str = ""                      # direct | reported | other
    tokens: set[int] = field(default_factory=set)         # the Content's word tokens
    scored: set[int] = field(default_factory=set)         # those recall counts (direct: quoted)
    sources: list[Span] = field(default_factory=list)     # every attribution's, when shared
    candidates: list[str] = field(default_factory=list)   # names the Source may refer to
    anonymous: list[str] = field(default_factory=list)    # "a source", "officials"
    resolved: str = ""          # named | resolved | anonymous | unresolved | none


@dataclass
class Article:
    stem: str
    split: str
    text_path: Path
    ann_path: Path
    date: str | None
    publisher: str
    text: str = ""
    headline_end: int = 0
    golds: list[Gold] = field(default_factory=list)
    discard: list[Span] = field(default_factory=list)
    token_starts: list[int] = field(default_factory=list)
    token_ends: list[int] = field(default_factory=list)
    lines: list[tuple[int, int]] = field(default_factory=list)


_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


def parse_ann(path: Path, text: str) -> tuple[dict[str, Span], list[dict[str, list[str]]]]:
    spans: dict[str, Span] = {}
    events: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _T_LINE.match(line)
        if m:
            pieces = [tuple(int(x) for x in p.split()) for p in m.group(3).split(";")]
            spans[m.group(1)] = Span(m.group(2), pieces, " ".join(text[s:e] for s, e in pieces))
            continue
        m = _E_LINE.match(line)
        if m:
            roles: dict[str, list[str]] = defaultdict(list)
            for arg in m.group(2).split():
                if ":" in arg:
                    role, ref = arg.split(":", 1)
                    roles[re.sub(r"\d+$", "", role)].append(ref)
            events.append(roles)
    return spans, events


def metadata() -> dict[str, dict[str, str]]:
    path = DATA / "metadata.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


def list_articles(split: str, limit: int | None = None, per_publisher: int | None = None) -> list[Article]:
    meta = metadata()
    out = []
    for tp in sorted((DATA / split / "text").glob("*.txt")):
        stem = tp.stem
        anns = sorted(p for p in (DATA / split / "attributions").glob(glob_escape(stem) + "_*.ann")
                      if re.fullmatch(re.escape(stem) + r"_[0-9A-Za-z]+\.ann", p.name))
        if not anns:
            continue
        row = meta.get(stem, {})
        date = row.get("publication_date") or None
        if date and not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
            date = None
        out.append(Article(stem, split, tp, anns[0], date, row.get("publisher") or stem.split("_")[0]))
    if per_publisher:
        seen: Counter = Counter()
        kept = []
        for a in out:
            if seen[a.publisher] < per_publisher:
                kept.append(a)
                seen[a.publisher] += 1
        out = kept
    if limit:
        out = out[:limit]
    return out


def glob_escape(s: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", s)


def is_direct(text: str) -> bool:
    return text.lstrip()[:1] in _OPENERS


def load_gold(a: Article) -> None:
    a.text = a.text_path.read_text(encoding="utf-8")
    nl = a.text.find("\n")
    a.headline_end = len(a.text) if nl < 0 else nl
    for m in _TOKEN.finditer(a.text):
        a.token_starts.append(m.start())
        a.token_ends.append(m.end())
    a.lines = body_lines(a)
    spans, events = parse_ann(a.ann_path, a.text)
    a.discard = [s for s in spans.values() if s.label == "Discard"]
    parts: dict[str, list[tuple[Span | None, Span | None]]] = {}
    for ev in events:
        source = next((spans[r] for r in ev.get("Source", []) if r in spans), None)
        cue = next((spans[r] for r in ev.get("Cue", []) if r in spans), None)
        for ref in ev.get("Content", []):
            if ref in spans:
                parts.setdefault(ref, []).append((source, cue))
    for ref, pairs in parts.items():
        # a Content shared by several attributions ("X said ..., according to the Star")
        # keeps them all: the first speech/belief cue, and every Source
        sources = list({(s.start, s.end): s for s, _ in pairs if s is not None}.values())
        cues = [c for _, c in pairs if c is not None]
        cue = next((c for c in cues if cue_class(c.text) != "other"), cues[0] if cues else None)
        g = Gold(spans[ref], sources[0] if sources else None, cue, sources=sources)
        g.tokens = tokens_in(a, g.content.pieces)
        if not g.tokens:
            continue
        if is_direct(g.content.text):
            g.kind = "direct"
            g.scored = quoted_tokens(a, g.content.pieces) or g.tokens
        elif cue_class(cue.text if cue else None) != "other":
            g.kind = "reported"
        else:
            g.kind = "other"
        if not g.scored:
            g.scored = g.tokens
        a.golds.append(g)
    a.golds.sort(key=lambda g: g.content.start)
    resolve_sources(a)


_DOUBLE = re.compile(r"''|[\"“”„«»]")
_SINGLE = re.compile(r"(?<!\w)['‘’]|['‘’](?!\w)")


def quoted_tokens(a: Article, pieces) -> set[int]:
    """Tokens of a Content that lie between quotation marks (its quoted text).

    The marks of the pieces, in order, alternate open/close whatever their direction
    (” opens as well); an unclosed last mark runs to the end (a quote continued in the
    next paragraph). Double marks (" “ ” „ « » and NYT's '') are used when there are
    any, else single ones that are not apostrophes ('Europe is disintegrating.').
    """
    text = "".join(a.text[s:e] for s, e in pieces)
    where = [x for s, e in pieces for x in range(s, e)]
    marks = [m.span() for m in _DOUBLE.finditer(text)] or [m.span() for m in _SINGLE.finditer(text)]
    lead = len(text) - len(text.lstrip())
    if text[lead:lead + 1] in _OPENERS and (not marks or marks[0][0] > lead):
        marks.insert(0, (lead, lead + 1))     # "'there could be'' a line": half of a '' opener
    spans = []
    for k in range(0, len(marks), 2):
        start = marks[k][1]
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        if end > start:
            spans.append((where[start], where[end - 1] + 1))
    return tokens_in(a, spans)


def tokens_in(a: Article, pieces) -> set[int]:
    out: set[int] = set()
    for s, e in pieces:
        i = bisect.bisect_left(a.token_ends, s + 1)
        while i < len(a.token_starts) and a.token_starts[i] < e:
            out.add(i)
            i += 1
    return out


_INDEFINITE = set("a an another one two three four five several some many few other numerous".split())
_PRONOUNS = set("i me we us you he him she her it they them who which this that".split())


def source_form(text: str) -> str:
    """named | anonymous (a source, officials, another) | described (he, the senator)."""
    if gold_names(text)[1]:
        return "named"
    words = re.findall(r"[^\W\d_][\w\-']*", text.replace("’", "'"))
    if not words:
        return "described"
    first, last = fold(words[0]), words[-1]
    if first in _INDEFINITE:
        return "anonymous"
    if first not in _PRONOUNS and first not in {"the", "his", "her", "its", "their", "this", "that"} \
            and last.islower() and last.endswith("s") and words[0].islower():
        return "anonymous"          # sources, senior officials, top black lawmakers
    return "described"


def resolve_sources(a: Article) -> None:
    """Names a gold Source may refer to (see the module docstring for the rule)."""
    every = {}
    for g in a.golds:
        for src in g.sources:
            every[(src.start, src.end)] = src
    named = sorted((s.start, s.text) for s in every.values() if source_form(s.text) == "named")
    for k, g in enumerate(a.golds):
        if not g.sources:
            g.resolved = "none"
            continue
        forms = []
        for src in g.sources:
            form = source_form(src.text)
            forms.append(form)
            own = gold_names(src.text)[0]
            if form == "named" or own:
                g.candidates.append(src.text)
            if form == "anonymous":
                g.anonymous.append(src.text)
            if form != "described":
                continue
            i = bisect.bisect_left(named, (src.start, "")) - 1
            if i >= 0:
                g.candidates.append(named[i][1])
            for j in (k - 1, k + 1):
                if 0 <= j < len(a.golds):
                    g.candidates += [s.text for s in a.golds[j].sources if source_form(s.text) == "named"]
            topic = topic_name(a, src.start)
            if topic:
                g.candidates.append(topic)
        if g.kind == "direct":
            # '"...," Sanders said, according to CNN. "..."' is one Content of CNN's: the
            # names in its unquoted words are the inner speaker
            g.candidates += _names_outside_quotes(a, "".join(a.text[x:y] for x, y in g.content.pieces))
        g.candidates = list(dict.fromkeys(g.candidates))
        if "named" in forms:
            g.resolved = "named"
        elif "anonymous" in forms:
            g.resolved = "anonymous"
        else:
            g.resolved = "resolved" if g.candidates else "unresolved"


_MONTHS = set("""january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday""".split())
_NAME_RUN = re.compile(r"[A-Z](?:[\w\-.]|['’](?=[A-Z]))*(?:\s+[A-Z](?:[\w\-.]|['’](?=[A-Z]))*)*(?:[’']s\b)?")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted stretches of a paragraph, marks paired as in quoted_tokens."""
    marks = [m.span() for m in _DOUBLE.finditer(text)]
    return [(marks[k][1], marks[k + 1][0] if k + 1 < len(marks) else len(text))
            for k in range(0, len(marks), 2)]


def _names_outside_quotes(a: Article, text: str) -> list[str]:
    """Proper names written outside quotation marks in `text`, in order."""
    quoted = quoted_spans(text)
    out = []
    for m in _NAME_RUN.finditer(text):
        if any(qs <= m.start() < qe for qs, qe in quoted):
            continue
        words = m.group().split()
        initial = not text[:m.start()].strip() or re.search(r"[.!?:;]\W*$", text[:m.start()])
        while words and (fold(words[0].strip(".")) in _STOP or fold(words[0]) in _MONTHS
                         or re.search(r"\b" + re.escape(words[0].lower()) + r"\b", a.text)
                         or (initial and re.search(r"(ed|ing|ly)$", words[0]))):
            words.pop(0)            # titles, "The", and sentence-initial common words ("Asked")
            initial = False
        if not words or re.search(r"[’']s$", words[-1]):
            continue                # "Trump's campaign": the person is not the subject
        if name_words(" ".join(words)):
            out.append(" ".join(words))
    return out


def topic_name(a: Article, at: int) -> str | None:
    """The first proper name written outside quotation marks in the paragraph before `at`,
    else in the previous paragraph: a pronoun's or description's likely referent."""
    k = bisect.bisect_right([x for x, _ in a.lines], at) - 1
    for line, end in ((k, at), (k - 1, None)):
        if line < 0 or line >= len(a.lines):
            continue
        x, y = a.lines[line]
        names = _names_outside_quotes(a, a.text[x:y if end is None else min(end, y)])
        if names:
            return names[0]
    return None


def _plain_words(text: str) -> set[str]:
    return {fold(w) for w in re.findall(r"\w+", text)} - {"the", "a", "an", "of", "s"}


def speaker_right(g: Gold, q: dict) -> bool:
    speaker = q.get("speaker")
    if not speaker:
        return False
    if any(same_person(speaker, gold_names(c)[0]) for c in g.candidates):
        return True
    mine = _plain_words(speaker)
    if any(mine <= _plain_words(t) for t in g.anonymous):
        return True                 # "State Department official" for "a State Department official"
    if g.resolved == "unresolved":
        mine |= _plain_words(q.get("speaker_as_written") or "")
        return any(mine & _plain_words(s.text) for s in g.sources)
    return False


# ---------------------------------------------------------------- running the command

def headline_unpunctuated(text: str) -> str:
    nl = text.find("\n")
    head, rest = (text, "") if nl < 0 else (text[:nl], text[nl:])
    head = re.sub(r"[.;:?!…,]+(?=[’'”\")\s]*$)", lambda m: " " * len(m.group()), head)
    return head + rest


def run_extract(a: Article, workdir: Path | None) -> dict:
    """One `python -m builder extract` call: {'status', 'data' or 'error', 'seconds'}."""
    path = a.text_path
    if workdir is not None:
        path = workdir / a.text_path.name
        path.write_text(headline_unpunctuated(a.text_path.read_text(encoding="utf-8")), encoding="utf-8")
    cmd = [sys.executable, "-m", "builder", "extract", str(path)]
    if a.date:
        cmd += ["--date", a.date]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"status": "crashed", "error": f"timeout after {TIMEOUT}s", "seconds": TIMEOUT}
    secs = time.perf_counter() - t0
    err = (proc.stderr.strip().splitlines() or [""])[-1].replace(str(path) + ": ", "")
    if proc.returncode == 2:
        return {"status": "refused", "error": err, "seconds": secs}
    if proc.returncode != 0:
        return {"status": "crashed", "error": f"exit {proc.returncode}: {err}", "seconds": secs}
    try:
        data = json.loads(proc.stdout)
        if not isinstance(data.get("paragraphs"), list) or not isinstance(data.get("quotes"), list):
            raise ValueError("no paragraphs/quotes list")
    except (ValueError, AttributeError) as exc:
        return {"status": "crashed", "error": f"bad JSON: {exc}", "seconds": secs}
    return {"status": "ok", "data": data, "seconds": secs}


def extract_here(job: tuple[str, str | None]) -> dict:
    """The same as ``run_extract`` without a process per article (``--in-process``:
    ``in_process.py``), for quick checks while developing rules. The figures of record
    come from the command line (the default)."""
    path, date = job
    t0 = time.perf_counter()
    status, got = in_process_.extract_contract(Path(path), date)
    key = "data" if status == "ok" else "error"
    return {"status": status, key: got, "seconds": time.perf_counter() - t0}


# ---------------------------------------------------------------- locating the output

def _tok_index(a: Article, char: int) -> int:
    return bisect.bisect_left(a.token_ends, char + 1)


def locate_paragraphs(a: Article, paragraphs: list[str]) -> tuple[list[tuple[int, str] | None], Counter]:
    """For each output paragraph: (offset in the .txt, how) or None, and a tally."""
    tally: Counter = Counter()
    out: list[tuple[int, str] | None] = []
    cursor = a.headline_end
    source_words = [a.text[s:e] for s, e in zip(a.token_starts, a.token_ends)]
    for p in paragraphs:
        if not p.strip():
            out.append(None)
            continue
        i = a.text.find(p, cursor)
        if i < 0:
            i = a.text.find(p)
        if i >= 0:
            out.append((i, "exact"))
            tally["exact"] += 1
            cursor = i + len(p)
            continue
        words = _TOKEN.findall(p)
        hit = None
        if words:
            start = _tok_index(a, cursor)
            for base in list(range(start, len(source_words))) + list(range(0, start)):
                if source_words[base:base + len(words)] == words:
                    hit = base
                    break
        if hit is not None:
            first = _TOKEN.search(p)
            out.append((a.token_starts[hit] - first.start(), "tokens"))
            tally["tokens"] += 1
            cursor = a.token_ends[hit + len(words) - 1]
        else:
            out.append((-1, "fuzzy"))         # placed token by token later
            tally["fuzzy"] += 1
    return out, tally


def body_lines(a: Article) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line after the headline: the source's paragraphs."""
    return [(a.headline_end + m.start(), a.headline_end + m.end())
            for m in re.finditer(r"[^\n]*\S[^\n]*", a.text[a.headline_end:])]


def quote_tokens(a: Article, para: str, where: tuple[int, str] | None, q: dict) -> set[int]:
    text = q.get("text") or ""
    if where is None or not text.strip():
        return set()
    s, e = q.get("start"), q.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and para[s:e] == text):
        s = para.find(text)
        if s < 0:
            t = text.strip().strip(_OPENERS).strip()
            s = para.find(t) if t else -1
            text = t
        e = s + len(text)
    base, how = where
    if s >= 0 and how != "fuzzy":
        return tokens_in(a, [(base + s, base + e)])
    # token-level fallback: align the quote's words with the paragraph's, then the
    # paragraph's with the source's
    q_words = _TOKEN.findall(q.get("text") or "")
    p_matches = list(_TOKEN.finditer(para))
    p_words = [m.group() for m in p_matches]
    sm = difflib.SequenceMatcher(None, p_words, q_words, autojunk=False)
    p_idx = [blk.a + k for blk in sm.get_matching_blocks() for k in range(blk.size)]
    if len(p_idx) < THRESHOLD * max(1, len(q_words)):
        return set()
    if how != "fuzzy":
        return tokens_in(a, [(base + p_matches[i].start(), base + p_matches[i].end()) for i in p_idx])
    src = [a.text[x:y] for x, y in zip(a.token_starts, a.token_ends)]
    sm2 = difflib.SequenceMatcher(None, src, p_words, autojunk=False)
    mapping = {blk.b + k: blk.a + k for blk in sm2.get_matching_blocks() for k in range(blk.size)}
    return {mapping[i] for i in p_idx if i in mapping}


# ---------------------------------------------------------------- scoring

@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    errors: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    refused: list[tuple[str, str]] = field(default_factory=list)
    crashed: list[tuple[str, str]] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    by_cue: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(lambda: [0, 0])))


def short(text: str | None, n: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def block_of(a: Article, char: int) -> int:
    """0-based index of the source paragraph (line after the headline) holding `char`."""
    if char < a.headline_end:
        return -1
    return max(0, bisect.bisect_right([s for s, _ in a.lines], char) - 1)


def score_article(a: Article, result: dict, t: Tally) -> None:
    c = t.counts
    c["articles"] += 1
    t.seconds.append(result.get("seconds", 0.0))
    data = result.get("data") if result["status"] == "ok" else None
    if result["status"] == "refused":
        t.refused.append((a.stem, result["error"]))
    elif result["status"] == "crashed":
        t.crashed.append((a.stem, result["error"]))
    paragraphs = data["paragraphs"] if data else []
    quotes = [q for q in (data["quotes"] if data else []) if isinstance(q, dict)]

    # output paragraphs against the source's paragraphs (non-empty lines after the headline)
    lines = [a.text[x:y].strip() for x, y in a.lines]
    c["source_lines"] += len(lines)
    if data:
        line_set = set(lines)
        out = [p.strip() for p in paragraphs if isinstance(p, str)]
        out_set = set(out)
        c["paragraphs"] += len(out)
        c["paragraphs_equal_line"] += sum(p in line_set for p in out)
        c["lines_not_output"] += sum(x not in out_set for x in lines)
        c["articles_paragraphs_exact"] += out == lines
    where, how = locate_paragraphs(a, paragraphs)
    for k, v in how.items():
        c[f"paragraphs_located_{k}"] += v
    covered_chars = [(w[0], w[0] + len(p)) for w, p in zip(where, paragraphs) if w and w[0] >= 0]

    content_tokens: set[int] = set()
    for g in a.golds:
        content_tokens |= g.tokens
    discard_tokens = tokens_in(a, [p for s in a.discard for p in s.pieces])

    q_tokens: list[set[int]] = []
    for q in quotes:
        p = q.get("paragraph")
        ok = isinstance(p, int) and 0 <= p < len(paragraphs)
        toks = quote_tokens(a, paragraphs[p], where[p], q) if ok else set()
        q_tokens.append(toks)
        kind = q.get("kind") if q.get("kind") in ("direct", "indirect") else "other"
        c["quotes"] += 1
        c[f"quotes_{kind}"] += 1
        if not q.get("speaker"):
            c["quotes_without_speaker"] += 1
        if not toks:
            c["quotes_unlocated"] += 1
        inside = len(toks & content_tokens)
        if toks and inside >= THRESHOLD * len(toks):
            c["quotes_overlapping"] += 1
            c[f"quotes_{kind}_overlapping"] += 1
        else:
            if toks and len(toks & discard_tokens) >= THRESHOLD * len(toks):
                c["quotes_in_discard"] += 1
            t.errors["false positive"].append({"refused": False,
                "article": a.stem, "block": block_of(a, a.token_starts[min(toks)]) if toks else None,
                "quote": short(q.get("text"), 100), "kind": kind, "speaker": q.get("speaker"),
                "as_written": q.get("speaker_as_written"), "cue": q.get("cue"),
                "unlocated": not toks})

    for g in a.golds:
        if g.content.end <= a.headline_end:
            c[f"gold_{g.kind}_headline"] += 1
            continue
        c[f"gold_{g.kind}"] += 1
        if g.kind == "other":
            continue
        word = cue_word(g.cue.text if g.cue else None)
        covered = set()
        best, best_n = None, 0
        for q, toks in zip(quotes, q_tokens):
            n = len(toks & g.scored)
            if n:
                covered |= toks & g.scored
                if n > best_n:
                    best, best_n = q, n
        info = {"refused": data is None, "article": a.stem, "block": block_of(a, g.content.start),
                "gold": short(g.content.text, 100),
                "source": " / ".join(x.text for x in g.sources) if g.sources else None,
                "cue": g.cue.text if g.cue else None, "resolved": g.resolved,
                "candidates": g.candidates if g.resolved != "named" else []}
        t.by_cue[g.kind][word][1] += 1
        if len(covered) < THRESHOLD * len(g.scored):
            info["partial"] = short(best.get("text"), 60) if best else None
            info["not_in_paragraphs"] = not any(x <= g.content.start < y for x, y in covered_chars)
            c[f"missed_{g.kind}_not_in_paragraphs"] += info["not_in_paragraphs"]
            t.errors[f"missed {g.kind}"].append(info)
            continue
        c[f"found_{g.kind}"] += 1
        t.by_cue[g.kind][word][0] += 1
        if best.get("kind") == ("direct" if g.kind == "direct" else "indirect"):
            c[f"found_{g.kind}_same_kind"] += 1
        if g.source is None:
            c[f"found_{g.kind}_no_source"] += 1
            continue
        c[f"found_{g.kind}_with_source"] += 1
        c[f"found_{g.kind}_source_{g.resolved}"] += 1
        # a quote inside another attribution's Content ("X said, according to CNN"; the
        # Post reports that ... "quote") may name either Source
        nested = [h for h in a.golds if h is not g and h.sources
                  and len(h.tokens & g.scored) >= THRESHOLD * len(g.scored)]
        if speaker_right(g, best) or any(speaker_right(h, best) for h in nested):
            c[f"speaker_{g.kind}_right"] += 1
            c[f"speaker_{g.kind}_right_{g.resolved}"] += 1
        else:
            info.update(speaker=best.get("speaker"), as_written=best.get("speaker_as_written"),
                        our_cue=best.get("cue"))
            t.errors[f"wrong speaker {g.kind}"].append(info)


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def summarise(t: Tally, elapsed: float) -> dict:
    c = t.counts
    n = c["articles"]
    out = {
        "articles": n,
        "refused": len(t.refused),
        "crashed": len(t.crashed),
        "direct": {
            "gold": c["gold_direct"],
            "recall": ratio(c["found_direct"], c["gold_direct"]),
            "speaker_accuracy": ratio(c["speaker_direct_right"], c["found_direct_with_source"]),
            "found": c["found_direct"],
            "found_with_source": c["found_direct_with_source"],
            "speaker_right": c["speaker_direct_right"],
            "kind_agreement": ratio(c["found_direct_same_kind"], c["found_direct"]),
            "headline_excluded": c["gold_direct_headline"],
            "missed_not_in_paragraphs": c["missed_direct_not_in_paragraphs"],
        },
        "reported": {
            "gold": c["gold_reported"],
            "recall": ratio(c["found_reported"], c["gold_reported"]),
            "speaker_accuracy": ratio(c["speaker_reported_right"], c["found_reported_with_source"]),
            "found": c["found_reported"],
            "found_with_source": c["found_reported_with_source"],
            "speaker_right": c["speaker_reported_right"],
            "kind_agreement": ratio(c["found_reported_same_kind"], c["found_reported"]),
            "headline_excluded": c["gold_reported_headline"],
            "missed_not_in_paragraphs": c["missed_reported_not_in_paragraphs"],
        },
        "other_cue_contents": c["gold_other"] + c["gold_other_headline"],
        "precision": ratio(c["quotes_overlapping"], c["quotes"]),
        "precision_direct": ratio(c["quotes_direct_overlapping"], c["quotes_direct"]),
        "precision_indirect": ratio(c["quotes_indirect_overlapping"], c["quotes_indirect"]),
        "quotes": c["quotes"],
        "quotes_direct": c["quotes_direct"],
        "quotes_indirect": c["quotes_indirect"],
        "quotes_per_article": round(c["quotes"] / n, 2) if n else None,
        "quotes_without_speaker": c["quotes_without_speaker"],
        "quotes_unlocated": c["quotes_unlocated"],
        "quotes_in_discard": c["quotes_in_discard"],
        "speaker_by_source_form": {
            kind: {form: [c[f"speaker_{kind}_right_{form}"], c[f"found_{kind}_source_{form}"]]
                   for form in ("named", "resolved", "anonymous", "unresolved")}
            for kind in ("direct", "reported")},
        "paragraphs": {
            "source_lines": c["source_lines"], "output": c["paragraphs"],
            "equal_to_a_line": c["paragraphs_equal_line"],
            "lines_not_in_output": c["lines_not_output"],
            "articles_exact": c["articles_paragraphs_exact"],
            "located": {k: c[f"paragraphs_located_{k}"] for k in ("exact", "tokens", "fuzzy")},
        },
        "recall_by_cue_word": {
            kind: {w: fn for w, fn in sorted(t.by_cue[kind].items(), key=lambda kv: -kv[1][1])[:15]}
            for kind in ("direct", "reported")},
        "refused_articles": t.refused,
        "crashed_articles": t.crashed,
        "seconds": round(elapsed, 1),
        "seconds_per_article_max": round(max(t.seconds), 2) if t.seconds else None,
    }
    return out


def run(split: str = "dev", limit: int | None = None, per_publisher: int | None = None,
        jobs: int = 2, unpunctuate_headline: bool = False, articles: list[Article] | None = None,
        in_process: bool = False) -> tuple[dict, Tally]:
    """Extract and score every article of the selection; (summary, tally with the errors)."""
    if articles is None:
        articles = list_articles(split, limit, per_publisher)
    for a in articles:
        load_gold(a)
    t0 = time.perf_counter()
    if in_process and not unpunctuate_headline:
        results = in_process_.pool_map(extract_here, [(str(a.text_path), a.date) for a in articles],
                                       jobs, chunksize=4)
    else:
        with tempfile.TemporaryDirectory(prefix="polnear-") as tmp:
            workdir = Path(tmp) if unpunctuate_headline else None
            with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
                results = list(pool.map(lambda a: run_extract(a, workdir), articles))
    elapsed = time.perf_counter() - t0
    tally = Tally()
    for a, r in zip(articles, results):
        score_article(a, r, tally)
    summary = summarise(tally, elapsed)
    summary.update(split=split, unpunctuate_headline=unpunctuate_headline, threshold=THRESHOLD)
    return summary, tally


# ---------------------------------------------------------------- output

ERROR_KINDS = ("missed direct", "missed reported", "wrong speaker direct",
               "wrong speaker reported", "false positive")


def sample_errors(t: Tally, k: int, seed: int = 0) -> dict[str, list[dict]]:
    """K of each kind, a fixed random sample, from the articles that were extracted."""
    rng = random.Random(seed)
    out = {}
    for kind in ERROR_KINDS:
        items = [e for e in t.errors.get(kind, []) if not e["refused"]]
        out[kind] = rng.sample(items, min(k, len(items)))
    return out


def error_counts(t: Tally) -> dict[str, dict[str, int]]:
    return {kind: {"all": len(t.errors.get(kind, [])),
                   "in_refused_articles": sum(e["refused"] for e in t.errors.get(kind, []))}
            for kind in ERROR_KINDS}


def fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def print_report(s: dict) -> None:
    mode = "headline punctuation blanked" if s["unpunctuate_headline"] else "files as they are"
    print(f"PolNeAR {s['split']}: {s['articles']} articles ({mode}); overlap = >= "
          f"{s['threshold']:.0%} of the word tokens")
    print(f"  refused {s['refused']}, crashed {s['crashed']}")
    for kind in ("direct", "reported"):
        d = s[kind]
        print(f"  {kind:<8} recall {fmt(d['recall'])} ({d['found']}/{d['gold']})   speaker "
              f"{fmt(d['speaker_accuracy'])} ({d['speaker_right']}/{d['found_with_source']})   "
              f"kind agrees {fmt(d['kind_agreement'])}")
        print(f"           headline items left out {d['headline_excluded']}; missed items whose "
              f"paragraph is not in the output {d['missed_not_in_paragraphs']}")
    print(f"  precision {fmt(s['precision'])} ({s['quotes']} quotes; direct "
          f"{fmt(s['precision_direct'])}, indirect {fmt(s['precision_indirect'])}); "
          f"unlocated {s['quotes_unlocated']}, in Discard text {s['quotes_in_discard']}")
    print(f"  quotes per article {s['quotes_per_article']} ({s['quotes_direct']} direct, "
          f"{s['quotes_indirect']} indirect, {s['quotes_without_speaker']} without speaker); "
          f"other-cue gold contents (not in recall) {s['other_cue_contents']}")
    for kind in ("direct", "reported"):
        parts = ", ".join(f"{form} {r}/{n}" for form, (r, n) in s["speaker_by_source_form"][kind].items())
        print(f"  {kind} speaker right by Source form: {parts}")
    for kind in ("direct", "reported"):
        parts = ", ".join(f"{w} {f}/{n}" for w, (f, n) in s["recall_by_cue_word"][kind].items())
        print(f"  {kind} recall by cue word: {parts}")
    p = s["paragraphs"]
    print(f"  paragraphs: {p['output']} output, {p['equal_to_a_line']} equal to a source line; "
          f"{p['lines_not_in_output']} of {p['source_lines']} source lines not output; "
          f"{p['articles_exact']} articles exactly the lines; located "
          + ", ".join(f"{k} {v}" for k, v in p["located"].items()))
    for label, rows in (("refused", s["refused_articles"]), ("crashed", s["crashed_articles"])):
        for stem, err in rows[:5]:
            print(f"  {label}: {stem}: {short(err, 100)}")
        if len(rows) > 5:
            print(f"  {label}: ... and {len(rows) - 5} more")
    print(f"  time {s['seconds']} s (slowest article {s['seconds_per_article_max']} s)")


def print_errors(errors: dict[str, list[dict]]) -> None:
    for kind, items in errors.items():
        print(f"\n== {kind} ({len(items)} shown)")
        for e in items:
            where = f"{e['article'][:40]} ¶{e['block']}"
            if kind == "false positive":
                print(f"  {where}: [{e['kind']}] {e['quote']!r} -- ours: {e['speaker']} "
                      f"({e['as_written']}; {e['cue']}){' UNLOCATED' if e['unlocated'] else ''}")
                continue
            src = e["source"] or "—"
            if e["candidates"]:
                src += " -> " + " | ".join(e["candidates"])
            line = f"  {where}: {e['gold']!r} -- gold: {src} ({e['cue']})"
            if kind.startswith("wrong"):
                line += f" -- ours: {e['speaker']} ({e['as_written']}; {e['our_cue']})"
            elif e.get("partial"):
                line += f" -- partly: {e['partial']!r}"
            print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles (sorted)")
    ap.add_argument("--per-publisher", type=int, default=None,
                    help="only the first K articles (sorted) of each publisher")
    ap.add_argument("--errors", type=int, default=0, metavar="K", help="K examples of each error kind")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--jobs", type=int, default=2, help="extract processes at a time (2)")
    ap.add_argument("--unpunctuate-headline", action="store_true",
                    help="blank the headline's final punctuation in a temporary copy")
    ap.add_argument("--in-process", action="store_true",
                    help="extract in --jobs worker processes instead of one `python -m builder "
                         "extract` per article (the same JSON, about 20 times faster: for "
                         "checking rules while developing; figures of record use the default)")
    args = ap.parse_args(argv)
    if not (DATA / args.split / "text").is_dir():
        print(f"attribution: skipped: PolNeAR not found at {DATA} (../shared is absent)")
        return 0
    summary, tally = run(args.split, args.limit, args.per_publisher, args.jobs, args.unpunctuate_headline,
                         in_process=args.in_process)
    errors = sample_errors(tally, args.errors) if args.errors else {}
    if args.json:
        if errors:
            summary["errors"] = errors
            summary["error_counts"] = error_counts(tally)
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0
    print_report(summary)
    if errors:
        print("\nerror counts (examples come from articles that were not refused): " + ", ".join(
            f"{k} {n['all']} ({n['in_refused_articles']} in refused articles)"
            for k, n in error_counts(tally).items()))
        print_errors(errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
