"""Speech verbs by what they can introduce (data for ``builder/extract/quotes/``).

General knowledge of English news writing; each verb is listed once as a lemma (with its
irregular forms where it has them) and its forms are generated. Classes:

* ``REPORT``: report words and may introduce a clause of reported speech
  ("X said the plan would fail", "X testified that ..."), or attribute a quotation;
* ``MANNER``: say something in a manner ("shouted", "scoffed", "shot back"); attribute
  a quotation, and a clause only after "that" or a colon;
* ``ACT``: speech acts about someone or something ("praised", "accused", "urged"):
  attribute a quoted fragment in their sentence; they report speech only with their
  complement ("accused X of ...", "urged X to ...", "described X as ...") or a that-clause,
  never a bare topic ("criticized the plan" reports no words);
* ``BELIEF``: thinking, not saying ("believes", "hopes", "expects"): never a cue.

A verb in ``CLAUSE_WITH_THAT`` reports a clause only after "that", a colon or a quotation
("maintained that ..." is speech, "maintained a polling lead" is not).
"""
from __future__ import annotations

# lemma: irregular forms (third person, past) when not regular
_IRREGULAR = {
    "say": ("says", "said", "saying"), "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing"), "shoot back": ("shoots back", "shot back",
                                                            "shooting back"),
    "fire back": ("fires back", "fired back", "firing back"),
    "hit back": ("hits back", "hit back", "hitting back"),
    "put it": ("puts it", "put it", "putting it"), "read": ("reads", "read", "reading"),
    "go on": ("goes on", "went on", "going on"), "speak": ("speaks", "spoke", "speaking"),
    "cry": ("cries", "cried", "crying"), "reply": ("replies", "replied", "replying"),
    "deny": ("denies", "denied", "denying"), "testify": ("testifies", "testified",
                                                         "testifying"),
    "tweet": ("tweets", "tweeted", "tweeting"), "post": ("posts", "posted", "posting"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "quip": ("quips", "quipped", "quipping"), "snap": ("snaps", "snapped", "snapping"),
    "admit": ("admits", "admitted", "admitting"), "chide": ("chides", "chided", "chiding"),
    "rip": ("rips", "ripped", "ripping"), "slam": ("slams", "slammed", "slamming"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "plead": ("pleads", "pleaded", "pleading"), "beg": ("begs", "begged", "begging"),
    "concur": ("concurs", "concurred", "concurring"), "rebut": ("rebuts", "rebutted",
                                                               "rebutting"),
    "chime in": ("chimes in", "chimed in", "chiming in"),
    "pipe up": ("pipes up", "piped up", "piping up"),
    "point out": ("points out", "pointed out", "pointing out"),
    "spell out": ("spells out", "spelled out", "spelling out"),
    "weigh in": ("weighs in", "weighed in", "weighing in"),
    "call for": ("calls for", "called for", "calling for"),
    "call on": ("calls on", "called on", "calling on"),
    "speak of": ("speaks of", "spoke of", "speaking of"),
    "speak about": ("speaks about", "spoke about", "speaking about"),
    "rule out": ("rules out", "ruled out", "ruling out"),
    "sing": ("sings", "sang", "singing"), "swear": ("swears", "swore", "swearing"),
    "thunder": ("thunders", "thundered", "thundering"), "text": ("texts", "texted",
                                                                  "texting"),
    "refer": ("refers", "referred", "referring"),
    "signal": ("signals", "signaled", "signaling", "signalled", "signalling"),
    "label": ("labels", "labeled", "labeling", "labelled", "labelling"),
}

REPORT_LEMMAS = [
    "say", "tell", "add", "write", "tweet", "post", "state", "note", "explain", "argue",
    "claim", "insist", "warn", "predict", "acknowledge", "admit", "concede", "confirm",
    "reply", "respond", "answer", "recall", "recount", "testify", "stress", "emphasize",
    "emphasise", "contend", "assert", "allege", "suggest", "complain", "boast", "brag",
    "promise", "vow", "pledge", "declare", "announce", "reveal", "disclose", "report",
    "observe", "remark", "comment", "caution", "reiterate", "repeat", "counter", "retort",
    "speculate", "joke", "quip", "concur", "inform", "assure", "remind", "email", "text",
    "wonder", "ask", "inquire", "point out", "go on", "continue", "agree", "charge",
    "confess", "estimate", "forecast", "project", "hint", "indicate", "signal", "maintain",
    "proclaim", "announce", "lament", "muse", "marvel", "grumble", "gripe", "protest",
    "object", "reason", "surmise", "theorize", "posit", "opine", "spell out", "weigh in",
    "chime in", "put it", "deny", "rebut", "dispute", "reply", "recite", "acknowledge",
    "concede", "underline", "underscore", "highlight", "clarify", "elaborate", "swear",
    "attest", "guarantee", "question", "demand", "rule out", "ask", "reaffirm", "conclude",
    "restate", "accept", "affirm", "vouch", "volunteer",
]

MANNER_LEMMAS = [
    "shout", "yell", "scream", "chant", "cry", "bark", "snap", "scoff", "sneer", "exclaim",
    "interject", "interrupt", "whisper", "mutter", "laugh", "sigh", "gush", "rave", "fume",
    "thunder", "boom", "beam", "shoot back", "fire back", "hit back", "pipe up", "read",
    "sing", "tease", "taunt", "deadpan", "snort", "huff", "growl", "roar", "holler",
    "bellow", "shrug", "smile", "grin", "chuckle", "joke", "plead", "beg", "implore",
    "rant", "blurt", "stammer", "murmur", "sob", "wail", "howl", "jeer", "heckle", "blare",
    "proclaim", "cheer", "remember", "retaliate", "crack",
]

ACT_LEMMAS = [
    "praise", "hail", "call", "criticize", "criticise", "attack", "slam", "blast",
    "condemn", "welcome", "dismiss", "reject", "defend", "thank", "blame", "accuse",
    "urge", "label", "brand", "dub", "term", "describe", "characterize", "characterise",
    "tout", "laud", "mock", "deride", "challenge", "applaud", "congratulate",
    "denounce", "decry", "lambaste", "rip", "knock", "chide", "scold", "rebuke",
    "fault", "ridicule", "berate", "threaten", "request", "propose", "recommend", "call for",
    "call on", "speak of", "press", "implore", "exhort", "encourage", "advise", "caution",
    "portray", "commend", "salute", "express", "echo", "question",
    "cite", "mention", "discuss", "talk about", "speak about", "point to",
]
# ("refer to" is left out: "..., referring to X" is most often the writer naming whom a
# quotation meant, and "refers to her as “Chris”" a form of address, not a statement)

BELIEF_LEMMAS = [
    "believe", "think", "feel", "fear", "hope", "expect", "know", "suspect", "doubt",
    "worry", "assume", "consider", "reckon", "imagine", "presume", "trust", "wish", "want",
]

# Verbs that report a clause only with "that", a colon or a quotation after them: their
# bare words are mostly not speech ("maintained a polling lead", "agreed to talks",
# "indicated its support"). Other report verbs take bare words that read as a clause.
CLAUSE_WITH_THAT_LEMMAS = [
    "maintain", "agree", "continue", "go on", "indicate", "signal", "estimate", "forecast",
    "project", "rule out", "put it", "weigh in", "chime in", "spell out", "recite",
    "question", "demand", "protest", "object", "accept", "volunteer",
    "post",     # "posted a message on Twitter reading ...": the post, not a clause
] + MANNER_LEMMAS

# Questions: "asked whether ...", "wondered why ...": the clause is the reported question.
QUESTION_LEMMAS = ["ask", "wonder", "inquire", "question"]
QUESTION_WORDS = {"whether", "if", "why", "how", "what", "when", "where", "who", "which"}
# Verbs that report words with a bare question-word clause after them ("said why ...",
# "explained how ..."); others do not ("noted if respondents used ...": recorded).
QUESTION_CLAUSE_LEMMAS = {"say", "tell", "explain", "reveal", "disclose", "specify",
                          "clarify", "detail", "describe", "recount", "recall", "ask",
                          "wonder", "inquire", "question", "write", "answer", "reply"}

# A speech act reports speech through its complement: the words after its object
# ("accused China of ...", "urged voters to ...", "described the plan as ...").
ACT_COMPLEMENTS = {
    "accuse": {"of"}, "charge": {"with"}, "urge": {"to"}, "call on": {"to"},
    "press": {"to", "for"}, "implore": {"to"}, "exhort": {"to"}, "encourage": {"to"},
    "advise": {"to", "against"}, "ask": {"to"}, "warn": {"against", "of", "about", "to"},
    "caution": {"against", "about"}, "describe": {"as"}, "characterize": {"as"},
    "characterise": {"as"}, "portray": {"as"},
    "dismiss": {"as"}, "label": {"as"}, "brand": {"as"}, "hail": {"as"},
    "praise": {"as"}, "tout": {"as"}, "criticize": {"as"}, "criticise": {"as"},
    "condemn": {"as"}, "denounce": {"as"}, "reject": {"as"}, "blame": {"for"},
    "threaten": {"to"}, "call for": set(), "request": set(),
    "propose": set(), "recommend": set(), "demand": set(),
}


def _forms(lemma: str) -> tuple[str, ...]:
    """The base, third-person, past and -ing forms of a (regular) verb."""
    if lemma in _IRREGULAR:
        return (lemma,) + _IRREGULAR[lemma]
    if " " in lemma:
        head, rest = lemma.split(" ", 1)
        return tuple(f"{f} {rest}" for f in _forms(head))
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else (
        lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou"
        else lemma + "s")
    return lemma, third, past, ing


def _table(classes: list[tuple[str, list[str]]]) -> dict[str, tuple[str, str]]:
    """form -> (lemma, class); the first class listed for a form wins."""
    out: dict[str, tuple[str, str]] = {}
    for cls, lemmas in classes:
        for lemma in lemmas:
            for f in _forms(lemma):
                out.setdefault(f, (lemma, cls))
    return out


VERB_FORMS = _table([("report", REPORT_LEMMAS), ("manner", MANNER_LEMMAS),
                     ("act", ACT_LEMMAS)])
# past participles unlike the past ("Doe has written"), read only after "has", "have", "had"
PERFECT_PARTICIPLES = {"written": "write"}
BELIEF_FORMS = {f for lemma in BELIEF_LEMMAS for f in _forms(lemma)}
CLAUSE_WITH_THAT = set(CLAUSE_WITH_THAT_LEMMAS)
# of those, verbs that also report a bare clause with its own subject and verb ("most
# agreed they had no recourse"), never a bare object ("agreed the terms")
BARE_CLAUSE_AGREE = {"agree"}
QUESTION_VERBS = set(QUESTION_LEMMAS)

# speech acts whose participle names a topic (", criticizing the plan", "after praising X")
TOPIC_PARTICIPLES = {"criticize", "criticise", "attack", "blast", "slam", "praise", "defend",
                     "question", "mock", "denounce", "decry", "condemn", "cite", "mention",
                     "discuss", "speak about", "tout", "rip", "laud", "point to",
                     "reject", "dismiss", "welcome", "congratulate", "explain", "deny",
                     "call"}

# participles that continue a sentence with its subject's words (", saying ...")
# (also phrasal ones, "pointing out", and speech acts that report through a complement:
# "calling for ...", "urging X to ...", "accusing X of ...")
# (a proposal's bare object is a policy, not a statement: "by proposing a tax" is none)
# (a speech act's bare object after its participle is its topic: ", criticizing the plan")
PARTICIPLES = {f: v for f, v in VERB_FORMS.items()
               if f.split(" ")[0].endswith("ing")
               and (v[1] != "act" or ACT_COMPLEMENTS.get(v[0]) or v[0] == "call for"
                    or v[0] in TOPIC_PARTICIPLES)}

# first words of phrasal forms -> the second words ("shot" -> {"back"})
PHRASAL_FIRST: dict[str, set[str]] = {}
for _f in VERB_FORMS:
    if " " in _f:
        _a, _b = _f.split(" ", 1)
        PHRASAL_FIRST.setdefault(_a, set()).add(_b)

# Verbs that report a commitment with an infinitive ("promised to take action", "vowed
# to repeal the law", "threatened to sue"): the infinitive is what they said they would do.
TO_COMPLEMENT_LEMMAS = {"promise", "vow", "pledge", "threaten", "swear"}

# Verbs whose person addressed comes before the reported clause ("told Y that ...").
OBJECT_LEMMAS = {"tell", "ask", "assure", "inform", "remind", "email", "text", "promise",
                 "warn", "caution", "advise"}

# Verbs that attribute only a quotation or what follows a colon ("He continued: “...”"),
# never bare words ("prices continued to rise").
QUOTE_ONLY = {"continue", "go on"}

# Verbs whose bare object is nearly always reported speech ("said the plan was ...").
SAY_LEMMAS = {"say", "tell"}

# Verbs whose present forms are also common nouns ("office emails", "his tweets", "the
# report"): a verb only before "that", a colon, a quotation or a pronoun.
NOUNISH = {"email", "text", "post", "tweet", "note", "report", "comment", "answer",
           "claim", "state", "question", "demand", "promise", "pledge", "vow", "charge",
           "estimate", "forecast", "project", "signal", "reply", "remark", "protest",
           "object", "cheer", "chant", "read", "quip", "joke", "boast", "laugh", "smile",
           "grin", "sigh", "shout", "cry", "plea", "call", "attack", "blast", "praise",
           "welcome", "challenge", "threaten", "request", "propose", "label", "brand",
           "term", "mock", "rip", "knock", "slam", "fault", "thank", "credit", "express",
           "echo", "vent", "concede"}
IRREGULAR_PASTS = {f for lemma, forms in _IRREGULAR.items() for f in forms[1:2]}

# What an organisation reports or announces is its statement even as a noun phrase
# ("the company reported a loss of $300 million", "it announced an order of 50 jets");
# a person's "announced the deal" is an act.
ORG_STATEMENT_LEMMAS = {"report", "announce", "disclose", "reveal", "confirm", "post"}

# ---- thoughts: what someone believes, expects, hopes or fears (``attribution: thought``)
# A thought is attributed only with its complement: a clause ("believes the deal is
# bad"), "that ..." or, for the verbs of THOUGHT_TO, an infinitive with or without its
# subject ("hopes to win", "expects him to win"); never a bare object ("expects a vote").
# ("know" and "assume" are left out: "knew the voters" states the writer's fact, "it assumes"
# a plan's premise, far more often than someone's view)
THOUGHT_LEMMAS = ["believe", "think", "expect", "hope", "fear", "worry", "suspect",
                  "doubt", "feel", "reckon", "understand", "anticipate"]
_THOUGHT_IRREGULAR = {"think": ("thinks", "thought"),
                      "feel": ("feels", "felt"), "understand": ("understands", "understood")}
THOUGHT_TO = {"expect", "hope", "fear", "anticipate"}
# "is confident that ...", "are worried that ...": a state of mind after a form of "be"
THOUGHT_ADJECTIVES = {"confident", "convinced", "sure", "certain", "worried", "concerned",
                      "hopeful", "optimistic", "pessimistic", "afraid", "fearful", "aware",
                      "skeptical", "sceptical", "doubtful"}


def _thought_inflections(lemma: str) -> tuple[str, ...]:
    """base, third person and past of a thought verb"""
    if lemma in _THOUGHT_IRREGULAR:
        return (lemma,) + _THOUGHT_IRREGULAR[lemma]
    return _forms(lemma)[:3]


THOUGHT_FORMS = {f: lemma for lemma in THOUGHT_LEMMAS for f in _thought_inflections(lemma)}
# A view of something as something ("party leaders see him as an asset", "Experts view
# the vote as a test"): a thought only with its object and "as" and what it is seen as.
AS_VIEW_FORMS = {"see": "see", "sees": "see", "saw": "see", "seen": "see",
                 "view": "view", "views": "view", "viewed": "view",
                 "regard": "regard", "regards": "regard", "regarded": "regard"}
# Words after "as" that make it no view: a clause or a comparison ("saw him as he
# left", "as well as", "as soon as", "as many as").
AS_NOT_VIEW = {"well", "soon", "much", "many", "long", "far", "early", "late", "recently",
               "if", "though", "usual", "expected", "part", "such", "of"}
# "saw the film as a child": a time of life, not what the film was seen as.
AS_LIFE_STAGES = {"child", "kid", "boy", "girl", "teen", "teenager", "youngster", "youth",
                  "student", "freshman", "baby", "toddler", "adolescent"}
# "-ing" forms, a thought only after a form of "be" ("are hoping the vote ...")
THOUGHT_ING = {_forms(lemma)[3]: lemma for lemma in THOUGHT_LEMMAS
               if lemma not in _THOUGHT_IRREGULAR} | {"thinking": "think", "feeling": "feel",
                                                       "understanding": "understand"}

# ---- topics: what a speech act was about (``attribution: topic``, "criticized the plan")
# Naming verbs make a topic only with a name for their object ("called the plan a
# fraud"), never with a bare object ("called the police").
NAMING_LEMMAS = {"call", "label", "brand", "dub", "term"}
# Verbs that also give or refuse something ("denied him a meeting", "offered them a
# seat"): with two objects they are no speech act.
GIVING_LEMMAS = {"deny", "offer", "promise", "thank"}
# Acts whose bare object is seldom what they spoke about ("described arriving at ...",
# "echoed the success", "encouraging the shift"): no topic.
NOT_TOPIC_LEMMAS = {"describe", "echo", "encourage", "characterize", "characterise",
                    "portray", "press", "advise"}
# Report verbs whose bare object, when it is no clause, is the topic they spoke to
# ("questioned his record", "explained the decision", "denied the allegations",
# "responded to the charges").
TOPIC_REPORT_LEMMAS = {"question", "explain", "respond", "reply", "deny", "dispute", "rebut",
                       "acknowledge", "highlight", "underscore", "stress", "emphasize",
                       "emphasise", "lament", "protest", "recount", "recall"}

# Verbs whose object is a clause: after a relative word, the words following them are
# that clause's rest ("details that officials said would compromise ...", "which it had
# claimed was unfair"); a verb that takes a noun ("records that X questioned are
# stored") leaves them to the main clause.
RELATIVE_CLAUSE_LEMMAS = {"say", "tell", "claim", "argue", "insist", "suggest", "contend",
                          "predict", "warn", "allege", "assert", "maintain", "estimate",
                          "conclude", "report", "write", "acknowledge", "admit", "concede",
                          "confirm", "state", "declare", "indicate", "testify", "believe",
                          "think", "expect", "hope", "fear"}
