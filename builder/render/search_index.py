"""The site's search index: a static inverted index in small files, loaded on demand.

Material's own index holds every page's whole text in one file that every reader
downloads before the first result (about 7 KB per article: 75 MB for 10,000 articles).
Here the index is split so that a query fetches only what it needs:

* documents (articles, speakers, pages) go to ``K`` segments by a stable hash of their
  key, so an edit rebuilds one segment and adding an article renumbers no other segment;
* within a segment, terms are sorted and packed into shards of about ``SHARD_BYTES``;
  a query term needs one shard per segment (a prefix a few);
* titles and summaries of the documents are in chunks of ``CHUNK`` documents, fetched
  only for the best results; the addresses of all a segment's documents are in one
  small file, fetched when a query matches more documents than that (every match is
  listed, so any article is found by any word of it, however common).

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
from dataclasses import dataclass
from pathlib import Path

from ..dates import human
from ..fsutil import write_atomic
from ..keys import fold
from ..rules.search_words import STOP_WORDS
from .urls import article_path, speaker_path, url_of

INDEX_ROOT = "search"
INDEX_DIR = "search/tl"
WORKER_SOURCE = Path(__file__).parents[1] / "site" / "search_worker.js"
SHARD_BYTES = 16_000
CHUNK = 8                     # documents per title file: a result costs about 2 KB
SEGMENT_DOCS = 2_500          # about this many documents per segment
MAX_TERM = 40
SUMMARY = 180

_TOKEN = re.compile(r"[^\W_]+")

# weights: a word in the title or among the speakers counts more than one in the body
W_TITLE, W_NAME, W_BODY_MAX = 12, 8, 9


def tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(fold(text)) if 1 < len(t) <= MAX_TERM]


def add_terms(terms: dict[str, int], text: str, weight: int | None = None) -> None:
    """Body text counts each occurrence (up to W_BODY_MAX); a title or name word gets
    at least ``weight``."""
    for t in tokens(text):
        if weight is None:
            w = terms.get(t, 0)
            if w < W_BODY_MAX:
                terms[t] = w + 1
        elif terms.get(t, 0) < weight:
            terms[t] = weight


def encode_terms(terms: dict[str, int]) -> str:
    """``{"said": 3}`` -> ``"said:3"``: a tenth of the memory of a dict (terms are letters
    and digits, so ``:`` and the space cannot be part of one)."""
    return " ".join(f"{t}:{w}" for t, w in terms.items())


def article_terms(article) -> str:
    """Every word a reader may look an article up by, encoded (pure: cached with the
    extraction)."""
    return encode_terms(_article_terms(article))


def _article_terms(article) -> dict[str, int]:
    terms: dict[str, int] = {}
    for p in article.paragraphs:
        add_terms(terms, p)
    for s in article.standfirst:
        add_terms(terms, s)
    for c in ([article.lead_caption] if article.lead_caption else []) + list(article.captions):
        add_terms(terms, c.text)
    if article.topic:
        add_terms(terms, article.topic)
    for sp in article.speakers:
        add_terms(terms, " ".join([sp.name, *sp.aliases]), W_NAME)
    add_terms(terms, article.title, W_TITLE)
    return terms


@dataclass
class SearchDoc:
    key: str                       # stable: "a:<article id>", "s:<speaker id>", "p:<page>"
    url: str                       # site-relative
    title: str
    summary: str
    terms: str = ""                # encode_terms(); a term may repeat (the highest weight counts)
    rank: int = 0                  # a small boost (index pages, speakers with many quotes)

    def digest(self) -> str:
        h = hashlib.sha256(json.dumps([self.url, self.title, self.summary, self.rank],
                                      ensure_ascii=False).encode())
        h.update(self.terms.encode())
        return h.hexdigest()


def short(text: str, n: int = SUMMARY) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


def segment_count(n_docs: int) -> int:
    return max(1, min(16, math.ceil(n_docs / SEGMENT_DOCS)))


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


def build_segment(number: int, docs: list[SearchDoc]) -> tuple[dict, dict[str, str]]:
    """One segment -> (its entry in index.json, {file name: text})."""
    docs = sorted(docs, key=lambda d: d.key)
    postings: dict[str, list[int]] = {}
    for n, d in enumerate(docs):
        if not d.terms:
            continue
        for item in d.terms.split(" "):
            t, _, w = item.rpartition(":")
            weight = _weight(d, int(w))
            lst = postings.get(t)
            if lst is None:
                postings[t] = [n, weight]
            elif lst[-2] == n:           # the same term again in this document
                if lst[-1] < weight:
                    lst[-1] = weight
            else:
                lst.append(n)
                lst.append(weight)
    files: dict[str, str] = {}
    shards: list[list] = []          # [first term, file name]
    part: dict[str, list[int]] = {}
    size = 0

    def flush():
        nonlocal part, size
        if part:
            name, text = _named(f"{number}-t{len(shards)}", _dump(part))
            files[name] = text
            shards.append([next(iter(part)), name])
            part, size = {}, 0

    for t in sorted(postings):
        lst = postings[t]
        prev = 0
        for i in range(0, len(lst), 2):   # doc numbers as gaps: short numbers
            lst[i], prev = lst[i] - prev, lst[i]
        part[t] = lst
        size += len(t) + 4 + 3 * len(lst)
        if size >= SHARD_BYTES:
            flush()
    flush()
    chunks = []
    for c in range(0, len(docs), CHUNK):
        rows = [[d.url, d.title, d.summary] for d in docs[c:c + CHUNK]]
        name, text = _named(f"{number}-d{c // CHUNK}", _dump(rows))
        files[name] = text
        chunks.append(name)
    name, text = _named(f"{number}-u", _dump([d.url for d in docs]))
    files[name] = text
    entry = {"docs": len(docs), "shards": shards, "chunks": chunks, "urls": name}
    return entry, files


class SegmentCache:
    """Segments whose documents did not change are not rebuilt (memory, and .cache/)."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder
        self.memory: dict[str, tuple[dict, dict[str, str]]] = {}
        self.built = 0

    def get(self, digest: str):
        if digest in self.memory:
            return self.memory[digest]
        if self.folder is not None:
            try:
                value = json.loads((self.folder / f"{digest}.json").read_text(encoding="utf-8"))
                value = (value[0], value[1])
                self.memory[digest] = value
                return value
            except (OSError, ValueError, IndexError, KeyError):
                return None
        return None

    def put(self, digest: str, value) -> None:
        self.memory[digest] = value
        if self.folder is not None:
            try:
                write_atomic(self.folder / f"{digest}.json", json.dumps(value, ensure_ascii=False))
            except OSError:
                pass

    def prune(self, keep: set[str]) -> None:
        self.memory = {k: v for k, v in self.memory.items() if k in keep}
        if self.folder is not None and self.folder.is_dir():
            for f in self.folder.glob("*.json"):
                if f.stem not in keep:
                    try:
                        f.unlink()
                    except OSError:
                        pass


def build_index(docs: list[SearchDoc], cache: SegmentCache | None = None) -> dict[str, str]:
    """All documents -> {path under docs/: text} of the index files and the worker."""
    cache = cache or SegmentCache()
    k = segment_count(len(docs))
    groups: list[list[SearchDoc]] = [[] for _ in range(k)]
    for d in docs:
        groups[segment_of(d.key, k)].append(d)
    segments = []
    out: dict[str, str] = {}
    digests = set()
    for number, group in enumerate(groups):
        h = hashlib.sha256(f"{number}/{k}/{SHARD_BYTES}/{CHUNK}".encode())
        for d in sorted(group, key=lambda d: d.key):
            h.update(d.key.encode() + b"\0" + d.digest().encode())
        digest = h.hexdigest()
        digests.add(digest)
        value = cache.get(digest)
        if value is None:
            value = build_segment(number, group)
            cache.put(digest, value)
            cache.built += 1
        entry, files = value
        segments.append(entry)
        for name, text in files.items():
            out[f"{INDEX_DIR}/{name}"] = text
    cache.prune(digests)
    out[f"{INDEX_DIR}/index.json"] = _dump({"version": 1, "fold": "nfkd-lower", "min": 2,
                                            "max": MAX_TERM, "chunk": CHUNK,
                                            "stop": sorted(STOP_WORDS),
                                            "segments": segments}) + "\n"
    out[f"{INDEX_ROOT}/worker.js"] = WORKER_SOURCE.read_text(encoding="utf-8")
    return out


# ---- the documents of this site -----------------------------------------------------------

def collection_docs(collection, article_terms_of, pages: list[SearchDoc] = ()) -> list[SearchDoc]:
    """Articles, speakers and pages as search documents.

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
        docs.append(SearchDoc(f"a:{a.id}", url_of(article_path(a.id)), a.title, summary, terms))
    quotes = {a.id: a.quotes for a in collection.articles}
    for sp in collection.speakers:
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
        roles = [r.role for r in sp.roles]
        kind = "Organisation" if sp.kind == "organisation" else "Person"
        summary = short(f"{kind} · {len(sp.quotes)} quotes in {len(sp.articles)} articles"
                        + (f" · {roles[-1]}" if roles else ""))
        docs.append(SearchDoc(f"s:{sp.id}", url_of(speaker_path(sp.id)), sp.name, summary,
                              encode_terms(terms), rank=1))
    docs.extend(pages)
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
