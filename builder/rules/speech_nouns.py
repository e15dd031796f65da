"""Nouns that report what someone said when a "that" clause follows them and a
possessive names the speaker ("denied his claim that the vote was rigged", "repeated
Doe's warning that prices would rise"): read by ``extract/quotes/nouns.py``."""

SPEECH_NOUNS = {
    "claim", "claims", "assertion", "assertions", "argument", "contention", "insistence",
    "statement", "suggestion", "warning", "warnings", "allegation", "allegations",
    "accusation", "accusations", "charge", "complaint", "complaints", "admission",
    "acknowledgment", "acknowledgement", "promise", "pledge", "vow", "prediction",
    "assurance", "assurances", "denial", "declaration", "announcement", "insinuation",
    "boast", "threat", "proposal", "remark", "comment", "comments", "testimony",
}

# words between the possessive and the noun that keep the phrase one speaker's
# statement ("his earlier claim", "her repeated insistence", "Doe's false assertion")
NOUN_MODIFIERS = {"earlier", "repeated", "false", "unfounded", "unsubstantiated", "latest",
                  "recent", "previous", "initial", "original", "frequent", "oft-repeated",
                  "controversial", "dubious", "bold", "public", "private", "explicit",
                  "implicit", "new", "own", "baseless", "debunked", "disputed"}

# possessive pronouns and the subject pronoun each stands for
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
