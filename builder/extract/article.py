"""One article in, one structured and extracted Article out (contract section 1).

Raw text goes through the structure stage; a content file (front matter + body) is
already structured. Both then pass through the same extraction: quotes and speakers,
dated events.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ContentError
from ..model import Article, Notice
from ..read.content import load_article_text, parse_date
from ..read.html import is_html_path, read_html, resolve_date
from ..read.text import read_text
from .events import extract_events
from .html import structure_page
from .quotes import extract_quotes
from .quotes.transcripts import transcript_turns
from .structure import structure


@dataclass
class Extraction:
    article: Article
    lines: list = field(default_factory=list)      # structure.Line per input line (raw text only)
    warnings: list[str] = field(default_factory=list)


def is_content_file(text: str) -> bool:
    return text.startswith("---\n")


def structure_raw(text: str, path: str, date: str | None = None) -> Extraction:
    """Raw copied text -> Article with body and furniture fields (no quotes/events yet).

    Never refused when the text holds anything: where the headline or the body had to be
    guessed, the article carries a note for the editor (kept in its front matter by the
    import, listed by ``check``) and the command warns."""
    if not text.strip():
        raise ContentError(path, "file is empty")
    s = structure(text)
    warnings = [f"{path}: {note}" for note in s.notes]
    if date:
        date_value, date_source = date, "given"
    elif s.date:
        date_value, date_source = s.date, "inferred"
    else:
        date_value, date_source = None, None
        if getattr(s, "date_how", None) == "copyright-year" and getattr(s, "year", None):
            warnings.append(f"{path}: no publication date in the text (only a copyright year, "
                            f"{s.year}); imported undated: pass --date YYYY-MM-DD")
        else:
            warnings.append(f"{path}: no publication date in the text; imported undated: "
                            "pass --date YYYY-MM-DD")
    article = _article(s, path, date_value, date_source, authors=list(s.authors),
                       notices=[Notice(kind="import", message=note) for note in s.notes])
    return Extraction(article, list(s.lines), warnings)


def _article(s, path: str, date: str | None, date_source: str | None, **extra) -> Article:
    """The structure stage's result (builder.extract.structure.Structured) as an Article."""
    return Article(
        title=s.title, paragraphs=list(s.paragraphs), topic=s.topic, date=date,
        date_source=date_source, standfirst=list(s.standfirst), lead_caption=s.lead_caption,
        captions=list(s.captions), related=list(s.related), print_headline=s.print_headline,
        path=path, **extra,
    )


def structure_html(page, date: str | None = None) -> Extraction:
    """A saved web page (builder.read.html.HtmlPage) -> Article, as structure_raw does for
    text, plus what the page's metadata knows: date, canonical URL, authors, site name.
    The metadata's date wins over the text's; a disagreement becomes a notice."""
    path = page.path
    s = structure_page(page)
    warnings = list(page.warnings) + [f"{path}: {note}" for note in s.notes]
    notices = [Notice(kind="import", message=note) for note in s.notes]
    if date:
        date_value, date_source = date, "given"
    else:
        date_value, date_source, disagreement = resolve_date(page.date, page.date_stamp, s.date)
        if disagreement:
            notices.append(Notice(kind="date-disagreement", message=disagreement))
            warnings.append(f"{path}: {disagreement}")
        if date_value is None:
            warnings.append(f"{path}: no publication date in the page's metadata or text; "
                            "imported undated: pass --date YYYY-MM-DD")
    article = _article(s, path, date_value, date_source, source_name=page.site_name,
                       source_url=page.url, authors=list(page.authors) or list(s.authors),
                       notices=notices)
    return Extraction(article, list(s.lines), warnings)


# kinds of Notice that come from reading or importing an article, kept in its front matter
PERSISTENT_NOTICES = ("date-disagreement", "import")


def _quotes(article: Article) -> None:
    quotes, speakers, notices = extract_quotes(article.paragraphs)
    quotes, speakers = transcript_turns(article.paragraphs, quotes, speakers)
    article.quotes, article.speakers = quotes, speakers
    # notices from reading the article (import notes) stay; extraction's own are replaced
    article.notices = [n for n in article.notices if n.kind in PERSISTENT_NOTICES] + list(notices)


def _events(article: Article) -> None:
    people = [s.name for s in article.speakers if s.kind == "person"]
    roles = {s.name: list(s.roles) for s in article.speakers if s.kind == "person"}
    said = [q for q in article.quotes if q.attribution == "speech"]   # not thoughts, topics
    article.events = extract_events(article.paragraphs, article.date, people, roles, said)


# the extraction stages, in order (the build times each one and can leave one out)
STAGES = (("quotes", _quotes), ("events", _events))


def enrich(article: Article, skip=(), on_stage=None) -> Article:
    """Fill quotes, speakers and events from the body (pure: returns the same object).
    The stages named in ``skip`` are left out (their fields stay empty); ``on_stage`` is
    told each stage's name as it starts."""
    for name, stage in STAGES:
        if name in skip:
            continue
        if on_stage is not None:
            on_stage(name)
        stage(article)
    return article


def extract_text(text: str, path: str, date: str | None = None, extract: bool = True) -> Extraction:
    if date is not None:
        date = parse_date(date, path, field="--date")
    if is_content_file(text):
        article = load_article_text(text, path)
        if date:
            article.date, article.date_source = date, "given"
        ex = Extraction(article)
    else:
        ex = structure_raw(text, path, date)
    if extract:
        enrich(ex.article)
    return ex


def extract_path(path: Path, date: str | None = None, extract: bool = True) -> Extraction:
    if is_html_path(path):
        if date is not None:
            date = parse_date(date, str(path), field="--date")
        ex = structure_html(read_html(path), date)
        if extract:
            enrich(ex.article)
        return ex
    tf = read_text(path)
    ex = extract_text(tf.text, str(path), date, extract)
    ex.warnings[:0] = tf.warnings
    return ex
