"""The site's search index: a static inverted index in small files, loaded on demand.

Material's own index holds every page's whole text in one file that every reader
downloads before the first result (about 7 KB per article: 75 MB for 10,000 articles).
Here the index is split so that a query fetches only what it needs:

* documents (articles, speakers, pages) go to ``K`` segments by a stable hash of their
  key, so an edit rebuilds one segment and adding an article renumbers no other segment;
* within a segment, terms are sorted and packed into shards of about ``SHARD_BYTES``;
  a query term needs one shard per segment (a prefix a few);
* documents are numbered so that an edit renumbers none (``number_docs``: a hash of the
  key in a range of each kind), and a segment's shards start at terms picked by their
  hash (``search_patch.build_segment``): an edit rewrites the shards of the terms it changes, its documents'
  title files and ``index.json``, nothing else;
* titles and summaries of the documents are in files of ``CHUNK_SLOTS`` numbers, fetched
  only for the best results; the addresses of a segment's documents are in files of
  ``URL_SLOTS`` numbers, fetched when a query matches more documents than that (every
  match is listed, so any article is found by any word of it, however common);
* the passage: beside each shard of terms, a file says in which paragraphs of each
  article a term occurs (its first ``MAX_WHERE``), and each article's paragraphs are
  kept in pieces of about ``PIECE_BYTES``; for the best few results of a finished word
  the worker fetches just those, so a result points at the paragraph (``#p-N``) and
  shows the matching words in it.

Documents are of four kinds, told apart by their key: articles (``a:``), chronology
entries (``e:``, each linked to its place on the chronology page, listed by the worker
under one "Chronology" result), speakers (``s:``) and pages (``p:``). Each kind has its
range of numbers, articles first: the paragraph lists cover only them.

``search/tl/index.json`` lists segments, shard boundaries and file names (each file name
carries a hash of its content, so browsers may cache them for ever). The worker
``search/worker.js`` (from ``builder/site/search_worker.js``) speaks the protocol of
Material's search worker, so the theme's search box, results list and keys stay as
they are.

Terms come from the extracted data, never from re-parsing HTML: lower-cased, accents
folded, split on anything that is not a letter or digit; words of one character are
dropped. The worker folds queries the same way.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..dates import human
from ..keys import fold
from .sources import Sentences
from .urls import article_path, speaker_path, url_of

if TYPE_CHECKING:
    from .search_cache import EntryMemo

INDEX_ROOT = "search"
INDEX_DIR = "search/tl"
WORKER_SOURCE = Path(__file__).parents[1] / "site" / "search_worker.js"
SHARD_BYTES = 16_000
SPREAD = 2                    # numbers per document (at least): room for stable numbers
CHUNK_SLOTS = 16              # numbers per title file (about 4 to 8 documents: 1-2 KB)
URL_SLOTS = 1024              # numbers per file of addresses
SEGMENT_POSTINGS = 1_000_000  # about this many (term, document) pairs per segment
MAX_TERM = 40
SUMMARY = 180
MAX_WHERE = 3                 # paragraphs recorded per term of an article
PIECE_BYTES = 2_000           # an article's paragraphs, in files of about this size
CHRONOLOGY = "chronology/index.md"
KINDS = {"a": "article", "e": "entry", "p": "page", "s": "speaker"}

_TOKEN = re.compile(r"[^\W_]+")
# the name of an index file whose text it names (``_named``, ``search_patch._shard``): same name, same text
HASHED_NAME = re.compile(r"/tl/[^/]+\.[0-9a-f]{10}(\.w)?\.json$")

# weights: a word in the title or among the speakers counts more than one in the body
W_TITLE, W_NAME, W_BODY_MAX = 12, 8, 9
W_LINE = 4                    # a word of a chronology entry's line


def tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(fold(text)) if 1 < len(t) <= MAX_TERM]


def add_terms(terms: dict[str, int], text: str, weight: int | None = None,
              where: dict[str, list[int]] | None = None, paragraph: int = 0) -> None:
    """Body text counts each occurrence (up to W_BODY_MAX); a title or name word gets
    at least ``weight``. With ``where``, the paragraph is recorded for each term (its
    first MAX_WHERE paragraphs)."""
    for t in tokens(text):
        if weight is None:
            w = terms.get(t, 0)
            if w < W_BODY_MAX:
                terms[t] = w + 1
        elif terms.get(t, 0) < weight:
            terms[t] = weight
        if where is not None:
            at = where.get(t)
            if at is None:
                where[t] = [paragraph]
            elif at[-1] != paragraph and len(at) < MAX_WHERE:
                at.append(paragraph)


def encode_terms(terms: dict[str, int], where: dict[str, list[int]] | None = None) -> str:
    """``{"said": 3}`` -> ``"said:3"``, with its paragraphs ``"said:3:0.4"``: a tenth of
    the memory of a dict (terms are letters and digits, so ``:``, ``.`` and the space
    cannot be part of one)."""
    if not where:
        return " ".join(f"{t}:{w}" for t, w in terms.items())
    return " ".join(f"{t}:{w}:{'.'.join(map(str, where[t]))}" if t in where else f"{t}:{w}"
                    for t, w in terms.items())


def article_terms(article) -> str:
    """Every word a reader may look an article up by, encoded (pure: cached with the
    extraction)."""
    return encode_terms(*_article_terms(article))


def _article_terms(article) -> tuple[dict[str, int], dict[str, list[int]]]:
    terms: dict[str, int] = {}
    where: dict[str, list[int]] = {}
    for n, p in enumerate(article.paragraphs):
        add_terms(terms, p, where=where, paragraph=n)
    for s in article.standfirst:
        add_terms(terms, s)
    for c in ([article.lead_caption] if article.lead_caption else []) + list(article.captions):
        add_terms(terms, c.text)
    if article.topic:
        add_terms(terms, article.topic)
    for sp in article.speakers:
        add_terms(terms, " ".join([sp.name, *sp.aliases]), W_NAME)
    add_terms(terms, article.title, W_TITLE)
    return terms, where


@dataclass
class SearchDoc:
    key: str                       # stable: "a:<article id>", "e:<entry id>", "s:<speaker id>", "p:<page>"
    url: str                       # site-relative
    title: str
    summary: str
    terms: str = ""                # encode_terms(); a term may repeat (the highest weight counts)
    rank: int = 0                  # a small boost (index pages, speakers with many quotes)
    passages: list[str] = field(default_factory=list)   # an article's paragraphs
    label: str = ""                # shown before the summary: "Background" for such an entry
    date: str = ""                 # an article's date, as readers see it

    def digest(self) -> str:
        """A hash of everything the index shows of it (kept on a document remembered
        between builds, ``search_cache.EntryMemo``: a document is never changed once made)."""
        known = self.__dict__.get("_digest")
        if known is not None:
            return known
        h = hashlib.sha256(json.dumps([self.url, self.title, self.summary, self.rank, self.label,
                                       self.date],
                                      ensure_ascii=False).encode())
        h.update(self.terms.encode())
        for p in self.passages:
            h.update(b"\0" + p.encode())
        self.__dict__["_digest"] = known = h.hexdigest()
        return known

    @property
    def kind(self) -> str:
        return self.key[:1]


def short(text: str, n: int = SUMMARY) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


def segment_count(n_postings: int) -> int:
    """Segments for an index of ``n_postings`` (term, document) pairs: by size, not by
    number of documents (a chronology entry has a tenth of an article's words). Each
    segment costs a reader one shard per word, so the fewer the better; the limit keeps
    an edit's rebuild small."""
    return max(1, min(16, math.ceil(n_postings / SEGMENT_POSTINGS)))


def postings_of(doc: SearchDoc) -> int:
    return doc.terms.count(" ") + 1 if doc.terms else 0


def segment_of(key: str, k: int) -> int:
    return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % k


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _named(prefix: str, text: str) -> tuple[str, str]:
    return f"{prefix}.{hashlib.sha256(text.encode()).hexdigest()[:10]}.json", text


def _weight(doc: SearchDoc, w: int) -> int:
    """A term's weight in the index (twice the counted weight, so that there is room below
    an article's single mention). The page's boost counts for its title and names only;
    the words a speaker page quotes weigh less than the same word in the article they come
    from: searching a phrase of a quote finds the article first, then who said it."""
    if w >= W_NAME:
        return 2 * (w + doc.rank)
    if doc.key.startswith("s:"):
        return 1
    return 2 * w


def number_docs(docs: list[SearchDoc]) -> tuple[dict[str, int], list[list], int]:
    """Each document's number, stable under an edit: documents of one kind (articles,
    entries, pages, speakers, in that order) share a range of ``SPREAD`` times as many
    numbers as they are, rounded up to a power of two; a document's number is its key's
    hash in that range (the next free one on a collision, keys taken in order of that
    hash, then key). So a changed document keeps its number, and a new or removed one
    moves only a document that collided with it; the whole numbering changes only when
    a kind's count crosses a power of two.
    -> ({key: number}, [[kind, its first number]], numbers in all)."""
    by_kind: dict[str, list[str]] = {}
    for d in docs:
        by_kind.setdefault(d.kind, []).append(d.key)
    numbers: dict[str, int] = {}
    kinds: list[list] = []
    base = 0
    for kind in sorted(by_kind):
        keys = by_kind[kind]
        size = 1 << max(3, (SPREAD * len(keys) - 1).bit_length())
        taken: set[int] = set()
        for home, key in sorted((_hash(k) % size, k) for k in keys):
            while home in taken:
                home = (home + 1) % size
            taken.add(home)
            numbers[key] = base + home
        kinds.append([kind, base])
        base += size
    return numbers, kinds, base


def _hash(text: str) -> int:
    return zlib.crc32(text.encode())


def _postings(docs: list[SearchDoc], numbers: dict[str, int]
              ) -> tuple[dict[str, list[int]], dict[str, list]]:
    """term -> [doc, weight, doc, weight, ...], and term -> the paragraphs of each of its
    articles, in the same order (one number, a list of them, or -1 for none). ``docs``
    in the order of their numbers."""
    postings: dict[str, list[int]] = {}
    where: dict[str, list] = {}
    for d in docs:
        if not d.terms:
            continue
        n = numbers[d.key]
        article = d.kind == "a"
        for item in d.terms.split(" "):
            t, w, *at = item.split(":")
            weight = _weight(d, int(w))
            lst = postings.get(t)
            if lst is not None and lst[-2] == n:      # the same term again in this document
                if lst[-1] < weight:
                    lst[-1] = weight
                if article and at and where[t][-1] == -1:
                    where[t][-1] = _paragraphs(at[0])
                continue
            if lst is None:
                postings[t] = [n, weight]
            else:
                lst.append(n)
                lst.append(weight)
            if article:                # articles are numbered first: their lists align
                where.setdefault(t, []).append(_paragraphs(at[0]) if at else -1)
    return postings, where


def _paragraphs(text: str) -> int | list[int]:
    if "." not in text:
        return int(text)
    return [int(x) for x in text.split(".")]


def every_of(count: int, size: int) -> int:
    """A shard starts at a term whose hash is a multiple of this (content-defined: an edit
    changes the shards of the terms it changes, no other): a power of two near the number
    of terms that make SHARD_BYTES, for ``count`` terms whose postings measure ``size``."""
    if not count:
        return 1
    return 1 << round(math.log2(max(1.0, count * SHARD_BYTES / size)))


def _pieces(number: int, paragraphs: list[str], files: dict[str, str]) -> list[list]:
    """An article's paragraphs in files of about PIECE_BYTES: [[first paragraph, name]]."""
    out: list[list] = []
    group: list[str] = []
    first = size = 0
    for n, p in enumerate(paragraphs + [None]):
        if group and (p is None or size + len(p) > PIECE_BYTES):
            name, text = _named(f"{number}-x", _dump(group))
            files[name] = text
            out.append([first, name])
            group, first, size = [], n, 0
        if p is not None:
            group.append(p)
            size += len(p)
    return out


def _row(number: int, d: SearchDoc, files: dict[str, str]) -> list:
    pieces = _pieces(number, d.passages, files) if d.passages else None
    return ([d.url, d.title, d.summary] + ([d.label] if d.label or pieces else [])
            + ([pieces, d.date] if pieces else []))


# ---- the documents of this site -----------------------------------------------------------

def collection_docs(collection, article_terms_of, pages: list[SearchDoc] = (),
                    memo: EntryMemo | None = None) -> list[SearchDoc]:
    """Articles, chronology entries, speakers and pages as search documents.

    ``article_terms_of(article)`` gives an article's own terms (cached by the build);
    the registry's names for its speakers are added here, as they are only known after
    the link stage (an editor may rename a speaker).
    """
    names_of: dict[str, set[str]] = {}
    for sp in collection.speakers:
        for a in sp.articles:
            names_of.setdefault(a, set()).update([sp.name, *sp.aliases])
    docs: list[SearchDoc] = []
    for a in collection.articles:
        extra: dict[str, int] = {}
        for name in sorted(names_of.get(a.id, ())):
            add_terms(extra, name, W_NAME)
        terms = article_terms_of(a)
        if extra:
            terms = f"{terms} {encode_terms(extra)}" if terms else encode_terms(extra)
        lead = a.standfirst[0] if a.standfirst else (a.paragraphs[0] if a.paragraphs else "")
        summary = short(f"{human(a.date)} · {lead}" if a.date else lead)
        docs.append(SearchDoc(f"a:{a.id}", url_of(article_path(a.id)), a.title, summary, terms,
                              passages=a.paragraphs, date=human(a.date) if a.date else ""))
    docs += entry_docs(collection, memo)
    quotes = {a.id: a.quotes for a in collection.articles}
    for sp in collection.speakers:
        key = memo.speaker_key(sp) if memo is not None else None
        encoded = memo.old.get(key) if key is not None else None
        if encoded is None:
            encoded = _speaker_terms(sp, quotes)
        if key is not None:
            memo.new[key] = encoded
        roles = [r.role for r in sp.roles]
        kind = "Organisation" if sp.kind == "organisation" else "Person"
        summary = short(f"{kind} · {_count(len(sp.quotes), 'quote')} in "
                        f"{_count(len(sp.articles), 'article')}"
                        + (f" · {roles[-1]}" if roles else ""))
        docs.append(SearchDoc(f"s:{sp.id}", url_of(speaker_path(sp.id)), sp.name, summary,
                              encoded, rank=1, label="Speaker"))
    docs.extend(pages)
    return docs


def _speaker_terms(sp, quotes: dict[str, list]) -> str:
    """A speaker page's words: their quotes, roles, description and names."""
    terms: dict[str, int] = {}
    for ref in sp.quotes:
        qs = quotes.get(ref.article) or []
        if 0 <= ref.index < len(qs):
            add_terms(terms, qs[ref.index].text)
    for r in sp.roles:
        add_terms(terms, r.role)
    if sp.description:
        add_terms(terms, sp.description)
    add_terms(terms, " ".join([sp.name, *sp.aliases]), W_TITLE)
    return encode_terms(terms)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def entry_docs(collection, memo: EntryMemo | None = None) -> list[SearchDoc]:
    """Each chronology entry (happening or background; publications are the articles) as
    a document that links to its place on the chronology page: its line and people weigh
    most, then the sentences it comes from and its date. ``memo``: the terms of entries
    made of the same things (the same result)."""
    sentences = Sentences(collection.articles)
    page = url_of(CHRONOLOGY)
    docs = []
    for e in collection.events:
        if e.kind not in ("event", "background"):
            continue
        key = memo.key(e) if memo is not None else None
        doc = memo.old.get(key) if key is not None else None
        if not isinstance(doc, SearchDoc):         # (the key holds all it is made of)
            names = [p.name for p in e.people]
            terms: dict[str, int] = {}
            for _, sentence in sentences.of_entry(e):
                if sentence:
                    add_terms(terms, sentence)
            add_terms(terms, human(e.date, e.precision))
            add_terms(terms, e.text, W_LINE)
            add_terms(terms, " ".join(names), W_NAME)
            others = ", ".join(n for n in names if n not in e.text)
            summary = short(e.text, SUMMARY - len(others)) + (f" · {others}" if others else "")
            doc = SearchDoc(f"e:{e.id}", f"{page}#{quote(e.id, safe='-_.~')}",
                            human(e.date, e.precision), summary, encode_terms(terms),
                            label="Background" if e.kind == "background" else "")
        if key is not None:
            memo.new[key] = doc
        docs.append(doc)
    return docs


_MD_NOISE = re.compile(r"(!?\[([^\]]*)\]\([^)]*\))|(<[^>]+>)|(^\s{0,3}#+\s*)|([*_`>|])", re.M)


def markdown_page_doc(rel_path: str, text: str, default_title: str) -> SearchDoc:
    """A hand-written Markdown page as a search document (markup dropped, words kept)."""
    body = text
    title = default_title
    if body.startswith("---\n"):
        end = body.find("\n---", 4)
        if end > 0:
            m = re.search(r"^title:\s*[\"']?(.+?)[\"']?\s*$", body[4:end], re.M)
            if m:
                title = m.group(1)
            body = body[end + 4:]
    m = re.search(r"^#\s+(.+)$", body, re.M)
    if m and title == default_title:
        title = m.group(1).strip()
    plain = _MD_NOISE.sub(lambda m: m.group(2) or " ", body)
    terms: dict[str, int] = {}
    add_terms(terms, plain)
    add_terms(terms, title, W_TITLE)
    first = next((ln.strip() for ln in plain.splitlines() if len(ln.strip()) > 40), "")
    return SearchDoc(f"p:{rel_path}", url_of(rel_path), title, short(first), encode_terms(terms), rank=2)


def title_doc(rel_path: str, title: str, summary: str) -> SearchDoc:
    terms: dict[str, int] = {}
    add_terms(terms, title, W_TITLE)
    add_terms(terms, summary)
    return SearchDoc(f"p:{rel_path}", url_of(rel_path), title, short(summary), encode_terms(terms), rank=2)
