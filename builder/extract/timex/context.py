"""The sentence around a time expression, and its tense (past or future).

Relative expressions ("on Monday", "in October") point backwards or forwards from
the creation date depending on the verb they go with; without a tagger we look for
the nearest tense cue in the same clause (auxiliaries, planning verbs, irregular
past forms, -ed endings), left of the expression first. Finer points, each a news
convention rather than a rule of grammar:

* an -ed word right before the expression governs it ("announced in October");
* a past verb does not date what an infinitive after it intends ("passed a bill to
  fund the government through September" gives no tense);
* a plan already overtaken is past ("had been due to expire Friday");
* with no other cue, a scheduled happening in the simple present looks ahead
  ("Talks begin Monday").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ...rules.event_words import PAST_PARTICIPLES
from ...rules.time_words import (
    COMMEMORATION_VERBS,
    INTENTION_WORDS,
    SAME_FORM_PASTS,
    FUTURE_CUES,
    FUTURE_PHRASES,
    NOT_PAST_ED,
    PAST_CUES,
    PLANNED_EVENT_NOUNS,
    SCHEDULE_VERBS_PRESENT,
    SCHEDULED_OCCASIONS,
    WEAK_FUTURE_CUES,
)

_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "co",
    "corp", "inc", "ltd", "jr", "sr", "no", "vs", "prof", "capt", "maj", "adm", "u.s",
    "u.n", "u.k", "e.u", "a.m", "p.m", "mt", "ft", "fig", "est", "approx",
})
# a sentence ends at . ! ? (plus closing quotes) before a capital, or at a line break
# a sentence may open with the typewriter quotes of older wire copy (``I think ...'')
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]{0,3}\s+(?=[\"'“‘`(\[]{0,2}[A-Z0-9])|\n")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]{0,40}|\d[\d,.:]{0,20}")
_REPORTING = frozenset({
    "said", "says", "told", "reported", "added", "according", "noted", "stated",
    "explained", "insisted", "announced", "wrote", "tweeted", "confirmed", "reports",
})

SENTENCE_LIMIT = 500
_PHRASES = frozenset(FUTURE_PHRASES)
_PLAN_WORDS = frozenset({"plan", "plans", "planned", "planning", "intends", "intend", "aims",
                         "aim", "hopes", "expected", "expects", "expect", "due", "scheduled",
                         "slated", "set", "preparing", "prepares", "forecast", "forecasted"})
# plan words that also take "for"/"on"/"in" before a date: "a vote planned for Sunday"
_PLANNED_FOR = frozenset({"due", "expected", "scheduled", "slated", "set", "planned", "forecast",
                          "forecasted"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                          "these", "those", "new", "any", "no"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who"})
# participles that work as prepositions: no tense of their own
_PREPOSITION_PARTICIPLES = frozenset({"compared with", "compared to", "based on", "related to",
                                      "provided that", "given that"})
# future cues that are also nouns ("her schedule", "the mayor's plan")
_CUE_NOUNS = frozenset({"schedule", "plan", "plans"})
# words that open a verb's object: after an -ed word ("ended a meeting") they show a verb
_OBJECT_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
# words after "to" that show it is a preposition, not an infinitive marker
_NOT_VERB_AFTER_TO = frozenset({"be", "date", "about", "around", "some", "more", "less", "than",
                                "what", "which", "whom", "where", "both", "each", "all", "its",
                                "his", "her", "their", "our", "my", "your", "them", "him", "us",
                                "me", "it", "this", "that", "these", "those", "one", "two",
                                "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# future phrases that look ahead only when the time words follow at once
_ADJACENT_PHRASES = frozenset({"as soon as", "as early as"})
# modals that date what follows them ahead of now (unless "should have", "can not")
_MODAL_AHEAD = frozenset({"should", "can", "shall", "could"})
_NEGATIVES = frozenset({"not", "neither", "nor", "no", "nobody", "never", "none", "nothing"})
_PRONOUNS_PLURAL = frozenset({"i", "you", "we", "they"})
_TIME_PREPOSITIONS = frozenset({"in", "on", "at", "during", "since", "last", "early", "late"})
# words before which a schedule verb is a noun or an infinitive, not a present tense
_NOT_SUBJECT = frozenset({"to", "of", "for", "in", "on", "at", "by", "with", "from", "into",
                          "after", "before", "during", "and", "or", "'s", "’s", "s", "did",
                          "does", "do", "didn't", "doesn't", "don't", "not", "could", "can",
                          "should", "must", "cannot", "never", "no", "first", "last", "next",
                          "final", "early", "late"})
_ARRANGEMENT_ING = frozenset({
    "meeting", "visiting", "travelling", "traveling", "flying", "leaving", "heading", "going",
    "coming", "hosting", "holding", "launching", "opening", "starting", "beginning",
    "returning", "arriving", "attending", "expecting", "planning", "preparing", "due",
    "scheduled", "set",
})
_PASSIVE_AUX = frozenset({"is", "are", "am", "be", "been", "being", "to", "will", "would",
                          "'s", "’s", "get", "gets", "getting"})
# "and" or "but" before a new subject ("... on Tuesday and more was expected Wednesday"),
# a wh-word or "if" opening a clause ("feared at the time of the call on July 25 how it
# would play out")
_NEW_CLAUSE = re.compile(r"\s(?:and|but)\s+(?=(?:more|he|she|it|they|we|i|the|a|an|his|her|their|its)\s+(?:\w+\s+)?(?:was|were|is|are|had|has|have|will|would|said|did)\b)"
                         r"|\s(?:how|whether|why|what|if)\s"
                         r"|\s(?:and|but)\s+(?=(?:also\s+|then\s+|later\s+)?(?:said|says|told|tells|added|adds|noted|notes|"
                         r"insisted|argued|warned|stressed)\b)")
# (a speech verb after "and"/"but" is a predicate of its own: "who would win in November
# but said there was no plan")
_CLAUSE_BREAK = re.compile(r"[;—–]|:[ \t\u00a0](?=\w)|\s-\s|,[ \t\u00a0\u202f]{1,3}(?:while|whereas|but|although|though|and|as|when|after|before|which|who|where)\b"
                           r"|[,.!?](?:[”\"]|'')|[:,][ \t\u00a0]+(?=[“\"]|``|'')")
# (the edge of a quotation of a sentence, its punctuation inside: "... heading into July,"
# she said; on Tuesday: "It will ..." -- its words and the attribution's tenses are apart;
# not a word or two in scare quotes)


@lru_cache(maxsize=8)
def _boundaries(text: str) -> list[int]:
    """Offsets where sentences start (after . ! ? or a line break), for one text."""
    out = [0]
    for m in _BOUNDARY.finditer(text):
        if m.group(0) == "\n" or not _is_abbreviation(text, m.start()):
            out.append(m.end())
    return out


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the sentence holding text[start:end] (bounded window)."""
    starts = _boundaries(text)
    i = bisect_right(starts, start) - 1
    s = max(starts[i], start - SENTENCE_LIMIT)
    j = bisect_left(starts, end)
    e = starts[j] if j < len(starts) else len(text)
    return s, min(e, end + SENTENCE_LIMIT)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and j > dot - 6 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased word) for the words of text[start:end]."""
    return [(m.start(), m.end(), m.group(0).lower().rstrip(".")) for m in _WORD.finditer(text, start, end)]


def _cue(tokens: list[tuple[int, int, str]], i: int) -> str | None:
    w = tokens[i][2]
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    prev = tokens[i - 1][2] if i > 0 else ""
    nxt2 = tokens[i + 2][2] if i + 2 < len(tokens) else ""
    if f"{w} {nxt} {nxt2}" in _ADJACENT_PHRASES:
        return "future-adjacent"   # "as soon as Tuesday"; "as soon as I learned" is not
    if f"{w} {nxt}" in _PHRASES or f"{w} {nxt} {nxt2}" in _PHRASES:
        if prev in ("was", "were") and w in ("going", "set"):
            return "future-told"     # "was going to", "was set to": a plan told from the past
        return "future-told" if w in ("was", "were") else "future"   # "was to arrive"
    if w in PAST_PARTICIPLES and nxt in ("on", "in") and prev not in _PASSIVE_AUX \
            and prev not in ("will", "would", "to", "have", "has", "had") and prev not in _PRONOUNS:
        return "past-ed"         # "its record high set on Aug. 6": a participle, a time gone by
    if w in _PLAN_WORDS:
        # "plans to", "is expected to"; "announced plans to" is a noun, "the plan" too
        if nxt != "to" and not (w in _PLANNED_FOR and nxt in ("for", "on", "in")):
            # "We expect an answer on Friday": the verb "expect" looks ahead on its own
            if w in ("planned", "scheduled") and prev in ("a", "an", "the", "his", "her", "its", "their", "our") \
                    and nxt.isalpha():
                return "future-in-past"   # "noted a planned rally on Saturday": a plan, either side of now
            return "future" if w in ("expect", "expects") and prev not in ("not", "did", "didn't") else None
        if prev in _DETERMINERS or (prev.endswith("ed") and prev not in ("expected", "scheduled")):
            return None
        if prev == "had" or (prev == "been" and i > 1 and tokens[i - 2][2] == "had"):
            return "past"        # "had been due to expire Friday": a plan already overtaken
        if prev in ("was", "were"):
            return "future-in-past"   # "was due to expire": a plan, before or after now
        return "future"
    if w in FUTURE_CUES and w not in WEAK_FUTURE_CUES:
        if w in _CUE_NOUNS and (prev in _DETERMINERS or prev.endswith(("'s", "’s"))):
            return None           # "changed her schedule", "the plan": a noun
        return "future-told" if w == "would" else "future"
    if w in _MODAL_AHEAD and nxt not in ("have", "not", "n't", "") and nxt.isalpha() \
            and not (w == "could" and _NEGATIVES & {t[2] for t in tokens[max(0, i - 8):i]}):
        return "future"          # "should ease by Thursday", "can he succeed in November",
                                 # "could become a factor in November" (but "neither ... could
                                 # be located Wednesday": a past ability denied)
    if w in ("is", "are", "am") and nxt in _ARRANGEMENT_ING and not (nxt == "coming" and nxt2 == "off"):
        return "future"          # "is meeting on Thursday": an arrangement
    if w in ("was", "were") and nxt in FUTURE_CUES and nxt not in WEAK_FUTURE_CUES:
        return "future-in-past"  # "was due to be released in September": a plan told in
                                 # the past, before or after now
    if w in ("has", "have") and nxt in ("scheduled", "planned", "set", "slated"):
        return "future"          # "has scheduled a news conference Thursday"
    if w in ("has", "have") and (nxt.endswith("ed") or nxt in PAST_CUES or nxt == "been"):
        return "past"
    if prev in _PASSIVE_AUX and w not in ("was", "were", "had", "did"):
        return None              # "is heard", "would be held": a participle, no tense
    if w in PAST_CUES and not (prev in _DETERMINERS - {"that"} and i > 0):
        return "past"            # not "a shot at the title", "the hit of the season": nouns
    if w.endswith(("'ll", "’ll")) and w[:-3] in _PRONOUNS | {"that", "there", "this"}:
        return "future"          # "he'll", "they’ll": will
    if w in SAME_FORM_PASTS and prev not in _DETERMINERS and prev not in _NOT_SUBJECT \
            and prev not in _PRONOUNS_PLURAL and prev not in _PASSIVE_AUX and not prev.endswith(("'s", "’s")) \
            and i > 0 and (nxt in _DETERMINERS or nxt[:1].isdigit() or nxt.startswith("$") or nxt in ("up", "off", "out", "down")):
        return "past"            # "the firm bid $16.50", "Moscow cut off supplies"
    if f"{w} {nxt}" in _PREPOSITION_PARTICIPLES:
        return None              # "compared with 10 for Democrats", "based on": no verb
    if len(w) > 4 and w.endswith("ed") and (prev in _ADVERBS_BEFORE_ADJECTIVE or prev.endswith("ly")) \
            and i > 1 and tokens[i - 2][2] in _DETERMINERS:
        return None              # "a still unspecified date", "the recently passed law": an adjective
    if len(w) > 4 and w.endswith("ed") and prev in _PREPOSITIONS | {"about", "without", "amid"} and nxt.isalpha() \
            and nxt not in _DETERMINERS and nxt not in _PREPOSITIONS:
        return None              # "warnings about faked leaks", "for increased funding": an adjective
    if len(w) > 4 and w.endswith("ed") and w not in NOT_PAST_ED and prev not in ("be", "been", "being", "is", "are", "the", "a", "an"):
        # after a pronoun subject it is surely a verb ("it announced"); so is one taking
        # an object ("the bank ended a meeting", "signed the bill")
        if prev in _PRONOUNS or (nxt in _OBJECT_OPENERS and prev not in _PREPOSITIONS
                                 and not prev.endswith(("ly",))):
            return "past"
        return "past-ed"
    if (w in SCHEDULE_VERBS_PRESENT and prev not in _DETERMINERS and prev not in _NOT_SUBJECT
            and not prev.endswith(("'s", "’s"))
            and (nxt != "to" or nxt2 in _DETERMINERS or (nxt2 in _NOT_VERB_AFTER_TO and nxt2 != "be"))):
        return "present"         # "Talks begin Monday", "opens to the public Friday" (weak:
        #                          only when nothing else speaks); not "begins to ..."
    return None


@lru_cache(maxsize=4096)
def _sentence_cues(text: str, s: int, e: int) -> tuple[list, list]:
    """The words of one sentence and the tense cue of each (cached per sentence)."""
    tokens = words(text, s, e)
    return tokens, [_cue(tokens, i) for i in range(len(tokens))]


def tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future', 'future-in-past' (a plan told in the past: "was due to"),
    'future-told' (ahead of a time gone by: "would", "was to", "was going to") or None
    for the clause around text[start:end]."""
    s, e = sentence_bounds(text, start, end)
    tokens, cues = _sentence_cues(text, s, e)
    if not tokens:
        return None
    # cues count only inside the expression's clause ("..., while the Kremlin earlier said")
    left_limit = s
    for m in _CLAUSE_BREAK.finditer(text, s, start):
        left_limit = m.end()
    condition = _condition_opening(text, max(left_limit, s), start)
    if condition is not None:
        left_limit = condition     # "promised reform if they take office in January"
    m = _CLAUSE_BREAK.search(text, end, e)
    right_limit = m.start() if m else e
    m = _NEW_CLAUSE.search(text, end, right_limit)
    if m:
        right_limit = m.start()      # "rain fell on Tuesday and more was expected": a new clause
    first = next((i for i, t in enumerate(tokens) if t[1] > start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t[0] >= end), len(tokens))
    best: tuple[float, str, int] | None = None
    present = False
    # a date opening its clause ("In September, HP announced it would ...") is the time
    # of the clause's first verb: a first cue to its right governs it
    opens = not any(left_limit <= tokens[j][0] and tokens[j][2] not in _TIME_PREPOSITIONS
                    for j in range(first))
    first_right = True
    for i in range(len(tokens)):
        if first <= i < last or tokens[i][0] < left_limit or tokens[i][0] >= right_limit:
            continue
        cue = cues[i]
        if cue is None:
            continue
        if cue == "future-adjacent":
            if i + 3 != first:
                continue
            cue = "future"
        if cue == "present":
            # near the expression, and not owning it ("follows Tuesday's declaration")
            if (first - 8 <= i < first or last <= i < last + 3) and text[end:end + 2] not in ("'s", "’s"):
                present = True
            continue
        if i < first:
            distance = float(first - i)
        else:
            if tokens[i][2] in _REPORTING and len(tokens) - i <= 3:
                continue          # "..., he said.": the time of saying, not of the event
            distance = (i - last) + 2.5
        right_first = i >= last and first_right
        if i >= last:
            first_right = False
        if cue == "past-ed":
            # an -ed word is often a participle or adjective ("markets untouched by"),
            # but right before the expression it governs it ("announced in October")
            governs = i == first - 1 or (i == first - 2 and tokens[i + 1][2] in _TIME_PREPOSITIONS) \
                or (opens and right_first)
            if not governs and _participle_phrase(tokens, cues, i, first):
                governs, distance = True, 1.0
            cue, distance = "past", distance + (0 if governs else 3)
        if best is None or distance < best[0]:
            best = (distance, cue, i)
    if best is not None and best[1] == "past" and condition is not None and tokens[best[2]][0] >= condition \
            and tokens[best[2]][2] not in ("had", "did") and _hypothetical_would(tokens, condition):
        return "future"            # "how ties would fare if he won the election on Nov. 8"
    if best is None and _AFTER_A_HAPPENING.search(text, max(left_limit, start - 80), start):
        return "past"              # "an issue after the church massacre in June": done
    if best is None and (present or condition is not None or _purpose_infinitive(text, tokens, left_limit, first)):
        return "future"            # a simple present that looks ahead, or a condition's,
        #                            or "a chance to win it on Tuesday" with no other cue
    if best is not None and best[1] == "past" and best[2] < first - 2 and _infinitive_between(text, tokens, best[2] + 1, first):
        return None   # "passed a bill to fund the government through September": not past
    return best[1] if best else None


# "after the church massacre in June", "following his arrest on Friday": a happening the
# clause looks back on (nothing but its noun phrase between "after" and the date)
_AFTER_A_HAPPENING = re.compile(r"(?i)(?<![\w’'])(?:after|following)[ \t\u00a0]+(?:the|a|an|his|her|its|their|this|that)"
                                r"(?:[ \t\u00a0]+[\w’'-]+){1,5}[ \t\u00a0]+(?:in|on|at)[ \t\u00a0]+$")


def _hypothetical_would(tokens: list, condition: int) -> bool:
    """A "would" (or "could", "might") not followed by "have" shortly before a condition:
    its simple past ("would fare if he won in November") is a hypothesis about what may
    come, not a time gone by ("would have won if he had run in 2012" is)."""
    for j, t in enumerate(tokens):
        if condition - 120 <= t[0] < condition and t[2] in ("would", "could", "might") \
                and (tokens[j + 1][2] if j + 1 < len(tokens) else "") not in ("have", "not", "n't"):
            return True
    return False


def _purpose_infinitive(text: str, tokens: list, left_limit: int, first: int) -> bool:
    """A "to <verb>" a few words before the expression, with nothing between that is not
    its object ("a chance to win it on Tuesday", "working to carry the state in November",
    "in a position to pick up a few more seats on Sunday"):
    what it names is still to come."""
    for j in range(max(0, first - 9), first - 1):
        if tokens[j][0] < left_limit or tokens[j][2] != "to":
            continue
        nxt = tokens[j + 1][2]
        if (nxt.isalpha() and text[tokens[j + 1][0]].islower() and nxt not in _DETERMINERS
                and nxt not in _NOT_VERB_AFTER_TO and not nxt.endswith(("ing", "ed", "s"))
                and nxt not in _PREPOSITIONS and j > 0 and tokens[j - 1][2] not in _PREPOSITIONS
                and not tokens[j - 1][2].endswith("ed")
                and not any(ch in text[tokens[j][1]:tokens[first][0]] for ch in ",;:")):
            return True         # (a comma between: another clause, "threatens to X, ...")
    return False


_CONDITION = re.compile(r"(?i)(?<![\w’'])(?:if|unless|when|once)[ \t\u00a0]+"
                        r"(?P<rest>(?:[\w’'.-]+[ \t\u00a0]+){2,8})(?:in|on|by|at|next|this)?[ \t\u00a0]*$")
_NOT_A_SUBJECT_START = frozenset({"in", "on", "at", "by", "for", "from", "to", "of", "with",
                                  "asked", "needed", "necessary", "possible", "ever", "not"})


def _condition_opening(text: str, lo: int, start: int) -> int | None:
    """Where a condition or a time clause opens before the expression ("if they take office
    in January", "when Congress returns in September"): its cues alone give the tense, and
    with none its simple present looks ahead. None when there is no such clause, or its
    subordinator stands before no subject ("once in January", "if necessary")."""
    m = _CONDITION.search(text, max(lo, start - 90), start)
    if m is None or m.start() < lo:
        return None
    first = m.group("rest").split()[0].lower()
    if first in _NOT_A_SUBJECT_START or first in _DETERMINERS - {"the", "a", "an", "his", "her",
                                                                  "its", "their", "our", "this", "that",
                                                                  "these", "those", "any", "no", "new"}:
        return None
    return m.start("rest")


_ADVERBS_BEFORE_ADJECTIVE = frozenset({"still", "yet", "once", "long", "well", "much", "now", "already",
                                       "ever", "never", "so", "very", "more", "most", "less", "least",
                                       "widely", "newly", "recently"})
_PREPOSITIONS = frozenset({"on", "in", "at", "to", "from", "for", "by", "of", "with", "against",
                           "into", "over", "under"})


def _participle_phrase(tokens: list, cues: list, i: int, first: int) -> bool:
    """ "a tariff imposed on consumer goods in September": a participle, then only a
    prepositional phrase (no verb), then the date: the participle governs it."""
    if first - i > 7 or i + 1 >= first or tokens[i + 1][2] not in _PREPOSITIONS:
        return False
    return all(cues[j] is None for j in range(i + 1, first))


def _infinitive_between(text: str, tokens: list, lo: int, hi: int) -> bool:
    """Is there an intention's "to <verb>" between tokens lo and hi ("voted to fund", "a
    bill to fund": an intended, later event; "was bold enough to tout" is not)?"""
    for j in range(lo, hi - 1):
        if tokens[j][2] == "to" and j > 0 and tokens[j - 1][2] in INTENTION_WORDS:
            nxt = tokens[j + 1][2]
            if (nxt.isalpha() and text[tokens[j + 1][0]].islower() and nxt not in _DETERMINERS
                    and nxt not in _NOT_VERB_AFTER_TO and not nxt.endswith(("ing", "ed"))):
                return True
    return False


_OCCASION_LEFT = re.compile(r"([A-Za-z-]+)[ \t\u00a0\u202f]{1,3}(?:on[ \t\u00a0\u202f]{1,3})?$")


def scheduled_occasion_before(text: str, start: int) -> bool:
    """True when the expression dates an occasion fixed in advance and no past verb
    governs it: "the party's 100th anniversary on Thursday", "ahead of Friday's"."""
    m = _OCCASION_LEFT.search(text, max(0, start - 40), start)
    if not m or m.group(1).lower() not in SCHEDULED_OCCASIONS:
        return False
    left = words(text, max(0, start - 80), start)
    if left and left[-1][2] == "on":
        left = left[:-1]
    if not left or left[-1][2] not in SCHEDULED_OCCASIONS:
        return False
    return not any(w in COMMEMORATION_VERBS for _, _, w in left[-5:-1])


def scheduled_occasion_after(text: str, end: int) -> bool:
    """True for "Friday's first anniversary": a possessive weekday owning an occasion."""
    right = words(text, end, min(len(text), end + 60))
    return any(w in SCHEDULED_OCCASIONS for _, _, w in right[:3])


_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# what a happening left behind, never planned ahead ("his Tuesday wins", "their Sunday defeat")
_OUTCOMES = frozenset({"win", "wins", "victory", "victories", "defeat", "defeats", "loss", "losses",
                       "sweep", "upset", "landslide"})


def possessive_names_past(text: str, start: int, end: int) -> bool:
    """True for "Wednesday's ruling" (or "his Tuesday wins") in a clause whose future lies
    elsewhere ("they would look for ways around Wednesday's ruling"): the noun names what
    has happened, unless
    it is a planned happening ("Sunday's election") or a future cue stands right before."""
    if text[end:end + 2] not in ("'s", "’s"):
        # "his Tuesday wins": a possessive before a weekday naming a happening's outcome
        left = words(text, max(0, start - 12), start)
        right = words(text, end, min(len(text), end + 30))[:1]
        return bool(left and right) and left[-1][2] in _POSSESSIVE_DETERMINERS and right[0][2] in _OUTCOMES
    right = words(text, end + 2, min(len(text), end + 50))[:2]
    if any(w in PLANNED_EVENT_NOUNS or w in SCHEDULED_OCCASIONS for _, _, w in right):
        return False
    s, e = sentence_bounds(text, start, end)
    tokens, cues = _sentence_cues(text, s, e)
    first = next((i for i, t in enumerate(tokens) if t[1] > start), len(tokens))
    return not any(cues[i] == "future" for i in range(max(0, first - 4), first))
