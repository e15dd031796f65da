"""Linked collection -> every generated file under docs/ (path -> text). Pure."""
from __future__ import annotations

from ..model import Collection
from .article import render_article
from .chronology import render_chronology
from .data import data_files
from .home import render_articles_index, render_home
from .links import Links
from .speakers import render_speaker, render_speaker_index
from .urls import article_path, speaker_path


def render_site(collection: Collection, site: dict) -> dict[str, str]:
    links = Links(collection)
    files: dict[str, str] = {
        "index.md": render_home(collection, site),
        "articles/index.md": render_articles_index(collection),
        "speakers/index.md": render_speaker_index(collection),
        "chronology/index.md": render_chronology(collection),
    }
    for a in collection.articles:
        files[article_path(a.id)] = render_article(a, links)
    for sp in collection.speakers:
        files[speaker_path(sp.id)] = render_speaker(sp, collection)
    files.update(data_files(collection, site.get("title") or "Timeline"))
    return files
