"""Words for merging dated events across articles (data for ``builder/link/chronology.py``).

General knowledge of English news writing only: words that carry no event content,
families of words naming the same kind of happening (so "met", "talks" and "summit"
count as one thing when two articles describe the same meeting in different words),
counting words that make a mention an aggregate ("five phone calls this year"), and
relative time words a headline should not start with. All entries are lower case.
"""
from __future__ import annotations

# Words that say nothing about what happened (beyond speech verbs and time words,
# which the chronology takes from rules/speech.py and rules/time_words.py).
STOP_WORDS = frozenset("""
a an the and or but nor of to in on at by for with from as is are was were be been being
has have had having it its it's this that these those their there they them he she his her
hers him we our ours you your i me my not no also than then after before over under about
into onto upon out up down off again further once here when where which who whom whose what
why how all any both each few more most other some such only own same so too very can will
just should would could may might must shall do does did doing done now while during since
until till through throughout against between among amid despite per via around across
along toward towards behind beyond near within without one two three four five six seven
eight nine ten first second third last next new year years month months week weeks day days
time times today tonight yesterday tomorrow ago earlier later early late recent recently
currently already still yet even ever never always often just including included
according mr mrs ms dr however although though because if whether well back also
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
morning afternoon evening night weekend
""".split())

# Families of words for the same kind of happening. Each word maps to its family name;
# similarity compares family names, so paraphrases meet. Nouns and verb forms both.
EVENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "talks": ("talks", "talk", "talked", "meeting", "meetings", "meet", "meets", "met",
              "summit", "summits", "call", "calls", "phone", "telephone", "phoned",
              "conversation", "conversations", "video", "videoconference", "virtual",
              "discussions", "discussion", "discussed", "negotiations", "negotiated",
              "conference", "consultations", "dialogue"),
    "visit": ("visit", "visits", "visited", "visiting", "trip", "trips", "tour", "toured",
              "landed", "arrived", "arrival", "travelled", "traveled", "stopover"),
    "agreement": ("treaty", "treaties", "pact", "pacts", "accord", "accords", "agreement",
                  "agreements", "deal", "deals", "memorandum", "contract", "contracts",
                  "charter", "convention"),
    "signing": ("sign", "signed", "signing", "signs", "signature", "ratified",
                "ratification", "ratify", "inked", "concluded"),
    "renewal": ("extend", "extended", "extending", "extension", "renew", "renewed",
                "renewing", "renewal", "prolong", "prolonged", "prolonging"),
    "statement": ("statement", "statements", "remarks", "speech", "speeches",
                  "declaration", "communique", "announcement"),
    "military": ("exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers",
                 "patrol", "patrols", "war-games", "wargames", "deployment", "deployed"),
    "attack": ("attack", "attacks", "attacked", "invasion", "invaded", "invade", "assault",
               "offensive", "strike", "strikes", "bombing", "bombings", "bombed", "bomb", "bombs",
               "blast", "blasts", "explosion", "explosions", "exploded", "war", "airstrike",
               "airstrikes", "shelling", "massacre"),
    "shooting": ("shot", "shooting", "shootings", "gunned", "gunman", "gunmen", "gunfire",
                 "sniper", "shooter"),
    "ruling": ("ruling", "rulings", "ruled", "verdict", "judgment", "judgement", "decision",
               "sentenced", "sentence", "acquitted", "convicted"),
    "arrest": ("arrest", "arrested", "arrests", "detained", "detention", "captured", "charged",
               "indicted", "extradited"),
    "election": ("election", "elections", "elected", "vote", "votes", "voted", "ballot",
                 "referendum", "poll", "polls", "re-elected"),
    "inauguration": ("inauguration", "inaugurated", "sworn", "swearing-in"),
    "sanctions": ("sanction", "sanctions", "sanctioned", "embargo", "tariffs", "tariff"),
    "anniversary": ("anniversary", "anniversaries", "centenary", "centennial", "jubilee",
                    "commemoration", "commemorated", "celebration", "celebrating",
                    "celebrated"),
    "reception": ("reception", "banquet", "ceremony", "gala", "dinner"),
    "appointment": ("appointed", "appointment", "nominated", "resigned",
                    "resignation", "dismissed", "sacked"),
    "disaster": ("earthquake", "quake", "flood", "floods", "storm", "typhoon", "hurricane",
                 "wildfire", "tsunami", "landslide", "drought", "eruption", "crash"),
}
EVENT_FAMILY_OF: dict[str, str] = {w: fam for fam, words in EVENT_FAMILIES.items() for w in words}

# Families that can describe one happening together ("met ... and signed a treaty ...
# at a reception marking the anniversary"). Two mentions whose kinds fall in different
# groups only ("a meeting" and "a bombing") are different events unless their words
# agree strongly.
FAMILY_GROUPS: dict[str, tuple[str, ...]] = {
    "politics": ("talks", "visit", "agreement", "signing", "renewal", "statement", "anniversary",
                 "reception", "appointment", "sanctions", "election", "inauguration"),
    "violence": ("attack", "shooting", "military", "arrest", "ruling"),
    "justice": ("arrest", "ruling", "statement"),
    "disaster": ("disaster",),
}
GROUPS_OF_FAMILY: dict[str, frozenset[str]] = {
    fam: frozenset(g for g, fams in FAMILY_GROUPS.items() if fam in fams) for fam in EVENT_FAMILIES}

# A count before a plural event word makes a mention an aggregate of several
# happenings ("five telephone conversations", "several visits"): it is not the same
# event as one dated happening of the same kind.
COUNT_WORDS = frozenset("""
two three four five six seven eight nine ten eleven twelve dozen dozens several many
multiple numerous countless repeated series hundreds thousands
""".split())
# The plural event words that count separate happenings ("talks" or "sanctions" name
# one happening even in the plural, so they are not here).
AGGREGATE_NOUNS = frozenset("""
calls conversations meetings summits visits trips tours treaties agreements deals pacts
attacks strikes bombings elections votes statements speeches patrols drills exercises
phone-calls rounds times occasions
""".split())

# Relative time words a headline should not start with: on the time line the date is
# shown next to the text, and "On Monday, ..." out of context names no particular Monday.
RELATIVE_OPENERS = frozenset("""
on in at last this next a the earlier later yesterday today tonight tomorrow
monday tuesday wednesday thursday friday saturday sunday week month year day weekend
morning afternoon evening night ago
""".split())

# Words before a person's name that make the name a modifier, not a participant:
# "the incoming administration of Lena Marsh", "a spokesman for X".
PERIPHERAL_BEFORE_NAME = ("of", "for", "under", "than")

# Pronouns a good headline should not start with (whom they stand for is not shown).
PRONOUN_OPENERS = frozenset("he she it they this that these those his her its their we i".split())

# ---- what a dated mention is (builder/extract/event_kinds.py, event_labels.py) ---------

# words of a game: "the third quarter" or "the first half" near them is a period of play
SPORT_WORDS = frozenset("""
game games match matches season playoff playoffs league coach coaches team teams player
players court pitch field foul fouls technical scored score scoring points rebounds assists
goal goals touchdown touchdowns inning innings halftime half-time overtime quarterback
basket baskets three-pointer free-throw dunk shot shots kick penalty referee umpire
striker midfielder defender goalkeeper wicket wickets batting bowled serve set sets
lakers nba nfl nhl mlb fifa
""".split())
# words of money and business: "the third quarter" near them is a quarter of a year
FINANCE_WORDS = frozenset("""
revenue revenues profit profits loss losses earnings sales income growth gdp economy
economic fiscal financial quarterly results shares stock stocks investors dividend
percent margin margins forecast forecasts output inflation unemployment deficit debt
billion million spending exports imports
""".split())
# words that make a clock time the name of a recurring slot, not a moment
SHIFT_WORDS = frozenset("shift shifts schedule schedules daily nightly every each slot".split())
# verbs and nouns of measuring: with a figure and a year they state a yearly measure
MEASURE_VERBS = frozenset("""
accounted account accounts totaled totalled total totals reached reach rose rise rises fell
fall falls increased increase decreased decrease grew grow declined decline dropped drop
jumped jump climbed climb stood averaged averages represented estimated estimate marking
sank sunk sinking falling rising dropping climbing declining plunged plunging soared soaring
slumped slumping surged surging tumbled tumbling
""".split())
# verbs of a tenure or a state: over a stretch of years ("served as envoy from 2013 to
# 2015", "was chairman 1998-2004") they tell a state, not a happening of either year
TENURE_VERBS = frozenset("""
served serving serves was were been is are worked working lived living held chaired headed
taught remained stayed reigned ruled governed represented coached sat presided edited
managed owned operated lasted spanned
""".split())
# nouns of a measure over a period: right before a date still to come ("demand next
# year", "growth in 2021") they frame a forecast, not a happening (background)
FORECAST_NOUNS = frozenset("""
demand growth output production supply supplies sales earnings revenue revenues profit profits
inflation spending prices price consumption deficit surplus exports imports outlook forecast
forecasts expectations estimates unemployment
""".split())

# a newsletter's greeting to its reader: the date of such a sentence is the issue's, not a
# happening's (a regular expression, matched case-insensitively)
READER_GREETING = (r"\b(?:(?:the|what)\s(?:\w+\s){0,3}you need to know|here[’']s what you need|welcome to (?:the|this|today|your)"
                   r"|good (?:morning|afternoon|evening)[,.!]|sign up (?:here|for)|subscribe to)\b")

# verb forms an event line turns into a past tense: an opening participle ("Speaking at a
# reception, Doe said" -> "Doe spoke at a reception") and past participles with an
# agent ("an agreement struck by X" -> "X struck an agreement")
PARTICIPLE_PAST: dict[str, str] = {
    "speaking": "spoke", "meeting": "met", "writing": "wrote", "giving": "gave",
    "making": "made", "taking": "took", "telling": "told", "saying": "said", "leaving": "left",
    "arriving": "arrived", "addressing": "addressed", "visiting": "visited",
    "attending": "attended", "talking": "talked", "hosting": "hosted", "opening": "opened",
    "announcing": "announced", "signing": "signed", "travelling": "travelled",
    "traveling": "traveled", "holding": "held", "appearing": "appeared",
    "responding": "responded", "referring": "referred", "answering": "answered",
    "commenting": "commented", "testifying": "testified", "campaigning": "campaigned",
    "flying": "flew", "landing": "landed", "returning": "returned", "writing in": "wrote in",
    "written": "wrote", "drawn up": "drew up", "taken": "took", "given": "gave",
    "won": "won", "sent": "sent",
    "seeking": "sought", "joining": "joined", "becoming": "became", "winning": "won",
    "losing": "lost", "moving": "moved", "resigning": "resigned", "launching": "launched",
    "buying": "bought", "selling": "sold", "founding": "founded", "filing": "filed",
    "graduating": "graduated", "retiring": "retired", "dropping": "dropped",
    "stepping down": "stepped down", "completing": "completed", "releasing": "released",
}
# irregular past participles (with the regular "-ed" forms they open a reduced relative
# clause: "the tariffs imposed on Sept. 1", "the exam taken last spring")
PAST_PARTICIPLES = frozenset("""
made taken given held built sent won struck written drawn set put cut begun brought bought
sold paid met spent found kept left lost led shown known seen done chosen broken spoken
stolen frozen hidden torn worn sworn thrown grown flown ridden driven beaten bitten shot
hit read laid signed
""".split())

# words that are verbs and nouns: before "that"/"who" they end a noun phrase ("the
# reunion tour that stops at X on July 22"), not a verb opening a complement
NOUN_VERBS = frozenset("""
tour visit vote address play rule host return start end launch debut premiere travel
""".split())

# verbs that take a "that" clause ("officials know that X won"): a word before "that"
# from this list ends a clause, not a noun phrase
COMPLEMENT_VERBS = frozenset("""
know knows knew believe believes believed think thinks thought say says said expect expects
expected hope hopes hoped fear fears feared argue argues argued claim claims claimed insist
insists insisted note notes noted suggest suggests suggested show shows showed find finds
found mean means meant feel feels felt agree agrees warn warns warned realize realise
realizes realises realized realised acknowledge acknowledges acknowledged admit admits
admitted understand understands understood report reports reported assume assumes assumed
doubt doubts doubted recognize recognise recognizes recognises recognized recognised
indicate indicates indicated reveal reveals revealed confirm confirms confirmed
""".split())

# verbs whose object is a stretch of time ("spent the weekend watching", "took the week
# off"): the date phrase after them is the object, which a line cannot lose
DURATION_OBJECT_VERBS = frozenset("""
spend spends spent spending take takes took taking pass passes passed passing enjoy enjoys
enjoyed waste wastes wasted devote devotes devoted dedicate dedicated
""".split())

# ---- what an event line must not be (builder/extract/event_checks.py) ----------------

# words that open a clause with no main clause of its own: a line opening with one is a
# fragment unless a comma closes it before a main clause
LINE_SUBORDINATORS = frozenset("""
which who whom whose where when whenever while whereas although though because since if
unless until including especially shortly despite amid according once as after before
than whether
""".split())
# a line opening with one of these speaks to the reader, not of a happening
LINE_IMPERATIVES = frozenset("""
consider remember note recall imagine look see think take keep read watch listen let
""".split())
# pronouns a line may not open with (who or what they stand for is not on the line)
LINE_PRONOUNS = frozenset("""
he she it they his her its their him them i we our my you your this these those
""".split())
# function words a line may not end on ("... in both 2008 and." once a date went)
LINE_DANGLING_ENDS = frozenset("""
a an the and or but nor to of in on at by for from with into onto than as both either
neither between before after until since during over via per is are was were be been
has have had will would could should can may might must that which who whose when where
come came
""".split())
# nouns that, after "the", stand for someone or something the article named before
# ("The firm bid $10 a share", "The candidate is hoping"): a line opening with one
# names no one
DESCRIPTION_HEADS = frozenset("""
firm company group companies president candidate senator governor minister official
officials administration agency tagline decision deal move plan report statement
pair duo couple leader leaders two spokesman spokeswoman spokesperson envoy ambassador
diplomat secretary chairman chairwoman chief executive ceo founder lawmaker lawmakers
congressman congresswoman singer star actor actress player coach team club side
league network outlet newspaper paper magazine station channel program programme
organization organisation campaign party state city country nation region
""".split())

# Words before a title that make it another office ("former President X", "Vice
# President Y"): such a person is not "the President" of an event line.
TITLE_QUALIFIERS = frozenset("""
former ex late then onetime erstwhile retired outgoing vice deputy acting assistant
associate interim
""".split())

# Heads of a description that stands for an organisation ("the firm bid", "the company
# said", "the agency ruled"): an event line names the organisation the article named last.
ORG_DESCRIPTION_HEADS = frozenset("""
company firm group organisation organization business corporation agency carrier
airline bank chain publisher retailer automaker manufacturer startup insurer lender
conglomerate network broadcaster
""".split())

# Heads of a description of a public body or a non-profit: never a company named with its
# legal form ("Dunmore Corp. ... The agency said" is another organisation)
PUBLIC_DESCRIPTION_HEADS = frozenset("agency organisation organization".split())

# Heads of a description of a named thing that is not always a company ("the tech giant",
# "the band", "the index"): an event line names it only by the sentence before's named
# subject, never by the organisation the article named last.
THING_DESCRIPTION_HEADS = frozenset("""
giant band index label club team show festival
""".split())

# Heads of a description of a place: "the town" is the one place the text introduced so
# ("the town of Marlow", "Marlow, a town of 21,000")
PLACE_DESCRIPTION_HEADS = frozenset("""
town city state county village island province region country district capital nation
""".split())

# Legal-form endings of an organisation's name: "Harlow Media Co." is also written "Harlow Media".
CORPORATE_SUFFIXES = frozenset("""
co co. inc inc. corp corp. ltd ltd. llc plc ag sa nv
""".split())

# Heads of a description of a person that is no office one holder has ("the candidate",
# "the billionaire"): an event line names the one person the sentence before named, as
# its subject.
PERSON_DESCRIPTION_HEADS = frozenset("""
candidate nominee challenger incumbent frontrunner front-runner contender billionaire
businessman businesswoman entrepreneur singer rapper actor actress star player coach
founder investor lawmaker veteran boss manager striker goalkeeper musician author
""".split())

# Words that mark a time of its own in a clause ("as of March 20", "in 2018", "last
# week"): a sentence of two parts joined by a semicolon keeps, in an event line, only the
# part with the entry's date when the other part holds one of these (another time).
# Names count only capitalised ("May", not the verb "may").
OTHER_TIME_NAMES = frozenset("""
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())
OTHER_TIME_WORDS = frozenset("""
yesterday today tomorrow tonight ago days week weeks month months year years quarter
""".split())

# Nouns of a happening and the verb that says it ("Doe's Oct. 11 announcement that ..." ->
# "Doe announced that ..."; "the release of the report by the agency in May" -> "The
# agency released the report"). One row each: the noun, the verb phrase for its owner
# (the one who did it; "was arrested": the one it happened to; it may end on the
# preposition it keeps: "spoke by phone with"), the participle for its
# object when no one is named ("the report was released"; "-": none), and the preposition
# that introduces its object, dropped before it ("visit to Y" -> "visited Y"; "-": none).
_NOMINAL_ROWS = """
announcement  announced        announced   -
decision      decided          -           -
loss          lost             -           -
win           won              -           -
victory       won              -           -
visit         visited          visited     to
trip          travelled        -           -
departure     left             -           from
exit          left             -           from
arrival       arrived          -           -
appearance    appeared         -           -
testimony     testified        -           -
resignation   resigned         -           -
retirement    retired          -           -
death         died             -           -
withdrawal    withdrew         -           -
proposal      proposed         proposed    -
approval      approved         approved    of
rejection     rejected         rejected    of
endorsement   endorsed         endorsed    of
invasion      invaded          invaded     of
acquisition   acquired         acquired    of
purchase      bought           bought      of
signing       signed           signed      of
launch        launched         launched    of
release       released         released    of
arrest        was_arrested     -           -
inauguration  was_inaugurated  -           -
indictment    was_indicted     -           -
conviction    was_convicted    -           -
call          spoke_by_phone_with  -       with
meeting       met              -           with
talks         held_talks_with  -           with
summit        held_a_summit_with  -        with
speech        spoke            -           -
"""
NOMINAL_EVENTS: dict[str, tuple[str, str | None, str | None]] = {
    noun: (verb.replace("_", " "), None if part == "-" else part, None if prep == "-" else prep)
    for noun, verb, part, prep in (row.split() for row in _NOMINAL_ROWS.strip().splitlines())
}
# nouns whose complement is a clause ("announcement that ..."): verbs inside it are its own
NOMINAL_THAT = frozenset("announcement decision proposal".split())

# nouns of a happening that a month or weekday before them dates ("a December interview",
# "his Tuesday wins"), besides the planned occasions and the event families
HAPPENING_NOUNS = frozenset({
    "interview", "interviews", "appearance", "appearances", "win", "wins", "victory", "victories",
    "defeat", "defeats", "testimony", "address", "hearing", "hearings", "debate", "debates",
    "rally", "rallies", "raid", "raids", "announcement", "remarks", "speech", "endorsement",
    "appearance", "visit", "trip", "tour", "shooting", "attack", "crash", "collapse", "arrest",
})

# a speech verb's participle and its past: "..., saying that ..." is what the subject said
SPEECH_PARTICIPLES = {
    "saying": "said", "adding": "added", "telling": "told", "noting": "noted", "arguing": "argued",
    "claiming": "claimed", "insisting": "insisted", "announcing": "announced", "warning": "warned",
    "explaining": "explained", "stating": "stated", "writing": "wrote", "asking": "asked",
    "urging": "urged", "accusing": "accused", "vowing": "vowed", "promising": "promised",
    "predicting": "predicted", "acknowledging": "acknowledged", "suggesting": "suggested",
    "pledging": "pledged", "declaring": "declared", "complaining": "complained", "citing": "cited",
}
