"""Lines rebuilt around a participle or a relative clause that carries the date.

* a participle opening the sentence: "Speaking at a reception in the capital, Doe said ..."
  -> "Doe spoke at a reception in the capital" (``participle_opener``);
* a past participle after a noun, dated by the phrase (``reduced_relative``): "an
  agreement struck last year by Zhou and Petrov" -> "Zhou and Petrov struck an
  agreement"; "the Mechanism, set up in 2005" -> "The Mechanism was set up"; any
  participle after a noun phrase the sentence's verb governs ("the tariffs on cars
  imposed on Sept. 1" -> "The tariffs on cars were imposed");
* a relative clause whose subject is a pronoun or a name ("a commission he appointed in
  February" -> "He appointed a commission");
* the occasion a date sits on (``occasion_line``: "the party's 100th anniversary on
  Thursday" -> "The party's 100th anniversary").
"""
from __future__ import annotations

import re

from ..rules.event_words import COMPLEMENT_VERBS, PARTICIPLE_PAST, PAST_PARTICIPLES
from ..rules.time_words import NOT_PAST_ED as NOT_PAST_ED_LINE, PAST_CUES as PAST_CUES_LINE
from .clauses import is_verb_word as _is_verb, subject_of as _subject
from .event_checks import MAX_WORDS
from .event_phrases import cut_words as _cut_words, names_a_time as _names_a_time


def _words(text: str) -> int:
    return len(text.split())


def participle_opener(line: str, at: int) -> str | None:
    """ "Speaking at a reception in the capital marking the anniversary, Doe said ..." ->
    "Doe spoke at a reception in the capital marking the anniversary"."""
    m = re.match(r"^(?P<ing>[A-Z][a-z]+ing)\s(?P<rest>[^;]{3,300}?),\s(?P<subj>(?:[A-Z][\w’'.-]*\s){0,4}[A-Z][\w’'.-]*)\s(?P<verb>[a-z]+)\b", line)
    if not m or at > m.end("rest"):
        return None
    past = PARTICIPLE_PAST.get(m.group("ing").lower())
    if past is None or not _is_verb(m.group("verb")):
        return None
    out = f"{m.group('subj')} {past} {m.group('rest')}"
    return out if _words(out) <= MAX_WORDS + 5 else _cut_words(out)


_PARTICIPLE = r"(?P<part>set up|drawn up|struck|signed|held|built|founded|created|established|" \
              r"launched|written|agreed|reached|adopted|passed|approved|opened)"


def reduced_relative(line: str, at: int, phrase: str) -> str | None:
    """A past participle dated by the phrase: "an agreement struck at the end of last year
    by Zhou and Petrov to deepen ..." -> "Zhou and Petrov struck an agreement to deepen ...";
    "the Mechanism, set up in 2005 for annual meetings" -> "The Mechanism was set up for
    annual meetings"."""
    left = line[:at]
    m = re.search(r"(?P<np>(?:\b[Tt]he|\b[Aa]n?)\s[^,;:()“”]{2,90}?),?\s" + _PARTICIPLE + r"\s$", left)
    if not m or re.search(r"\b(?:that|which|who)\b", m.group("np")) or _names_a_time(m.group("np")) \
            or any(_is_verb(w) and w.islower() for w in m.group("np").split()[1:]):
        # "The two were freed after Jo Roe agreed in 1999 to ...": a clause, not a noun phrase
        return _object_relative(line, at, phrase) or _any_participle(line, at, phrase)
    if re.search(r"\b(?:be|been|being|is|are|was|were|am|get|gets|got)$", m.group("np").strip()):
        return None                     # "The summit will be held on ...": a finite passive
    if not left[:m.start("np")].strip() and left[m.end("np"):m.end("np") + 1] != "," \
            and _first_finite(line[at + len(phrase):]) is None:
        return None                     # "The summit opened on 3 March in Geneva.": the sentence's own verb
    right = line[at + len(phrase):] if line[at:at + len(phrase)] == phrase else None
    if right is None:
        return None
    by = re.match(r"\s?by\s(?P<agent>(?:[A-Z][\w’'.-]*|and|leader|President|president|Russian|Chinese|[a-z]+\s(?=[A-Z]))"
                  r"(?:\s(?:[A-Z][\w’'.-]*|and|leader|[a-z]+(?=\s[A-Z]))){0,12})", right)
    part = m.group("part")
    np = m.group("np")
    if left[m.end("np"):m.end("np") + 1] == "," and re.search(r",\s", right):
        # an appositive participle ("X, set up in 2005 for talks, met again"): it ends at
        # its closing comma, where the sentence's own predicate resumes
        right = right[:re.search(r",\s", right).start()].rstrip() + "."
    elif not left[:m.start("np")].strip():
        # the noun phrase opens the sentence: its own predicate follows the participle's
        # words ("An agreement struck last year by X to deepen ties expired on Monday")
        verb = _first_finite(right)
        if verb is not None:
            right = right[:verb].rstrip(" ,") + "."
    if by:
        rest = right[by.end():]
        out = f"{by.group('agent')} {PARTICIPLE_PAST.get(part, part)} {np[0].lower() + np[1:]}{rest}"
    else:
        out = f"{np[0].upper() + np[1:]} was {part}{right}"
    out = out.strip()
    return out if _words(out) <= MAX_WORDS else _cut_words(out)


def _first_finite(right: str) -> int | None:
    """Where the first finite verb after the date stands, before any comma or relative
    word (None when there is none)."""
    clause = re.split(r"[,;:()“”\"]|\s[–—]\s|\b(?:which|who|whom|whose|where|when|that|while|after|before)\b",
                      right, maxsplit=1)[0]
    for w in re.finditer(r"(?<![\w’'])[a-z][\w’']*", clause):
        if _is_verb(w.group(0)):
            return w.start()
    return None


_NP_BEFORE = r"(?P<np>(?<![\w’'])(?:[Tt]he|[Aa]n?)\s[^,;:()“”\"–—]{2,90}?)"
_AGENT = r"(?P<agent>(?:[A-Z][\w’'.&-]*)(?:\s(?:and\s)?[A-Z][\w’'.&-]*){0,5})"
_CLAUSE_STOP = re.compile(r"[,;:()“”\"]|\s[–—]\s|\s(?:will|would|could|should|may|might|must|is|are|was|were|"
                          r"has|have|had|remains?|said|says)\b")


# verbs after which a new clause with a subject of its own follows ("said she and X left")
_SPEECH = frozenset("said says told tells reported announced added noted argued believes believed thinks "
                    "thought wrote insisted warned claimed".split())
_NP_CANNOT_END = frozenset("""
near of in on at for from to with by about around against into over under after before like
and or but than as
""".split())


def _tail(right: str) -> str:
    """What follows the date inside its own clause: up to a comma or the main verb."""
    stop = _CLAUSE_STOP.search(right)
    right = right[:stop.start()] if stop else right
    verb = _first_finite(right)         # "approved by X in April raised pay": the sentence's verb
    return right[:verb].rstrip() if verb is not None else right


def _verbless(np: str) -> bool:
    """A noun phrase alone: no verb, no relative word, no pronoun subject, not ending on a
    preposition ("the schools near" + a name is no noun phrase)."""
    last = np.split()[-1].lower()
    if last in COMPLEMENT_VERBS or any(w.lower() in COMPLEMENT_VERBS for w in np.split()[1:]):
        return False                    # "The officials know (that ...)": a clause, no noun phrase
    return not any(_is_verb(w) for w in re.findall(r"(?<![\w’'])[a-z][\w’']*", np)) \
        and not re.search(r"\b(?:that|which|who|whom|whose|he|she|they|it|we|I)\b", np) \
        and last not in _NP_CANNOT_END


def _participle(word: str) -> bool:
    w = word.lower()
    return w in PAST_PARTICIPLES or (len(w) > 4 and w.endswith("ed") and (
        w not in NOT_PAST_ED_LINE or w in _VERB_NOT_ADJECTIVE))


# -ed words the time rules read as adjectives that after a noun are a verb's participle
_VERB_NOT_ADJECTIVE = frozenset("appointed elected designated registered renewed increased reduced "
                                "developed organised organized".split())


def _plural(np: str) -> bool:
    head = re.split(r"\s(?:of|on|in|at|for|from|to|with|by|against|into|over)\s", np, maxsplit=1)[0].split()[-1]
    return head.lower().endswith("s") and not head.lower().endswith(("ss", "us", "is")) and not head[:1].isupper()


def _any_participle(line: str, at: int, phrase: str) -> str | None:
    """Any past participle after a noun phrase the sentence's verb governs, dated by the
    phrase: "wants Y to end the tariffs on cars imposed on Sept. 1" -> "The tariffs on
    cars were imposed"; "the budget approved by Republicans in April that raised pay" ->
    "Republicans approved the budget that raised pay". Never a subject's own verb ("The
    bill passed on Monday": the noun phrase opens the line)."""
    if line[at:at + len(phrase)] != phrase:
        return None
    left = line[:at]
    words = list(re.finditer(r"(?<=\s)[a-z]+(?=\s)", left))[-8:]
    for w in reversed(words):
        between = _BETWEEN.match(left, w.end())
        if not between or not _participle(w.group(0)):
            continue
        if re.search(r"(?<![\w’'])[A-Z][\w’'.-]*\s[A-Z][\w’'.-]*\s$", left[:w.start()]):
            return None                 # "after leader Jo Roe agreed in 1999 to ...": a person's own verb
        np = _noun_phrase_before(left[:w.start()])
        clause = re.split(r",|;|\b(?:since|when|after|before|because|while|as|that|which|who|although|though|"
                          r"if|until|once)\b", left[:np.start()] if np else "")[-1]
        passive = between.group("agent") or (w.group(0) in PAST_PARTICIPLES and w.group(0) not in PAST_CUES_LINE)
        verbs = [v for v in re.finditer(r"(?<![\w’'])[a-z][\w’']*", clause) if _is_verb(v.group(0))]
        if not np or not passive and (not verbs or verbs[-1].group(0) in _SPEECH or re.search(
                r"\b(?:he|she|they|we|I)\b", clause[verbs[-1].end():])):
            return None                 # no noun phrase, or the participle may be a verb of its own subject
        if verbs and verbs[-1].group(0) in COMPLEMENT_VERBS and not between.group("agent"):
            return None                 # "figures showed the rate declined": a clause's own verb
        return _passive_line(np.group("np"), w.group(0), between, _tail(line[at + len(phrase):]).rstrip())
    return None


def _noun_phrase_before(left: str) -> re.Match | None:
    """The noun phrase ending ``left`` that a participle after it qualifies: from the
    nearest article, over "of"/"on"/"for" ("the tariffs on the cars imposed" -> the
    tariffs on the cars), never over another preposition ("an inquiry into an
    allegation made" -> an allegation)."""
    found = None
    for m in reversed(list(re.finditer(r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s", left))):
        np = re.compile(_NP_BEFORE + r"\s$").match(left, m.start())
        if not np or not _verbless(np.group("np")) or _names_a_time(np.group("np")):
            break                       # "the seat in 2012 and Lima agreed": a clause of another time before
        found = np
        if not re.search(r"\s(?:of|on|for)\s$", left[:m.start()]):
            break
    return found


_BETWEEN = re.compile(r"(?:\s(?P<pp>(?:on|against|into|to|for|from|in|at|with|over)\s[^,;:()“”\"–—]{2,60}?))?"
                      r"(?:\sby\s" + _AGENT + r")?\s$")


def _passive_line(np: str, part: str, between: re.Match, rest: str) -> str | None:
    pp = (" " + between.group("pp")) if between.group("pp") else ""
    if between.group("agent"):
        out = f"{between.group('agent')} {PARTICIPLE_PAST.get(part, part)} {np[0].lower() + np[1:]}{pp}{rest}"
    else:
        out = f"{np[0].upper() + np[1:]} {'were' if _plural(np) else 'was'} {part}{pp}{rest}"
    out = out.strip()
    return out if _words(out) <= MAX_WORDS else None


def _named_subject(left: str) -> str | None:
    """The sentence's subject when it is a name ("Rui Costa said", "Mr. Costa’s approach
    has"): who a "he"/"she" later in the sentence most plainly is."""
    subject = _subject(re.sub(r"^(?:But|And|Yet|So|Still|Now)\s", "", left.strip()))
    m = re.match(r"^((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*?)(?:[’']s\s\S.*)?$", subject or "")
    if not m or m.group(1).split()[0].lower() in ("the", "a", "an", "this", "that", "it", "he", "she", "they"):
        return None
    return m.group(1)


def _object_relative(line: str, at: int, phrase: str) -> str | None:
    """A relative clause whose subject is a pronoun or a name, dated by the phrase: "a
    commission he appointed in February to study pay" -> "He appointed a commission to
    study pay" (the pronoun is named after); "the deals that Reyes showcased last month"
    -> "Reyes showcased the deals"."""
    if line[at:at + len(phrase)] != phrase:
        return None
    left = line[:at]
    m = re.search(r"\s(?P<that>(?:that|which)\s)?(?P<who>he|she|they|" + _AGENT.replace("agent", "name")
                  + r")\s(?P<verb>[a-z]+)\s$", left)
    if not m or not (m.group("that") or m.group("who") in ("he", "she", "they")):
        return None                     # a name without "that": "the schools near Evansville left"
    np = _noun_phrase_before(left[:m.start() + 1])
    verb = m.group("verb")
    if not np or not (verb.endswith("ed") and len(verb) > 4 or verb in PAST_CUES_LINE):
        return None
    if verb in PAST_PARTICIPLES and verb not in PAST_CUES_LINE and not verb.endswith("ed"):
        return None                     # "taken", "given": a participle, not a past tense
    np = np.group("np")
    rest = _tail(line[at + len(phrase):]).rstrip()
    who = m.group("who")
    if who in ("he", "she"):            # the sentence's subject, which naming resolves after
        subject = _subject(re.sub(r"^(?:But|And|Yet|So|Still|Now)\s", "", left[:m.start()].strip()))
        who = _named_subject(left[:m.start()]) or (
            subject if subject and _words(subject) <= 4 and not re.search(r"[’']s\b", subject) else who)
    out = f"{who[0].upper() + who[1:]} {verb} {np[0].lower() + np[1:]}{rest}".strip()
    return out if _words(out) <= MAX_WORDS else None


def occasion_line(sentence: str, phrase_at: int, phrase: str = "") -> str | None:
    """ "... for the party's 100th anniversary on Thursday" -> "The party's 100th
    anniversary": the occasion a date belongs to, when the date sits on its noun."""
    if re.search(r"[’']s\b", phrase):
        # "ahead of Friday's first anniversary of the war has drawn": the occasion named after
        after = sentence[phrase_at + len(phrase):]
        words = []
        for w in after.split():
            if _is_verb(w.lower().strip(",.;:")) or w.lower() in ("has", "had", "was", "is", "will"):
                break
            words.append(w)
            if w[-1:] in ",.;:":
                break
        tail = " ".join(words).rstrip(",.;:")
        noun = re.split(r"[’']s\s", phrase, maxsplit=1)[-1]
        return f"The {noun} {tail}".strip()
    left = sentence[:phrase_at]
    m = None
    for m in re.finditer(r"(?:(?<=\s)|^)(?:the|a|an|its|their|his|her)\s+(?=[^,;:.“”\"]{0,80}$)", left, re.I):
        pass
    if m is not None:
        m = re.compile(r"[\s\S]*").match(left, m.start())
    if m is None:
        m = re.search(r"(?:(?<=\s)|^)[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,4}[’']s\s[^,;:.“”\"]{0,60}$", left)
    if m is None:
        return None
    np = left[m.start():].strip()
    np = re.sub(r"\s+(?:on|in|at)$", "", np)
    return np[0].upper() + np[1:] if np else None


# a subject that is a name, with its title or description ("Democratic front-runner Ana Lima")
_NAMED = re.compile(r"(?:(?:[A-Z][\w’'.-]*|[a-z][\w-]*)\s){0,4}[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*")
_SUB_PARTICIPLE = re.compile(r"(?<![\w’'-])(?:after|before|since|upon|while|when)\s(?P<ing>[a-z]+ing(?:\sdown)?)\s")


def subordinate_participle(line: str, at: int, phrase: str) -> str | None:
    """A date inside a participle clause after "after"/"since"/...: "X has avoided
    extradition since seeking refuge at the embassy in 2012" -> "X sought refuge at the
    embassy" (the subject is the main clause's, a name)."""
    if not phrase or line[at:at + len(phrase)] != phrase:
        return None
    found = None
    for m in _SUB_PARTICIPLE.finditer(line, 0, at):
        found = m
    if found is None or re.search(r"[,;:()“”\"]|\s[–—]\s", line[found.end():at]):
        return None
    past = PARTICIPLE_PAST.get(found.group("ing"))
    left = re.sub(r",\s(?:who|which)\b[^,;]{1,120},", "", line[:found.start()])
    if re.search(r"[,;:]\s[^,;:]*$", left):
        return None                     # "Victory is vital, he said after meeting": whose clause?
    subject = _subject(left.strip())
    if past is None or not subject or not _NAMED.fullmatch(subject) or re.search(
            r"(?i)(?<![\w’'])(?:why|how|what|that|that’s|it’s|there|here|he|she|they|it|we|i)(?![\w’'])", subject) \
            or re.search(r"(?<![\w’'])(?:will|would|could|might|may|should|must)(?![\w’'])", line):
        return None                     # "after winning Ohio on Mar. 15, he would have to": not yet
    stop = re.search(r"[,;:()“”\"]|\s[–—]\s", line[at + len(phrase):])
    rest = line[found.end():at] + line[at + len(phrase):at + len(phrase) + (stop.start() if stop else len(line))]
    out = " ".join(f"{subject} {past} {rest}".split()).rstrip(" .")
    return out if 4 <= _words(out) <= MAX_WORDS else None
