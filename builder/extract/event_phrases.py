"""The date phrase in an event line: dropped where the line stays whole, else written out.

The chronology shows an entry's date beside its line, so a happening's line leaves its
own date phrase out: "On Monday, X met Y" -> "X met Y", "at Wednesday's hearing" -> "at
the hearing". Dropping must not break the sentence:

* a date coordinated with another ("in both 2008 and 2012", "from at least 2002 to
  2005", "Tuesday or Wednesday") goes with its partners, the whole span at once;
* a participle that only carried the date goes with it ("a poll released last week
  showed" -> "a poll showed"; "his physical conducted in 2018, Okafor" -> "his physical,
  Okafor"; "-- conducted in February --" goes whole);
* a comma left after a conjunction goes ("told CNN that a year later, Okafor" -> "told
  CNN that Okafor");
* a weekday inside a name ("Super Tuesday") or a date after a preposition that needs its
  object ("from", "than", "between") stays.

When a relative phrase cannot be dropped, it is written out as a date the line can hold
on its own ("last week" -> "in the week of 11 November 2019"); an absolute one ("in
2018") may simply stay. Small helpers the line builder shares: does a stretch name a time
of its own (``names_a_time``), is an offset inside a quotation, cut a long clause at a comma.
"""
from __future__ import annotations

import re
from datetime import date

from ..rules.event_words import OTHER_TIME_NAMES, OTHER_TIME_WORDS
from ..rules.time_words import WEEKDAY_NAME_WORDS
from .event_checks import MAX_WORDS as _MAX_WORDS, is_verb

_PREPS = frozenset({"on", "in", "at", "during", "over", "by", "since", "until", "from", "before",
                    "after", "ahead", "for", "through", "throughout", "within"})
_MONTH_NAMES = ("January February March April May June July August September October November "
                "December").split()
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_CLOCK = r"\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)"
_DATEISH = (r"(?:(?:at\s+least|about|around|early|late|mid-?)\s+)?(?:" + _CLOCK + r"\s+)?(?:" + _MONTH +
            r"\s+\d{1,2}(?:,?\s+\d{4})?|\d{4}|" + _WEEKDAY + r"|" + _MONTH + r"(?:\s+\d{4})?|"
            r"the\s+(?:following|next)\s+(?:morning|day|evening|night|week)|" + _CLOCK + r")")
_PARTNER_AFTER = re.compile(r"\s*,?\s*(?:and|or|to|through|until|-|–)\s+(?:on\s+|in\s+)?" + _DATEISH
                            + r"(?:\s+(?:the\s+)?(?:following|next)\s+(?:morning|day|evening|night))?")
_PARTNER_BEFORE = re.compile(r"(?:\b(?:both|either|between|from)\s+(?:(?:at\s+least|about|around)\s+)?"
                             r"|" + _DATEISH + r"\s*,?\s*(?:and|or)\s+"
                             r"|\bfrom\s+(?:(?:at\s+least|about|around)\s+)?" + _DATEISH + r"\s*(?:to|through|until|-|–)\s*)$")
_SUBJECT_PRONOUNS = frozenset("i we you he she they it who which that".split())
_AUXILIARIES = frozenset("is are was were be been being has have had get gets got will would".split())
_PARTICIPLE_WORDS = frozenset("out held made set done released published conducted dated signed "
                              "taken given seen shown issued filed sent written built".split())
# opening words after which a clause's leading date phrase leaves a comma behind
_CLAUSE_OPENERS = frozenset("that and but because when while although though so if as "
                            "after before since".split())
# prepositions that need their object: the date after them stays
_NEEDS_OBJECT = re.compile(r"\b(?:of|from|than|between|into|to|until|before|after|as)\s*$")


def drop_phrase(line: str, phrase: str, at: int | None = None) -> tuple[str, int]:
    """The line without one date phrase: "On Monday, X met" -> "X met"; "X met on Monday
    in Y" -> "X met in Y"; "During Monday's talks" -> "During the talks". The second value
    is where the phrase was in the new line."""
    i = line.find(phrase, max(0, (at or 0) - 12)) if phrase else -1
    if i < 0 and phrase:
        i = line.find(phrase)
    if i < 0:
        return line, 0
    j = i + len(phrase)
    compound = re.match(r"-[a-z]+\b", line[j:])
    if compound:
        j += compound.end()             # "his Tuesday-night victories" -> "his victories"
    words = phrase.split()
    k = next((n for n, w in enumerate(words) if re.search(r"[’']s$", w)), None)
    if k is not None and k == len(words) - 1:     # not a named day: "on New Year's Eve" goes whole
        # a possessive date owns a noun: "at Wednesday's hearing" -> "at the hearing"
        prep = []
        for w in words[:k]:
            if w.lower() not in _PREPS and w.lower() != "of":
                break
            prep.append(w)              # "ahead of Tuesday's primary" -> "ahead of the primary"
        keep = " ".join(prep + ["the"] + words[k + 1:])
        if i == 0:
            keep = keep[0].upper() + keep[1:]
        return line[:i] + keep + line[j:], i
    i, j = _with_partners(line, i, j)
    before_words = line[:i].rstrip().rsplit(" ", 1)
    if before_words and before_words[-1].lower() in ("over", "during", "throughout", "within", "for",
                                                     "later", "earlier", "early", "late"):
        i = i - len(before_words[-1]) - (1 if line[:i].endswith(" ") else 0)   # "Over the weekend,"
    before, after = line[:i], line[j:]
    planned = re.search(r"(?<=[a-z])\s(?:planned|scheduled|slated|expected|due)(?:\s+(?:for|on))?\s*$", before)
    if planned and not re.search(r"\b(?:is|are|was|were|be|been|being|a|an|the)\s*$", before[:planned.start()]):
        before = before[:planned.start()]       # "tariffs planned for Oct. 15" -> "tariffs"
    before, after = _participle(before, after)
    closing = re.match(r"\s*[.!?]?\s*$", after)
    appositive = re.search(r",\s(?:a|an|the)\s(?:[a-z][\w-]*\s){0,3}?[a-z][\w-]*\s(?:[a-z]+ed|" +
                           "|".join(_PARTICIPLE_WORDS) + r")\s*$", before) if closing else None
    if appositive:
        before = before[:appositive.start()]    # "X bought Y, a deal announced last week." -> "X bought Y."
    if not before.strip():
        after = re.sub(r"^\s*,\s*", "", after)
    elif re.search(r"\b(?:the|an?|its|their|his)\s*$", before, re.I) and re.match(r"\s*,", after):
        after = re.sub(r"^\s*,", "", after)        # "The Aug. 7, 1998, bombings" -> "The bombings"
    elif re.search(r",\s*$", before) and re.match(r"\s*,", after):
        after = re.sub(r"^\s*,", "", after)        # ", on Monday," -> ","
        if _verb_follows(after) and before.count(",") == 1 and not _CLAUSE_OPENING.match(before):
            before = re.sub(r",\s*$", "", before)  # "Doe, on Monday, said" -> "Doe said"
    elif re.search(r",\s*$", before) and re.match(r"\s*[:;.!?]", after):
        before = re.sub(r",\s*$", "", before)      # "in Monroe, La., on Nov. 6:" -> "in Monroe, La.:"
        if before.endswith(".") and re.match(r"\s*\.", after):
            after = re.sub(r"^\s*\.", "", after)     # "La.." -> "La."
    elif re.search(r"[–—-]\s*$", before) and re.match(r"\s*[–—-]", after):
        after = re.sub(r"^\s*[–—-]", "", after)
    elif re.match(r"\s*,", after) and (before.rstrip().rsplit(" ", 1)[-1].lower() in _CLAUSE_OPENERS):
        after = re.sub(r"^\s*,", "", after)        # "that a year later, Okafor" -> "that Okafor"
    if not re.search(r"\b(?:the|his|her|its|their|my|our|your|a)\s+back\s*$", before, re.I):
        before = re.sub(r"\s(?:back|just|as early as|as late as)\s*$", "", before)  # "back in 2015"; "in the back" stays
    if not before.strip():
        return after.lstrip(), 0
    head = before.rstrip()
    after = re.sub(r"^\s+(?:ended|ending)\s+[A-Z][a-z]{2,8}\.?(?:\s\d{1,2})?(?:,?\s\d{4})?", "", after)   # "ended Sept. 29"
    # "in an Oct. 21 cabinet meeting" -> "in a cabinet meeting"
    head = re.sub(r"\b([Aa])n$", r"\1", head) if re.match(r"\s*[^aeiouAEIOU\W]", after) else \
        re.sub(r"\b([Aa])$", r"\1n", head) if re.match(r"\s*[aeiouAEIOU]", after) else head
    out = head + ("" if after[:1] in ",.;:!?" else " ") + after.lstrip()
    return out.strip(), len(head)


_CLAUSE_OPENING = re.compile(r"\s*(?:in|on|at|after|before|during|since|when|while|as|if|"
                             r"although|though|because|with|without|for|from|by|under|over|to|despite|"
                             r"amid|among|following|unlike|like)\b", re.I)


def _verb_follows(after: str) -> bool:
    """Does a finite verb open what follows the date ("..., said X", "..., is the book")?"""
    from .event_checks import is_verb
    m = re.match(r"\s*([a-z][\w’']*)", after)
    return bool(m) and (is_verb(m.group(1)) or m.group(1) in _AUXILIARIES)


def _with_partners(line: str, i: int, j: int) -> tuple[int, int]:
    """The span of the date with the dates coordinated with it ("both 2008 and 2012")."""
    for _ in range(3):
        m = _PARTNER_AFTER.match(line, j)
        if not m:
            break
        j = m.end()
    for _ in range(3):
        lo = max(0, i - 60)
        m = _PARTNER_BEFORE.search(line[lo:i].rstrip() + " ")
        if not m or lo + m.start() >= i:
            break
        i = lo + m.start()          # "in both 2008 and | 2012": the partners, then "both"
        # a preposition before the partners goes with them ("in both", "from at least")
        p = re.search(r"\b(?:in|on|at|from)\s+$", line[:i])
        if p and not re.match(r"(?i)from", line[i:]):
            i = p.start()
    return i, j


def _participle(before: str, after: str) -> tuple[str, str]:
    """A participle that only carried the date goes with it: "a poll released | showed",
    "his physical conducted | , Okafor", "-- conducted | --"."""
    m = re.search(r"(?:^|\s)(?P<p>[a-z]+)\s*$", before)
    if not m:
        return before, after
    word = m.group("p")
    if not (word in _PARTICIPLE_WORDS or (word.endswith(("ed", "en")) and len(word) > 4)):
        return before, after
    prev = before[:m.start("p")].rstrip().rsplit(" ", 1)[-1].lower().strip(",")
    if prev in _SUBJECT_PRONOUNS:
        return before, after                    # "scholars I interviewed | in the past week"
    if prev in _AUXILIARIES or not prev or not prev.isalpha():
        if re.search(r"(?:--|[–—])\s*$", before[:m.start("p")]) and re.match(r"\s*(?:--|[–—])", after):
            dash = re.search(r"\s*(?:--|[–—])\s*$", before[:m.start("p")])
            rest = re.sub(r"^\s*(?:--|[–—])\s*", "", after)
            return before[:dash.start()], ", " + rest if not rest.startswith(",") else rest
        return before, after
    nxt = re.match(r"\s*([\w’']+|[,.;:–—-])", after)
    token = nxt.group(1) if nxt else ""
    from .event_checks import is_verb
    if token in (",", "–", "—", "-") and _main_verb(before[:m.start("p")]) \
            and not re.match(r"\s*,\s*(?:which|who|whose)\b", after):  # "The trove released |, which"
        return before, after                    # "Talks collapsed | , two days after": the verb
    if token in (",", "–", "—", "-") or (token and token[0].islower() and is_verb(token)):
        return before[:m.start("p")].rstrip(), after
    return before, after


_PHRASE_OPENERS = _PREPS | _CLAUSE_OPENERS | frozenset("following despite amid with without among "
                                                         "under against like unlike once".split())


def _main_verb(head: str) -> bool:
    """Is an -ed word after ``head`` the sentence's own verb? It is when ``head`` is a bare
    subject opening the sentence: no verb of its own, not a phrase opened by a preposition
    or a subordinator ("Talks collapsed", "The two sides met"; not "After his physical
    conducted", not "Doe said the poll released")."""
    words = re.findall(r"[\w’'.-]+", head)
    if not words or len(words) > 8 or re.search(r"[,;:“”\"()]", head):
        return False
    if words[0].lower() in _PHRASE_OPENERS:
        return False
    return not any(w[:1].islower() and is_verb(w) for w in words[1:])


def in_name(line: str, at: int, phrase: str) -> bool:
    """Is the weekday part of a name ("Super Tuesday", "Black Friday")? A phrase that is
    the whole name ("on Super Tuesday") stays as written too."""
    whole = re.search(r"\b([A-Z][\w’'-]*)\s" + _WEEKDAY + r"$", phrase)
    if whole and whole.group(1).lower() in WEEKDAY_NAME_WORDS:
        return True
    before = re.search(r"([A-Z][\w’'-]*)\s$", line[:at])
    return bool(before and before.group(1).lower() in WEEKDAY_NAME_WORDS and re.match(_WEEKDAY, phrase))


def coordinated(line: str, at: int, phrase: str) -> bool:
    """Does another date stand coordinated with this one ("Tuesday or Wednesday")?"""
    i = line.find(phrase, max(0, at - 12))
    if i < 0:
        return False
    return _with_partners(line, i, i + len(phrase)) != (i, i + len(phrase))


def safe_to_drop(line: str, at: int, phrase: str) -> bool:
    """Can the phrase at ``at`` go without breaking the sentence?"""
    i = line.find(phrase, max(0, at - 12)) if phrase else -1
    if i >= 0:
        at = _with_partners(line, i, i + len(phrase))[0]      # "from at least 2002 to 2005" goes whole
    left = line[:at]
    if _NEEDS_OBJECT.search(left) and not re.search(r"[’']s$", phrase):
        return False                    # "of last week's game" -> "of the game" is safe
    if _SCHEDULED.search(left):
        return False                    # "is scheduled for Saturday": the date is what is said
    if re.match(r"(?i)(?:until|till)\s", phrase) or re.search(r"(?i)\b(?:until|till)\s+$", left):
        return False                    # "extended its deadline until Tuesday": the deadline is the news
    return not in_name(line, at, phrase)


_SCHEDULED = re.compile(r"\b(?:is|are|was|were|be|been|now|also|still)\s+(?:scheduled|slated|set|due|planned)\s+"
                        r"(?:for\s+|on\s+)?$")


def is_relative(phrase: str) -> bool:
    """A phrase a reader cannot date without the article ("on Tuesday", "last week")."""
    return not re.search(r"\b(?:1[5-9]|20)\d\d\b", phrase) and not re.search(_MONTH, phrase)


def written_out(precision: str, day: str, value: str) -> str | None:
    """The date as a phrase a line can hold: "on 19 November 2019", "in the week of 11
    November 2019", "in October 2019", "in 2018"."""
    try:
        if precision in ("day", "week"):
            d = date.fromisoformat(day)
            text = f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"
            return ("on " if precision == "day" else "in the week of ") + text
        if precision == "month":
            y, m = day.split("-")[:2]
            return f"in {_MONTH_NAMES[int(m) - 1]} {y}"
        if precision == "year":
            return f"in {day[:4]}"
        part = (value or "")[5:]
        names = {"Q1": "the first quarter of", "Q2": "the second quarter of", "Q3": "the third quarter of",
                 "Q4": "the fourth quarter of", "H1": "the first half of", "H2": "the second half of",
                 "SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
        if part in names:
            return f"in {names[part]} {day[:4]}"
    except (ValueError, IndexError):
        return None
    return None


# words after which a date phrase is a noun phrase (a preposition's object)
_NOUN_TAKERS = frozenset("""into to till toward towards of with without about like unlike despite amid
    against including than between among upon across beyond per""".split())
# a phrase with no determiner of its own: it is the head of a longer noun phrase
_BARE_HEAD = re.compile(r"(?i)(?:first|second|third|fourth|\d)\S*\s+(?:quarter|half|period)\b|(?:quarter|half|period)\b")
_DETERMINERS = frozenset("the a an its his her their our my your whose this that".split())


def write_out(line: str, phrase: str, at: int, replacement: str) -> tuple[str, int]:
    """The line with its relative date phrase replaced by ``replacement`` (prepositions
    of the phrase's own go with it: "on Tuesday" -> "on 19 November 2019")."""
    i = line.find(phrase, max(0, at - 12))
    if i < 0:
        return line, at
    j = i + len(phrase)
    i, j = _with_partners(line, i, j) if not re.match(r"(?i)(?:on|in|at)\s", phrase) else (i, j)
    lead = re.match(r"(?i)(?:on|in|at|during|over|since|by|until|before|after|from)\s+", line[i:j])
    if lead and lead.group(0).strip().lower() not in ("on", "in", "at"):
        replacement = lead.group(0) + replacement.split(" ", 1)[1] if replacement.startswith(("on ", "in ")) \
            else lead.group(0) + replacement
    elif not lead:
        prev = line[:i].rstrip().rsplit(" ", 1)[-1].lower()
        if prev in _PREPS or prev in _NOUN_TAKERS:
            # the phrase is a preposition's object: "with the current quarter having begun"
            # -> "with the fourth quarter of 1989 having begun", never "with in the ..."
            replacement = replacement.split(" ", 1)[1] if replacement.startswith(("on ", "in ")) else replacement
        elif (_BARE_HEAD.match(line[i:j]) and i > 0 and re.search(r"[\w’'-]\s*$", line[:i])) \
                or prev in _DETERMINERS:
            return line, at             # inside a noun phrase: "the seasonally slow third quarter", "its last quarter"
    if i == 0:
        replacement = replacement[0].upper() + replacement[1:]
    return line[:i] + replacement + line[j:], i


def names_a_time(text: str) -> bool:
    """Does ``text`` name a time of its own (a year, a month, a weekday, "last week")?"""
    return bool(re.search(r"\b(?:1[89]|20)\d\d\b", text)) or any(
        w in OTHER_TIME_NAMES or w.lower() in OTHER_TIME_WORDS for w in re.findall(r"[A-Za-z]+", text))

def cut_words(line: str) -> str:
    """A clause too long: cut at its last comma within _MAX_WORDS; with no such comma, keep
    it whole up to half as long again (a long line reads better than a fragment)."""
    words = line.split()
    if len(words) <= _MAX_WORDS * 3 // 2:
        cut = " ".join(words[:_MAX_WORDS])
        comma = last_comma(cut)
        return cut[:comma] if comma > len(cut) // 2 else line
    cut = " ".join(words[:_MAX_WORDS * 3 // 2])
    comma = last_comma(cut)
    return cut[:comma] if comma > len(cut) // 3 else cut


def last_comma(text: str) -> int:
    """Where the last comma between words is ("375,000" holds none)."""
    return max((m.start() for m in re.finditer(r",(?=\s)", text)), default=-1)


def inside_quotation(line: str, at: int) -> bool:
    """Does offset ``at`` lie inside quotation marks? (A speaker's "today" stays theirs:
    never rewritten as a date inside the quotation.)"""
    before = line[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 \
        or before.count("''") % 2 == 1


def others_written_out(line: str, others: list[tuple[str, str, str, str]]) -> str:
    """The line with the relative date phrases of OTHER mentions of its sentence written
    out ("which holds its primary Tuesday" in a Thursday entry -> "... on 7 June 2016";
    "came to power 41 years ago" -> "... in 1959"): a reader of the chronology cannot date
    them without the article. ``others``: (phrase as written, precision, date, value).
    Never inside a quotation (the speaker's words), nor a weekday in a name ("Super
    Tuesday"), nor phrases standing together ("Tuesday or Wednesday")."""
    for phrase, precision, day, value in others:
        at = line.find(phrase)
        if at < 0 or not is_relative(phrase) or re.search(r"[’']s$", phrase) \
                or re.match(r"(?i)(?:now|today|tonight|currently|recently|so far|this time)$", phrase) \
                or inside_quotation(line, at) or in_name(line, at, phrase) or coordinated(line, at, phrase) \
                or not _plainly_dated(line, at, phrase):
            continue
        replacement = written_out(precision, day, value)
        if replacement:
            line = write_out(line, phrase, at, replacement)[0]
    return line


_APPROXIMATE = re.compile(r"(?i)(?:\b(?:a|an|the|each|every|than|about|nearly|almost|over|some|roughly|around|"
                          r"early|late|mid|mid-|later|earlier)\s*)$")
_AFTER_OK = frozenset("""and or but to in on at for from with by as that which who when while after before
    the a an of than until since because if so where though although""".split())


def _plainly_dated(line: str, at: int, phrase: str) -> bool:
    """Can the phrase become a date as it stands: no clock time ("at 2:30pm"), no
    approximation or article before it ("more than four decades ago", "on a Monday",
    "early next year"), no noun after it ("third-quarter earnings", "Easter week",
    "Saturday publication")?"""
    if re.search(r"(?i)\d\s*(?:[ap]\.?m\b\.?)|\bnoon\b|\bmidnight\b|^(?:early|late|mid|more|less|about|nearly|almost|over|some|roughly)\b", phrase):
        return False
    if _APPROXIMATE.search(line[max(0, at - 30):at]):
        return False
    if line[at + len(phrase):at + len(phrase) + 1] == "-":
        return False              # "Tuesday-night victories": a part of a compound word
    after = re.match(r"\s*([A-Za-z][\w’'-]*)", line[at + len(phrase):])
    if after and not re.match(r"\s*[,.;:!?)—–]", line[at + len(phrase):]):
        word = after.group(1)
        if word[:1].islower() and word not in _AFTER_OK and not is_verb(word):
            return False
    return True
