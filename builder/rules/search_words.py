"""Words of search, as data: used by ``builder.render.search_index`` (and, through the
index file, by the search worker).

STOP_WORDS: the commonest English function words. They stay in the index (a search for
"the" still works), but in a query of several words they are skipped: they match almost
every article, so they narrow nothing, and their index files are the largest.
"""
from __future__ import annotations

STOP_WORDS: tuple[str, ...] = (
    "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been",
    "but", "by", "can", "could", "did", "do", "for", "from", "had", "has", "have", "he",
    "her", "his", "i", "if", "in", "into", "is", "it", "its", "more", "not", "of", "on",
    "one", "or", "our", "said", "says", "she", "so", "than", "that", "the", "their", "them",
    "there", "they", "this", "to", "up", "was", "we", "were", "what", "when", "which",
    "who", "will", "with", "would", "you",
)
