"""Words for finding quotes and their speakers (data for ``builder/extract/quotes/``).

General knowledge of English news writing only: speech verbs, title words, honorifics,
organisation cues, pronouns, nationality adjectives, country and place names, family
names written first. Nothing here names a particular article's people or outlets.
All entries are lower case unless the comment says otherwise.
"""
from __future__ import annotations

from .places import CITIES, COUNTRIES, NATIONALITIES, US_STATES  # noqa: F401  (named here too)
from .speech_verbs import VERB_FORMS as _VERB_FORMS

# ---- quote marks ------------------------------------------------------------------

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"

# ---- speech verbs ---------------------------------------------------------------

# The speech verbs themselves, by class, are in speech_verbs.py. Every form of a verb that
# reports words or says how they were said ("said", "tweeted", "scoffed"), for modules
# that only need to know a word is one (the chronology leaves them out of event words).
REPORTING_VERBS = {f for f, (_, cls) in _VERB_FORMS.items()
                   if cls in ("report", "manner")}

# Endings of family names that are hardly ever company names (Slavic, Baltic, Greek,
# Spanish patronymic ...): a single such word speaking is a person.
SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "yev", "yeva", "in", "ina", "sky", "skiy", "ski",
                   "ska", "skaya", "enko", "chuk", "yuk", "vich", "wicz", "ovic", "opoulos",
                   "akis", "idis", "ez", "sson", "sen", "stein", "berg", "mann", "ini", "elli",
                   "etti", "ian", "yan", "dze", "shvili", "oglu", "zadeh")

# "X made the remark(s)" attributes what came before without new content.
REMARK_NOUNS = {"remark", "remarks", "comment", "comments", "statement", "speech", "pledge"}

# Words that say a speech verb is not used as one ("the said agreement", "was told").
PASSIVE_AUX = {"was", "were", "been", "being", "be", "is", "are", "am", "get", "got"}

# Adverbs and auxiliaries that may stand between a speaker and the verb.
SPEAKER_VERB_FILLERS = {
    "also", "has", "have", "had", "earlier", "later", "previously", "once", "further",
    "then", "again", "repeatedly", "recently", "reportedly", "separately", "would",
    "will", "could", "may", "might", "did", "does", "do", "has also", "subsequently",
    "publicly", "privately", "last", "yesterday", "today", "tonight", "himself",
    "herself", "themselves", "itself", "first", "initially", "famously", "since",
    "already", "just", "however", "though", "too", "frequently", "often", "simply",
    "only", "even", "still", "always", "never", "not", "flatly", "bluntly", "openly",
    "quickly", "immediately", "finally", "eventually", "personally", "directly",
    "explicitly", "categorically", "firmly", "strongly", "clearly", "newly", "now",
    "shall", "should", "must", "can",
}

# Words after a speech verb that start an adjunct, not the reported content
# ("said on Sunday", "said through a translator").
ADJUNCT_STARTERS = {
    "on", "in", "at", "during", "through", "after", "before", "when", "while", "as",
    "with", "without", "via", "from", "last", "this", "yesterday", "today", "tonight",
    "earlier", "later", "again", "recently", "previously", "publicly", "privately",
    "repeatedly", "also", "separately", "according", "by", "over", "since", "ahead",
    "outside", "inside", "following", "afterwards", "late", "early", "shortly", "then",
    "once", "upon", "under", "alongside", "to", "of", "about", "against", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
    "for", "in a", "next", "days", "hours", "weeks", "months", "years", "speaking",
    "here",     # a wire's dateline town: "said here Friday that ..."
}

# Time words that may trail a speaker phrase ("the commission on Thursday said").
TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "week", "weekend", "month", "year",
    "morning", "afternoon", "evening", "night", "today", "yesterday", "tonight",
}

# Letters after a name that are not part of it ("Guy Mansfield QC").
POSTNOMINALS = {"qc", "kc", "mp", "mep", "msp", "am", "obe", "cbe", "mbe", "kbe", "dbe",
                "phd", "md", "esq"}

# Generational suffixes: part of the name as written ("James P. Kennedy Jr."), never its
# family name ("Kennedy said" is him).
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}

# Honorifics that stay with a single name ("Lord Falconer"), and those used with a
# given name ("Sir Howard" for Sir Howard Newby).
PEERAGE_HONORIFICS = {"lord", "lady", "baroness", "baron", "viscount", "earl"}
GIVEN_NAME_HONORIFICS = {"sir", "dame"}

# Nouns after "told" that end the person or outlet told ("told BBC Radio's Today
# programme", "told reporters").
MEDIA_NOUNS = {
    "programme", "program", "show", "newspaper", "radio", "television", "tv", "channel",
    "station", "magazine", "website", "paper", "podcast", "conference", "committee",
    "reporters", "journalists", "audience", "news", "agency", "service", "hearing",
    "interview", "inquiry", "parliament", "summit", "meeting", "rally", "crowd",
    # occasions of speech: "argued during the debate that ...", "said at the forum that"
    "debate", "debates", "forum", "appearance", "event", "session", "address", "speech",
    "remarks", "testimony", "op-ed", "column", "hall", "call", "visit", "stop",
}

# Words that separate a subject phrase from what comes before it.
SUBJECT_BOUNDARY_WORDS = {
    "and", "but", "while", "whereas", "which", "who", "whom", "that", "as", "because",
    "although", "though", "if", "when", "after", "before", "since", "so", "or", "where",
    "whose", "until", "unless", "once", "whether", "than", "nor", "yet",
}

# ---- subjects of reported speech (extract/quotes/subjects.py) -----------------

# Words joining a second verb to its clause's subject ("X attacked the plan and said ...").
VERB_COORDINATORS = {"and", "but"}

# Words after a plural head that start what describes it ("people familiar with the
# talks", "analysts at the bank", "proponents of the bill", "Republicans who ...").
POSTMODIFIER_STARTS = {
    "of", "at", "in", "on", "for", "from", "with", "close", "familiar", "who", "that",
    "which", "across", "inside", "outside", "within", "involved", "like", "including",
    "here", "there", "around", "to", "among", "privy", "near", "behind",
}

# Words standing alone for an unnamed group before a description ("those surveyed").
GROUP_DETERMINERS = {"those", "many", "some", "others", "most", "few", "several", "all"}

# Capitalised plurals that are no one's name ("House Republicans say").
PARTY_PLURALS = {"republicans", "democrats", "conservatives", "liberals", "progressives",
                 "americans", "europeans", "independents", "evangelicals", "catholics",
                 "muslims", "christians", "jews"}

# Words opening a subordinate clause: a cue inside one reports up to its comma ("After X
# vowed to cut taxes, the party ...").
SUBORDINATORS = {"after", "when", "while", "because", "since", "although", "though",
                 "before", "until", "once", "if", "whereas", "unless"}

# Words after "according to X," that start a clause of its own, not the verb of the
# subject before ("..., according to X, the plan ...").
CONTENT_OPENERS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that",
                   "there", "his", "her", "its", "their", "some", "most", "many", "two"}

# Plural words for data that "says" nothing: a source, not a speaker ("according to exit
# polls", "figures show").
DATA_WORDS = {"polls", "polling", "figures", "numbers", "results", "surveys", "projections",
              "models", "estimates", "data", "statistics", "records", "documents", "emails",
              "reports", "filings", "studies", "tallies", "counts", "returns", "charts",
              "graphs", "tables", "trends", "indicators", "calculations", "averages"}

# Objects of a speech verb that are no speech ("requested anonymity to discuss ...",
# "asked for confidentiality").
NOT_SPEECH_OBJECTS = {"anonymity", "confidentiality"}

# Words opening a relative clause inside an aside ("a veteran who now is ...").
RELATIVE_WORDS = {"who", "which", "whose", "whom", "that"}

# Words opening an aside that may hold a verb without being a clause of its own
# ("Doe, who sits on the board, said", "Doe, appearing on television, said").
ASIDE_CLAUSE_OPENERS = {"who", "which", "whose", "when", "while", "after", "before", "as",
                        "if", "speaking", "asked", "appearing", "writing", "responding",
                        "meanwhile", "however", "though", "although", "like", "unlike",
                        "including"}

# ---- people -------------------------------------------------------------------

PRONOUNS = {"he": "m", "she": "f", "they": "plural", "it": "neuter", "i": "self",
            "we": "self", "him": "m", "her": "f"}

# Honorifics before a name, with the gender they imply (None: not implied).
HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "dr": None, "dr.": None, "sir": "m", "dame": "f", "lord": "m", "lady": "f",
    "baroness": "f", "baron": "m", "prof": None, "prof.": None, "rev": None,
    "rev.": None, "mx": None, "madam": "f", "madame": "f", "monsieur": "m", "herr": "m",
    "frau": "f", "mme": "f", "m.": "m",
}

# Nouns naming a person by office or occupation: heads of titles and descriptions.
TITLE_HEADS = {
    "president", "vice-president", "premier", "minister", "secretary", "ambassador",
    "envoy", "consul", "councillor", "councilor", "chairman", "chairwoman", "chair",
    "chairperson", "chancellor", "spokesman", "spokeswoman", "spokesperson", "senator",
    "governor", "mayor", "general", "director", "chief", "head", "leader", "king",
    "queen", "prince", "princess", "emperor", "empress", "commissioner", "representative",
    "congressman", "congresswoman", "lawmaker", "legislator", "mp", "mep", "mla",
    "official", "diplomat", "professor", "lecturer", "researcher", "fellow", "analyst",
    "expert", "economist", "scholar", "editor", "correspondent", "executive", "ceo",
    "cfo", "coo", "founder", "co-founder", "commander", "admiral", "colonel", "captain",
    "lieutenant", "sergeant", "detective", "trooper", "marshal", "officer", "judge",
    "justice", "attorney",
    "lawyer", "adviser", "advisor", "aide", "coach", "manager", "boss", "member",
    "candidate", "nominee", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam",
    "sheikh", "counterpart", "premier", "politician", "activist", "campaigner",
    "spokesman", "strategist", "dean", "principal", "teacher", "student", "author",
    "writer", "journalist", "reporter", "columnist", "commentator", "observer",
    "specialist", "scientist", "physician", "doctor", "surgeon", "nurse", "banker",
    "investor", "trader", "businessman", "businesswoman", "entrepreneur", "owner",
    "partner", "consultant", "economist", "historian", "sinologist", "negotiator",
    "mediator", "prosecutor", "deputy", "undersecretary", "under-secretary", "whip",
    "speaker", "delegate", "legislator", "councilman", "councilwoman", "alderman",
    "sheriff", "inspector", "superintendent", "constable", "president-elect",
    "premier-elect", "vice-premier", "vice-chairman", "vice-chair", "vice-minister",
    "emir", "sultan", "ayatollah", "cleric", "monarch", "dictator", "ruler", "statesman",
    "tsar", "czar", "shah", "governor-general", "taoiseach", "chairmen", "mogul",
    "tycoon", "billionaire", "millionaire", "founder", "designer", "architect", "engineer", "pilot", "soldier",
    "veteran", "witness", "victim", "resident", "farmer", "worker", "employee",
    "staffer", "organiser", "organizer", "coordinator", "administrator", "regulator",
    "auditor", "accountant", "actuary", "broker", "agent", "player", "striker",
    "goalkeeper", "midfielder", "defender", "captain", "referee", "athlete", "singer",
    "actor", "actress", "director-general", "secretary-general", "head-of-state",
    "chief executive", "mother", "father", "wife", "husband", "daughter",
    "aunt", "uncle", "cousin", "grandmother", "grandfather", "niece", "nephew", "widow",
    "novelist", "poet", "artist", "musician", "filmmaker", "comedian", "chef",
    "photographer", "presenter", "host", "anchor", "blogger", "lecturer", "survivor",
    "suspect", "defendant", "plaintiff", "prisoner", "detainee", "refugee", "migrant",
    "protester", "lawmaker", "diplomat", "envoy", "physicist", "biologist", "chemist",
    "brother", "sister", "friend", "colleague", "source", "insider", "associate",
    "pastor", "reverend", "deacon", "chaplain", "priest", "minister", "coach",
    # sport positions ("quarterback Jo Roe", "winger Jo Roe"); the ones that are also
    # common words (forward, guard, center, safety) are left out
    "quarterback", "linebacker", "cornerback", "tailback", "halfback", "fullback", "winger",
    "defenseman", "goalie", "goaltender", "shortstop", "pitcher", "outfielder", "infielder",
    "rookie", "sprinter", "swimmer", "golfer", "boxer", "wrestler", "jockey", "cyclist",
}

# Nouns for people that are not titles ("said an Iowa Democrat", "one voter said", "the
# woman said"): a description of someone, often unnamed. Plurals are groups.
PERSON_NOUNS = {
    "man", "woman", "person", "boy", "girl", "child", "teenager", "voter", "supporter",
    "opponent", "democrat", "republican", "conservative", "liberal", "progressive",
    "libertarian", "independent", "commenter", "narrator", "user", "fan", "attendee",
    "demonstrator", "shopper", "customer", "parent", "neighbor", "neighbour", "driver",
    "passenger", "graduate", "immigrant", "critic", "ally", "donor", "backer", "endorser",
    "operative", "pollster", "organizer", "volunteer", "guest", "caller", "viewer",
    "reader", "listener", "patient", "tourist", "visitor", "citizen", "voter", "worker",
    "employee", "staffer", "insider", "source", "aide", "adviser", "advisor", "delegate",
    "bystander", "eyewitness", "onlooker", "spectator", "participant", "member",
    "protester", "protestor", "activist", "lawmaker", "legislator", "candidate", "nominee",
    "contender", "hopeful", "challenger", "incumbent", "ex-wife", "ex-husband",
    "granddaughter", "grandson", "son", "sibling", "relative", "spouse", "partner",
    "fiancee", "fiance", "boyfriend", "girlfriend", "colleague", "friend", "classmate",
    "roommate", "coworker", "co-worker", "teammate", "owner", "landlord", "tenant",
    "farmer", "miner", "nurse", "teacher", "student", "veteran", "soldier", "officer",
    "evangelical", "pastor", "priest", "minister", "mayor", "governor", "senator",
    "prosecutor", "investigator", "detective", "agent", "analyst", "expert", "economist",
    "confidant", "loyalist", "surrogate", "acquaintance",
    # a candidate or a politician by standing or persuasion ("the front-runner said")
    "front-runner", "frontrunner", "newcomer", "outsider", "underdog", "socialist",
    "populist", "centrist", "lady", "neurosurgeon",
}
GENDERED_PERSON_NOUNS = {"man": "m", "woman": "f", "boy": "m", "girl": "f",
                         "lady": "f",
                         "son": "m", "grandson": "m", "granddaughter": "f",
                         "boyfriend": "m", "girlfriend": "f", "ex-wife": "f",
                         "ex-husband": "m", "fiancee": "f", "fiance": "m"}
PERSON_PLURALS = {("people" if w == "person" else "men" if w == "man" else
                   "women" if w == "woman" else "children" if w == "child" else
                   w[:-1] + "ies" if w.endswith("y") and w[-2] not in "aeiou" else
                   w + "es" if w.endswith(("s", "sh", "ch", "x")) else w + "s")
                  for w in PERSON_NOUNS}

# Words that modify a title ("deputy foreign minister", "former president").
TITLE_MODIFIERS = {
    "vice", "deputy", "former", "acting", "interim", "incoming", "outgoing", "top",
    "senior", "junior", "associate", "assistant", "chief", "state", "foreign", "prime",
    "defence", "defense", "finance", "trade", "interior", "home", "health", "education",
    "energy", "shadow", "general", "executive", "managing", "principal", "permanent",
    "special", "first", "second", "lead", "leading", "retired", "late", "then",
    "current", "new", "veteran", "visiting", "honorary", "emeritus", "research",
    "regional", "national", "international", "party", "opposition", "government",
    "communist", "military", "security", "economic", "political", "presidential",
    "ruling", "federal", "provincial", "municipal", "local", "independent", "well-known",
    "prominent", "influential",
    # abbreviated ranks and offices
    "lt", "lt.", "col", "col.", "gen", "gen.", "maj", "maj.", "capt", "capt.", "sgt",
    "sgt.", "cpl", "adm", "adm.", "cmdr", "sen", "sen.", "rep", "rep.", "gov", "gov.",
    "pres", "supt", "insp", "det", "pc", "ps",
}

# Abbreviated titles before names ("Sen. Tom Reyes", "Gov. Ana Lind"), written out.
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
    "adm": "admiral", "pres": "president", "supt": "superintendent", "insp": "inspector",
    "det": "detective", "cmdr": "commander", "amb": "ambassador", "atty": "attorney",
    "maj": "major", "cpl": "corporal", "prof": "professor", "rev": "reverend",
    "sec": "secretary", "secy": "secretary", "assemblyman": "assemblyman",
}

# Modifiers that make a title another office ("vice president", "deputy minister").
SUBORDINATE_TITLE_MODIFIERS = {"vice", "deputy", "assistant", "under", "sub", "co",
                               "lieutenant"}

# Titles used before a name in running text ("President X", "Foreign Minister X").
# (Capitalised forms of TITLE_HEADS and TITLE_MODIFIERS count too.)

# Heads that imply a gender.
# (Titles in -man are said of women too: "spokesman Hope Hicks"; only -woman tells.)
GENDERED_HEADS = {
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "businesswoman": "f",
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "emperor": "m",
    "empress": "f", "actress": "f", "mother": "f", "father": "m", "wife": "f",
    "husband": "m", "son": "m", "daughter": "f", "brother": "m", "sister": "f",
    "councilwoman": "f",
}

# A description's head may name a person by a word other than their title.
TITLE_SYNONYMS = {
    "leader": {"president", "premier", "prime minister", "chancellor", "king", "queen",
               "chairman", "general secretary", "leader", "head of state", "emperor"},
    "diplomat": {"ambassador", "envoy", "foreign minister", "foreign affairs", "diplomat",
                 "consul", "foreign secretary", "secretary of state", "state councillor"},
    "envoy": {"ambassador", "envoy", "representative", "diplomat"},
    "official": {"minister", "secretary", "official", "spokesman", "spokeswoman",
                 "spokesperson", "director", "councillor", "commissioner", "chief",
                 "deputy", "head"},
    "minister": {"minister", "secretary"},
    "president": {"president"},
    "premier": {"premier", "prime minister"},
    "expert": {"professor", "fellow", "researcher", "analyst", "expert", "scholar",
               "economist", "director", "lecturer"},
    "analyst": {"professor", "fellow", "researcher", "analyst", "expert", "scholar",
                "economist", "lecturer"},
    "academic": {"professor", "fellow", "researcher", "scholar", "lecturer"},
    "scholar": {"professor", "fellow", "researcher", "scholar", "lecturer"},
    "professor": {"professor"},
    "spokesman": {"spokesman", "spokesperson"},
    "spokeswoman": {"spokeswoman", "spokesperson"},
    "spokesperson": {"spokesman", "spokeswoman", "spokesperson"},
    "politician": {"minister", "secretary", "mp", "senator", "leader", "president",
                   "chancellor", "spokesman", "spokeswoman", "politician", "lawmaker"},
    "chief": {"chief", "head", "director", "chairman", "ceo", "executive"},
    "boss": {"chief", "head", "director", "chairman", "ceo", "executive", "boss",
             "manager"},
    "executive": {"chief", "head", "director", "chairman", "ceo", "executive"},
    "head": {"head", "chief", "director", "chairman", "leader", "president"},
}

# Words for a share of people ("61 percent said", "nearly half say", "a majority").
SHARE_WORDS = {"percent", "per cent", "percentage", "half", "majority", "majorities",
               "minority", "third", "thirds", "quarter", "fifth", "plurality"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten"} | {str(n) for n in range(1, 101)}

# Nouns of a body of people that take a plural verb ("Police say", "hospital staff say"):
# an unnamed group.
COLLECTIVE_PLURALS = {"police", "staff", "personnel", "clergy", "faculty"}

# Words for groups; a group is not one speaker ("the two sides said").
GROUP_WORDS = {
    "sides", "leaders", "countries", "nations", "governments", "officials", "analysts",
    "experts", "observers", "critics", "pair", "both", "presidents", "ministers",
    "diplomats", "people", "residents", "protesters", "sources", "they", "others",
    "states", "parties", "neighbours", "neighbors", "allies", "partners", "members",
    "scholars", "economists", "lawmakers", "politicians", "researchers", "authorities",
    "investors", "traders", "campaigners", "activists", "many", "some", "several",
    "most", "workers", "users", "voters", "students", "teachers", "doctors", "citizens",
    "men", "women", "families", "groups", "companies", "firms", "banks", "two", "three",
    "all", "participants", "delegates", "delegations", "heads", "spokesmen", "executives",
    "commentators", "witnesses", "bosses", "unions", "chiefs", "legislators",
}

# ---- organisations ------------------------------------------------------------

# Heads of organisation names and descriptions ("the foreign ministry", "X Council").
ORG_HEADS = {
    "ministry", "office", "government", "agency", "broadcaster", "newspaper", "daily",
    "television", "tv", "radio", "network", "channel", "council", "committee",
    "commission", "department", "embassy", "consulate", "party", "parliament", "congress",
    "senate", "assembly", "court", "army", "navy", "military", "police", "company",
    "firm", "bank", "group", "union", "association", "federation", "organisation",
    "organization", "institute", "university", "academy", "foundation", "centre",
    "center", "corporation", "corp", "co", "cos", "inc", "ltd", "plc", "llc", "administration",
    "cabinet", "presidency", "palace", "authority", "regulator", "watchdog", "board",
    "fund", "service", "bureau", "team", "club", "campaign", "charity", "secretariat",
    "mission", "delegation", "media", "outlet", "publication", "magazine", "journal",
    "website", "portal", "tabloid", "gazette", "times", "post", "herald", "tribune",
    "telegraph", "guardian", "observer", "broadcasting", "news", "press", "wire",
    "insurer", "exchange", "airline", "carrier", "manufacturer", "maker", "producer",
    "retailer", "supplier", "operator", "lender", "giant", "conglomerate", "coalition",
    "alliance", "bloc", "league", "school", "college", "hospital", "commission",
    "tribunal", "inquiry", "taskforce", "force", "forces", "guard", "command",
    "headquarters", "treasury", "pentagon", "chamber", "chambers",
    "institution", "think-tank", "thinktank", "tank", "society", "trust", "forum",
    "body", "organisation", "programme", "program", "directorate", "inspectorate",
    "ministries", "offices", "markets", "capital", "partners", "management",
    "holdings", "associates", "securities", "advisors", "advisers", "strategies",
    "research", "analytics", "ventures", "investments", "industries", "communications",
    "entertainment", "productions", "records", "studios", "pictures", "enterprises",
    "technologies", "systems", "solutions", "consulting", "labs", "laboratories",
    "motors", "airlines", "airways", "pharmaceuticals", "brands", "foods", "stores",
}

# Public bodies whose statements speak for them even unnamed ("a defence ministry
# statement"); not places whose papers merely record ("court records").
BODY_HEADS = {"ministry", "department", "office", "agency", "committee", "commission",
              "council", "bureau", "administration", "government", "cabinet", "embassy",
              "secretariat", "directorate", "inspectorate", "service", "presidency"}

# Kinds of organisation so general that "the company said" means the last one named.
GENERIC_ORG_HEADS = {"company", "firm", "group", "organisation", "organization",
                     "business", "corporation", "agency", "department", "office",
                     "campaign", "team", "club", "party", "government", "administration"}

# Nouns for documents through which words are relayed ("a ministry statement said").
DOCUMENT_WORDS = {
    "report", "reports", "statement", "statements", "transcript", "readout", "communique",
    "communiqué", "release", "bulletin", "article", "interview", "broadcast",
    "editorial", "commentary", "post", "tweet", "letter", "notice", "announcement",
    "document", "summary", "dispatch", "story", "filing", "note", "memo", "briefing",
    "record", "minutes", "account", "version", "survey", "study", "data", "statistics", "estimates", "poll", "website", "paper", "review", "analysis",
    "message", "speech", "account", "records", "documents", "filings", "papers",
    "emails", "transcripts", "minutes",
}

# Words that describe a news outlet ("news agency X", "state broadcaster X").
OUTLET_DESCRIPTORS = {
    "agency", "broadcaster", "newspaper", "daily", "tabloid", "television", "tv",
    "channel", "radio", "media", "outlet", "website", "magazine", "journal", "network",
    "wire", "service", "paper", "portal", "weekly", "mouthpiece", "station",
}

# Buildings and places standing for an institution ("Downing Street said").
INSTITUTION_METONYMS = {
    "white house", "pentagon", "downing street", "number 10", "no 10", "elysee",
    "élysée", "whitehall", "blue house", "quai d'orsay", "state department",
    "foreign office", "home office", "treasury", "vatican", "holyrood", "capitol hill",
    "foggy bottom", "bundestag", "knesset", "duma", "state duma", "zhongnanhai",
    "city hall",
}

# Well-known international news agencies and broadcasters (written as named).
KNOWN_OUTLETS = {
    "reuters", "bloomberg", "afp", "ap", "associated press", "agence france-presse",
    "kyodo", "yonhap", "interfax", "ria novosti", "ria", "anadolu", "dpa", "ansa", "efe",
    "pti", "bernama", "antara", "bbc", "cnn", "al jazeera", "nhk", "nikkei", "nbc",
    "abc", "cbs", "fox news", "sky news", "itv", "channel 4", "rte", "cbc", "dw",
    "france 24", "upi", "press association", "pa", "the times", "the guardian",
    "financial times", "wall street journal", "new york times", "washington post",
    "the economist", "politico", "axios",
}

# Political and other group adjectives that stand before titles ("Labour MP X").
AFFILIATION_ADJECTIVES = {
    "tory", "labour", "conservative", "liberal", "democrat", "democratic", "republican",
    "green", "socialist", "communist", "nationalist", "unionist", "independent",
    "libertarian", "centrist", "progressive", "reform", "federal", "state-run",
    "state-owned", "state", "official", "government", "opposition", "ruling", "senior",
    "shadow", "former", "chinese-born", "russian-born",
}

# Capitalised words that are not (the start of) a person's name.
# nouns of a relation that mean nothing without its other side ("a close friend of X")
RELATION_NOUNS = frozenset({
    "friend", "friends", "backer", "backers", "supporter", "supporters", "ally", "allies",
    "critic", "critics", "rival", "rivals", "opponent", "opponents", "confidant",
    "confidante", "acquaintance", "admirer", "fan", "neighbour", "neighbor", "classmate",
    "colleague", "protege", "protégé", "loyalist", "foe",
})

NOT_NAME_WORDS = {
    # sentence openers that are never part of a name ("Neither Jane Doe nor ...")
    "neither", "either", "including", "excluding", "except", "unless", "whenever",
    "wherever", "whoever", "whatever", "whichever", "regarding", "concerning", "following",
    "notwithstanding", "nevertheless", "nonetheless", "whilst", "albeit", "thereafter",
    "accordingly", "consequently", "almost", "nearly", "already", "finally", "eventually",
    "recently", "currently", "previously", "initially", "ultimately", "together",
    "especially", "particularly",
    "the", "a", "an", "another", "everyone", "everybody", "someone", "somebody", "nobody",
    "anyone", "anybody", "but", "and", "or", "in", "on", "at", "for", "with", "when",
    "while", "after", "before", "as", "if", "although", "though", "however", "meanwhile",
    "speaking", "according", "last", "this", "that", "these", "those", "it", "he", "she",
    "they", "we", "i", "his", "her", "their", "our", "its", "my", "your", "some", "many",
    "most", "other", "both", "all", "any", "each", "no", "not", "yet", "so", "then",
    "now", "also", "still", "even", "only", "such", "what", "who", "why", "how", "where",
    "there", "here", "since", "until", "despite", "during", "under", "over", "from", "to",
    "by", "of", "among", "between", "against", "like", "unlike", "instead", "because",
    "whether", "nor", "asked", "told", "said", "says", "earlier", "later", "today",
    "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "covid", "covid-19",
    "coronavirus", "christmas", "easter", "ramadan", "new", "year", "photo", "video",
    "read", "more", "see", "also", "do", "does", "did", "is", "are", "was", "were",
    "be", "have", "has", "had", "will", "would", "could", "should", "can", "may",
    "might", "must", "let", "one", "two", "three", "first", "second", "third", "next",
    "every", "few", "more", "less", "much", "very", "just", "well", "once", "again",
    "because", "therefore", "thus", "hence", "indeed", "overall", "perhaps", "maybe",
    "however", "furthermore", "moreover", "besides", "otherwise", "whereas", "via",
    "amid", "amidst", "across", "through", "throughout", "within", "without", "upon",
    "above", "below", "near", "into", "onto", "toward", "towards", "about", "around",
    "ahead", "behind", "beyond", "inside", "outside", "along", "alongside", "plus",
    "minus", "per", "versus", "vs", "sino", "pro", "anti", "ex", "mid", "pre",
    "party", "state", "union", "council", "house", "street", "road", "square", "sea",
    "ocean", "river", "lake", "mountain", "mount", "island", "islands", "bay", "strait",
    "initiative", "treaty", "agreement", "accord", "project", "programme", "program",
    "strategy", "plan", "pact", "deal", "act", "bill", "law", "war", "games", "cup",
    "olympics", "summit", "forum", "conference", "day", "week", "month", "institute",
    "university", "academy", "studies", "affairs", "relations", "sciences", "science",
    "school", "college", "ministry", "department", "office", "agency", "bank", "fund",
    "group", "company", "corporation", "committee", "commission", "organisation",
    "organization", "association", "federation", "foundation", "centre", "center",
    "parliament", "congress", "senate", "assembly", "court", "army", "navy", "force",
    "forces", "guard", "government", "administration", "cabinet", "palace", "hall",
    "airport", "station", "port", "bridge", "tower", "building", "museum", "hospital",
    "church", "temple", "mosque", "cathedral", "park", "garden", "valley", "desert",
    "coast", "peninsula", "region", "province", "city", "county", "district", "territory",
    "republic", "kingdom", "empire", "federal", "national", "international", "global",
    "world", "cold", "great", "good", "friendly", "cooperation", "partnership",
    "development", "security", "defence", "defense", "foreign", "domestic", "economic",
    "political", "social", "strategic", "communist", "democratic", "people's", "peoples",
    "gdp", "ceo", "mp", "prime", "chief", "senior", "junior", "deputy", "vice",
    "former", "acting", "interim", "top", "road", "trade", "industry",
    "finance", "energy", "health", "education", "home", "interior", "justice",
    "consultation", "mechanism", "framework", "dialogue", "talks", "meeting", "visit",
    "policy", "doctrine", "order", "system", "network", "pandemic", "virus", "vaccine",
    "crisis", "conflict", "operation", "campaign", "movement", "revolution", "era",
    "century", "dynasty", "age", "period", "anniversary", "festival", "award", "prize",
    "medal", "index", "market", "exchange", "stock", "shares", "bond", "bonds", "zone",
    "area", "corridor", "route", "line", "pipeline", "gas", "oil", "power",
    "sanctions", "brexit", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "central", "middle", "mps", "lords", "commons", "nhs", "bbc",
    "never", "always", "here's", "there's", "thanks", "please", "yes", "no", "okay", "ok",
    "update", "updated", "related", "editor's", "note", "watch", "listen", "click", "share",
    "advertisement", "sponsored", "breaking", "exclusive", "opinion", "analysis",
    "having", "being",      # "Having announced ..., the judge": a participle
}

# Second parts of hyphenated adjectives that are never names ("Sacramento-based").
COMPOUND_TAILS = {"based", "born", "owned", "run", "backed", "led", "made", "funded",
                  "style", "era", "like", "type", "class", "wide", "bred", "raised",
                  "headquartered", "linked", "allied", "aligned", "controlled", "friendly",
                  "leaning"}

# Prefixes that make a capitalised compound an adjective, not a name: "Anti-Marlow
# demonstrators", "Pro-Government media", "Non-EU citizens"
COMPOUND_HEADS = {"anti", "pro", "non", "pre", "post", "neo", "pseudo", "semi", "multi"}

# Chinese names are written family name first ("Zhou Enlai" -> "Zhou"). Rather than list
# surnames, a name is taken as Chinese when every word is made of Hanyu Pinyin
# syllables (initial + final); such a name may be referred to by its first word.
PINYIN_INITIALS = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k",
                   "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""]
PINYIN_FINALS = [
    "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan",
    "van", "ai", "ei", "ao", "ou", "an", "en", "in", "un", "vn", "er", "ia", "ie", "iu",
    "ua", "uo", "ui", "ue", "ve", "a", "o", "e", "i", "u", "v",
]
# Korean and Vietnamese family names also come first ("Kim Jong-un"); so do names with
# a hyphenated given name after one word ("Tsai Ing-wen"), whatever the family name.
FAMILY_FIRST_SURNAMES = {
    # Korean
    "kim", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "shin",
    "moon", "yoo", "ryu", "ahn", "jeon", "baek", "nam", "seo", "kwon", "roh",
    "noh", "oh", "bae", "chun", "ban", "lee",
    # Vietnamese
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "vu", "vo", "phan", "dang", "bui",
    "ngo", "duong",
}

# Common Western given names whose gender is clear (used only to pick between
# pronoun antecedents; a name not listed has no gender).
from .given_names import FEMALE as _FEMALE, MALE as _MALE  # noqa: E402

MALE_GIVEN_NAMES = {
    "john", "james", "david", "michael", "robert", "william", "richard", "thomas",
    "charles", "george", "peter", "paul", "mark", "andrew", "tony", "gordon",
    "alan", "ian", "simon", "stephen", "steven", "nick", "nicholas", "boris",     "sergei", "dmitry", "dmitri", "alexander", "alexei", "alexey",     "andrei", "ivan", "igor", "mikhail", "yuri", "oleg", "viktor",
    "victor", "pavel", "maxim", "anton",     "barack", "bill", "jimmy", "ronald", "emmanuel", "olaf", "rishi", "keir", "jeremy",
    "matthew", "christopher", "daniel", "anthony", "kevin", "brian", "edward", "henry",
    "frank", "jack", "harry", "benjamin", "samuel", "jonathan", "martin", "patrick",
    "sean", "liam", "hugh", "neil", "graham", "malcolm", "kenneth", "ken", "ed", "dave",
    "mike", "bob", "jim", "tom", "chris", "dan", "ben", "sam", "jon", "greg", "eric",
    "scott", "jeff", "gary", "larry", "ralph", "roger", "oliver", "jacques", "francois",
    "pierre", "jean", "hans", "klaus", "wolfgang", "helmut", "gerhard", "angelo",
    "giuseppe", "carlos", "juan", "jose", "luis", "miguel", "pedro", "antonio",
    "narendra", "rahul", "shinzo", "fumio", "yoshihide", "recep", "ali",
    "mohammed", "muhammad", "ahmed", "hassan", "abdullah", "xavier",
}
FEMALE_GIVEN_NAMES = {
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
    "sarah", "karen", "nancy", "lisa", "margaret", "sandra", "ashley", "emily", "donna",
    "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura",
    "helen", "sharon", "cynthia", "kathleen", "amy", "angela", "anna", "ann", "anne",
    "theresa", "teresa", "hillary", "kamala", "nancy", "angela", "ursula", "liz",
    "harriet", "tessa", "ruth", "clare", "claire", "diane", "jane", "julia", "kate",
    "catherine", "katherine", "caroline", "charlotte", "emma", "olivia", "sophie",
    "lucy", "alice", "rachel", "hannah", "natalia", "natalya", "olga", "elena", "yelena",
    "irina", "tatiana", "tatyana", "svetlana", "maria", "marina", "valentina", "ekaterina",
    "yekaterina", "maria", "christine", "marine", "ségolène", "sonia", "indira",
    "benazir", "yingluck", "tsai", "nicola", "jacinda", "priti", "suella", "penny",
    "yvette", "harriet", "margot", "estelle", "ruth", "beverley", "glenys", "mo",
}
MALE_GIVEN_NAMES |= _MALE
FEMALE_GIVEN_NAMES |= _FEMALE
_BOTH = MALE_GIVEN_NAMES & FEMALE_GIVEN_NAMES     # "Jean": either
MALE_GIVEN_NAMES -= _BOTH
FEMALE_GIVEN_NAMES -= _BOTH
