"""Page furniture: the patterns that mark a copied line as not being article text.

Data for ``builder/extract/structure.py``. Every pattern here describes a *kind* of line
found on news pages in general (ads, app promos, share buttons, photo credits,
"related" lists, copyright footers), never one publisher's wording. Patterns are
matched against one stripped line at a time, case-insensitively unless noted,
and are kept simple (no nested repetition) so matching stays linear.
"""
from __future__ import annotations

# ---- sizes -----------------------------------------------------------------------

# a line with at most this many words is "short" (labels, menu items, headlines)
SHORT_WORDS = 8
# headline-like lines (no final punctuation) longer than this are treated as prose
HEADLINE_MAX_WORDS = 30
# topic / section labels above a headline
TOPIC_MAX_WORDS = 6
# furniture vocabulary is only trusted on lines up to this many words; longer lines
# need one of the STRONG_PROMO patterns
FURNITURE_MAX_WORDS = 30

# ---- whole-line ads ----------------------------------------------------------------

AD_LINES = [
    r"advertisements?",
    r"ad",
    r"ads",
    r"sponsored( content| links?| stories)?",
    r"paid (content|post|partner content)",
    r"promoted( content| stories)?",
    r"story continues below( advertisement)?",
    r"article continues below( advertisement)?",
    r"continue reading( the main story| below)?",
    r"skip advertisement",
    r"ads? by \w+",
    r"report (this )?ad",
    r"partner content",
]

# ---- app, newsletter and subscription promos (short lines) ------------------------

PROMO_PATTERNS = [
    r"^get more with\b",
    r"\bnews ?feed\b",
    r"^learn more\b",
    r"^find out more\b",
    r"^read more\b",
    r"^(click|tap) here\b",
    r"\bsign ?up\b",
    r"\bsign in\b",
    r"\blog ?in\b",
    r"\bsubscribe\b",
    r"\bsubscription",
    r"\bnewsletters?\b",
    r"\bin your inbox\b",
    r"\bto your inbox\b",
    r"\bdownload (our|the)\b",
    r"\bget the\b.*\bapp\b",
    r"\bmobile app\b",
    r"\bapp store\b",
    r"\bgoogle play\b",
    r"^follow (us|@)",
    r"\bfollow\b.*\bon (twitter|facebook|instagram|linkedin|youtube)\b",
    r"\b(facebook|twitter|instagram)\b.*\band (instagram|twitter|facebook|youtube)\b",
    r"\bbreaking news (alerts|emails)\b",
    r"\brecaptcha\b",
    r"\bprivacy (policy|notice)\b",
    r"\bterms of (service|use|sale)\b",
    r"\bwill open in a new (window|tab)\b",
    r"^media playback\b",
    r"\bcookie (policy|settings)\b",
    r"^watch( live)?:",
    r"^listen( live)?( to)?\b",
    r"^(have|do you have) (questions|a news tip|a story)\b",
    r"^send us\b",
    r"^contact us\b",
    r"\bgive us feedback\b",
    r"\bwe'?d like to hear\b",
    r"^to read the full (story|article)\b",
    r"\bfree trial\b",
    r"\bunlimited (digital )?access\b",
    r"\bpersonali[sz]ed\b.*\b(news|stories|feed)\b",
    r"^view (the )?(comments|discussion|gallery|slideshow|photos)\b",
    r"^(show|load|see) (more|all)( comments| stories| photos)?\b",
    r"^back to (top|gallery)\b",
    r"^share (your|this|on)\b",
    r"\bshare your thoughts\b",
    r"^read the (rest|full (story|article|report))\b",
]

# photo galleries: counters and buttons ("Image 1 of 8", "1 / 8", "Caption", "Close")
GALLERY_LINES = [
    r"(image|photo|picture|slide)s?\s*\d+\s*(of|/)\s*(/\s*)?\d*",
    r"\d+\s*(of|/)\s*\d+",
    r"caption",
    r"(hide|show|close|expand|enlarge|open) (caption|image|gallery|photos?)",
    r"(view|see|launch|open) (the )?(gallery|slideshow|photos?)",
    r"enlarge( this)?( image| photo)?",
    r"(previous|next)( slide| image| photo)?",
    r"(view|see|show) all\s*\(\s*\d+\s*\)",              # "View all (23)": a gallery's button
    r"(view|see|show) all \d+ (photos|images|pictures|slides)",
]

# a link's arrow ending a line of any length: "Need help? Our tool can find an adviser near
# you »" (not a French quotation closing with its guillemet)
LINK_ARROWS = (" »", " ›", "\u00a0»", "\u00a0›")

# promos that may be long lines (they read like sentences): need a stronger cue
STRONG_PROMO = [
    r"\bget the answers with\b",
    r"\bour (new |free )?(platform|app|newsletter|podcast)\b.*\b(brought to you|curated|explainers?|sign up|subscribe|download)\b",
    r"\bdownload our\b.{0,40}\bapp\b",
    r"\bsign up (for|to) (our|the)\b.{0,60}\bnewsletter",
    r"\bsubscribe to (our|the)\b.{0,40}\b(newsletter|channel|podcast)\b",
    r"\bclick here to\b",
    r"\bfollow (us|[\w ]{1,40}) on (twitter|facebook|instagram)\b.*\band (instagram|twitter|facebook|youtube)\b",
    r"\bget (breaking news|the latest news)\b.{0,40}\b(alerts|inbox|delivered)\b",
    r"\b(news|stories) that matters?\b.{0,40}\bdelivered\b",
    r"\btell us what you think\b",
    r"^(reach|follow|contact) (the |this )?(reporters?|writers?|authors?|[A-Z]\w+)\b.{0,60}\b(at|on) (https?://|twitter\b|@\w)",
    r"^(follow|more|see|read) .{0,60}\b(coverage|stories)?\b.{0,30}(at|:) ?https?://",
    r"\b(take|taking) (this|our|a short) survey\b",
    r"\bwe['\u2019]?d (like|love) to hear (what you think|from you|your thoughts)\b",
    r"\bclick (here )?to (subscribe|watch|listen|follow|sign up)\b",
    r"\bnow on (youtube|spotify|apple podcasts|itunes|instagram|tiktok)\b",
    r"\b(in )?(each|every) (new )?episode of (his|her|their|our|the)\b",
    r"\bor listen (back|again|live) (here|now|online)\b",
    r"^(listen|tune in) (to )?[\w' ]{1,40}\b(live|podcast)\b",
    r"^(e-?mail|send) (us )?(your )?(comments|suggestions|tips|questions)\b",
    r"^watch\b.{0,30}\blive$",
    # the outlet's own show or letter and its sponsor: "This week's podcast is sponsored by ..."
    r"\b(podcast|newsletter|episode|series|show|programme|program)\b.{0,30}\b(is|are|was) "
    r"(sponsored|brought to you|presented|supported) by\b",
]

# ---- share / social buttons: a short line made only of these words ----------------

SHARE_WORDS = {
    "share", "shares", "sharing", "shared", "options", "option", "all", "this", "on", "via",
    "facebook", "twitter", "email", "e", "mail", "print", "whatsapp", "linkedin", "reddit",
    "pinterest", "pocket", "flipboard", "copy", "link", "url", "copied", "tweet", "messenger",
    "telegram", "sms", "comment", "comments", "save", "close", "open", "menu", "more", "show",
    "extra", "permalink", "article", "story", "text", "size", "a", "for", "the", "gift",
    "instagram", "youtube", "snapchat", "tumblr", "mix", "vk", "line", "bookmark", "x", "panel",
}

# ---- headings that open a list of other stories -----------------------------------

LIST_HEADINGS = [
    r"related( articles?| stories| story| content| topics| coverage| news| reading| links?| posts?)?",
    r"more( stories| news| coverage| articles)?( on this( story| topic)?)?",
    r"more (from|in|on|about|like this)\b.*",
    r"read (more|next|also)\b.*",
    r"see (also|more)\b.*",
    r"also (read|see|on)\b.*",
    r"(you|we think you) (may|might) (also )?like.*",
    r"recommended( for you| stories| reading| articles)?",
    r"most (popular|read|viewed|shared|watched|commented)\b.*",
    r"(what'?s )?trending( now| news| stories)?",
    r"popular( now| stories| on \w+)?",
    r"top (stories|news|headlines)",
    r"latest( news| stories| headlines)?",
    r"next (in|up)\b.*",
    r"up next",
    r"others also read",
    r"(people|readers) also (read|viewed|liked)",
    r"don'?t miss",
    r"in (other news|case you missed it)",
    r"on our radar",
    r"topics",
    r"tags?",
    r"filed under",
    r"editor'?s picks?",
    r"around the web",
    r"more videos?",
    r"(watch|videos?)( now)?",
    r"related (coverage|stories|articles|content|reading) (from|on|in|about)\b.*",
    r"our sources",
    r"sources?",
]

# the lines under a list heading (up to the next blank line) are its items, at most this many
LIST_MAX_ITEMS = 100

# ---- photo captions and credits ---------------------------------------------------

# a caption ending in its credit: "... Photo: AP", "... (Photo: Reuters)", "(Image: GETTY )"
# (case-sensitive unless the pattern starts with (?i))
CAPTION_CREDIT_SUFFIX = [
    r"(?i)(?:^|(?<=[\s.!?\"'\u201d\u2019)]))(?:photos?|photograph|pictures?|picture|images?|credit|source|video|illustration|graphic)\s*:\s*(?P<credit>[^:()]{1,80}?)\s*$",
    r"(?i)\(\s*(?:photos?|photograph|pictures?|images?|credit|illustration)\s*(?:by\b)?\s*:?\s*(?P<credit>[^()]{1,80}?)\s*\)\s*$",
    r"(?i)\[\s*(?:photos?|photograph|pictures?|images?|credit|illustration)\s*(?:by\b)?\s*:?\s*(?P<credit>[^\[\]]{1,80}?)\s*\]\s*$",
    # wire style: "... 2019. REUTERS/Brendan McDermid" (agency in capitals, slash, name)
    r"(?:^|(?<=\s))(?P<credit>[A-Z]{2,}(?: [A-Z]{2,})?/[A-Z][A-Za-z.' -]{1,40}(?: ?/ ?[A-Za-z][A-Za-z.' -]{1,40})?)\s*$",
    # credit glued to the caption's last sentence: "... in New York.Reuters", "... easy.Jane Roe/Getty"
    r"(?<=[a-z0-9)][.!?])(?P<credit>(?:[A-Z][\w.'-]*(?: [\w.'&-]+){0,5}?\s?)?(?:/\s?[\w .'-]{2,40}|Reuters|AP|AFP|EPA|Getty Images|Getty)(?: file)?)\s*$",
    # a credit in brackets after the caption: "... in 2001 [File: Reuters]", "... (AP)",
    # "... [Jane Roe via Example Agency]", "... (AP Photo/Jane Roe)"
    r"(?<=[\w.!?\"'\u201d\u2019])\s*[\[(]\s*(?P<credit>(?i:file(?: photo)?)\s*:\s*[^\[\]()]{1,40}?|"
    r"(?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Getty|Xinhua|Bloomberg|Shutterstock|Pool|POOL|Handout)"
    r"(?: Photo| Images?)?(?:\s?/\s?[A-Z][\w.' -]{1,40})?|"
    r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3} via [A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})\s*[\])]\s*$",
]
# caption lines announced at their start
CAPTION_PREFIX = [
    r"^(file )?(photo|image|picture|video):\s",
    r"^(media|image|video) caption\s*\S",
    r"^file\s*[-\u2013\u2014]\s",
    r"^\d{1,3}\s?of\s?\d{1,3}(?=[A-Z\u201c\"])",   # gallery counter glued to the caption: "2of4A shopper ..."
    r"^in this\b.{0,60}\b(photo|image|picture|photograph|file)\b",
    r"^image caption\b",
    r"^caption:\s",
    r"^pictured:\s",
    r"^(above|below|top|left|right|main picture):\s",
]
# a caption saying who stands where in the photo: "Jane Roe (left) and John Doe (right)",
# "Doe (second from left)"; the position follows a capitalised name (a single letter,
# "(R)", is a party label, not a position)
CAPTION_POSITION = (r"[A-Z][\w’'.-]{0,40}\s\((?:(?:second|third|far|top|bottom|front|back)\s(?:from\s)?)?"
                    r"(?:left|right|center|centre|top|bottom|L|R|C)(?<!\(L)(?<!\(R)(?<!\(C)\)"
                    r"|[A-Z][\w’'.-]{0,40}\s\((?:pictured|inset|above|below|foreground|background)\)")
# a short standalone credit line under a caption
CREDIT_LINE = [
    r"^(photo|photograph|image|picture|credit|source)s?\s*(copyright|credit|by)?\s*[:.]",
    r"^(image )?copyright\s+\S",
    r"^credit\W*$",
    r"^(h/t|hat tip)\b",                  # "h/t: Example News." credits the story's source
    r"\bgetty( images)?\b",
    r"\bshutterstock\b",
    r"\b(ap|afp|epa|reuters|bloomberg|pool|handout|courtesy|file)( photo| images?| file)?\s*\)?$",
    r"^\((\s*\w[\w.&' /-]{0,60})\)$",
    r"[^\W\d]\s*/\s*[\w ]+\s*/\s*\w",     # "Agency/Jane Roe/File", not a date "04/05/2021"
    r"\w /\s*[A-Z][\w.]+( [A-Z][\w.]+)?( file)?$",
    # "Photo by Jane Roe", "Photo illustration by Example Magazine"
    r"^(photo|image|picture|illustration)s?( illustration)? by\s+(?-i:[A-Z])",
    # "Doug Mills/The New York Times": a name, a slash, an organisation
    r"^(?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}) ?/ ?(?-i:[A-Z][\w.'&-]+(?: [A-Z&][\w.'&-]+){0,4})$",
]
# credits as they appear after "Photo:" etc.: cleaned of these trailing bits
CREDIT_STRIP = r"[\s)\].]+$"
# and of these leading words ("File: Reuters" -> "Reuters")
CREDIT_LEAD_STRIP = r"^(?i:file(?: photo)?)\s*:\s*"

# ---- other furniture kinds ----------------------------------------------------------

# "This article appeared in the ... print edition as: X" and the like
PRINT_HEADLINE = [
    r"\bprint edition\b.{0,120}?\bas\s*:\s*(?P<headline>.+)$",
    r"\bin print\b.{0,200}?\bwith the headline\s*:\s*(?P<headline>.+)$",
]

COPYRIGHT = [
    r"^\u00a9",
    r"\u00a9\s*(19|20)\d\d",
    r"^\(c\)\s",
    r"^copyright\s*(\u00a9|\(c\)|(19|20)\d\d|by\b|of\b|[:.]|$)",
    r"\bcopyright\s*(\u00a9\s*)?(19|20)\d\d\b",
    r"\ball rights reserved\b",
    r"\bmay not be (reproduced|republished|redistributed)\b",
]
COPYRIGHT_YEAR = r"(?:\u00a9|\(c\)|copyright)\D{0,12}?(?P<year>(?:19|20)\d\d)\b"

# "By Jane Doe", "Reporting by ..."
# matched case-insensitively; (?-i:...) keeps a name's capital letters significant
BYLINE = [
    r"^(by|words by|written by|story by|text by|report by)\s+(?-i:[A-Z\u00c0-\u024f])",
    r"^(?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}),? (the )?(associated press|ap|afp|reuters|usa today|bloomberg)\b",
    r"^(?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}),? [\w ]{0,30}\b(writer|correspondent|reporter|columnist)$",
    r"\bwire services?$",
    r"^(reporting|additional reporting|editing|writing|compiled) by\b",
    r"^(author|authors|reporter|correspondent|contributor)s?\s*:",
    r"^about the author\b",
    r"\bcontributed (reporting|to this report)\b",
]
# reading the authors' names out of a byline ("By Jane Roe and John Doe | Example News")
BYLINE_LEAD = r"^(?:(?:words|written|story|text|report|reporting) )?by\s+|^(?:authors?|reporters?|writers?)\s*:\s*"
# where the names end: a separator, a date or time, a handle, "Updated ..."
BYLINE_END = r"\s[|\u2022/\u00b7]|\s[-\u2013\u2014]\s|\b(?:updated|published|posted|last)\b|\d|@|\bin\b|\bfor\b|\bat\b|\bon\b"
# between names
BYLINE_SPLIT = r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+|\s*;\s*"
# a part of a byline holding one of these is a role or an outlet, not a person
BYLINE_NOT_NAME = {
    "press", "news", "agency", "agencies", "wire", "wires", "services", "service", "staff",
    "reporter", "reporters", "correspondent", "correspondents", "writer", "writers", "editor",
    "editors", "columnist", "contributor", "contributors", "producer", "photographer",
    "times", "post", "journal", "daily", "tribune", "herald", "network", "media", "bureau",
    "desk", "team", "online", "digital", "magazine", "newspaper", "radio", "television",
    "tv", "channel", "senior", "chief", "political", "foreign", "business", "special",
    "associate", "deputy", "managing", "opinion", "contributing", "guest", "editorial",
    "board", "analysis", "review", "report", "today", "the", "and", "by", "paper", "sport",
    "sports", "edition", "issue", "online", "group",
}
# a contributors' note can be long: "Associated Press writers A, B and C contributed to this report."
CONTRIBUTORS = r"\bcontributed (reporting|to this (report|story|article))\b"

# an author's name on its own line right above a date line: "Jane Roe" / "Published: ...",
# or two joined by "and" (an outlet's name may follow: "Jane Roe and John Doe Example Times")
AUTHOR_NAME = (r"^[A-Z][\w'-]+(?: [A-Z][\w'.-]+){1,3}"
               r"(?:,? (?:and|&) [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,7})?$")

# author's note under the article: "Jane Doe is a reporter for ..." (case-sensitive)
AUTHOR_BIO = [
    r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3} (?:is|was) (?:an?|the) [\w ,'-]{0,60}?"
    r"\b(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|producer|author)\b",
    # "Prize-winning journalist Jane Roe writes a daily blog ...", "Jane Roe writes a column ..."
    r"^(?:[A-Z][\w'-]*[ -]){0,4}(?:journalist|columnist|reporter|correspondent|writer|editor|critic) "
    r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,2} (?:writes|covers|has (?:written|covered)|is)\b",
    r"^(?:[A-Z][\w'.-]+ ){1,3}(?:writes|has written) (?:a|the) (?:daily |weekly |monthly )?"
    r"(?:blog|column|newsletter)\b",
]

# bare counters: comment counts, list numbers ("69", "1.2k")
COUNT_LINE = r"^\d{1,3}(?:[.,]\d{1,3})*\s*[km]?$"
COMMENT_LINE = [
    r"^\d+\s+comments?$",
    r"^comments?\s*\(\s*[\d+]*\s*\)$",
    r"^(view|show|read|hide|post|add|leave) (a |all |your )?(comments?|replies)\b",
    r"^(join|view) the (discussion|conversation)\b",
    r"^comments?$",
    r"^(readers'?|reader|user) comments\b",
]
# relative or clock-only time stamps: "2 hours ago", "Updated at 1:23 p.m."
TIMESTAMP = [
    r"^(published|updated|posted|first published|last updated|last modified)\b.{0,80}\d",
    r"^\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s*[a-z]{2,4})?$",
    r"^\d{1,3}\s*(-\s*)?min(ute)?s?\.?\s*(read|listen)$",
    r"^\d{1,2}\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$",
    r"^(updated|posted|published|last updated)( at| on)?\s*:?\s*\d{1,2}([:.]\d{2})?\s*([ap]\.?m\.?)?(\s*[a-z]{2,4})?\.?$",
]

# video players: a running time on its own line, then the clip's title
VIDEO_TIME = r"^\d{1,2}:\d{2}(?::\d{2})?$"
VIDEO_LINES = [
    r"^video$",
    r"^now playing\b",
    r"^up next$",
    r"^duration\b",
    r"^(watch|video)\s*:",
    r"^replay$",
    r"^(play|pause|mute|unmute)( video)?$",
]

# tag lines: "Topics: A, B, C" or a bare list "A , B , C , D"
TAG_PREFIX = r"^(tags?|topics?|filed under|keywords?|related topics|categories)\b\s*:?\s*"
TAG_MIN_ITEMS = 3
TAG_ITEM_MAX_WORDS = 4

# headings of a summary list at the top ("Key points"): their items are standfirst
SUMMARY_HEADINGS = [
    r"key (points|takeaways|facts)",
    r"(story )?highlights",
    r"in brief",
    r"at a glance",
    r"summary",
    r"what you need to know",
    r"the big picture",
    r"abstract",                # a database copy's summary ("ABSTRACT." then "FULL TEXT.")
]
# a line that only marks where a database copy's text begins ("FULL TEXT.", "Body:")
TEXT_MARKERS = [
    r"full text",
    r"article text",
    r"body",
    r"text",
]

# embedded social posts end with a signature line: "— Jane Doe (@jane) November 18, 2019"
POST_SIGNATURE = r"^[\u2014\u2013-]\s*[^()]{1,80}\(@\w{1,40}\)\s*\S.{0,40}$"
# an embedded post copied as one line: its text, then its signature at the end, perhaps
# followed by the markup it came in ("... — Jane Doe (@jane) June 28, 2016</post>.")
POST_ONE_LINE = (r"\s[\u2014\u2013]\s*[^()\u2014\u2013]{1,80}\(@\w{1,40}\)\s*"
                 r"[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d\W*(?:</?[a-z][^<>]{0,200}>\W*)*$")
# an embedded post in the markup it was scraped with: a line opening with a tag that names
# an account ('<post author="@jane" date="...">text')
POST_MARKUP = r"^<[a-z][\w-]*\s[^<>]{0,300}[\"'\s]@\w{1,40}[^<>]{0,300}>"
# the text of an embedded post stands right above its signature and is at most this long
# (a post's limit, a link counting as one word)
POST_MAX_CHARS = 300
# a reader's comment box glued into a name: "Jane RoeJane Lynn RoeTeaser headline ... MORE"
HOVER_CARD_END = " MORE"
HOVER_CARD_MAX_CHARS = 900
# a source list's entry: 'Example News, "A headline in quotes," Nov. 19, 2019'
CITATION = (r"^[A-Z][\w .&'-]{1,60}, [\"\u201c][^\"\u201c\u201d]{5,240}[\"\u201d],? "
            r"(?:(?:[A-Z][a-z]{2,8}\.?|\d{1,2}) \d{1,2},? )?(?:19|20)\d\d\.?$")
# a trailing link at the end of an embedded post ("... https://t.co/x", "pic.twitter.com/x")
TRAILING_URL = r"\s*(?:https?://|pic\.twitter\.com/|www\.)\S+$"

# a stand-alone question between paragraphs is a subhead when the next paragraph takes
# up one of its content words, otherwise a link to another story; these words don't count
QUESTION_LINK_MIN_WORDS = 5
QUESTION_LINK_MAX_WORDS = 20
# a page with this many lone questions is an explainer: its questions are subheads
QUESTION_SUBHEADS_MIN = 3
FUNCTION_WORDS = {
    "about", "after", "again", "against", "also", "although", "among", "another", "because",
    "been", "before", "being", "between", "both", "cannot", "could", "does", "doing", "down",
    "during", "each", "either", "even", "ever", "every", "from", "further", "have", "having",
    "here", "into", "just", "like", "many", "more", "most", "much", "must", "next", "only",
    "other", "over", "same", "should", "since", "some", "still", "such", "than", "that", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "under", "until",
    "very", "were", "what", "when", "where", "whether", "which", "while", "will", "with",
    "within", "without", "would", "your", "says", "said", "make", "made", "help", "really",
    "might", "shall", "whose", "whom", "year", "years", "time", "times", "people", "first",
    "last", "could", "after", "amid", "back", "well", "going", "want", "need", "take",
}

# ---- the topic label above the headline ------------------------------------------------

# navigation labels, never a story's section (matched against the whole line)
NAV_LABELS = [
    r"home(page)?", r"rss( feeds?)?", r"donate", r"classifieds?", r"e-?edition", r"edition",
    r"(today'?s|todays|the) paper", r"print edition", r"search( quotes)?", r"about( us)?",
    r"publications", r"menu", r"sections?", r"archives?", r"watch( \w+)? live", r"live( tv)?",
    r"advertise( with us)?", r"contact( us)?", r"help", r"more", r"all", r"jobs", r"careers",
    r"shop", r"store", r"weather", r"log ?in", r"sign ?in", r"subscribe", r"newsletters?",
]

# ---- choosing the headline -----------------------------------------------------------

# boxes and navigation lines that read like a headline but never are one
NOT_HEADLINE = [
    r"^why (you can|you should|to|should you|we) trust\b",
    r"^(how|why) we (report|cover|work|fact-check)\b",
    r"^(our|editorial|the) (standards|principles|policies|ethics)\b",
    r"^directory of\b",
    r"^(about|meet) (us|the (authors?|team|reporters?|newsroom|writers?))\b",
    r"^(skip|jump) to\b",
    r"^welcome to\b",
    r"\b(ethics|corrections?|editorial) (policy|standards)\b",
    r"^(more|latest|top|related) (from|on|in|stories|news|headlines|videos)\b",
]
# a headline has at least this many words
HEADLINE_MIN_WORDS = 3
# the first line of a clean copy (headline, blank line, paragraphs) is taken for the
# headline, whatever its final punctuation, when it has at most this many words
LEAD_HEADLINE_MAX_WORDS = 25
# how many text lines (not counting buttons, ads and blank lines) above the body the
# headline is looked for: menus and related-story lists can stand between them
HEADLINE_SCAN_LINES = 80
# words that join names in a byline or a photo credit ("Jane Roe and John Doe Example Times")
NAME_JOINERS = {"and", "&", "of", "de", "van", "von", "der", "den", "la", "le", "da", "di",
                "del", "bin", "al", "el", "y", "e", "du", "st", "jr", "sr", "ii", "iii"}

# bullets that open standfirst lines ("  • ...")
BULLETS = "\u2022\u25cf\u25aa\u25e6\u2023\u2043\u25a0\u25b8\u25ba\u27a4"

# a numbered subhead inside the text: "2. Never urged Ukraine to investigate"
NUMBERED_SUBHEAD = r"^\d{1,2}[.)]\s+\S"

# sentence-final characters (before any closing quotes or brackets)
SENTENCE_END = ".!?\u2026:;"
CLOSERS = "\"'\u201d\u2019\u00bb)]\u203a*"
OPENERS = "\"'\u201c\u2018\u00ab([\u2039\u2014\u2013-"

# lines that close the article's own text: what follows is a press release's boilerplate
# (who the company is, whom to call, the legal notice) or an end mark; matched against the
# whole line, case-insensitively except the organisation's name after "About"
TAIL_MARKERS = [
    # "About Acme Corp.", "About the Example Foundation" (every word capitalised)
    r"^about (?:the )?(?-i:[A-Z][\w.&'\u2019-]*(?: (?:[A-Z0-9&][\w.&'\u2019-]*|of|and|for|de))*)$",
    r"^(?:media|press|investor|news)(?: relations)? contacts?\s*:?$",
    r"^contacts?\s*:$",
    r"^(?:#{3}|-\s?30\s?-|- ?end ?-|-- ?end ?--)$",
    r"^(?:forward[- ]looking statements?|safe harbou?r statement|cautionary (?:note|statement)"
    r"(?: regarding forward[- ]looking statements)?)\s*:?$",
]
TAIL_MARKER_MAX_WORDS = 8

