"""The speaker registry: one entry per real person or organisation across all articles.

The speakers each article gives are clustered (``clusters``: who is one speaker is
decided by ``identity``), the editors' corrections in content/speakers.yml applied
(``speaker_edits``; their entries always win), and each cluster becomes a
``RegistrySpeaker`` with a page id: a slug of its name, numbered when taken, or the id an
editor chose. Messages for editors come back beside it: probable misspellings,
ambiguous family names, corrections that named nothing.
"""
from __future__ import annotations

from ..model import Article, QuoteRef, RegistrySpeaker, SpeakerRole
from . import identity as I
from . import speaker_edits
from .clusters import Cluster, cluster, locals_of
from .overrides import SpeakerOverrides


def _page_ids(clusters: list[Cluster], messages: list[str] | None = None) -> list[str]:
    """Each cluster's page id: the editor's, else a slug of its name numbered when taken;
    an editor's id given twice keeps the first and numbers the rest."""
    used = {c.id for c in clusters if c.members and c.id}
    ids = []
    for c in clusters:
        if c.id:
            ids.append(c.id)
            continue
        base = c.slug()
        sid, n = base, 2
        while sid in used:
            sid, n = f"{base}-{n}", n + 1
        used.add(sid)
        ids.append(sid)
    seen: set[str] = set()
    for i, (c, sid) in enumerate(zip(clusters, ids)):
        if sid in seen:
            n = 2
            while f"{sid}-{n}" in used:
                n += 1
            if messages is not None:
                messages.append(f"speakers: id '{sid}' is used twice; '{c.display()}' gets "
                                f"'{sid}-{n}'")
            ids[i] = f"{sid}-{n}"
            used.add(ids[i])
        seen.add(ids[i])
    return ids


def _aliases(c: Cluster, name: str) -> list[str]:
    aliases: list[str] = []
    for m in sorted(c.members, key=lambda m: m.order):
        for a in [m.name] + m.aliases:
            if a != name and a not in aliases:
                aliases.append(a)
    for a in c.extra_aliases:
        if a != name and a not in aliases:
            aliases.append(a)
    return aliases


def _speaker(c: Cluster, sid: str, order: dict[str, int]) -> RegistrySpeaker:
    name = c.display()
    members = sorted(c.members, key=lambda m: (order.get(m.article, 0), m.order))
    arts = list(dict.fromkeys(m.article for m in members))
    if c.roles is not None:
        roles = list(c.roles)
    else:
        roles = []
        seen: set[tuple[str, str]] = set()
        for m in members:
            for r in m.roles:
                if (I.name_key(r), m.article) not in seen:
                    seen.add((I.name_key(r), m.article))
                    roles.append(SpeakerRole(r, m.article))
    quotes = [QuoteRef(m.article, i) for m in members for i in m.quotes]
    return RegistrySpeaker(id=sid, name=name, aliases=_aliases(c, name), roles=roles,
                           kind=c.kind_, articles=arts, quotes=quotes, description=c.description)


def build_registry(articles: list[Article], overrides: SpeakerOverrides | None = None
                   ) -> tuple[list[RegistrySpeaker], list[str]]:
    """One RegistrySpeaker per real speaker across ``articles``, with the editors'
    corrections; plus messages for editors."""
    messages: list[str] = []
    clusters = cluster(locals_of(articles), messages)
    if overrides is not None:
        for c, sid in zip(clusters, _page_ids(clusters)):
            c.page_id = sid                  # the id an editor sees on the site
        clusters = speaker_edits.apply(clusters, overrides, articles, messages)
    clusters = [c for c in clusters if c.members]
    order = {(a.id or f"article-{i}"): i for i, a in enumerate(articles)}
    out = [_speaker(c, sid, order) for c, sid in zip(clusters, _page_ids(clusters, messages))]
    out.sort(key=lambda s: s.id)
    return out, messages
