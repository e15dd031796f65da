"""Words of the grammar of attribution (data for ``builder/extract/quotes/``): what stands
between a speech cue and its speaker or content. General English only; the speech verbs
themselves, titles and names are in ``speech.py``. All entries lower case.
"""
from __future__ import annotations

# Objects of "told"/"asked" that are not the speaker ("told reporters", "told him").
OBJECT_WORDS = {
    "him", "her", "them", "us", "me", "reporters", "journalists", "lawmakers",
    "parliament", "mps", "delegates", "listeners", "viewers", "readers", "supporters",
    "investors", "students", "officials", "colleagues", "staff", "congress", "senators",
    "the",
}

# Words that end an inverted speaker after the verb ("said Hu when asked").
INVERSION_STOP = {
    "that", "when", "as", "while", "adding", "who", "which", "according", "after",
    "before", "during", "on", "through", "via", "with", "from", "told", "said", "in", "at",
    "last", "this", "today", "yesterday",
}

# Prepositions that may sit inside an inverted speaker's name or title
# ("said Minister of State Ana Lopes").
INVERSION_NAME_PREPOSITIONS = {"in", "to", "of", "at"}

# After a speech verb these start another clause of the writer's, not reported content.
CONTENT_BLOCKERS = {"saying", "adding", "citing", "calling"}

# After ", he says," these words show the sentence goes on as the writer's own.
PARENTHETICAL_ENDERS = {"adding", "saying", "as", "while", "but", "and", "although", "who",
                        "which"}

# Conjunctions that may join two speakers' clauses (", while the X said").
CLAUSE_JOINERS = {"and", "but", "while", "whereas", "as", "with"}

# Words opening an aside between a speaker and the verb that is not an appositive
# ("Volkov, speaking in Moscow, said"; "Li, when asked, replied").
INTERRUPTION_STARTERS = {
    "when", "while", "after", "before", "as", "if", "speaking", "asked", "according", "in",
    "on", "at", "during", "though", "although", "however", "meanwhile", "too", "also",
}

# Asides that show the subject is a person ("speaking in Moscow", "when asked").
PERSON_ASIDES = {"speaking", "asked", "when", "while"}

# Words opening a relative or adverbial clause, not an appositive role.
APPOSITIVE_NON_ROLES = {
    "when", "while", "after", "before", "as", "if", "speaking", "asked", "according",
    "although", "though", "who", "which", "whose",
}

# "X, who is now ...": adverbs skipped before the role.
APPOSITIVE_ADVERBS = {"also", "now", "then", "currently", "still"}

# Auxiliaries that show an aside is a clause, not a role ("the dollar may weaken").
MODAL_CLAUSE_WORDS = {"may", "might", "must"}

# Determiners before "the remark(s)" in "X made the remarks".
REMARK_DETERMINERS = {"the", "his", "her", "these", "those", "its", "their", "a"}

# "X was quoted as saying / telling ..."
QUOTED_AS_VERBS = {"saying", "telling", "stating", "writing"}

# Words that end the subject of "according to ...".
ACCORDING_SUBJECT_STOPS = {"which", "who", "that"}
# Words that may open a sentence before "according to X," and leave what follows the
# statement ("But, according to the poll, 46 percent ...").
SENTENCE_CONNECTIVES = {"but", "and", "yet", "so", "still", "however", "also", "now", "then",
                        "meanwhile", "moreover", "indeed", "instead", "overall"}

# Words after a capitalised object of "told" that still belong to it.
TOLD_OBJECT_STOPS = {"that", "the", "a", "it", "he", "she", "they", "we"}

# ---- what a clause of reported speech looks like -------------------------------------

# Finite verbs and auxiliaries: after a subject, they show words are a clause ("the plan
# would fail"), not a noun phrase ("announced the deal").
FINITE_WORDS = {
    "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might",
    "must", "has", "have", "had", "does", "did", "do", "shall", "isn't", "aren't",
    "wasn't", "weren't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't",
    "hasn't", "haven't", "hadn't", "doesn't", "didn't", "don't", "needs", "wants", "plans",
    "intends", "remains", "seems", "appears", "lacks", "owes", "supports", "opposes",
}
# Irregular past forms that are finite verbs ("the company lost money").
IRREGULAR_PAST = {
    "took", "made", "gave", "got", "went", "came", "lost", "won", "led", "left", "met",
    "paid", "sold", "told", "said", "thought", "knew", "saw", "became", "began", "brought",
    "built", "bought", "fell", "felt", "found", "grew", "held", "kept", "meant", "ran",
    "rose", "sent", "spent", "stood", "struck", "taught", "understood", "wrote", "spoke",
    "broke", "chose", "drove", "ate", "forgot", "hid", "hit", "hurt", "lay", "lied", "put",
    "quit", "read", "rode", "rang", "sank", "shook", "shot", "shut", "slept", "sought",
    "stole", "swore", "threw", "woke", "wore", "withdrew", "overtook", "undermined", "bore",
    "fought", "flew", "froze", "dealt", "drew", "fled", "forgave", "heard", "lent", "let",
}
SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "there", "this", "that",
                    "these", "those", "nobody", "everyone", "everybody", "someone", "no one"}
# Words before a noun that make the word after them a noun, not a verb ("many analysts").
NOUN_MARKERS = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
    "our", "my", "your", "many", "several", "some", "few", "all", "most", "both", "two",
    "three", "four", "five", "other", "more", "such", "no", "any", "each", "every",
    "of", "in", "on", "at", "for", "to", "by", "with", "from", "about", "new", "its",
}
# A clause of the speaker's own ends the search for a finite verb.
CLAUSE_BREAKS = {"who", "which", "whose", "whom"}

# "is saying", "was telling": a progressive speech verb, its subject before the auxiliary.
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "am", "keeps", "kept",
            "keep", "began", "begins", "started", "starts"}
# Words before a participle that tie it to the clause before ("before saying", "by adding").
PARTICIPLE_LEADS = {"before", "after", "while", "by", "in", "when", "upon", "on", "without",
                    "then", "also", "and", "later", "repeatedly", "again", "often"}

# Words after which a base form is a verb ("they say", "people who say", "to say" is not).
BASE_FORM_LEADS = {"who", "that", "which", "i", "we", "you", "they", "people", "others",
                   "many", "some", "both", "all", "and", "or", "not", "n't", "never"}

# ---- quote marks around names, titles and terms ----------------------------------------

# A quotation right after these names something ("dubbed “the Gordon problem”", "the
# slogan “...”", "the hit song “...”").
NAMING_WORDS = {
    "dubbed", "nicknamed", "titled", "entitled", "christened", "so-called", "term", "terms",
    "word", "words", "phrase", "slogan", "motto", "hashtag", "label", "moniker", "nickname",
    "title", "headline", "song", "album", "single", "film", "movie", "book", "memoir",
    "novel", "show", "series", "podcast", "column", "programme", "program", "documentary",
    "play", "musical", "chant", "chants", "sign", "signs", "banner", "banners", "t-shirt",
    "shirts", "caps", "hats", "brand", "operation", "campaign", "initiative", "plan",
    "doctrine", "dubbing", "branded", "coined", "coining",
}
# Prepositions after which a quotation in Title Case is a show, a book or an event's
# title, even with a speech verb near ("said on “This Week.”", "appearing on “Morning
# Time,”", "wrote in “A Time for Truth”").
TITLE_PREPOSITIONS = {"on", "in", "at", "with"}    # "an interview with “Fox and Friends,”"
# Verbs that give something a name ("dubbed the company “...”").
NAMING_VERBS = {"dubbed", "dubs", "nicknamed", "christened", "renamed", "rebranded",
                "titled", "entitled", "coined"}
NAMING_PHRASES = {"known as", "referred to", "billed as", "dubbed as", "called it",
                  "so called", "named as", "listed as"}
NAMING_PASSIVE = {"is", "was", "were", "are", "be", "been", "being", "so", "also", "often"}

# Short words that stay lower case in a title ("Fund our Schools", "Meet the Press").
TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
                     "for", "by", "with", "from", "as", "our", "is", "it", "my", "your",
                     "we", "not", "no", "vs", "v", "&"}

# Words opening a phrase before the subject that is not speech ("Asked about ...,").
OPENERS = {"asked", "speaking", "responding", "addressing", "following", "according",
           "despite", "amid", "unlike", "like", "meanwhile", "earlier", "later", "last",
           "yesterday", "today", "separately", "also", "still", "yet", "instead",
           "pressed", "questioned", "reached", "contacted", "interviewed", "writing"}

# Prepositions after which no verb stands ("data on states", "office emails from");
# "since", "after", "before" are also adverbs ("has since said").
NO_VERB_AFTER = {"to", "in", "of", "at", "for", "from", "by", "with", "on", "into", "under",
                 "over", "between", "among", "about", "against", "near", "via", "within",
                 "without", "across", "during"}

# Verbs before "to say" that say nothing was said ("declined to say, “...”").
REFUSALS = {"declined", "declines", "decline", "refused", "refuses", "refuse", "not",
            "never", "wouldn't", "won't", "didn't", "would not", "unwilling", "reluctant"}

# A time adjunct between a subject and its speech verb ("Doe on Monday night said",
# "the senator last week told"): parts of the day, and "last/this/next" + a period.
DAY_PARTS = {"morning", "afternoon", "evening", "night"}
PERIOD_UNITS = {"week", "month", "year", "weekend", "weeks", "months", "years", "days",
                "hours", "minutes"}
PERIOD_DEICTICS = {"last", "this", "next", "earlier", "later"}
# Adverbs not in -ly that stand between a subject and its speech verb ("have long
# argued", "have both said", "has all but said" is not one: only single words).
VERB_ADVERBS = {"long", "both", "all", "each", "also", "since", "never", "often", "once",
                "already", "again", "later", "earlier", "first", "still", "even", "now",
                "then", "just", "too", "further", "previously", "repeatedly", "soon"}

# Words opening an adjunct of place besides the prepositions ("said aboard his plane",
# "said here on Tuesday", "said outside the court").
PLACE_ADVERBS = {"aboard", "here", "outside", "inside", "amid", "via", "backstage", "onstage",
                 "afterward", "afterwards", "later", "earlier"}

# Adverbs of time opening a sentence ("Then, last week, Doe wrote ...").
TIME_ADVERBS = {"then", "now", "back", "soon", "once", "recently", "previously",
                "initially", "finally", "eventually", "meanwhile"}

# Possessive determiners opening a short reported clause ("said his friends feel ...").
POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}

# Coordinators that may open a sentence before "as X noted," ("But as Doe noted, ...").
SENTENCE_COORDINATORS = {"but", "and", "yet", "so", "still"}
# Words of "<how long> ago" between a subject and its verb ("less than two weeks ago").
AGO_WORDS = {"a", "an", "one", "two", "three", "four", "five", "six", "few", "several",
             "less", "more", "than", "about", "nearly", "almost", "just", "only", "some",
             "day", "days", "week", "weeks", "month", "months", "year", "years", "hours",
             "decade", "decades"}

# Words before "asked" that open a question put to someone ("when asked whether ...").
QUESTION_LEADS = {"when", "after", "once", "while", "if", "and"}

# Records besides documents whose author "according to" may name ("a tally by the AP").
RECORD_WORDS = {"count", "tally", "tallies", "calculation", "calculations", "analysis",
                "review", "lawsuit", "complaint", "declaration", "affidavit", "release",
                "estimate", "projection", "projections", "poll", "polls", "survey", "email",
                "memo", "order", "ruling", "opinion"}

# Heads of figures a compiler is named with ("the RealClearPolitics polling average",
# "a CNN tally"), besides RECORD_WORDS and speech.DATA_WORDS.
DATA_HEADS = {"average", "averages", "count", "tally", "analysis", "estimate", "survey",
              "poll", "index", "ranking", "rankings", "forecast", "model", "tracker"}

# Documents that "according to" may name with no author: a source of words that names
# no speaker ("according to his biography", "according to a court filing", "according to
# the indictment"). Data are not words: "according to exit polls", "according to one
# estimate" give figures nobody said (unless an author is named: "a poll by X").
SOURCE_NOUNS = {
    "report", "reports", "records", "record", "documents", "document", "filing", "filings",
    "papers", "transcript", "transcripts", "biography", "profile", "website", "site", "page",
    "book", "memoir", "article", "story", "account", "accounts", "testimony", "indictment",
    "findings", "statement", "statements", "letter", "letters", "email", "emails", "memo",
    "memos", "minutes", "summary", "release", "releases", "disclosure", "disclosures",
    "lawsuit", "complaint", "declaration", "affidavit", "ruling", "opinion", "order",
    "review", "investigation", "audit", "study", "studies", "research", "analysis",
    "biography", "obituary", "resume", "bio", "announcement", "notice", "message", "post",
    "posts", "tweet", "tweets", "interview", "remarks", "speech",
}
# Words after such a source's head that describe it ("results of exit polls", "a poll
# by ...", "data from the bureau", "a study released ...").
SOURCE_NOUN_ENDS = {"of", "by", "from", "for", "in", "on", "at", "with", "that", "which",
                    "conducted", "released", "published", "compiled", "obtained", "filed",
                    "taken", "issued", "based"}

# ---- shares of people as the subject of a statement ("61 percent say", "half said") ----
# Words before a share that hedge it ("about half", "just over a third", "more than 60").
QUANTITY_HEDGES = {"about", "around", "roughly", "nearly", "almost", "just", "over", "under",
                   "more", "less", "fewer", "than", "only", "some", "approximately", "barely",
                   "at", "least", "most", "exactly", "precisely", "well"}
# Words naming a share of people by themselves ("half", "a third", "most", "each side").
QUANTITY_WORDS = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                  "majority", "minority", "plurality", "most", "many", "some", "few",
                  "number", "share", "portion", "percentage", "proportion", "fraction",
                  "another", "each", "both", "either", "neither", "none", "all", "one",
                  "several", "side", "sides",
                  # nouns of number before "of" ("a wide array of economists", "a handful
                  # of Democrats", "dozens of lawmakers")
                  "array", "handful", "host", "slew", "chorus", "variety", "range", "couple",
                  "dozens", "scores", "hundreds", "thousands", "millions", "lot", "lots",
                  "bunch"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty",
                "seventy", "eighty", "ninety", "hundred"}

# words after a comma that open the writer's own addition to a reported clause when they
# run to its end ("said the plan would help Doe, who faces a primary in May"): a
# non-restrictive relative clause about a person or a place ("which" clauses are more
# often part of what was said: "said it bought assets, which kept rates low")
TRAILER_RELATIVES = {"who", "whom", "where"}
# and a contrast with a subject of its own ("said X, whereas the board ..."; not "but":
# "said he won a grant, but his parents earned too much" goes on with the statement as
# often as it is the writer's)
TRAILER_CONTRASTS = {"whereas"}
# and a comparison of the writer's ("said 52 percent back Doe, compared with 41 percent
# for Roe"; "reported a profit of $2, well above the $1 analysts expected")
TRAILER_COMPARISONS = {"compared with", "compared to", "up from", "down from",
                       "well above", "well below", "far above", "far below"}

# adverbs that follow a verb in -s ("the system works well", "the plan falls short"):
# what tells a verb from a plural noun in a short clause after "said"
VERB_COMPLEMENT_ADVERBS = {"well", "better", "best", "badly", "fine", "short", "hard",
                           "out", "up", "down", "off", "back", "away", "too", "again",
                           "not", "never", "no", "more", "less", "much", "little"}
# words after a plural noun that are no verb ("the charges through her lawyer", "the
# cuts across the board"): prepositions and particles beside names.PREPOSITIONS
NOT_BASE_VERBS = {"through", "throughout", "toward", "towards", "upon", "onto", "amid",
                  "despite", "like", "per", "around", "behind", "beyond", "outside",
                  "inside", "up", "down", "off", "out", "along", "until", "till", "unlike",
                  "near", "past", "versus", "vs", "except", "including", "plus", "minus",
                  "so", "yet", "then", "too", "also", "still", "just", "even", "only",
                  "all", "both", "each", "alone", "together", "here", "there", "now",
                  "once", "again", "ago", "last", "next", "this", "that", "these", "those"}

# works whose title may follow a speech verb's adjunct ("said in his book, “An American
# Son.”"), besides speech.DOCUMENT_WORDS and MEDIA_NOUNS
WORK_WORDS = {"book", "books", "memoir", "memoirs", "column", "op-ed", "essay", "film",
              "documentary", "podcast", "show", "program", "programme", "novel", "song",
              "album", "autobiography", "biography", "newsletter", "blog"}
