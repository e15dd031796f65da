"""The speaker index and one page per speaker."""
from __future__ import annotations

from ..model import Collection, RegistrySpeaker
from .dates import human, time_tag
from .escape import h, md, yaml_str
from .urls import article_path, md_link, rel, speaker_path


def _sort_key(sp: RegistrySpeaker) -> str:
    return sp.name.lower()


def current_role(sp: RegistrySpeaker, collection: Collection, dates: dict | None = None) -> str | None:
    if dates is None:
        dates = {a.id: a.date or "" for a in collection.articles}
    roles = sorted(sp.roles, key=lambda r: dates.get(r.article, ""))
    return roles[-1].role if roles else None


def render_speaker_index(collection: Collection) -> str:
    speakers = sorted(collection.speakers, key=_sort_key)
    out = ["---", 'title: "Speakers"', "---", "", "# Speakers", "",
           f"{len(speakers)} people and organisations quoted in the articles, "
           "with their latest role, the number of quotes and of articles.", ""]
    groups: dict[str, list[RegistrySpeaker]] = {}
    for sp in speakers:
        first = sp.name[:1].upper()
        groups.setdefault(first if first.isalpha() else "Other", []).append(sp)
    if len(groups) > 1 and len(speakers) > 30:
        out += [" · ".join(f"[{md(k)}](#{_letter_id(k)})" for k in groups), ""]  # toc slugs
    dates = {a.id: a.date or "" for a in collection.articles}     # once, not once per speaker
    for letter, members in groups.items():
        if len(speakers) > 30:
            out += [f"## {md(letter)}", ""]
        out += ["| Speaker | Latest role | Quotes | Articles |", "|---|---|---:|---:|"]
        for sp in members:
            role = current_role(sp, collection, dates) or ("organisation" if sp.kind == "organisation" else "")
            out.append(f"| [{md(sp.name)}]({sp.id}.md) | {md(role)} | {len(sp.quotes)} | {len(sp.articles)} |")
        out.append("")
    return "\n".join(out)


def _letter_id(letter: str) -> str:
    return letter.lower()


def render_speaker(sp: RegistrySpeaker, collection: Collection) -> str:
    here = speaker_path(sp.id)
    articles = {a.id: a for a in collection.articles}
    out = ["---", f"title: {yaml_str(sp.name)}", "---", "", f"# {md(sp.name)}", ""]
    kind = "Organisation" if sp.kind == "organisation" else "Person"
    out += [f'<p class="tl-speaker-kind">{kind} · {len(sp.quotes)} quotes in '
            f'{len(sp.articles)} articles</p>', ""]
    if sp.description:
        out += [md(sp.description), ""]
    aliases = [a for a in sp.aliases if a != sp.name]
    if aliases:
        out += [f"Also written as: {', '.join(md(a) for a in aliases)}", ""]
    if sp.roles:
        out += ["## Roles", ""]
        seen = set()
        for r in sorted(sp.roles, key=lambda r: (articles[r.article].date or "") if r.article in articles else ""):
            a = articles.get(r.article)
            if a is None or (r.role, r.article) in seen:
                continue
            seen.add((r.role, r.article))
            out.append(f"- {md(r.role)} — {time_tag(a.date)}, [{md(a.title)}]"
                       f"({md_link(here, article_path(a.id))})")
        out.append("")
    if sp.quotes:
        out += ["## Quotes", ""]
        refs = sorted(sp.quotes, key=lambda q: ((articles[q.article].date or "9999") if q.article in articles else "", q.article, q.index))
        current = None
        for ref in refs:
            a = articles.get(ref.article)
            if a is None or ref.index >= len(a.quotes):
                continue
            q = a.quotes[ref.index]
            if a.id != current:
                current = a.id
                out += [f"### {md(human(a.date))}: {md(a.title)}", ""]
            link = rel(here, article_path(a.id), f"p-{q.paragraph}")
            kind = "" if q.kind == "direct" else " (reported)"
            cue = f" {h(q.cue)}" if q.cue else ""
            via = f", via {h(q.outlet)}" if q.outlet else ""
            body = f"“{h(q.text)}”" if q.kind == "direct" else h(q.text)
            # the attribution belongs outside the quotation: figure > blockquote + figcaption
            out += [f'<figure class="tl-quote-block"><blockquote><p>{body}</p></blockquote>'
                    f'<figcaption>— {h(q.speaker_as_written or sp.name)}{cue}{kind}{via} · '
                    f'<a href="{h(link)}">paragraph {q.paragraph + 1}</a></figcaption></figure>', ""]
    events = [e for e in collection.events
              if e.kind == "event" and any(p.speaker == sp.id for p in e.people)]
    if events:
        out += ["## On the timeline", ""]
        for e in events:
            out.append(f"- {time_tag(e.date, e.precision)}: [{md(e.text)}]"
                       f"({md_link(here, 'chronology/index.md', e.id)})")
        out.append("")
    return "\n".join(out)
