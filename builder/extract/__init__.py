"""Extract stage: one article in, one structured and extracted Article out.

Pure and per article (cached by content hash, run in parallel): it imports nothing from
the link, render or site stages (``tests/test_scale_build.py`` checks it).

* ``article.py``   the entry: raw text, a saved page or a content file -> Article
* ``structure.py`` raw copied text -> headline, standfirst, captions, body...
* ``html.py``      the same for a saved web page, its markup as a second witness
* ``quotes/``      quotes and who said them
* ``timex/``       time expressions (TIMEX3), normalised against the publication date
* ``events.py``    dated events: a time expression, what happened, who took part

The package imports nothing itself, so that a part (``timex`` for ``python -m builder
timex``) loads without the rest.
"""
