"""One short standalone line per dated mention: who did what, from the clause that
carries the date.

First the clause the date modifies, where the sentence's structure shows it
(``clauses``): a relative clause ("a senator who ran in 2008" -> "X ran"), a clause
after "when" or "in which", a subordinate clause (ending where the main predicate
resumes), a clause after a dash with a named subject of its own. Else the source
sentence is cut down step by step until it fits ``MAX_WORDS``: the date phrase of a
happening goes (the chronology shows the date; "Monday's talks" becomes "the talks"),
then asides that do not hold the date (brackets, dashes, ", which ...,", ", the X," after
a name), then the clauses away from the date; a verb phrase without a subject of its own
borrows the sentence's. A part of the sentence of another time goes first: of two
sentences joined by ";", or of two clauses joined by "and"/"but", the one with the date
stays when the other names a time of its own. The subject is then resolved: a pronoun to
the person named last, a description ("the ambassador") to the one person with that
role, a surname to the full name; "the President" inside the line and "the state" (the
one US state named just before) too. A direct quotation opening the sentence follows its
speaker ("X said: “...”"). Never an ellipsis: what is cut is cut at a clause boundary; when
every candidate is broken, the sentence itself trimmed at a clause boundary that keeps
the date is preferred to a fragment.

The parts, by what they do: ``event_clause_choice`` (which part of the sentence the line
is made of), ``event_participles`` (lines rebuilt around a participle or a relative
clause), ``event_trim`` (cutting to the dated clause at clause boundaries),
``event_phrases`` (the date phrase dropped or written out), ``event_subjects`` (the
subject named); this module prepares the sentence, builds the candidates and keeps the
first an editor would not object to (``event_checks``).
"""
from __future__ import annotations

import os
import re

from ..rules.datelines import DATELINE
from ..rules.event_words import DURATION_OBJECT_VERBS, SPEECH_PARTICIPLES
from .clauses import in_which_line, is_verb_word, relative_line, typewriter_quotes, when_clause as _when_clause
from .event_checks import MAX_WORDS, line_problems
from .event_contact import contact_relative
from .event_clause_choice import opening_when, shape as _shape
from .event_finish import finish
from .event_nominal import nominal_line
from .event_participles import occasion_line, reduced_relative as _reduced_relative, subordinate_participle
from .event_phrases import (
    coordinated,
    cut_words as _cut_words,
    drop_phrase,
    in_name,
    inside_quotation as _inside_quotation,
    is_relative,
    safe_to_drop,
    write_out,
    written_out,
)
from .clauses import subject_of
from .event_subjects import _INNER_CONNECTIVE, _connective_out
from .event_subjects import Subjects, in_sentence_antecedent as _in_sentence_antecedent, name_people, \
    name_titles, resolve_subject, speaker_after
from .event_objects import name_object
from .event_pairs import pair_subject
from .event_places import name_places
from .event_trim import FRAGMENT as _FRAGMENT, fit as _fit, shorter as _shorter, tail_cuts

__all__ = ["MAX_WORDS", "event_line", "occasion_line", "_cut_words", "_problems"]

_SPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _words(text: str) -> int:
    return len(text.split())


def _prepare(sentence: str, at: int, phrase: str, opening: bool) -> tuple[str, int, str]:
    """The sentence folded to one line, without a wire dateline or credit ("SAN
    FRANCISCO (AP) —", "(CNN)"), "also"/"too"; ``at`` moved with it."""
    line = _closed(_fold(typewriter_quotes(sentence)))
    at = len(_fold(typewriter_quotes(sentence[:at]))) + (1 if at and sentence[:at][-1:].isspace() else 0)
    phrase = _fold(typewriter_quotes(phrase))
    m = _CREDIT.match(line) or (_DATELINE.match(line) if opening or _DATELINE_STRONG.match(line) else None)
    place = m.groupdict().get("place") if m else None
    if place and re.search(r"(?<![\w’'-])[a-z]{3,}", place):
        m = None                        # "Two hostages — an American ...": no place, no dateline
    if m and m.end() < at and len(line) - m.end() > 20:
        line, at = line[m.end():], at - m.end()
    label = _TRANSCRIPT_LABEL.match(line)
    if label and label.end() <= at:
        line, at = line[label.end():], at - label.end()     # "JANE ROE: ..." in a transcript
    shorter = _outside_quotes(line, lambda part: re.sub(r"\s(?:also|too)(?=\s)", "", part))
    at -= len(line[:at]) - len(_outside_quotes(line[:at], lambda part: re.sub(r"\s(?:also|too)(?=\s)", "", part)))
    line = shorter
    at = min(max(0, at), max(0, len(line) - 1))
    at = max(0, line.find(phrase, max(0, at - 12))) if phrase in line else at
    return line, at, phrase


# a speaker's label opening a turn of an interview transcript ("JANE ROE: We met ...")
_TRANSCRIPT_LABEL = re.compile(r"(?:[A-Z][A-Z.’'-]+ ){0,2}[A-Z][A-Z.’'-]{2,}:\s+(?=[A-Z“\"])")


def _closed(line: str) -> str:
    """A quotation that runs on into the next sentence (‘X said that China "is going to
    ... I like.’) closed at the sentence's end: its words stay a quotation."""
    if re.search(r"[.!?]$", line) is None:
        return line
    if line.count('"') % 2 and re.search(r'(?:^|\s)"(?=[A-Za-z])[^"]{12,}$', line):
        return line + '"'
    opened, closed = line.rfind("“"), line.rfind("”")
    if opened > closed and len(line[opened:].split()) >= 3:
        return line + "”"
    return line


def _outside_quotes(text: str, change) -> str:
    """``change`` applied to the parts of ``text`` outside quotation marks (a quotation's
    words stay as said)."""
    parts = re.split(r"(“[^”]*”?|\"[^\"]*\"?)", text)
    return "".join(p if i % 2 else change(p) for i, p in enumerate(parts))


_CREDIT = re.compile(r"^\((?:[A-Z][A-Za-z]{1,12})\)\s*(?=[A-Z])")
_DATELINE = re.compile(DATELINE)
_DATELINE_STRONG = re.compile(r"^(?:[A-Z]{2,}[A-Z .'-]*(?:,\s*[A-Z][A-Za-z.' -]{1,30})?\s*(?:\([^()]{1,40}\))?|"
                              r"[^()]{2,60}\((?:AP|Reuters|AFP|CNN|dpa|UPI|Xinhua|TASS)\))\s*[-\u2013\u2014]{1,2}\s")


def _date_variants(line: str, at: int, phrase: str, drop_date: bool, when) -> list[tuple[str, int, bool]]:
    """The line with its date phrase handled, best first: (line, where the date was,
    phrase kept?). Dropped where it goes cleanly, else written out (a relative phrase)
    or kept (an absolute one)."""
    out = []
    subject = re.match(r"\s*(?:will|would|is|was|has|had|saw|brought|marked|could|may|might)\b",
                       line[at + len(phrase):]) is not None       # "Next week will bring contests"
    if subject or _noun_use(line, at, phrase):
        return [(line, at, True)]       # the date is the sentence's subject or object: it stays
    if not drop_date:
        # a background line (or a quarter's figures) keeps its date phrase, but a relative
        # one is written out: "sales rose last quarter" -> "in the third quarter of 1989"
        written = _written_variant(line, at, phrase, when) if not _UNWRITABLE.search(phrase) \
            and not _COMPARED.match(line[at + len(phrase):]) else None
        return ([written] if written else []) + [(line, at, True)]
    if _inside_quotation(line, at) and _quote_closes(line, at):
        out.append((line, at, True))    # a quotation's words kept as said come first
    predicate = re.search(r"(?i)(?<![\w’'])(?:is|are|was|were|be|been)\s+$", line[:at]) is not None
    if not subject and not predicate and safe_to_drop(line, at, phrase):
        shorter, where = drop_phrase(line, phrase, at)
        if _words(shorter) >= 3 and shorter != line:
            out.append((shorter, where, False))
    written = _written_variant(line, at, phrase, when)
    if written:
        out.append(written)
    if (line, at, True) not in out:
        out.append((line, at, True))
    return out


# a relative phrase the written-out date would change: "third-quarter earnings" (an
# adjective), "earlier this year" (a part of the period), "as of Monday"
_UNWRITABLE = re.compile(r"(?i)\w-\w|\b(?:early|earlier|late|later|mid|as of)\b")
# "a dividend this year as last": the phrase is one side of a comparison
_COMPARED = re.compile(r"\s(?:as|than)\s(?:last|the last|before)\b")


def _written_variant(line: str, at: int, phrase: str, when) -> tuple[str, int, bool] | None:
    """The line with its relative date phrase written out as the date ("last week" -> "in
    the week of 11 November 2019"), or None where it cannot be."""
    if is_relative(phrase) and when is not None and not in_name(line, at, phrase) \
            and not coordinated(line, at, phrase) and not _inside_quotation(line, at) \
            and not re.search(r"[’']s$", phrase):        # "last week's game": never "the week of ... game"
        replacement = written_out(*when)
        if replacement:
            written, where = write_out(line, phrase, at, replacement)
            return (written, where, False) if written != line else None
    return None


_FUNCTION_WORDS = frozenset("""
of in on at to for from by with and or but as than that which who when while is was are were
has had have will would could after before since until
""".split())


def _noun_use(line: str, at: int, phrase: str) -> bool:
    """Is the date phrase a noun the sentence needs, not an adjunct: after an article
    ("at 2:30pm on a Monday"), or the object of a verb of spending time ("spent the
    weekend watching")?"""
    if re.match(r"(?i)(?:on|in|at|during|over|by|since|until|from|before|after|for|through|within)\s", phrase):
        return False
    prev = line[:at].rstrip().rsplit(" ", 1)[-1].lower()
    if prev in ("a", "an", "every", "each", "any", "no"):
        nxt = re.match(r"\s+([a-z][\w’'-]*)", line[at + len(phrase):])
        # "at a July 4 parade": the date only qualifies the noun after it, which stays
        return not (nxt and nxt.group(1) not in _FUNCTION_WORDS)
    return bool(re.match(r"(?i)(?:the|this|that|last|next|a)\s", phrase)) and prev in DURATION_OBJECT_VERBS


def _quote_closes(line: str, at: int) -> bool:
    """Does the quotation around ``at`` close within the line (its words are someone's,
    to keep exactly)?"""
    return re.search(r"[”\"]", line[at:]) is not None


_RELATIVE_DAY = re.compile(r"(?<![A-Z][a-z])(?<![A-Z][a-z]{2}\s)(?<![A-Z][a-z]{3}\s)(?<![A-Z][a-z]{4}\s)(?<![\w’'-])"
                           r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]omorrow|[Tt]onight|"
                           r"(?:[Tt]his|[Ll]ast|[Nn]ext)\s(?:week|month|year))\b")


def _problems(line: str, phrase: str, kept: bool, happening: bool = False) -> list[str]:
    problems = line_problems(line)
    bare = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", line)
    if kept and phrase and is_relative(phrase) and phrase.lower() in bare.lower():
        problems.append("its relative date left")
    elif happening and _RELATIVE_DAY.search(re.sub(r"“[^”]*”|\"[^\"]*\"", " ", line)):
        problems.append("a relative day left")          # "could come as soon as Tuesday or Wednesday"
    return problems


def event_line(sentence: str, at: int, phrase: str, *, drop_date: bool, subjects: Subjects,
               sentence_start: int, previous: str, when=None, opening: bool = False) -> str:
    """The line for the mention whose date phrase ``phrase`` starts at ``at`` in
    ``sentence`` (the source sentence; ``sentence_start`` its offset in the text;
    ``when``: (precision, date, value) to write a relative phrase out; ``opening``: the
    sentence opens the article, where a dateline may stand). Several candidates are
    built, best first; the first without an editor's objection (``event_checks``) wins,
    else the one with the fewest."""
    base, at, phrase = _prepare(sentence, at, phrase, opening)
    base, at = _aside_dropped(base, at)
    end = sentence_start + len(sentence)
    checked = phrase
    if when is not None and when[0] in _PERIODS and drop_date:
        # the heading shows a quarter or a half only as its year: the line keeps it ("a loss of $3 million
        # in the third quarter": the figures are the period's)
        drop_date, checked = False, ""
    candidates = []
    variants = _date_variants(base, at, phrase, drop_date, when)
    reduced = (opening_when(base, at, phrase) or _when_clause(base, at, phrase) or in_which_line(base, at, phrase)
               or nominal_line(base, at, phrase) or subordinate_participle(base, at, phrase)
               or _reduced_relative(base, at, phrase) or contact_relative(base, at, phrase, subjects.cast)) \
        if drop_date else None
    relative = relative_line(base, at)
    if relative:
        relative = [(_fit(*r[:2]), r[2]) for r in _date_variants(*relative, phrase, drop_date, when)]
    shaped_variants = ([(reduced, False)] if reduced else []) + (relative or []) + \
        [(_shape(line, where), kept) for line, where, kept in variants]
    for shaped, kept in shaped_variants:
        cuts = [shaped] + _shorter(shaped) + tail_cuts(shaped, base, at + len(phrase))
        cuts = [c for cut in cuts for c in (_participle_subject(cut, base), cut) if c]
        for variant in dict.fromkeys(cuts):
            out = _named(variant, subjects, sentence_start, end, previous)
            problems = _problems(out, checked, kept, drop_date)
            if not problems:
                return out
            candidates.append((_weight(problems), len(candidates), out))
    best = min(candidates) if candidates else None
    if best and best[0] > len(_problems(best[2], checked, False, drop_date)) and variants[0][2] is False:
        # only broken lines: the sentence itself, trimmed at a clause boundary after its date
        trimmed = _cut_words(variants[0][0])
        out = _named(trimmed, subjects, sentence_start, end, previous)
        problems = _problems(out, checked, False, drop_date)
        if len(trimmed) > variants[0][1] and not set(problems) & set(_BROKEN) \
                and not _FRAGMENT.match(out):
            best = min(best, (_weight(problems), len(candidates), out))
    return best[2] if best else finish(base)


_PERIODS = ("quarter", "half")
_BROKEN = ("no verb", "says nothing", "no main clause", "a fragment opened by a subordinator",
           "a fragment opened by a participle", "a word lost",
           "unbalanced brackets or quotation marks", "a fragment with no subject",
           "a clause cut short", "a complement missing", "a broken opening", "a stray comma", "a comma splice")


def _weight(problems: list[str]) -> int:
    """How bad a candidate is: a broken sentence counts double (a faithful long line reads
    better than a fragment)."""
    return sum(2 if p in _BROKEN else 1 for p in problems)


_SUBJECT_ASIDE = re.compile(r"^((?:[A-Z][\w’'.-]*\s){0,5}[A-Z][\w’'.-]*), (?:who|which) (?=[a-z])")
# a name, its description between commas, the verb: "Jo Roe, president of the unit, said"
_APPOSITIVE_HEAD = re.compile(r"^(?!(?:In|On|At|After|Before|During|Since|For|From|By|With|Without|Under|Over|Amid|"
                              r"Despite|Meanwhile|However|Also|But|And|Yet|So|Then|Now|Still|When|While|If|As|"
                              r"Although|Though|Because|Last|Next|This|That|Earlier|Later|Today|Yesterday|Once)\b)"
                              r"((?:[A-Z][\w’'.-]*\s){0,4}[A-Z][\w’'.-]*|(?:An?|The)\s(?:[A-Za-z][\w’'-]*\s){0,3}[a-z][\w’'-]*), "
                              r"(?=(?:a|an|the|his|her|its|their|\d{1,3}|[a-z][\w’'-]*)[\s,])")
_ASIDE_COMMA = re.compile(r", ([a-z]+)(?=[\s.,;])")
_ASIDE_END = re.compile(r", (?:(?:still|also|now|then|later|already|never|recently|[a-z]+ly) )?([a-z][\w’']*)")


def _without_subject_aside(line: str) -> str:
    """ "X, who denies it, has avoided" -> "X has avoided"; "Norvale, which found the bugs,
    still plans" -> "Norvale still plans": the aside ends at the first comma a verb follows
    (an adverb may come between); a line that is the relative clause alone ("X, who
    joined in 2005.") keeps it as the predicate ("X joined in 2005.")."""
    m = _SUBJECT_ASIDE.match(line)
    if not m:
        return line
    for end in _ASIDE_END.finditer(line, m.end()):
        if is_verb_word(end.group(1)) and not re.search(r"[;:“”\"]", line[m.end():end.start()]):
            return m.group(1) + " " + line[end.start() + 2:]
    if "," in line[m.end():]:
        return line                         # where the aside ends is not clear: as written
    return m.group(1) + " " + line[m.end():]


def _aside_dropped(line: str, at: int) -> tuple[str, int]:
    """The sentence without the description between its subject and verb (no verb in
    it) when the sentence is too long for a line, unless the date is in it: "Jo Roe,
    president of the unit, said ... in 1990" is shaped as "Jo Roe said ...",
    so that cutting a long sentence never leaves "Said ..." without its subject."""
    head = _APPOSITIVE_HEAD.match(line) if _words(line) > MAX_WORDS else None
    if not head:
        return line, at
    shorter = None
    for comma in _ASIDE_COMMA.finditer(line, head.end()):
        aside = line[head.end():comma.start()]
        if _words(aside) > 25 or re.search(r"[;:“”\"()]|,\s(?:and|or)\s", aside) or any(
                is_verb_word(w) for w in re.findall(r"(?<![\w’'])[a-z][\w’']*", aside)):
            return line, at
        if is_verb_word(comma.group(1)):
            shorter = head.group(1) + " " + line[comma.start(1):]
            break
    if shorter is None:
        return line, at
    cut = len(line) - len(shorter)
    if cut <= 0:
        return line, at
    start = len(os.path.commonprefix([line, shorter]))
    if start <= at < start + cut:
        return line, at
    return shorter, at - cut if at >= start + cut else at


def _named(line: str, subjects: Subjects, start: int, end: int, previous: str) -> str:
    """The line with its subject named and finished."""
    line = line.strip()
    line = _without_subject_aside(line)
    line = _in_sentence_antecedent(line.strip(), subjects, start, end)
    line = pair_subject(line, subjects, start)
    line = name_titles(resolve_subject(line.strip(), subjects, start, previous, end), subjects)
    line = name_people(name_places(line, subjects, start, end), subjects, end)
    line = name_object(line, subjects, start, previous)
    if re.match(r"^(?:I|We|My|Our)\b", line):
        speaker = speaker_after(subjects.text, end, subjects.cast)
        if speaker:
            line = f"{speaker} said: “{finish(line).rstrip('.')}.”"
    elif _BARE_QUOTATION.fullmatch(line.strip()):
        # a sentence that is all quotation: its speaker, as the quote stage found them
        speakers = {q.speaker for q in subjects.quoted_near(start, end)
                    if q.speaker and q.start <= start + 2 and q.end >= end - 3}
        if len(speakers) == 1:
            words = line.strip()[1:].rstrip("”\"").rstrip()
            end_mark = words[-1] if words[-1:] in ("?", "!") else "."
            line = f"{speakers.pop()} said: “{words.rstrip('.!?')}{end_mark}”"
    return finish(line)


_BARE_QUOTATION = re.compile(r"[“\"][^“”\"]+[”\"][.!?]?|[“\"][^“”\"]+[.!?][”\"]")




def _participle_subject(line: str, base: str) -> str | None:
    """A line cut to the participle clause of its sentence ("Saying that the talks must
    wait.", from "Jo Roe spoke in Lisbon, saying on Friday that the talks must wait.")
    given the sentence's subject and the verb's past: "Jo Roe said that the talks must
    wait." None when it is no such cut or the subject is not plain."""
    line = line.strip()
    m = re.match(r"([A-Za-z][a-z]+ing)\b", line)
    if not m or m.group(1).lower() not in SPEECH_PARTICIPLES:
        return None
    cut = re.search(r",\s" + m.group(1).lower() + r"\b", base)
    if not cut:
        return None
    head = _INNER_CONNECTIVE.sub(_connective_out, base[:cut.start()])
    subject = subject_of(head)
    if not subject or re.search(r"[,;:“”\"()]", subject) or len(subject.split()) > 6:
        return None
    return f"{subject} {SPEECH_PARTICIPLES[m.group(1).lower()]}{line[m.end():]}"
