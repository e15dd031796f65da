"""What an editor would object to in an event line, found by looking at the line alone.

``line_problems(line)`` lists the objections (empty: the line may be published): a
fragment (an opening subordinator with no main clause after it, a dangling function
word at the end, no verb), a subject the line does not name (a pronoun, "the firm"), a
line addressed to the reader ("Consider ..."), the writer's voice ("I interviewed"),
page furniture (a wire dateline), unbalanced brackets or quotation marks, two commas in
a row or a comma before a full stop, and more than ``MAX_WORDS`` words. ``event_lines``
builds several candidate lines for a mention and keeps the first without objection.
"""
from __future__ import annotations

import re

from ..rules.event_words import (
    DESCRIPTION_HEADS,
    LINE_DANGLING_ENDS,
    LINE_IMPERATIVES,
    LINE_PRONOUNS,
    LINE_SUBORDINATORS,
    SPEECH_PARTICIPLES,
)
from .event_fragments import IRREGULAR_PASTS, _no_finite_verb, fragment_problems
from ..rules.time_words import NOT_PAST_ED, PAST_CUES, SAME_FORM_PASTS, SCHEDULE_VERBS_PRESENT

MAX_WORDS = 30

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_FINITE = frozenset("""
is are was were has have had will would could should can may might must does did do
says said tells told shows remains seems appears
""".split())
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# "Costa appointed", "she elected": an -ed word the time rules read as an adjective is a
# verb right after a name or a pronoun
_NAMED_ED = re.compile(r"(?:[A-Z][\w’'.-]*|\b(?:he|she|they|it|we))\s[a-z]{3,}ed\b")
# "A spokesman said.", "X said at an event in Y.", "X told reporters on a call.": a speech
# verb with nothing said after it (no clause, no quotation, no "that", no "to" + verb)
_SPEECH_VERB = re.compile(r"\b(?:said|says|told|tells|added|adds|tweeted|wrote|asked|asks|stated|noted|explained)\b")
_CONTENT = re.compile(r"\bthat\b|\bwhether\b|\bif\b|\bhow\b|\bwhy\b|\bwhat\b|\bto\s[a-z]{2,}|\bfor\b|\babout\b|[:“”\"]")
_DATELINE = re.compile(r"^(?:\(\w+\)\s*|[A-Z]{2,}[A-Z .,'-]*(?:\([A-Za-z ]+\))?\s*[—–-]\s)")


def is_verb(word: str) -> bool:
    """A finite verb form, as far as a word list and its ending tell."""
    w = word.lower()
    return (w in _FINITE or w in PAST_CUES or w in SCHEDULE_VERBS_PRESENT or w in SAME_FORM_PASTS
            or (len(w) > 4 and w.endswith("ed") and w not in NOT_PAST_ED)
            or (len(w) > 3 and w.endswith("s") and w[:-1] in SCHEDULE_VERBS_PRESENT))


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


# a verb that opens a statement only when its subject was cut off ("Was investigated by ...");
# a question ("Was it ...?") or an inversion with its subject after it stays
_AUXILIARY_OPENERS = frozenset("was were is are has had have will would".split())
_SUBJECT_WORDS = frozenset("i we you he she they it there this that the a an his her its their".split())


def _fragment_opening(line: str, words: list[str]) -> str | None:
    first = words[0].lower()
    if first in LINE_IMPERATIVES and (len(words) < 2 or words[1].lower() not in ("’s", "'s")):
        return "addressed to the reader"
    if _SPEECH_VERB.fullmatch(first) and len(words) > 1 and words[1] not in (",", "’s", "'s"):
        return "a fragment with no subject"         # "Said the deal would ...": who said?
    if first in _AUXILIARY_OPENERS and not line.rstrip().endswith("?") and len(words) > 1 \
            and words[1].lower() not in _SUBJECT_WORDS:
        return "a fragment with no subject"         # "Was shot to death ...": who was?
    if ", " not in _QUOTED.sub(" ", line) and len(words) > 2 and (
            first in ("with", "without", "amid", "given")
            or ((first in SPEECH_PARTICIPLES or first == "including") and words[1][:1].islower()
                and not is_verb(words[1]))):
        return "a fragment opened by a participle"  # "Saying that ...", "With prices rising ...": no main clause
    if first in LINE_SUBORDINATORS:
        head, comma, rest = line.partition(", ")
        if not comma or not any(is_verb(w) for w in _words(rest)):
            return "a fragment opened by a subordinator"
    return None


def _subject_problem(words: list[str], line: str) -> str | None:
    first = words[0].lower()
    if re.fullmatch(r"(?:he|she|it|they|we|i|you|that)[’'](?:s|re|ve|d|ll|m)", first) \
            and line.lstrip()[:1] not in "“\"‘'":            # a quotation's own "It's" is its speaker's
        return f"'{words[0]}' unresolved"          # "It’s been a hard year for ...": what is?
    if first in LINE_PRONOUNS and not (first == "this" and len(words) > 1 and words[1][0].isupper()):
        if first in ("that", "this", "these", "those") and len(words) > 1 and not is_verb(words[1]) \
                and words[1].lower() not in ("is", "was", "’s"):
            return f"'{words[0]} {words[1]}': which?"
        return f"'{words[0]}' unresolved"
    if first == "that" and len(words) > 1 and (is_verb(words[1]) or words[1].lower() in IRREGULAR_PASTS):
        return "'That' unresolved"
    if first == "the":
        np = []
        for w in words[1:5]:
            if is_verb(w) or w.lower() in ("of", "in", "at", "on", "for", "to", "and", "who", "which", "that"):
                break
            np.append(w)
        if np and np[-1].lower() in DESCRIPTION_HEADS and all(
                w[0].islower() or w.lower() in DESCRIPTION_HEADS for w in np):
            return f"'The {' '.join(np)}': who?"
    return None


def _says_nothing(text: str) -> bool:
    """Does the line end on a speech verb with nothing said after it?"""
    verbs = list(_SPEECH_VERB.finditer(text))
    if not verbs or _QUOTED.search(text):
        return False
    verb = verbs[-1]
    rest = text[verb.end():].strip(" .!?")
    if verb.group(0) == "wrote" and re.match(r"(?:a|an|the|his|her|their|its)\s", rest):
        return False                    # "wrote a letter to Congress": a happening
    if len(rest.split()) > 14 or _CONTENT.search(rest):
        return False
    return not any(is_verb(w) for w in _words(rest))


_REPORT_THAT = re.compile(r"\b(?:said|says|showed|shows|found|finds|argued|argues|claimed|claims|noted|notes|"
                          r"reported|revealed|suggested|suggests|announced|concluded|warned|stated|wrote|added)\s+that\b")
_RELATIVE = re.compile(r",\s(?:which|who)\s")
_DASH_RELATIVE = re.compile(r"\s[-—–]{1,2}\s(?:(?:and|but)\s)?(?:which|who)\s")
_PARTICIPLE_FOLLOWERS = frozenset("on in at by from during last this earlier late early".split())
_OPENING_PREPOSITIONS = frozenset("in on at during after before with for under amid following".split())


def _no_main_clause(text: str, words: list[str]) -> bool:
    """ "The attacks, which occurred.", "X said the talks, which started in 2009.": a noun
    phrase and its relative clause, no predicate; "In a letter released on 23 May.": a
    prepositional phrase and a participle, no clause."""
    bare = _QUOTED.sub(" ", text)
    m = _RELATIVE.search(bare)
    if m and not re.search(r",\s+[a-z]", bare[m.end():]):
        left = bare[:m.start()]
        said = list(_SPEECH_VERB.finditer(left))
        if said:
            left = re.sub(r"^\s*that\b", "", left[said[-1].end():])
        if not any(is_verb(w) for w in _words(left)):
            return True
    dash = _DASH_RELATIVE.search(bare)
    if dash and len(re.findall(r"\s[-—–]{1,2}\s", bare[:dash.start() + 1])) % 2:
        dash = None                     # it closes an aside: "Two men — a Briton and a Dane — who were held"
    if dash and not re.search(r"\s[-—–]{1,2}\s|\s[—–]|[—–]\s", bare[dash.end():]) \
            and not any(is_verb(w) for w in _words(bare[:dash.start()])):
        return True                     # "Jo Roe - who ran the firm in 2001.": no closing dash, no verb
    that = list(_REPORT_THAT.finditer(bare))
    rest = _words(bare[that[-1].end():]) if that else []
    if rest and rest[0].lower() in _OPENING_PREPOSITIONS | {"while", "when", "if", "as", "since", "although"} \
            and not any(w[0].islower() and is_verb(w) for w in rest):
        return True                     # "The report showed that during her first term."
    if words[0].lower() in _OPENING_PREPOSITIONS and "," not in bare:
        ws = _words(bare)
        strong = [w for i, w in enumerate(ws) if w[0].islower() and is_verb(w) and not (
            w.lower().endswith("ed") and w.lower() not in PAST_CUES
            and (i + 1 == len(ws) or ws[i + 1].lower() in _PARTICIPLE_FOLLOWERS))]
        return not strong
    return False


_EMPTIED = re.compile(r"\b(?:which|that)\s+(?:[a-z]+\s+)?(began|begun|started|starts|begins|occurred|happened|ended|"
                      r"took place|opened|closed|expired|expires|dates|dated)(?:[,.;]|$)|\b(?:in|on|at|by|since)\s+the\.?$"
                      r"|\b(?:in|on|at|by|since|from)\s+the\s+[A-Z][a-z]{2}\.?\s\d{1,2}\.$")


def _emptied(text: str) -> bool:
    """ "the list, which began.", "gains that began, just when", "charged in the Dec. 21.":
    a clause or a phrase whose date was taken out and nothing else was left."""
    for m in _EMPTIED.finditer(_QUOTED.sub(" ", text)):
        return True
    return False


_WRITTEN_DATE_OPENING = re.compile(
    r"(?:On|In)\s(?:the\sweek\sof\s)?(?:\d{1,2}\s)?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s)?\d{4},?\s(?=[a-z])")


def line_problems(line: str) -> list[str]:
    """What an editor would object to in ``line`` (empty when none)."""
    problems: list[str] = []
    text = line.strip()
    if not text:
        return ["empty"]
    words = _words(text)
    if not words:
        return ["no words"]
    if len(text.split()) > MAX_WORDS:
        problems.append(f"{len(text.split())} words")
    if _DATELINE.match(text):
        problems.append("a dateline")
    for check in (_fragment_opening, _subject_problem):
        p = check(text, words) if check is _fragment_opening else check(words, text)
        if p:
            problems.append(p)
    opening = _WRITTEN_DATE_OPENING.match(text)
    if opening and not any(p.endswith(("?", "unresolved")) for p in problems):
        # "On 9 March 2021 the agency said ...": the subject after a written-out date is
        # as unresolved as it would be opening the line
        after = _words(text[opening.end():])
        p = _subject_problem(after, text[opening.end():]) if after else None
        if p:
            problems.append(p)
    bare = _QUOTED.sub(" ", text)
    last = (re.findall(r"[\w’'-]+", bare.rstrip(" .!?”\"’")) or [""])[-1].lower()   # "by 2024." ends on a year
    if last in LINE_DANGLING_ENDS and not re.search(r"[”\"’]\W*$", text):
        problems.append(f"ends on '{last}'")
    if re.search(r"\b(?:both|either|between)\s+and\b|\b(?:and|or)\s+(?:and|or)\b|\bbetween\s+\w+\s+and\s+(?:that|which|who|when)\b|,\s*[,.;]|[;:]\s*,|\(\s*\)|\s,", text):
        problems.append("a word lost")
    if text.count("(") != text.count(")") or text.count("“") != text.count("”") \
            or text.count('"') % 2 or text.count("[") != text.count("]"):
        problems.append("unbalanced brackets or quotation marks")
    if re.search(r"(?<![“\"‘'])\b(?:I|we|our|us|my)\b(?![’'])", bare):
        problems.append("the writer's voice")
    if "…" in text or "..." in text:
        problems.append("an ellipsis")
    if _no_main_clause(text, words):
        problems.append("no main clause")
    if _emptied(text):
        problems.append("a clause emptied of its date")
    if _says_nothing(text):
        problems.append("says nothing")
    if re.fullmatch(r"[“\"][^“”\"]+[”\"][.!?]?", text):
        problems.append("a quotation without its speaker")
    if not any(is_verb(w) or w.lower() in IRREGULAR_PASTS for w in _words(bare)) and not _NAMED_ED.search(bare) \
            and not re.fullmatch(r"\s*[“\"].*[”\"][.!?]?\s*", text, re.S):
        problems.append("no verb")      # the words outside its quotations have no verb
    elif not re.fullmatch(r"\s*[“\"].*[”\"][.!?]?\s*", text, re.S) and _no_finite_verb(bare, is_verb) \
            and not _NAMED_ED.search(bare):
        problems.append("no verb")      # "to appear", "the vote", "released by": none finite
    problems += [p for p in fragment_problems(text, is_verb, _SPEECH_VERB) if p not in problems]
    return problems
