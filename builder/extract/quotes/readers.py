"""The cue readers, registered in the order they are tried at each token (see ``cues.py``).

| kind      | cue                                   | subject                      | content                     |
|-----------|---------------------------------------|------------------------------|-----------------------------|
| according | "according to X"                      | X (after)                    | the sentence before, or after |
| quoted    | "X was quoted (by Y) as saying"       | X; Y is the outlet           | after, or before            |
| quotes    | "“...,” the paper quotes X"            | X; the paper is the outlet    | before                      |
| remark    | "X made the remarks"                  | X (before)                   | none (the quotes around)     |
| phrasal   | "pointed out", "went on"              | before, or inverted after    | after, around, or before    |
| question  | "Asked whether ..." (questions.py)     | "by X", else unnamed         | the question                |
| label, dash | "Jane Doe: “...”", "“...” — Jane Doe" (labels.py) | the name           | the quotation               |
| verb      | a speech verb: said, told, wrote ...  | before, or inverted after    | after, around, or before    |
| colon     | "X reacted: “...”" (colon.py)          | the clause's subject, a person | the quotation after it     |
"""
from __future__ import annotations

from ...rules import attribution as A
from ...rules import speech as R
from ...rules import speech_verbs as V
from . import mentions as M
from . import names as N
from . import clauses as C
from . import spans as S
from . import content_spans as CS
from . import subjects as SUB
from . import asides as AS
from . import verb_subjects as VS
from . import reports as RP
from .cues import Cue, Reader, Sentence, register
from . import according  # noqa: F401  (registers the 'according to' reader, tried first)


# ---- X was quoted (by Y) as saying ---------------------------------------------------------

def _match_quoted(s: Sentence, i: int):
    low = s.word(i)
    if low not in ("quoted", "quotes", "quoting"):
        return None
    n = len(s.toks)
    for m in range(i + 1, min(n - 1, i + 12)):
        if s.toks[m].low == "as" and s.toks[m + 1].low in A.QUOTED_AS_VERBS:
            return Cue("quoted ... as saying", "quoted", i, m + 2)
    return None


def _subject_quoted(s: Sentence, cue: Cue) -> None:
    stoks, hi = s.toks, s.hi
    m = cue.vj - 2
    inner = stoks[cue.vi + 1:m]
    by = [x for x, t in enumerate(inner) if t.low == "by"]
    left0, left1 = S.left_np(stoks, cue.vi, s.lo)
    if cue.vi > 0 and stoks[cue.vi - 1].low in R.PASSIVE_AUX:
        # "Zhou was quoted by Norpress as saying", "... as saying by Norpress"
        left0, left1 = S.left_np(stoks, cue.vi - 1, s.lo)
        cue.subj = s.classify(left0, left1)
        cue.s0, cue.s1 = left0, left1
        if by:
            cue.outlet = M.classify_np(s.text, inner[by[0] + 1:], s.known_orgs)
        elif cue.vj < hi and stoks[cue.vj].low == "by":
            e = cue.vj + 1
            while e < hi and e - cue.vj < 10 and stoks[e].kind == "w":
                e += 1
            cue.outlet = s.classify(cue.vj + 1, e)
            cue.vj = e
    else:
        cue.subj = M.classify_np(s.text, inner, s.known_orgs)
        cue.s0, cue.s1 = cue.vi + 1, m
        cue.outlet = s.classify(left0, left1)
        cue.left_subject = True
        cue.s0 = left0 if left1 > left0 else cue.s0
    cue.valid = cue.subj.kind in ("name", "pronoun", "description", "org")
    if cue.valid:
        s.lo = cue.vj


def _content_quoted(s: Sentence, cue: Cue, cues: list[Cue]):
    found = CS.right_content(s, cue)
    right = found[0] if found is not None else None
    if right is not None and cue.vj < len(s.toks) \
            and s.toks[min(cue.vj, len(s.toks) - 1)].text == "." \
            and s.toks[min(cue.vj, len(s.toks) - 1)].kind == "p":
        right = None
    return _right_or_left(s, cue, cues, right)


register(Reader("quoted", _match_quoted, _subject_quoted, _content_quoted))


# ---- “...,” the paper quotes X -------------------------------------------------------------

def _match_quotes(s: Sentence, i: int):
    low = s.word(i)
    if low not in ("quoted", "quotes", "quoting"):
        return None
    plow = s.word(i - 1)
    if plow not in R.PASSIVE_AUX and plow not in N.DETERMINERS:
        return Cue(low, "quotes", i, i + 1)
    return 1


def _subject_quotes(s: Sentence, cue: Cue) -> None:
    stoks, hi = s.toks, s.hi
    b = cue.vj
    while b < hi and b - cue.vj < 14 and not (
            stoks[b].kind == "q" or (stoks[b].kind == "p" and stoks[b].text in ",;:()")):
        b += 1
    left0, left1 = S.left_np(stoks, cue.vi, s.lo)
    cue.subj = s.classify(cue.vj, b)
    cue.outlet = s.classify(left0, left1)
    cue.s0, cue.s1 = (left0, left1) if left1 > left0 else (cue.vi, cue.vi)
    cue.valid = cue.subj.kind in ("name", "description", "org", "pronoun") \
        and cue.outlet.kind in ("org", "name", "description")
    if cue.valid:
        s.lo = b


def _content_quotes(s: Sentence, cue: Cue, cues: list[Cue]):
    return CS.left_content(s, cue)


register(Reader("quotes", _match_quotes, _subject_quotes, _content_quotes))


# ---- X made the remarks --------------------------------------------------------------------

def _match_remark(s: Sentence, i: int):
    if s.word(i) in ("made", "makes", "make") and s.word(i + 1) in A.REMARK_DETERMINERS \
            and i + 2 < len(s.toks) and s.toks[i + 2].low in R.REMARK_NOUNS:
        return Cue("made the remark", "remark", i, i + 3)
    return None


def _no_content(s: Sentence, cue: Cue, cues: list[Cue]):
    return None


# ---- speech verbs ------------------------------------------------------------------------------

def _verb_cue(s: Sentence, i: int, j: int, form: str):
    """A speech verb of ``j - i`` words at ``i``, unless the words around show it is
    not used as one ("was told", "the said agreement", "to say")."""
    lemma, cls = V.VERB_FORMS[form]
    t = s.toks[i]
    prev = s.toks[i - 1] if i > 0 else None
    plow = s.word(i - 1)
    skip = (plow in R.PASSIVE_AUX or plow in A.NO_VERB_AFTER
            or (plow in N.DETERMINERS and not (plow in A.QUANTITY_WORDS
                                                and lemma in V.SAY_LEMMAS)   # "another says"
                and not _document_that(s, i, lemma, form))
            or (t.is_cap and prev is not None and prev.kind == "w")
            or (prev is not None and prev.kind == "w" and N.strip_possessive(prev.text)[1])
            or (form == "said" and s.word(i + 1) == "to" and not CS.to_listener(s.toks, i + 2))
            or (form == "said" and plow == "that" and i == 1)
            or _degree_adjective(s, i))
    if plow == "to" and form == lemma and cls == "report" and j + 1 < len(s.toks) \
            and s.word(i - 2) not in A.REFUSALS \
            and s.toks[j].text in ",:" and s.toks[j + 1].kind == "q":
        # "Doe went so far as to say: “...”", "Doe was prompted to say, “...”": the
        # clause's subject says the quotation (read as the colon reader reads it)
        return Cue(":", "colon", j, j + 1)
    if skip or (form == lemma and form not in V.IRREGULAR_PASTS
                and not _base_form_verb(s, i, j)):   # "as Jane Doe put it" is past
        return j - i
    return Cue(form, "verb", i, j, lemma=lemma, cls=cls)


def _document_that(s: Sentence, i: int, lemma: str, form: str) -> bool:
    """"a blog post that said ...": "that" is the relative word of the document before it,
    no determiner of the verb."""
    return s.word(i - 1) == "that" and lemma in V.SAY_LEMMAS and form != lemma \
        and s.word(i - 2) in R.DOCUMENT_WORDS


def _degree_adjective(s: Sentence, i: int) -> bool:
    """"one of the most elaborate", "a more guarded": a form after a degree word that
    follows a determiner is an adjective, no verb ("Most say" is a subject)."""
    return s.word(i - 1) in ("most", "more", "less", "least") \
        and (s.word(i - 2) in N.DETERMINERS or s.word(i - 2) in ("much", "far", "even"))


def _base_form_verb(s: Sentence, i: int, j: int) -> bool:
    """A base form ("say", "report", "tweet") is a verb after a plural or a pronoun
    subject or an auxiliary ("analysts say", "they report", "will tell"), not after a
    name or before another verb ("the Gazette report said")."""
    if s.word(j) in V.VERB_FORMS:
        return False
    prev = s.toks[i - 1] if i > 0 else None
    if prev is not None and prev.text == "%":
        return _said_by_group(s, i)     # "42% say"
    if prev is None or prev.kind != "w":
        # "“...,” say analysts", "Prices, say analysts, will rise"; not "federal, state
        # and local"
        return prev is not None and (prev.kind == "q" or prev.text in ",—–") \
            and s.word(j) not in ("and", "or", "") and j < len(s.toks)
    low = prev.low
    if low in R.PRONOUNS or low in R.SPEAKER_VERB_FILLERS or low in A.BASE_FORM_LEADS \
            or low in R.COLLECTIVE_PLURALS:
        return True     # "they say", "Police say", "staff say"
    if prev.is_cap and any(t.low == "and" and x > 0 and s.toks[x - 1].is_cap
                           for x, t in enumerate(s.toks[max(0, i - 5):i], max(0, i - 5))):
        return True     # "Professors Foner and Alba suggest ...": two named people
    # a plural subject, maybe with a phrase after it: "Executives across the world say"
    for t in reversed(s.toks[max(0, i - 6):i]):
        if t.kind != "w" or t.low in R.SUBJECT_BOUNDARY_WORDS:
            break
        if t.low in R.GROUP_WORDS or t.low in R.PERSON_PLURALS or (
                not t.is_cap and t.low.endswith("s") and not t.low.endswith(("ss", "'s", "’s",
                                                                              "us", "is"))):
            return True
    return _said_by_group(s, i)


def _said_by_group(s: Sentence, i: int) -> bool:
    """"say" after a share of people or an unnamed group: "a third say", "42% say",
    "those surveyed say", "those over 60 say" (not "have a say", "let's say")."""
    if V.VERB_FORMS.get(s.word(i), ("", ""))[0] not in V.SAY_LEMMAS:
        return False
    k, j = S.left_np(s.toks, i, 0)
    return j > k and (VS.quantity_subject(s, k, j).kind == "group"
                      or SUB.plural_subject(s, k, j).kind == "group")


def _match_phrasal(s: Sentence, i: int):
    low, nxt = s.word(i), s.word(i + 1)
    if nxt and nxt in V.PHRASAL_FIRST.get(low, ()):
        if V.VERB_FORMS[f"{low} {nxt}"][0] == "go on" and s.word(i + 2) == "to" \
                and _continued_verb(s, i, 2) is not None:
            return _continued_verb(s, i, 2)     # "went on to say that ..."
        return _verb_cue(s, i, i + 2, f"{low} {nxt}")
    return None


def _match_verb(s: Sentence, i: int):
    low = s.word(i)
    if low in V.PERFECT_PARTICIPLES and s.word(i - 1) in ("has", "have", "had") \
            and s.word(i + 1) not in ("off", "down", "up", "out"):    # not "has written off"
        lemma = V.PERFECT_PARTICIPLES[low]     # "“...,” Doe has written."
        return Cue(low, "verb", i, i + 1, lemma=lemma, cls=V.VERB_FORMS[lemma][1])
    if low not in V.VERB_FORMS or low.endswith("ing"):
        return None
    lemma = V.VERB_FORMS[low][0]
    if lemma == "continue" and s.word(i + 1) == "to" and _continued_verb(s, i, 1) is not None:
        return _continued_verb(s, i, 1)
    if lemma in V.NOUNISH and not low.endswith("ed") and low not in V.IRREGULAR_PASTS \
            and (not _opens_speech(s, i + 1) or _counted(s, i - 1) or _relative_that(s, i + 1)):
        return 1    # "office emails from 2011", "the reports", "four states that": nouns
    return _verb_cue(s, i, i + 1, low)


def _continued_verb(s: Sentence, i: int, n: int):
    """"Doe continued to insist that ...", "went on to say that ...": the speech verb
    after "continue to" or "go on to" (``n`` words before "to") is the cue, with the
    subject of "continue" (a report verb only: "continued to express doubts" is no
    statement); else None."""
    form = s.word(i + n + 1)
    lemma, cls = V.VERB_FORMS.get(form, ("", ""))
    if form != lemma or cls != "report" or lemma in ("continue", "go on"):
        return None
    lead = " ".join(s.word(k) for k in range(i, i + n))
    return Cue(f"{lead} to {form}", "verb", i, i + n + 2, lemma=lemma, cls=cls)


def _counted(s: Sentence, k: int) -> bool:
    """A number or a quantifier before a plural form counts it: a noun ("four states that
    voted", "both states", "several posts that")."""
    w = s.word(k)
    return bool(w) and s.word(k + 1).endswith("s") and (
        w.isdigit() or w in A.NUMBER_WORDS or w in A.QUANTITY_WORDS
        or w in ("these", "those", "other", "such", "which", "what", "whose"))


def _relative_that(s: Sentence, k: int) -> bool:
    """"that" opening a relative clause after a noun-like form: a finite verb right after
    it ("Southern states that will vote", "the claims that have circulated"), where a
    complementiser would have its clause's subject first ("states that the levy ...").
    After a pronoun or a person's name the form is the verb ("Jane Marsh notes that was
    a mistake": "that" is the subject)."""
    if s.word(k) != "that":
        return False
    a, b = S.left_np(s.toks, k - 1, 0)
    subj = s.classify(a, b) if b > a else None
    if subj is not None and (subj.kind == "pronoun" or subj.kind == "name" and (
            subj.gender or subj.honorific or subj.role)):
        return False
    nxt = s.word(k + 1).replace("’", "'")
    return nxt in A.FINITE_WORDS or nxt in A.IRREGULAR_PAST or nxt.endswith("n't") \
        or (nxt.endswith("ed") and len(nxt) > 4)


def _opens_speech(s: Sentence, k: int) -> bool:
    """What follows a noun-like verb form shows it is a verb: "that", a colon, a
    quotation, a comma, or a pronoun subject ("notes that", "tweets: “...”")."""
    if k >= len(s.toks):
        return True
    t = s.toks[k]
    return t.kind == "q" or t.text in (":", ",", ".") or t.low in ("that", "he", "she", "it",
                                                                    "they", "we", "i") \
        or t.low in OBJECT_PRONOUNS     # "calls himself a reformer", "thanks them"


# object pronouns that show the form before them is a verb ("her" may be a possessive:
# "the calls her campaign made")
OBJECT_PRONOUNS = {"him", "them", "himself", "herself", "themselves", "me", "us"}

MODALS = {"should", "would", "will", "could", "can", "may", "might", "must", "shall"}


def _subject_verb(s: Sentence, cue: Cue) -> None:
    stoks = s.toks
    vi = cue.vi
    while vi > max(s.lo, cue.vi - 4) + 1 and stoks[vi - 1].kind == "w" \
            and not stoks[vi - 1].is_cap and (N.adverb(stoks[vi - 1].low)
                                               or stoks[vi - 1].low in A.VERB_ADVERBS):
        vi -= 1         # "Jane Doe jokingly said", "Democrats have long argued"
    if vi < cue.vi and s.word(vi - 1) in A.NO_VERB_AFTER | R.PASSIVE_AUX | MODALS:
        vi = cue.vi     # "should formally declare": no speech act of a subject
    vi = VS.before_time_adjunct(s, vi)
    k, j = S.left_np(stoks, vi, s.lo)
    if cue.verb.endswith("ing") and s.word(k) == "with" and j > k + 1:
        k += 1          # ", with 61 percent saying ...": the share after "with"
    if j == k and vi < cue.vi and stoks[vi].low in ("both", "all", "each"):
        k, j = S.left_np(stoks, cue.vi, s.lo)    # "And both vowed": "both" is the subject
    subj = s.classify(k, j) if j > k else M.Mention("none")
    if subj.kind == "name" and j == k + 1 and "-" in stoks[k].low \
            and VS.quantity_subject(s, k, j).kind == "group":
        subj = VS.quantity_subject(s, k, j)    # "Two-thirds say": a share, no name
    if subj.kind == "none" and j > k:
        subj = SUB.plural_subject(s, k, j)     # "people familiar with the talks say"
    if subj.kind == "none" and j > k:
        subj = _possessed_group(s, k, j)       # "Mrs. Okafor's confidants say"
    if subj.kind == "none" and j - 1 > k and stoks[j - 1].low in ("he", "she") \
            and cue.lemma in V.SAY_LEMMAS and s.word(j - 2) not in V.VERB_FORMS \
            and s.word(j - 2) not in V.PARTICIPLES and s.word(j - 2) != "that":
        # "so fired up about the deal he said she should call": the pronoun (not "the
        # story he wrote ...", an object; not "saying he had told ...", another's report)
        k = j - 1
        subj = s.classify(k, j)
    if subj.kind == "none" and j > k and cue.cls in ("report", "thought") \
            and not (cue.lemma in V.NOUNISH and not cue.verb.endswith("ed")):
        subj = VS.quantity_subject(s, k, j)    # "61 percent say", "about half said"
    cue.s0, cue.s1 = k, j
    if subj.kind == "none" and k >= 2 and s.toks[k - 1].low in ("who", "that") \
            and s.toks[k - 2].kind == "w":
        # "Republicans who say ...", "people who have battled fraud say ..."
        subj = SUB.antecedent_subject(s, cue, k - 1)
    if subj.kind == "none" and k >= 2 and s.toks[k - 1].low in ("that", "which"):
        subj = SUB.document_antecedent(s, cue, k - 1)   # "a post that said ..."
    if subj.kind == "none" and j > k:
        subj = _relative_clause_subject(s, cue, k) or subj
    if subj.kind == "none" and j == k and k > 0:
        subj = VS.subject_not_before(s, cue, k)
    elif subj.kind == "none" and j == k and k == 0 and cue.kind == "verb":
        subj = S.inverted_subject(s, cue)
        if subj.kind != "none" and not cue.left_subject and s.word(cue.s0) in N.PREPOSITIONS:
            subj = M.Mention("none")    # "Asked about the plan by ...": no speaker after it
    cue.subj = subj
    if subj.kind == "pronoun" and subj.pronoun in ("i", "we"):
        subj.kind = "none"
    cue.valid = subj.kind != "none" and not (cue.cls == "act" and subj.kind == "group")
    if cue.valid:
        s.lo = cue.vj


def _possessed_group(s: Sentence, k: int, j: int) -> M.Mention:
    """"Mrs. Okafor's confidants", "Roe’s close friends and allies": someone's people,
    a plural after a possessive name, an unnamed group with no speaker."""
    toks = s.toks
    p = next((m for m in range(j - 2, k - 1, -1) if toks[m].kind == "w"
              and N.strip_possessive(toks[m].text)[1]), None)
    if p is None or not toks[p].is_cap:
        return M.Mention("none")
    words = toks[p + 1:j]
    if not words or len(words) > 5 or any(t.kind != "w" or t.is_cap for t in words) \
            or any(t.low in M._CLAUSE_VERBS for t in words):
        return M.Mention("none")
    nouns = [t.low for t in words if t.low not in ("and", "or")]
    head = nouns[-1]
    if not (head in R.PERSON_PLURALS or head in R.GROUP_WORDS) or head in R.DOCUMENT_WORDS:
        return M.Mention("none")     # "Smith's aides", not "Smith's emails"
    text = s.text[toks[k].start:toks[j - 1].end]
    return M.Mention("group", text, toks[k].start, toks[j - 1].end, head=head)


RELATIVE_REACH = 25     # words of a relative clause between its noun and the verb


def _relative_clause_subject(s: Sentence, cue: Cue, k: int) -> M.Mention | None:
    """"The judges who ruled against the law said ...", "a young woman who had been an
    exchange student asked ...": the words before the verb are a relative clause (no
    comma) whose noun phrase, before "who" or "whose", is the subject."""
    rel = k - 1
    while rel > s.lo and k - rel < RELATIVE_REACH and s.toks[rel].kind == "w" \
            and s.toks[rel].low not in ("who", "whose"):
        rel -= 1        # "The judges who ruled that the law ... said": past its "that"
    if rel <= s.lo or s.toks[rel].kind != "w" or s.toks[rel].low not in ("who", "whose"):
        return None
    a, b = S.antecedent_np(s.toks, rel)
    a = max(a, s.lo)
    if b <= a or (a > 0 and s.toks[a - 1].text == ","):
        return None     # "Doe, a banker who has argued ...": an appositive, another's
    m = s.classify(a, b)
    if m.kind == "none":
        m = SUB.plural_subject(s, a, b)    # "some voters who have listened ..."
    if m.kind not in ("name", "org", "description", "group"):
        return None
    cue.s0, cue.s1 = a, b
    return m


def _content_verb(s: Sentence, cue: Cue, cues: list[Cue]):
    """After the verb, what it reports (``cue.reports``) or only the words around the
    quotations it attributes; else the sentence around it or before it."""
    found = CS.right_content(s, cue) or AS.quote_after_adjunct(s, cue)
    if found is not None and found[1] == "quote" and RP.titled_work(s, cue, found[0][0]):
        found = None    # "..., Doe said in his book, “An American Son.”": the work's title
    if found is None and cue.lemma in V.OBJECT_LEMMAS and cue.left_subject \
            and C.after_sentence_part(s.toks, cue):
        found = RP.after_listener(s, (cue.vj, s.hi))     # "told a town hall in X, Y that"
        found = found if found[1] == "that" else None
    if found is None and cue.lemma in V.QUESTION_VERBS:
        found = RP.question_after_listener(s, cue)  # "asked the U.S. attorney in D.C. whether"
    if found is None and "to" in V.ACT_COMPLEMENTS.get(cue.lemma, ()):
        alt = CS.right_content(s, cue, skip_told=False)     # "asked her to call X"
        found = alt if alt is not None and _complement(s, cue, alt[0], strict=True) else None
    if found is None and cue.left_subject and cue.cls == "report" \
            and cue.lemma not in V.QUOTE_ONLY:
        found = C.after_adjuncts(s, cue)                # "said on NBC's ''Meet the Press''
    if found is not None and not cue.left_subject and s.word(found[0][0]) in A.CLAUSE_BREAKS:
        found = None    # "said a Mexican official who was not authorized ...": the speaker's
    if found is not None and cue.lemma in V.QUOTE_ONLY and found[1] not in ("quote", "colon"):
        found = None    # "prices continued to rise"
    if found is not None and found[1] == "bare" and s.word(found[0][0] - 1) in RP.SETTING_WORDS \
            and found[0][0] - 1 > cue.vj and CS.left_content(s, cue) is not None:
        found = None    # "..., Doe told his aides as he labored over ...": the speech before
    if found is not None:
        span, how = found
        if how == "bare" and cue.lemma in V.OBJECT_LEMMAS and span[0] == cue.vj:
            span, how = RP.after_listener(s, span)
        if C.rest_of_listener(s, cue, span) and (how == "bare" or (
                how == "that" and not CS.looks_like_clause(s.toks, span[0], span[1]))):
            return _right_or_left(s, cue, cues, None)
        if how == "quote" and cue.joined:
            # "..., called Marsh a “traitor” and said, “...,” the office said": the
            # joined verb attributes its quotation, not the words after it
            q = span[0] if s.toks[span[0]].kind == "q" else span[0] + 1
            span = (q, q + 1)
        cue.reports = RP.reports(s, cue, span, how)
        if not cue.reports and cue.lemma in V.ACT_COMPLEMENTS:
            alt = CS.right_content(s, cue, skip_told=False)
            if alt is not None and _complement(s, cue, alt[0]):
                span, cue.reports = alt[0], True
        return _right_or_left(s, cue, cues, span)
    right = None if cue.appos else (CS.parenthetical_content(s, cue) or C.as_content(s, cue))
    cue.reports = True
    return _right_or_left(s, cue, cues, right)


def _complement(s: Sentence, cue: Cue, span: tuple[int, int], strict: bool = False) -> bool:
    """"accused China of ...", "urged voters to ...", "described it as ...": the
    speech act's complement follows its object (or, for "called for", is its object).
    ``strict``: the object is a plain noun phrase, no other preposition before the
    complement ("advising the firm on its sale to X" is not advice to do anything)."""
    words = V.ACT_COMPLEMENTS[cue.lemma]
    if not words:
        return True
    for m in range(span[0], min(span[1], span[0] + 12)):
        t = s.toks[m]
        if t.kind == "p" and t.text in ",;:":
            return False
        if strict and t.kind == "w" and t.low in N.PREPOSITIONS and t.low not in words:
            return False
        if t.kind == "w" and t.low in words and m > span[0]:
            return True
    return False


def _right_or_left(s: Sentence, cue: Cue, cues: list[Cue], right) -> tuple[int, int] | None:
    if right is not None:
        right = C.right_content(s, cue, cues, right)
        if right is not None and right[0] < cue.vi and right[1] <= max(cue.vj, cue.s1):
            # "Instead, she said, her boss told her ...": cut at the next speaker, what
            # is left of the sentence around the cue is only what stood before it
            start = cue.s0 if cue.left_subject else cue.vi
            right = CS.trim_content(s.toks, right[0], start)
            right = right if right[1] > right[0] else None
            if right is None:
                return None
        if right is not None and right[0] < cue.vi and C.opening_clause(s, cue, right):
            return None     # a parenthetical's words back to "Asked about ...,"
        if right is not None:
            return right
    left = CS.left_content(s, cue) if CS.ends_clause(s, cue) else None
    return None if left is not None and C.opening_clause(s, cue, left) else left


def _match_participle(s: Sentence, i: int):
    low, j = s.word(i), i + 1
    if low and f"{low} {s.word(i + 1)}" in V.PARTICIPLES:
        low, j = f"{low} {s.word(i + 1)}", i + 2      # "calling for", "pointing out"
    if low not in V.PARTICIPLES:
        return None
    lemma, cls = V.PARTICIPLES[low]
    if lemma == "continue" and s.word(j) == "to":
        inner = _continued_verb(s, i, j - i)    # ", continuing to insist that ..."
        if inner is not None:
            low, j, lemma, cls = inner.verb, inner.vj, inner.lemma, inner.cls
    prev = s.toks[i - 1] if i > 0 else None
    if prev is not None and prev.kind == "w" and prev.low in A.BE_FORMS:
        # "Petrov is saying that ...": a speech verb with its subject before "is"
        if j == i + 2 and lemma in V.CLAUSE_WITH_THAT:
            return None     # "was weighing in": no clause of its own
        return Cue(low, "verb", i - 1, j, lemma=lemma, cls=cls)
    if lemma in V.SAY_LEMMAS and _with_absolute(s, i):
        # ", with 47 percent saying they ...": the words between "with" and the
        # participle are its subject
        return Cue(low, "verb", i, j, lemma=lemma, cls=cls)
    if prev is None or not (prev.text in (",", "—", "–", ";", ":")
                            or (prev.kind == "w" and prev.low in A.PARTICIPLE_LEADS)
                            or (prev.kind == "q" and prev.text.rstrip("”\"’' ").endswith(","))):
        return None     # 'told “Fox and Friends,” reminding ...': the comma inside the marks
    return Cue(low, "participle", i, j, lemma=lemma, cls=cls)


def _with_absolute(s: Sentence, i: int) -> bool:
    """", with three in 10 saying ...", ", with many voters saying ...": an absolute
    phrase after a comma, "with" and a share of people or a plural group before the
    participle at ``i`` (not "with a sign saying ...", a document's words)."""
    k, j = S.left_np(s.toks, i, 0)
    if s.word(k) == "with":
        k += 1
    if j != i or k < 2 or s.word(k - 1) != "with" or s.toks[k - 2].text not in (",", "—", "–"):
        return False
    return VS.quantity_subject(s, k, j).kind == "group" \
        or SUB.plural_subject(s, k, j).kind == "group"


def _subject_participle(s: Sentence, cue: Cue) -> None:
    """The subject of the clause the participle hangs from: the speaker of the cue
    before it in the sentence ("“...,” he said, adding ..."), else the sentence's
    subject ("Petrov spoke for an hour, saying ...")."""
    cue.left_subject = False
    if s.last is not None and s.last.subj is not None and s.last.vi < cue.vi:
        cue.lead, cue.subj, cue.valid = s.last, s.last.subj, True
        cue.s0 = cue.s1 = cue.vi
        return
    found = S.clause_subject(s, cue.vi) or AS.name_then_parenthesis(s, cue.vi)
    if found is None:
        # "The departments declined ..., saying", "Other Republicans echoed ..., saying"
        found = SUB.nearest_subject(s, cue.vi - 1)
    a, b, m = found
    cue.s0, cue.s1, cue.subj = a, b, m
    cue.valid = m.kind in ("name", "pronoun", "description", "org", "group")


def _content_participle(s: Sentence, cue: Cue, cues: list[Cue]):
    found = CS.right_content(s, cue)
    if found is None and "to" in V.ACT_COMPLEMENTS.get(cue.lemma, ()):
        alt = CS.right_content(s, cue, skip_told=False)     # ", asking him to share ..."
        found = alt if alt is not None and _complement(s, cue, alt[0], strict=True) else None
    if found is None and cue.cls == "report" and cue.lemma not in V.QUOTE_ONLY:
        found = C.after_adjuncts(s, cue)    # ", saying, for the first time, that ..."
    if found is None:
        return None
    span, how = found
    cue.reports = RP.reports(s, cue, span, how)
    if not cue.reports and cue.lemma in V.ACT_COMPLEMENTS:
        # ", urging voters to ...", ", calling for a ban": the act's complement
        alt = CS.right_content(s, cue, skip_told=False)
        if alt is not None and _complement(s, cue, alt[0], strict=True):
            span, cue.reports = alt[0], True
    return CS.trim_content(s.toks, *CS.clip(span, s.toks, cue, cues))


register(Reader("participle", _match_participle, _subject_participle, _content_participle))
register(Reader("remark", _match_remark, _subject_verb, _no_content))
register(Reader("phrasal", _match_phrasal, _subject_verb, _content_verb))
def _content_verb_or_absolute(s: Sentence, cue: Cue, cues: list[Cue]):
    """A verb's content; an absolute phrase's (", with 22 percent saying they ...,
    another candidate at 20 percent") ends at its first comma."""
    span = _content_verb(s, cue, cues)
    if span is not None and cue.verb.endswith("ing") and s.word(cue.s0 - 1) == "with":
        cut = next((m for m in range(span[0] + 1, span[1]) if s.toks[m].text == ","), None)
        span = (span[0], cut) if cut is not None else span
    return span


register(Reader("verb", _match_verb, _subject_verb, _content_verb_or_absolute))

from . import labels  # noqa: E402,F401  (the label and dash readers, before "remark")
from . import colon  # noqa: E402,F401  (registers the colon reader, tried last)
