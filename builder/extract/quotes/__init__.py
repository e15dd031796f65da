"""Quote extraction and speaker attribution for one article.

``extract_quotes(paragraphs)`` -> (quotes, speakers, notices). The modules, in the
order an article goes through them:

    marks.py     quote marks -> quoted spans of a paragraph
    text.py      a paragraph as tokens (a quotation is one token) and sentences
    scan.py      first pass: the names the article gives, with titles and appositives
    people.py    those names clustered into people and organisations, indexed
    name_match.py  when two names are one person (given names, typos, a monarch's name)
    salience.py  who the text is talking about at each point (pronouns, descriptions)
    cues.py      a sentence's speech cues, read by the table of cue readers ...
    readers.py   ... one match/subject/content triple per kind of cue
    reports.py   what a speech verb's bare words after it report (clause or not)
    according.py "according to X" (a reader of its own, tried first)
    labels.py    quotations signed by a name: "Jane Doe: “...”", "“...” — Jane Doe"
    verb_subjects.py  a verb's subject further left (time adjuncts, asides, relatives)
    clauses.py   where reported content starts and ends (subordinate clauses, adjuncts)
    questions.py questions put to someone ("Asked whether ..., Doe said")
    spans.py     the speaker's noun phrase a reader needs (before, after, past an aside)
    content_spans.py  the reported content's span (after the cue, before it, clipped)
    np_shape.py  a subject phrase's bounds and shape (head noun, clause or phrase)
    mentions.py  what a subject phrase stands for (name, pronoun, description, group ...)
    resolve.py   whom it refers to, one resolver per kind of mention
    entries.py   which quotations are quotes; one entry per statement
    thoughts.py  what someone believes or expects (a reader of its own)
    nouns.py     "denied his claim that ...": a speech noun and its possessive
    attribute.py the article: quotes, reported speech, speakers, notices

Word lists are data in ``builder/rules/`` (speech_verbs.py, attribution.py, speech.py,
places.py, given_names.py). Every step is linear in the article's length: lookups go
through indexes, never through every pair of names.
"""
from __future__ import annotations

from . import thoughts  # noqa: F401  (registers the thought reader, after the others)
from . import questions  # noqa: F401  (registers the question reader, before the verbs)
from . import nouns  # noqa: F401  (registers the speech-noun reader, before the verbs)
from .attribute import extract_quotes

__all__ = ["extract_quotes"]
