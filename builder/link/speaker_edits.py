"""content/speakers.yml applied to the speaker clusters; the editors' entries always win.

A speaker is named by any of its names or aliases, or by its page id (the last part of
its page's address, as the site shows it before the corrections). Sections apply in the
order not_speakers, split, speakers; an entry that names nothing is reported with its
line and the rest applies.
"""
from __future__ import annotations

from ..model import Article, SpeakerRole
from . import identity as I
from .clusters import Cluster
from .overrides import SpeakerFix, SpeakerOverrides, SplitFix


def find(clusters: list[Cluster], name: str) -> list[Cluster]:
    """The clusters an editor means by ``name``: a name, an alias or a page id."""
    key = I.name_key(name)
    hits = [c for c in clusters if name in (c.id, c.page_id) or key in c.names()
            or (c.name and name == c.slug())]      # the page id of a speaker renamed above
    if not hits:
        okey = I.org_key(name)
        hits = [c for c in clusters if c.kind_ == "organisation"
                and okey in {I.org_key(n) for n in c.names()}]
    return hits


def apply(clusters: list[Cluster], overrides: SpeakerOverrides, articles: list[Article],
          messages: list[str]) -> list[Cluster]:
    dates = {(a.id or f"article-{i}"): (a.date or "") for i, a in enumerate(articles)}
    where = overrides.where
    for named in overrides.not_speakers:
        hits = find(clusters, named.text)
        if not hits:
            messages.append(f"{where(named.line)}: not_speakers: no speaker called "
                            f"'{named.text}' (nothing to drop)")
        for c in hits:
            clusters.remove(c)
    for item in overrides.split:
        _split(clusters, item, dates, overrides, messages)
    for entry in overrides.speakers:
        _correct(clusters, entry, dates, overrides, messages)
    return clusters


def _split(clusters: list[Cluster], item: SplitFix, dates: dict[str, str],
           overrides: SpeakerOverrides, messages: list[str]) -> None:
    where = overrides.where
    hits = find(clusters, item.name.text)
    if not hits:
        messages.append(f"{where(item.name.line)}: split: no speaker called '{item.name.text}'")
        return
    source = hits[0]
    for target in item.into:
        wanted = {a.text for a in target.articles}
        for a in target.articles:
            if a.text not in dates:
                messages.append(f"{where(a.line)}: split: no article '{a.text}'")
        dest = next(iter(find(clusters, target.name.text)), None)
        if dest is None or dest is source:
            dest = Cluster(name=target.name.text, kind=source.kind_)
            clusters.append(dest)
        moved = [m for m in source.members if m.article in wanted]
        for m in moved:
            source.members.remove(m)
            dest.members.append(m)
        if not moved:
            messages.append(f"{where(target.name.line)}: split: '{item.name.text}' has no "
                            f"quotes in the articles given for '{target.name.text}'")
    if not source.members and not source.moved_in:
        clusters.remove(source)


def _correct(clusters: list[Cluster], entry: SpeakerFix, dates: dict[str, str],
             overrides: SpeakerOverrides, messages: list[str]) -> None:
    where = overrides.where
    hits: list[Cluster] = []
    for n in [entry.name.text, *entry.aliases, *(m.text for m in entry.merge)]:
        for c in find(clusters, n):
            if c not in hits:
                hits.append(c)
    for m in entry.merge:
        if not find(clusters, m.text):
            messages.append(f"{where(m.line)}: merge: no speaker called '{m.text}'")
    if not hits:
        messages.append(f"{where(entry.name.line)}: no speaker called '{entry.name.text}' "
                        "(a name, alias or page id) in the articles (entry ignored)")
        return
    keep = hits[0]
    for other in hits[1:]:
        keep.members += other.members
        keep.extra_aliases += other.extra_aliases + ([other.name] if other.name else [])
        clusters.remove(other)
    if entry.rename:
        keep.name = entry.rename
    elif len(hits) > 1 and not _is_page_id(keep, entry.name.text):
        keep.name = entry.name.text          # several found speakers: shown under this name
    keep.extra_aliases += entry.aliases + [m.text for m in entry.merge
                                           if not _is_page_id(keep, m.text)]
    for key in ("description", "kind", "id"):
        if getattr(entry, key) is not None:
            setattr(keep, key, getattr(entry, key))
    if entry.roles is not None:
        keep.roles = _roles(keep, entry, dates, overrides, messages)


def _is_page_id(c: Cluster, name: str) -> bool:
    """Named by its page id: no new display name (a name would be written as one)."""
    return name in (c.id, c.page_id)


def _roles(keep: Cluster, entry: SpeakerFix, dates: dict[str, str],
           overrides: SpeakerOverrides, messages: list[str]) -> list[SpeakerRole]:
    arts = sorted({m.article for m in keep.members}, key=lambda a: dates.get(a, ""))
    latest = arts[-1] if arts else ""
    roles = []
    for r in entry.roles or []:
        if r.article is not None and r.article.text not in dates:
            messages.append(f"{overrides.where(r.article.line)}: no article "
                            f"'{r.article.text}' (role kept)")
        roles.append(SpeakerRole(r.role, r.article.text if r.article else latest))
    return roles
