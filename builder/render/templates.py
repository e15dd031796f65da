"""The page templates (``render/templates/``, Jinja2 as MkDocs ships it), autoescaped.

Every value a template prints is HTML-escaped unless it is already markup (``Markup``:
a fragment rendered from ``fragments.html``, or text escaped for Markdown by ``md``).
The escaping is done once per printed value by the ``finalize`` hook with
``html.escape``, the same as ``escape.h`` (Jinja's own autoescape would escape twice
per value and spell entities differently: a 1,000-article site rendered 2.5 times
slower). So ``|safe``, ``Markup`` and the filters below are the only ways to print
markup, and a template prints no ``{% set %}`` block or macro output (they would be
escaped as text): fragments used per item are written inline in the loop.

Filters: ``md`` (text as Markdown inline source that renders as exactly that text),
``yaml_str`` (a front-matter value), ``human`` (a date for readers), ``rel`` and
``md_link`` (links between pages), ``article_path`` and ``speaker_path``.
"""
from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..dates import human
from .escape import md, yaml_str
from .urls import article_path, md_link, rel, speaker_path

FOLDER = Path(__file__).parent / "templates"


def _finalize(value: Any) -> Any:
    """Escape every printed text that is not markup (quotes too): what escape.h gives."""
    return html.escape(value) if type(value) is str else value


def _short(title: str, n: int = 60) -> str:
    """A title cut to ``n`` characters at a word, with an ellipsis."""
    return title if len(title) <= n else title[: n - 1].rsplit(" ", 1)[0] + "…"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(FOLDER), autoescape=False, finalize=_finalize,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, auto_reload=False)
    env.filters.update(md=lambda t: Markup(md(t)), yaml_str=lambda t: Markup(yaml_str(t)),
                       human=human, rel=rel, md_link=md_link, short=_short,
                       urlquote=lambda t: quote(t, safe="-_.~"), time_tag=time_tag)
    env.globals.update(article_path=article_path, speaker_path=speaker_path)
    return env


def render(name: str, **values: Any) -> str:
    return environment().get_template(name).render(**values)


CHUNK = 1 << 16


def render_pieces(name: str, tap=None, **values: Any) -> Iterator[str]:
    """A large page in pieces of about CHUNK characters (the chronology of 10,000 articles
    is half a million small strings before it is joined), without its last line break.
    ``tap(piece, first byte, bytes)``: told of each piece the template prints, where it
    stands in the page (the last line break aside)."""
    pieces: list[str] = []
    size = 0
    held = ""
    at = 0
    for piece in environment().get_template(name).generate(**values):
        if tap is not None:
            n = len(piece) if piece.isascii() else len(piece.encode("utf-8"))
            tap(piece, at, n)
            at += n
        pieces.append(piece)
        size += len(piece)
        if size >= CHUNK:
            text, pieces, size = held + "".join(pieces), [], 0
            held, text = text[-1:], text[:-1]        # the page's last character waits
            yield text
    text = held + "".join(pieces)
    yield text[:-1] if text.endswith("\n") else text


@lru_cache(maxsize=8)
def template_module(name: str):
    """The macros of a template, callable from Python (each returns Markup)."""
    return environment().get_template(name).module


class _Fragments:
    """fragments.html's macros as Markup, remembered: the same date, speaker or link
    recurs on thousands of pages."""

    def __getattr__(self, name: str):
        macro = getattr(template_module("fragments.html"), name)
        cached = lru_cache(maxsize=1 << 12)(lambda *args: Markup(macro(*args)))
        setattr(self, name, cached)
        return cached


_FRAGMENTS = _Fragments()


def fragments() -> _Fragments:
    return _FRAGMENTS


def time_tag(value: str | None, precision: str | None = None) -> Markup:
    """<time datetime=...> with the date as readers see it (or "undated")."""
    return _FRAGMENTS.time(value, precision)
