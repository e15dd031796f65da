"""Turns of an interview transcript: "JANE ROE: Well, I think ..." is Jane Roe's words.

A paragraph opening with a speaker's label in capitals and a colon is a turn of a
transcript printed in the article (a broadcast interview, a debate). Its words are a
direct quote of the person the label names, when the article names that person in full
elsewhere ("Governor Jane Roe (R-OK) said ...", "the network's Rui Costa") and at least two
paragraphs are such turns: a lone "UPDATE:" or "EXCLUSIVE:" heading is no transcript, and a
label that names nobody of the article ("HUFFPOLLSTER:") is no speaker. Runs after the
quote stage: a turn it already read as a quotation stays as it read it.
"""
from __future__ import annotations

import re

from ...model import Quote, Speaker
from ...rules.speech import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES

_GIVEN = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES
_SALUTATIONS = frozenset({"dear", "hello", "hi", "to", "from", "re", "attn"})

_TURN = re.compile(r"(?P<label>[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}):[ \t]+(?P<words>\S.*)", re.S)
_TITLE = r"(?:(?:Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Adm|Amb|Prof)\.?|Governor|Senator|President|Secretary)"
MIN_TURNS = 2


def _full_name(label: str, text: str, labels: list[str]) -> str | None:
    """The person the label names: written in full in the text ("COSTA" -> "Rui Costa",
    "RUI COSTA" -> "Rui Costa", "MR. COSTA" -> "Rui Costa"), or a label of a known given name and a family name
    ("RUI COSTA"), which a later "COSTA:" stands for; None when the text writes no such
    name or two."""
    words = [w.capitalize() if w.isalpha() else w.title() for w in label.split()]
    if len(words) > 1 and re.fullmatch(_TITLE, words[0]):
        # "MR. COSTA:", "SEN. RUI COSTA:": the name after the title
        label, words = " ".join(label.split()[1:]), words[1:]
    if len(words) > 1:
        full = " ".join(words)
        if words[0].lower() in _GIVEN or words[0].lower() in _SALUTATIONS:
            # a given name opens a person's name; "DEAR ABBY:" opens a letter
            return full if words[0].lower() in _GIVEN else None
        return full if re.search(r"(?<![\w-])" + re.escape(full) + r"(?![\w-])", text) else None
    longer = {" ".join(w.capitalize() for w in other.split()) for other in labels
              if len(other.split()) == 2 and other.split()[-1] == label}
    longer = {n for n in longer if n.split()[0].lower() in _GIVEN}
    if len(longer) == 1:
        return longer.pop()
    family = re.escape(words[0])
    names = set(re.findall(r"(?<![\w’'-])((?:[A-Z][a-z]+|[A-Z]\.)(?: [A-Z]\.)? " + family + r")(?![\w-])", text))
    names = {n for n in names if not re.fullmatch(_TITLE + " " + family, n)}
    return names.pop() if len(names) == 1 else None


def transcript_turns(paragraphs: list[str], quotes: list[Quote],
                     speakers: list[Speaker]) -> tuple[list[Quote], list[Speaker]]:
    """``quotes`` and ``speakers`` with the turns of a transcript added (see the module
    docstring); unchanged when the article prints no transcript."""
    turns = [(i, m) for i, p in enumerate(paragraphs) if (m := _TURN.match(p or ""))]
    if len(turns) < MIN_TURNS:
        return quotes, speakers
    text = "\n\n".join(p or "" for p in paragraphs)
    labels = [m.group("label") for _, m in turns]
    taken = {q.paragraph for q in quotes if q.kind == "direct"}
    by_name = {s.name: s for s in speakers}
    for alias_owner in speakers:
        for a in alias_owner.aliases:
            by_name.setdefault(a, alias_owner)
    new_quotes, new_speakers = list(quotes), list(speakers)
    for i, m in turns:
        if i in taken:
            continue
        name = _full_name(m.group("label"), text, labels)
        if name is None:
            continue
        speaker = by_name.get(name)
        if speaker is None:
            speaker = Speaker(name=name, aliases=[m.group("label").title()], kind="person")
            by_name[name] = speaker
            new_speakers.append(speaker)
        words = m.group("words").strip()
        start = m.start("words")
        new_quotes.append(Quote(text=words, kind="direct", speaker=speaker.name,
                                speaker_as_written=m.group("label"), paragraph=i, cue=":",
                                start=start, end=start + len(words)))
    new_quotes.sort(key=lambda q: (q.paragraph, q.start or 0))
    return new_quotes, new_speakers
