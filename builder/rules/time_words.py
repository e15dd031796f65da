"""Words of time, as data: used by ``builder.extract.timex`` to find and normalise TIMEX3s.

Everything here is general English news vocabulary (calendar names, number words,
units, tense cues); nothing is specific to one article.
"""
from __future__ import annotations

# ---- calendar names --------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# abbreviations as newswire writes them (a trailing dot is optional in the patterns)
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# month names that are also ordinary words: only a month next to a date cue
AMBIGUOUS_MONTHS = frozenset({"may", "march"})

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
# the months each season mostly covers (northern hemisphere), for past/future choice
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2),
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "tonight": "NI", "midday": "MI", "noon": "MI",
}

# holidays with a fixed day (month, day)
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year’s day": (1, 1),
    "new year's eve": (12, 31), "new year’s eve": (12, 31),
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "boxing day": (12, 26), "valentine's day": (2, 14), "valentine’s day": (2, 14),
    "halloween": (10, 31), "independence day": (7, 4), "bastille day": (7, 14),
    "may day": (5, 1), "st. patrick's day": (3, 17), "st patrick's day": (3, 17),
    "st. patrick’s day": (3, 17), "veterans day": (11, 11), "armistice day": (11, 11),
}
# holidays fixed to the nth weekday of a month: (month, weekday 1=Mon, n; -1 = last)
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4),
    "labor day": (9, 1, 1), "memorial day": (5, 1, -1),
    "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3), "election day": (11, 2, 0),  # 0: first Tue after a Mon
    "super tuesday": (3, 2, 1),     # the primaries of the first Tuesday in March
}
# named days a fixed number of days after Thanksgiving
THANKSGIVING_DAYS: dict[str, int] = {"black friday": 1, "cyber monday": 4}
EASTER_HOLIDAYS: dict[str, int] = {   # offset in days from Easter Sunday
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1,
    "good friday": -2, "palm sunday": -7,
}

# ---- numbers -----------------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "dozen": 12,
}
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNIT_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEEN_WORDS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen")
# article-like quantities: "a year", "a couple of weeks"
ARTICLE_QUANTITIES: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "a single": 1, "a couple of": 2, "a couple": 2,
    "a pair of": 2, "a dozen": 12, "half a": 0, "half an": 0,
}
# vague quantities: the number becomes X in the TIMEX3 value ("several years" -> PXY)
VAGUE_QUANTITIES = (
    "several", "a few", "few", "many", "some", "a number of", "numerous", "various",
    "countless", "a couple of", "hundreds of", "thousands of", "dozens of", "tens of",
)

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}
QUARTER_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4, "final": 4, "last": 4,
}
HALF_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "1st": 1, "2nd": 2, "last": 2}

# ---- units -------------------------------------------------------------------------

# unit word -> (TIMEX3 letter, is a time-of-day unit written after "T")
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("Y", False), "century": ("Y", False),
    "millennium": ("Y", False),
}
# multiplier for units written in a bigger letter: "decade" -> 10 Y
UNIT_MULTIPLIERS: dict[str, int] = {"decade": 10, "century": 100, "millennium": 1000,
                                    "fortnight": 2}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
    "nights": "night", "weeks": "week", "fortnights": "fortnight", "months": "month",
    "quarters": "quarter", "years": "year", "decades": "decade", "centuries": "century",
    "millennia": "millennium",
}
# adverbs and adjectives of regular recurrence -> SET value
SET_WORDS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W",
    "biweekly": "P2W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H",
}

# ---- reference words (TimeML PRESENT_REF / PAST_REF / FUTURE_REF) -----------------

PRESENT_REF_PHRASES = (
    "now", "right now", "just now", "currently", "current", "nowadays", "present",
    "the present", "presently", "these days", "the present day", "present-day",
)
PAST_REF_PHRASES = (
    "recently", "lately", "more recently", "most recently",
    "the past", "the recent past", "formerly", "not long ago", "some time ago",
    "years ago", "long ago", "a while ago", "a long time ago",
)
FUTURE_REF_PHRASES = (
    "the future", "the near future", "the distant future",
    "the near term", "the short term", "the long term", "the medium term",
    "a later date", "as soon as possible",
)
# nouns after "today's" that make it generic ("today's world"), not the day itself
GENERIC_TODAY_NOUNS = frozenset({
    "world", "youth", "society", "generation", "children", "young", "economy", "market",
    "markets", "standards", "terms", "dollars", "prices", "technology", "politics",
    "culture", "china", "russia", "america", "europe", "kids", "families", "media",
})
# collocations in which "current" is not a time ("current account")
CURRENT_NOT_TIME = frozenset({
    "account", "accounts", "affairs", "events", "flows", "flow", "of", "carrying",
    "density", "source", "meter", "transformer",
})

# ---- tense cues (used to choose past or future for "on Monday", "in October") -------

FUTURE_CUES = frozenset({
    "will", "'ll", "’ll", "shall", "won't", "won’t", "upcoming", "forthcoming",
    "scheduled", "schedule", "slated", "planned", "plans", "plan", "planning", "due",
    "expected", "expects", "expect", "intends", "intend", "aims", "hopes", "would",
    "might", "may", "tomorrow", "next", "coming", "preparing", "prepares", "until",
    "till", "set", "effective",
})
# multi-word future cues, checked on lower-cased text joined by single spaces
FUTURE_PHRASES = (
    "going to", "is to", "are to", "was to", "were to", "ahead of", "in advance of", "set to", "set for", "is set", "are set",
    "run-up to", "will be", "lead-up to", "postponed until", "delayed until",
    "adjourned until", "deferred until", "deadline until", "extended until", "put off",
)
# "set"/"may" alone are weak: they count only inside the phrases above
WEAK_FUTURE_CUES = frozenset({"set", "may", "next", "coming", "until", "till"})

PAST_CUES = frozenset({
    "said", "told", "was", "were", "had", "did", "met", "held", "made", "took", "came",
    "went", "saw", "gave", "left", "began", "became", "spoke", "wrote", "sent", "led",
    "won", "lost", "paid", "sold", "bought", "brought", "thought", "found", "got",
    "kept", "fell", "rose", "struck", "flew", "ran", "grew", "drew", "knew", "chose",
    "broke", "spent", "stood", "sat", "sought", "fought", "caught", "taught", "meant",
    "heard", "felt", "built", "shot", "hit", "quit", "overtook", "undertook", "wore",
    "forgot", "swore", "withdrew", "underwent", "oversaw", "forbade", "foresaw", "ate",
    "drove", "rode", "wrote", "hung", "laid", "lay", "slid", "split", "spread", "began",
    "arose", "awoke", "bore", "beat", "bit", "bled", "blew", "bred", "burnt", "dealt",
    "dug", "fed", "fled", "flung", "froze", "hid", "lent", "lit", "rang", "sang", "shook",
    "shone", "shrank", "slept", "sped", "spun", "stole", "stuck", "stung", "strove",
    "swept", "swam", "swung", "threw", "tore", "woke", "wove", "wept", "wound",
    # regular pasts too short for the -ed test ("died Sunday", "sued in March")
    "died", "tied", "lied", "vied", "sued", "owed", "eyed", "axed",
})
# irregular past forms spelt like the present: past only after a subject and before an
# object ("the firm bid $16.50", "Moscow cut off supplies"), never after "to" or a modal
SAME_FORM_PASTS = frozenset({
    "bid", "cut", "put", "shut", "cost", "hurt", "cast", "bet", "burst", "let", "set",
    "forecast", "broadcast", "upset", "thrust", "slit", "shed", "read",
})
# verbs and nouns of intention: what an infinitive after them intends lies after them
# ("voted to fund the government through September", "agreed to buy it in November")
INTENTION_WORDS = frozenset({
    "plan", "plans", "planned", "agreed", "agree", "agrees", "decided", "decide", "decides",
    "voted", "vote", "votes", "passed", "pass", "promised", "promise", "promises", "pledged",
    "pledge", "vowed", "vow", "aimed", "aim", "aims", "sought", "seek", "seeks", "wanted",
    "want", "wants", "hoped", "hope", "hopes", "ordered", "order", "asked", "ask", "urged",
    "urge", "called", "moved", "offered", "offer", "proposed", "propose", "threatened",
    "intended", "intend", "intends", "expected", "expect", "expects", "bill", "deal",
    "agreement", "plan", "measure", "legislation", "resolution", "order", "decision",
    "effort", "efforts", "bid", "attempt", "move", "push", "pledge", "promise",
})

# verbs of scheduled happenings in the simple present: with no other tense in the clause,
# news uses them for what is still to come ("Talks begin Monday", "Marsh arrives in
# Israel on Wednesday", "The new premier takes office on Saturday")
SCHEDULE_VERBS_PRESENT = frozenset({
    "arrive", "arrives", "begin", "begins", "start", "starts", "open", "opens", "reopen",
    "reopens", "meet", "meets", "go", "goes", "take", "takes", "face", "faces", "play",
    "plays", "visit", "visits", "travel", "travels", "fly", "flies", "head", "heads", "host",
    "hosts", "hold", "holds", "leave", "leaves", "return", "returns", "resume", "resumes",
    "end", "ends", "close", "closes", "expire", "expires", "convene", "convenes", "launch",
    "launches", "celebrate", "celebrates", "vote", "votes", "land", "lands", "attend",
    "attends", "testify", "testifies", "appear", "appears", "kick", "kicks", "wrap", "wraps",
    "depart", "departs", "gather", "gathers", "debut", "debuts", "premiere", "premieres",
    "tour", "tours", "address", "addresses", "decide", "decides", "rule", "rules",
})

# words ending in -ed that are not past-tense verbs
NOT_PAST_ED = frozenset({
    "need", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "indeed", "united",
    "limited", "based", "proposed", "alleged", "so-called", "planned", "scheduled",
    "expected", "advanced", "detailed", "skilled", "interested", "concerned", "aged",
    "bleed", "breed", "creed", "deed", "greed", "heed", "reed", "weed", "embed", "wed",
    "sled", "bred", "fed", "led", "fled", "shred", "naked", "wicked", "sacred",
    "beloved", "learned", "crooked", "ragged", "rugged", "wretched", "unexpected",
    "unprecedented", "accelerated", "increased", "reduced", "related", "sophisticated",
    "complicated", "dedicated", "experienced", "qualified", "talented", "armed",
    "unarmed", "renewed", "continued", "combined", "mixed", "fixed", "registered",
    "elected", "appointed", "designated", "coordinated", "organised", "organized",
    "developed", "developing", "united", "divided", "bloodied", "supposed", "used",
    "succeed", "proceed", "exceed",
})
# nouns for occasions that are fixed in advance: "the anniversary on Thursday"
# refers forward unless a past verb governs it
SCHEDULED_OCCASIONS = frozenset({
    "anniversary", "anniversaries", "centenary", "centennial", "bicentenary",
    "jubilee", "inauguration", "deadline", "deadlines", "birthday", "holiday",
    "commemoration", "commemorations", "celebrations", "ceremony", "kick-off",
    "opening", "launch",
})
# planned happenings a possessive weekday may name ahead of time ("Sunday's election");
# any other noun after "Wednesday's" names something that has happened ("Wednesday's ruling")
PLANNED_EVENT_NOUNS = frozenset({
    "election", "elections", "vote", "referendum", "poll", "polls", "runoff", "primary",
    "meeting", "summit", "talks", "session", "hearing", "debate", "match", "game", "final",
    "race", "conclave", "visit", "trip", "strike", "march", "rally", "protest", "deadline",
    "auction", "sale", "release", "launch", "opening", "start", "kickoff", "showdown",
    "caucus", "caucuses", "primaries", "convention", "inauguration", "ceremony", "trial",
})
# verbs that, right before such an occasion, make it past ("marked the anniversary")
COMMEMORATION_VERBS = frozenset({
    "marked", "celebrated", "commemorated", "observed", "held", "attended", "marking",
    "celebrating", "commemorating", "observing", "attending",
})

# ---- people nouns (an age "a 52-year-old X" is not annotated in TimeML corpora) ----

PERSON_NOUNS = frozenset({
    "man", "woman", "men", "women", "boy", "girl", "boys", "girls", "son", "daughter",
    "sons", "daughters", "child", "children", "baby", "babies", "father", "mother",
    "brother", "sister", "husband", "wife", "widow", "widower", "student", "students",
    "worker", "workers", "resident", "residents", "victim", "victims", "suspect",
    "suspects", "soldier", "soldiers", "officer", "officers", "driver", "pilot",
    "player", "players", "star", "veteran", "teenager", "teen", "youth", "doctor",
    "nurse", "teacher", "lawyer", "farmer", "journalist", "reporter", "activist",
    "protester", "official", "president", "leader", "chairman", "executive", "mr.",
    "mrs.", "ms.", "dr.", "patient", "patients", "tourist", "citizen", "national",
    "american", "russian", "chinese", "british", "briton", "french", "german",
    "japanese", "singer", "actor", "actress", "model", "mother-of-two", "father-of-two",
    "grandmother", "grandfather", "gunman", "mother-of-three", "father-of-three",
})

# time zones that may follow a clock time
TIME_ZONES = (
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST",
    "CET", "CEST", "MSK", "IST", "JST", "HKT", "SGT", "AEST", "AEDT", "ET", "PT", "CT",
)

# words that make a dated clause tell what usually happens then ("rice is typically
# harvested in late October", "every year in November"): a habit, not a happening
HABITUAL_WORDS = (
    "typically", "usually", "generally", "normally", "often", "traditionally", "customarily",
    "every year", "each year", "annually", "every spring", "every summer", "every autumn",
    "every fall", "every winter", "as a rule", "tends to", "tend to",
)

# words that make a weekday part of a name ("Super Tuesday", "Black Friday", "Easter
# Monday"): the day stays in an event line; after any other capitalised word ("introducing
# Ana Lima Thursday") the weekday is the date phrase
WEEKDAY_NAME_WORDS = frozenset("""
super black good cyber ash maundy holy easter palm bloody giving shrove whit plough
""".split())

# a month and day that, before "attacks", name one historic day everyone dates ("the Sept.
# 11 attacks" are those of 2001, not of the coming or the last September): the year
HISTORIC_ATTACK_DAYS = {(9, 11): 2001}
