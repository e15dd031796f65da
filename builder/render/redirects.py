"""Pages at the old addresses of renamed articles (``python -m builder rename``)."""
from __future__ import annotations

from typing import Iterator

from ..model import Article
from .templates import render
from .urls import article_path


def render_redirects(redirects: dict[str, str], articles: dict[str, Article]
                     ) -> Iterator[tuple[str, str]]:
    """(path, text) of a page at each old address whose article exists, and where no
    article lives now (the build reports the others)."""
    for old, new in sorted(redirects.items()):
        if new in articles and old not in articles:
            here = article_path(old)
            yield here, render("redirect.md", here=here, article=articles[new])[:-1]
