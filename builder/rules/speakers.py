"""Words for telling who speaks (data for ``builder/extract/quotes/``). General English
only. All entries lower case.
"""
from __future__ import annotations

# Offices used as a form of address after an honorific ("Mr. President", "Madam
# Speaker"): after "Mr."/"Ms." any other capitalised word is a family name ("Mr. English",
# "Ms. Green", "Mr. Prince").
ADDRESS_TITLES = {
    "president", "speaker", "chairman", "chairwoman", "chair", "secretary", "ambassador",
    "mayor", "minister", "justice", "governor", "senator", "vice", "prime", "deputy",
    "commissioner", "attorney", "premier", "chancellor", "director", "leader",
}

# Given names that also open a question as a modal verb ("Will Smith win?", "May ...")
# and so are not read as a given name at the start of a sentence.
MODAL_GIVEN_NAMES = {"will", "may", "can", "must", "shall"}

# Words opening a subordinate clause: a speaker named right after one ("pointing out that
# the paper's reporter had reported ...") is not the topic a later "he" continues.
SUBORDINATORS = {
    "that", "which", "who", "whom", "because", "when", "after", "before", "while",
    "although", "though", "since", "if", "once", "whereas", "where", "until", "unless",
    "whether",
}

# Documents that speak for their author besides those in speech.DOCUMENT_WORDS ("the suit
# says"), by kind: the word and its synonyms name one document.
DOCUMENT_KINDS = {
    "suit": "suit", "lawsuit": "suit", "complaint": "suit", "email": "email",
    "e-mail": "email", "statement": "statement", "letter": "letter", "report": "report",
}

# Verbs by which the subject issues a document ("issued a statement"): the document's
# author is that subject.
ISSUING_VERBS = {
    "issued", "issues", "issue", "released", "releases", "release", "sent", "sends",
    "send", "filed", "files", "file", "published", "publishes", "wrote", "writes",
    "posted", "posts", "signed", "signs", "emailed", "put", "circulated", "distributed",
    "tweeted", "delivered", "submitted",
}

# Words by which a paragraph introduces its subject's words in the paragraph after it
# ("Jane Doe issued a statement on Monday." / "Doe spoke to the crowd." then a
# paragraph that is a quotation only): a document or an occasion of speech.
INTRODUCING_WORDS = {
    "statement", "statements", "remarks", "speech", "interview", "letter", "email",
    "e-mail", "tweet", "tweets", "post", "message", "address", "conference", "briefing",
    "testimony", "op-ed", "essay", "column", "memo", "spoke", "speaks", "addressed",
    "addresses", "testified", "explained", "recalled", "responded", "reacted", "insisted",
}

# A quotation followed by one of these is the subject of its sentence ('"Make it great
# again" was the slogan'), not a statement continuing the last speaker.
COPULAS = {"is", "was", "are", "were", "has", "had", "have", "became", "becomes",
           "remains", "remained", "appeared", "appears", "seems", "seemed"}

# Prepositions and nouns that open a sentence capitalised ("Absent Reyes' plan, ...",
# "Hours later, ..."), besides speech.NOT_NAME_WORDS: never the first word of a name.
NOT_NAME_OPENERS = {
    "absent", "barring", "pending", "beneath", "amongst", "given", "considering", "per",
    "via",
    # plural time nouns opening a sentence ("Hours later, ...")
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
    "moments", "centuries",
    # adverbs opening a sentence ("Immediately after the vote, Doe ...")
    "immediately", "shortly", "soon", "apparently", "obviously", "clearly", "reportedly",
    "separately", "similarly", "likewise", "additionally", "importantly", "interestingly",
    "frankly", "honestly", "unfortunately", "fortunately", "surprisingly", "notably",
    "instead", "afterward", "afterwards", "subsequently", "simultaneously",
    "officially", "specifically", "incidentally", "indeed", "later", "ever",
}

# Given names worn by men and women alike (short forms): no gender from the name alone.
EITHER_GENDER_GIVEN_NAMES = {
    "mo", "sam", "alex", "chris", "jo", "pat", "terry", "jean", "robin", "jamie", "kim",
    "leslie", "lee", "jordan", "taylor", "morgan", "casey", "jesse", "jackie", "toni",
    "frankie", "bobbie", "billie", "charlie", "drew", "dana", "kelly", "shannon",
}

# A given name not in the lists that ends in "a" is most often a woman's ("Arianna",
# "Huma"); these men's names (and family names that may come first) are the exceptions,
# as are names in "-ya" ("Yukiya", "Ilya"; names.gender_of_given).
MALE_NAMES_IN_A = {
    "nikita", "sasha", "misha", "mustafa", "mostafa", "moustafa", "hamza", "osama", "usama",
    "taha", "musa", "isa", "akira", "luka", "kuba", "joshua", "ezra", "ira", "luca", "aga",
    "abba", "nicola", "andrea", "dana", "garcia", "costa", "silva", "sousa", "pereira",
    "della", "sabah", "attia", "botha", "zuma", "obama", "ouattara", "sierra",
}

# What a crowd makes, after "said to" ("said to applause", "said to enthusiastic cheers"):
# the words were said to a crowd, not "said to be"; the endings of an adjective before it.
CROWD_NOISES = {"applause", "cheers", "laughter", "laughs", "ovation", "boos", "jeers",
                "chants", "cheering", "booing"}
ADJECTIVE_ENDINGS = ("ic", "ous", "ful", "ive", "ing", "ed", "ant", "ent", "ud", "ld", "rm",
                     "ght", "ild")

# Last words of newspapers' and magazines' names ("The Des Moines Register", "The Daily
# Beast"): "the newspaper", "the paper's editorial board" means the outlet so named.
NEWSPAPER_NAME_WORDS = {
    "times", "post", "journal", "news", "herald", "tribune", "register", "gazette", "globe",
    "star", "chronicle", "examiner", "daily", "sun", "telegraph", "guardian", "inquirer",
    "record", "courier", "observer", "advocate", "bee", "dispatch", "press", "review",
    "magazine", "weekly", "beast", "leader", "sentinel", "independent", "mirror", "express",
    "monitor", "standard", "enquirer", "bulletin", "statesman", "plain", "dealer",
}

# Titles a monarch or a pontiff bears before the one name they are known by ("King
# Abdul", "Queen Mary", "Pope Linus"): that name is no family name, and the title is part
# of how the person is named. "King Abdul" is never the "Omar Abdul" of the same article.
REGNAL_TITLES = {
    "king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "tsar",
    "czar", "tsarina", "czarina", "emir", "sheikh", "kaiser", "pharaoh",
}

# Words opening a clause before the main one ("Although he called it ..., Mr. Roe
# forecast ..."): a "he" or "she" inside such a clause may stand for the main clause's
# subject named after it.
OPENING_SUBORDINATORS = {
    "although", "though", "while", "when", "after", "before", "because", "since", "if",
    "once", "until", "unless", "whereas", "even",
}

# Occupations a description names ("the investigator said", "the analyst added"): the
# person just talked about is meant only when the text gave them that occupation; one
# introduced with another ("a spokesman") is not the unnamed investigator.
OCCUPATION_NOUNS = {
    "investigator", "detective", "agent", "prosecutor", "officer", "analyst", "expert",
    "economist", "pollster", "nurse", "teacher", "farmer", "miner", "pastor", "priest",
    "soldier", "student", "driver", "lawmaker", "legislator", "operative", "insider",
}

# Nouns describing a child ("asked the boy"): never someone the article gives an office,
# an honorific or an adult's age; the roles a child may hold besides.
CHILD_NOUNS = {"boy", "girl", "child", "kid", "teenager", "teen", "toddler", "youngster",
               "schoolboy", "schoolgirl"}
CHILD_ROLES = {"student", "pupil", "son", "daughter", "grandson", "granddaughter",
               "classmate", "friend", "sibling", "relative", "teammate", "brother", "sister"}

# Abbreviations ending a company's name ("Acme Co.", "Harbor LLC"): a "name" ending in one
# is a firm's, never a person's.
COMPANY_SUFFIXES = {"co", "cos", "llc", "llp", "lp", "sa", "ag", "nv", "bv", "gmbh", "pty",
                    "spa", "srl", "oy", "ab", "as", "kg"}
