"""The speaker index and one page per speaker (``templates/speakers.md``, ``speaker.md``).

A speaker's page lists what they said (quotes, direct and reported) and, apart under
"Views and topics reported", the thoughts and topics the articles attribute to them
(``Quote.attribution``), each led by its cue ("believes", "criticized") so that no view
reads as a quotation."""
from __future__ import annotations

from ..model import Collection, RegistrySpeaker
from ..keys import fold, slugify
from .templates import render
from .urls import speaker_path

HERE = "speakers/index.md"


def _sort_key(sp: RegistrySpeaker) -> tuple[str, str]:
    return fold(sp.name), sp.id


def _letter(name: str) -> str:
    """The index letter of a name: its first letter without accents ("Émile" under E),
    anything else under "Other"."""
    first = fold(name.lstrip("\"'“‘(["))[:1].upper()
    return first if first.isalpha() else "Other"


def current_role(sp: RegistrySpeaker, collection: Collection, dates: dict | None = None) -> str | None:
    if dates is None:
        dates = {a.id: a.date or "" for a in collection.articles}
    roles = sorted(sp.roles, key=lambda r: dates.get(r.article, ""))
    return roles[-1].role if roles else None


def render_speaker_index(collection: Collection) -> str:
    """One table of every speaker by name, a letter heading over each letter's rows and
    a jump bar to the letters (docs/assets/site.js makes the columns sortable)."""
    speakers = sorted(collection.speakers, key=_sort_key)
    groups: dict[str, list] = {}
    dates = {a.id: a.date or "" for a in collection.articles}     # once, not once per speaker
    for sp in speakers:
        role = current_role(sp, collection, dates) or ("organisation" if sp.kind == "organisation" else "")
        groups.setdefault(_letter(sp.name), []).append((sp, role))
    other = groups.pop("Other", None)           # after the letters
    if other:
        groups["Other"] = other
    return render("speakers.md", count=len(speakers), here=HERE,
                  groups=[(letter, _anchor(letter), rows) for letter, rows in groups.items()])[:-1]


def _anchor(letter: str) -> str:
    """An ASCII id for a letter's heading ("letter-a"; "letter-u41b" for a Cyrillic one)."""
    return "letter-" + slugify(letter, fallback=f"u{ord(letter[0]):x}")


def render_speaker(sp: RegistrySpeaker, collection: Collection) -> str:
    here = speaker_path(sp.id)
    articles = {a.id: a for a in collection.articles}
    roles, seen = [], set()
    for r in sorted(sp.roles, key=lambda r: (articles[r.article].date or "") if r.article in articles else ""):
        a = articles.get(r.article)
        if a is not None and (r.role, r.article) not in seen:
            seen.add((r.role, r.article))
            roles.append((r.role, a))
    quotes, views = [], []
    for ref in sorted(sp.quotes, key=lambda q: ((articles[q.article].date or "9999")
                                                if q.article in articles else "", q.article, q.index)):
        a = articles.get(ref.article)
        if a is not None and ref.index < len(a.quotes):
            q = a.quotes[ref.index]
            (quotes if q.attribution == "speech" else views).append((a, q))
    events = [e for e in collection.events
              if e.kind == "event" and any(p.speaker == sp.id for p in e.people)]
    page = render("speaker.md", sp=sp, here=here, roles=roles, quotes=quotes, views=views,
                  events=events, aliases=[a for a in sp.aliases if a != sp.name])
    return page[:-1]
