"""A saved page's own metadata: headline, authors, site, section and publication date.

Part of reading a saved page (``builder.read.html``). The publication date is read from
the page's explicit statements only (OpenGraph, schema.org, Dublin Core, the common
newsroom CMS fields), never guessed from URLs or loose text; ``resolve_date`` weighs it
against the date the text prints.
"""
from __future__ import annotations

import copy
import datetime as _dt
import json
import re

from ..rules import datelines as D
from .html_blocks import WORD, clean, text_key

_WRITTEN_DATES = [re.compile(p, re.IGNORECASE) for p in D.FULL_DATES]
_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ]|\d{2})")

# The page's own statements of its publication date (OpenGraph, schema.org, Dublin Core and
# the common newsroom CMS fields); modification dates are deliberately absent.
PUBLISHED_META = frozenset({
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published", "datepublished", "publishdate", "pdate", "publish-date", "publish_date",
    "pubdate", "date",
    "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created",
    "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
    "cxenseparse:recs:publishtime", "citation_publication_date", "originalpublicationdate",
})
PUBLICATION_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    "ScholarlyArticle", "TechArticle", "SatiricalArticle",
})


# ---- metadata ------------------------------------------------------------------------


def page_headline(tree, meta_title: str | None) -> str | None:
    """The headline as the page shows it: the first <h1> that agrees with the page's
    title metadata (a logo or section name in <h1> does not), else that metadata."""
    meta_words = {w.lower() for w in WORD.findall(meta_title or "")}
    for h1 in tree.iter("h1"):
        text = clean(h1.text_content())
        words = [w.lower() for w in WORD.findall(text)]
        if not words or len(words) > 60:
            continue
        if not meta_words:
            return text
        if sum(w in meta_words for w in words) >= 0.6 * len(words):
            return text
    return clean(meta_title) if meta_title else None


def _authors(value: str | None, site: str | None) -> list[str]:
    """trafilatura's "A; B; Site" -> ["A", "B"] (the outlet is the source, not an author)."""
    if not value:
        return []
    out: list[str] = []
    site_key = f" {text_key(site or '')} "
    for part in re.split(r"\s*;\s*", value):
        name = clean(part)
        key = text_key(name)
        if not key or len(name) > 80 or f" {key} " in site_key or "." in name.split()[-1]:
            continue
        if name not in out:
            out.append(name)
    return out


def _iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO 8601 value ("2019-11-13T16:00:01-05:00", "20191113"), if it is
    a real date between 1995 and tomorrow (placeholders like 0001-01-01 are refused)."""
    if not value:
        return None
    value = value.strip()[:100]
    m = _ISO_DATE.match(value)
    try:
        if m:
            day = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        else:
            # a written-out date ("19 Nov 2019 07:09 GMT", "Nov 19, 2019"), as some CMSs emit
            m = next((m for m in (rx.search(value) for rx in _WRITTEN_DATES) if m), None)
            if not m:
                return None
            g = m.groupdict()
            month = int(g["month_num"]) if g.get("month_num") else D.MONTHS[g["month"].lower()]
            day = _dt.date(int(g["year"]), month, int(g.get("day_num") or g["day"]))
    except (ValueError, KeyError):
        return None
    if not _dt.date(1995, 1, 1) <= day <= _dt.date.today() + _dt.timedelta(days=1):
        return None
    return day.isoformat()


def _json_ld_dates(tree) -> list[tuple[str, str]]:
    """(day, value) of the JSON-LD objects' datePublished, article types first."""
    found: list[tuple[int, str, str]] = []

    def visit(obj, depth: int = 0) -> None:
        if depth > 8 or len(found) > 50:
            return
        if isinstance(obj, list):
            for item in obj[:200]:
                visit(item, depth + 1)
        elif isinstance(obj, dict):
            kind = obj.get("@type")
            kinds = {str(k) for k in kind} if isinstance(kind, list) else {str(kind)}
            value = obj.get("datePublished")
            day = _iso_date(value) if isinstance(value, str) else None
            if day:
                found.append((0 if kinds & PUBLICATION_TYPES else 1, day, value.strip()))
            for key, value in obj.items():
                if key != "datePublished" and isinstance(value, (dict, list)):
                    visit(value, depth + 1)

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > 1_000_000:
            continue
        try:
            visit(json.loads(script.text))
        except (ValueError, RecursionError):
            continue
    return [(day, value) for _, day, value in sorted(found, key=lambda x: x[0])]


def page_date(tree) -> tuple[str | None, str | None]:
    """The publication date the page states in its metadata: JSON-LD ``datePublished``,
    then <meta> publication-date fields, then an element marked ``datePublished`` or
    ``pubdate``. Never from URLs (of the page or of its images) nor from loose text:
    htmldate, which trafilatura uses, reads both and took image upload dates for
    publication dates on 2 of the 60 benchmark pages."""
    days = _json_ld_dates(tree)
    if days:
        return days[0]
    for meta in tree.iter("meta"):
        names = {n.lower() for a in ("property", "name", "itemprop") for n in (meta.get(a) or "").split()}
        if names & PUBLISHED_META:
            value = meta.get("content")
            day = _iso_date(value)
            if day:
                return day, value.strip()
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if "datePublished" in (el.get("itemprop") or "").split() or \
                el.tag == "time" and el.get("pubdate") is not None:
            value = el.get("datetime") or el.get("content")
            day = _iso_date(value)
            if day:
                return day, value.strip()
    return None, None


def page_metadata(tree) -> dict:
    from trafilatura.metadata import extract_metadata     # as trafilatura in main_text

    try:
        # its date (htmldate) is not used, see page_date; no URL is given, nothing is fetched
        meta = extract_metadata(copy.deepcopy(tree), default_url=None, extensive=False)
    except Exception:   # a library bug on an odd page costs the metadata, not the article
        meta = None
    get = (lambda k: getattr(meta, k, None)) if meta is not None else (lambda k: None)
    url = get("url")
    if url and not re.match(r"^https?://[^\s/]+\.[^\s/]+", url):
        url = None
    site = get("sitename")
    section = None
    for m in tree.iter("meta"):
        if (m.get("property") or m.get("name") or "").strip().lower() == "article:section":
            section = clean(m.get("content") or "") or None
            break
    return {
        "topic": section if section and len(section) <= 60 else None,
        "title": get("title"), "url": url, "site_name": clean(site) if site else None,
        "authors": _authors(get("author"), site), "description": get("description"),
    }


_STAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*"
                    r"(?P<zone>Z|[+-]\d{2}:?\d{2}|GMT|UTC)?$", re.IGNORECASE)


def resolve_date(page_date: str | None, stamp: str | None,
                 text_date: str | None) -> tuple[str | None, str | None, str | None]:
    """(date, date_source, disagreement) for a page whose metadata says `page_date`
    (read from `stamp`) and whose text says `text_date`.

    The metadata wins. A UTC time stamp is not a disagreement when the text's date is
    the same moment's date somewhere on Earth (an evening story in New York is stamped
    the next day in UTC): the text's local date is kept."""
    if page_date is None:
        return text_date, ("inferred" if text_date else None), None
    if text_date is None or text_date == page_date:
        return page_date, "page-metadata", None
    m = _STAMP.match((stamp or "").strip())
    zone = (m.group("zone") or "").upper().replace(":", "") if m else ""
    if m and zone in ("", "Z", "+0000", "-0000", "GMT", "UTC"):
        instant = _dt.datetime(*(int(g) for g in m.groups()[:5]))
        local_days = {(instant + _dt.timedelta(hours=h)).date().isoformat() for h in range(-12, 15)}
        if text_date in local_days:
            return text_date, "page-metadata", None
    return page_date, "page-metadata", (
        f"the page's metadata dates it {page_date} ({stamp}) but the text says {text_date}; "
        f"{page_date} is used")
