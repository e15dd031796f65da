"""Quote extraction and speaker attribution for one article.

``extract_quotes(paragraphs)`` -> (quotes, speakers, notices); see ``attribute.py``
for how attributions are read and ``people.py`` for how names are resolved.
"""
from __future__ import annotations

from .attribute import extract_quotes

__all__ = ["extract_quotes"]
