"""The speaker registry: one entry per real person or organisation across all articles.

Each article names its speakers by the fullest name it gives ("Zhou Wei"); across
articles the same person may appear as "Zhou Wei", as "Zhou" in an article that never
gives the given name, or misspelt. Speakers are matched by canonical name and aliases,
then by family name with compatible given names ("Oleg Petrov" ~ "A. Petrov"), then
by a one-letter typing error in the family name when only one person fits. People and
organisations never match each other. Two people sharing a family name ("Li Qiang",
"Li Na") stay apart; a bare family name that could be either is left alone and
reported.

Editors correct anything in ``content/speakers.yml``; their entries always win::

    # content/speakers.yml -- every section is optional
    speakers:
      - name: Zhou Wei                # the speaker to correct: a name, alias or id found
                                     # in the articles (or a new display name, see merge)
        aliases: [Zhou, Wong Yi]     # more names; speakers found under them join this one
        merge: [Zhou Y.]             # other found speakers (name, alias or id) folded in
        rename: Zhou Wei (diplomat)   # display name to use instead of ``name``
        id: zhou-wei                  # page slug to use (lowercase letters, digits, -)
        kind: person                 # or: organisation
        description: China's top diplomat since 2022.
        roles:                       # replaces every role found in the articles
          - role: Chinese Foreign Minister
            article: 2021-07-18-some-article
          - State Councillor          # no article: taken as held in the latest article
    not_speakers: [Norpress, the report]   # names that are not speakers: dropped
    split:                                # one found speaker that is really several
      - name: Li                          # as found
        into:
          - name: Li Qiang
            articles: [2021-01-05-one-article]
          - name: Li Na
            articles: [2020-12-31-other-article]

A name in the file that matches no speaker gives a message (file and line), never an
error; the rest of the file still applies. A malformed file (not YAML, wrong shapes)
raises ContentError naming the file and line.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import ContentError
from ..extract.quotes import names as N
from ..extract.quotes.people import same_person_names
from ..model import Article, QuoteRef, RegistrySpeaker, SpeakerRole
from ..read.text import read_text
from ..rules import speech as R
from ..yamlsafe import load_yaml

OVERRIDE_SECTIONS = ("speakers", "not_speakers", "split")
ENTRY_KEYS = {"name", "aliases", "merge", "rename", "id", "kind", "description", "roles"}
_LINES = "__lines__"      # internal: value -> line number in speakers.yml
_PATH = "__path__"


# ---- loading content/speakers.yml ---------------------------------------------------------

def load_speaker_overrides(path: Path) -> dict:
    """Read and check content/speakers.yml (format in the module docstring)."""
    text = read_text(path).text
    data = load_yaml(text, str(path))
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ContentError(str(path), "must be a mapping with sections "
                                      + ", ".join(OVERRIDE_SECTIONS), 1)
    lines = _value_lines(text)
    for key in data:
        if key not in OVERRIDE_SECTIONS:
            raise ContentError(str(path), f"unknown section '{key}' (known: "
                                          + ", ".join(OVERRIDE_SECTIONS) + ")",
                               lines.get(str(key)))
    speakers = data.get("speakers") or []
    if not isinstance(speakers, list):
        raise ContentError(str(path), "'speakers' must be a list of entries", lines.get("speakers"))
    for entry in speakers:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) \
                or not entry["name"].strip():
            raise ContentError(str(path), "each entry under 'speakers' needs a 'name'",
                               _entry_line(entry, lines))
        unknown = set(entry) - ENTRY_KEYS
        if unknown:
            raise ContentError(str(path), f"unknown key '{sorted(unknown)[0]}' for speaker "
                                          f"'{entry['name']}' (known: {', '.join(sorted(ENTRY_KEYS))})",
                               lines.get(entry["name"]))
        for key in ("aliases", "merge"):
            if not _str_list(entry.get(key, [])):
                raise ContentError(str(path), f"'{key}' of '{entry['name']}' must be a list of "
                                              "names", lines.get(entry["name"]))
        for key in ("rename", "description", "id"):
            if key in entry and not isinstance(entry[key], str):
                raise ContentError(str(path), f"'{key}' of '{entry['name']}' must be text",
                                   lines.get(entry["name"]))
        if "id" in entry and slugify(entry["id"]) != entry["id"]:
            raise ContentError(str(path), f"id '{entry['id']}' must be lowercase letters, digits "
                                          "and hyphens", lines.get(entry["id"]))
        if "kind" in entry and entry["kind"] not in ("person", "organisation"):
            raise ContentError(str(path), f"kind of '{entry['name']}' must be person or "
                                          "organisation", lines.get(entry["name"]))
        roles = entry.get("roles", [])
        if not isinstance(roles, list) or not all(
                isinstance(r, str) or (isinstance(r, dict) and isinstance(r.get("role"), str)
                                       and set(r) <= {"role", "article"})
                for r in roles):
            raise ContentError(str(path), f"'roles' of '{entry['name']}' must be a list of "
                                          "roles (text, or role: / article:)",
                               lines.get(entry["name"]))
    if not _str_list(data.get("not_speakers") or []):
        raise ContentError(str(path), "'not_speakers' must be a list of names",
                           lines.get("not_speakers"))
    splits = data.get("split") or []
    if not isinstance(splits, list):
        raise ContentError(str(path), "'split' must be a list", lines.get("split"))
    for item in splits:
        ok = isinstance(item, dict) and isinstance(item.get("name"), str) \
            and isinstance(item.get("into"), list) and all(
                isinstance(t, dict) and isinstance(t.get("name"), str)
                and _str_list(t.get("articles", [])) for t in item["into"])
        if not ok:
            raise ContentError(str(path), "each 'split' item needs a 'name' and 'into' "
                                          "(a list of name: / articles:)",
                               _entry_line(item, lines))
    out = dict(data)
    out[_LINES] = lines
    out[_PATH] = str(path)
    return out


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _entry_line(entry: Any, lines: dict[str, int]) -> int | None:
    if isinstance(entry, dict):
        for v in entry.values():
            if isinstance(v, str) and v in lines:
                return lines[v]
    return None


def _value_lines(text: str) -> dict[str, int]:
    """First line of every scalar in the YAML text (for messages)."""
    lines: dict[str, int] = {}
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return lines
    stack = [root] if root is not None else []
    seen = 0
    while stack and seen < 100_000:
        node = stack.pop()
        seen += 1
        if isinstance(node, yaml.ScalarNode):
            lines.setdefault(str(node.value), node.start_mark.line + 1)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.extend((k, v))
    return lines


# ---- names -------------------------------------------------------------------------------

def fold(text: str) -> str:
    """Case- and accent-free form of a name, for matching."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:80].strip("-")


_COUNTRY_ADJ = {country: adj for adj, country in R.NATIONALITIES.items()}


def org_key(name: str) -> str:
    """"Russia's foreign ministry" and "the Russian Foreign Ministry" are one key."""
    words = []
    for w in fold(name).split():
        if w == "the":
            continue
        base = w[:-2] if w.endswith("'s") else w
        if base != w and base in _COUNTRY_ADJ:
            w = _COUNTRY_ADJ[base]
        words.append(w)
    return " ".join(words)


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name.strip()) if w]


# ---- clustering -------------------------------------------------------------------------

@dataclass
class _Local:
    """One speaker as one article gives it."""

    article: str
    name: str
    aliases: list[str]
    roles: list[str]
    kind: str
    quotes: list[int]
    order: int


@dataclass
class _Cluster:
    members: list[_Local] = field(default_factory=list)
    name: str | None = None
    extra_aliases: list[str] = field(default_factory=list)
    roles: list[SpeakerRole] | None = None       # set by an editor: replaces found roles
    description: str | None = None
    kind: str | None = None
    id: str | None = None
    moved_out: set[tuple[str, int]] = field(default_factory=set)
    moved_in: list[QuoteRef] = field(default_factory=list)
    extra_roles: list[SpeakerRole] = field(default_factory=list)
    extra_articles: list[str] = field(default_factory=list)

    @property
    def kind_(self) -> str:
        return self.kind or (self.members[0].kind if self.members else "person")

    def names(self) -> set[str]:
        out = {fold(m.name) for m in self.members} | {fold(a) for m in self.members
                                                    for a in m.aliases}
        out |= {fold(a) for a in self.extra_aliases}
        if self.name:
            out.add(fold(self.name))
        if self.id:
            out.add(self.id)
        return out

    def full_names(self) -> list[list[str]]:
        """Each distinct name of two words or more, as words (a much-quoted speaker has a
        member in every article, mostly under the same name)."""
        names = dict.fromkeys(tuple(_words(m.name)) for m in self.members)
        return [list(n) for n in names if len(n) >= 2]

    def display(self) -> str:
        if self.name:
            return self.name
        best = max(self.members, key=lambda m: (len(_words(m.name)), len(m.quotes), -m.order))
        return best.name


def _locals(articles: list[Article]) -> list[_Local]:
    out: list[_Local] = []
    for ai, a in enumerate(articles):
        aid = a.id or f"article-{ai}"
        by_name: dict[str, _Local] = {}
        for s in a.speakers:
            loc = _Local(aid, s.name, list(s.aliases) + list(s.misspellings), list(s.roles),
                         s.kind, [], len(out))
            by_name[s.name] = loc
            out.append(loc)
        for qi, q in enumerate(a.quotes):
            if not q.speaker:
                continue
            loc = by_name.get(q.speaker)
            if loc is None:
                loc = by_name[q.speaker] = _Local(aid, q.speaker, [], [], "person", [], len(out))
                out.append(loc)
            loc.quotes.append(qi)
    return out


def _full_forms(c: _Cluster) -> tuple[set[str], list[list[str]]]:
    """A cluster's folded full names and its full names as words (computed once per
    cluster, not once per comparison)."""
    return {n for n in c.names() if len(n.split()) >= 2}, c.full_names()


def _same_person(a: tuple[set[str], list[list[str]]], b: tuple[set[str], list[list[str]]]) -> bool:
    # full names only: a family name alone ("Li") may be several people
    if a[0] & b[0]:
        return True
    return any(same_person_names(x, y) for x in a[1] for y in b[1])


def _name_keys(c: _Cluster) -> list[tuple[str, tuple[str, ...]]]:
    """(family, given names) of each full name of a cluster, folded."""
    return list(dict.fromkeys((fold(N.family_names(n)[0]), tuple(fold(g) for g in N.given_names(n)))
                              for n in c.full_names()))


def _typo_keys(x: list[tuple[str, tuple[str, ...]]], y: list[tuple[str, tuple[str, ...]]]) -> bool:
    """Same given names, family names one slip apart ("Oleg Petorv", "Oleg Petrov")."""
    for fx, gx in x:
        for fy, gy in y:
            if not gx or gx != gy or fx == fy or min(len(fx), len(fy)) < 5 or fx[0] != fy[0]:
                continue
            k = max(1, min(len(fx), len(fy)) // 3)
            if fx[:k] != fy[:k] and fx[-k:] != fy[-k:]:
                continue
            if N.osa_distance(fx, fy, 1) <= 1:
                return True
    return False


def _typo_match(a: _Cluster, b: _Cluster) -> bool:
    return _typo_keys(_name_keys(a), _name_keys(b))


class _Union:
    """Union-find over clusters, merging members into the root."""

    def __init__(self, items: list[_Cluster]) -> None:
        self.parent = {id(c): c for c in items}

    def find(self, c: _Cluster) -> _Cluster:
        root = c
        while self.parent[id(root)] is not root:
            root = self.parent[id(root)]
        while self.parent[id(c)] is not root:
            self.parent[id(c)], c = root, self.parent[id(c)]
        return root

    def union(self, a: _Cluster, b: _Cluster) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra is not rb:
            self.parent[id(rb)] = ra

    def merged(self, items: list[_Cluster]) -> list[_Cluster]:
        out: list[_Cluster] = []
        for c in items:
            root = self.find(c)
            if root is c:
                out.append(c)
        for c in items:
            root = self.find(c)
            if root is not c:
                root.members += c.members
        return out


def _pairs(groups: dict[str, list[_Cluster]]):
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                yield a, b


def _cluster(locals_: list[_Local], messages: list[str]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}
    # 1. the same canonical name (or an organisation's normalised name)
    for loc in locals_:
        key = (loc.kind, org_key(loc.name) if loc.kind == "organisation" else fold(loc.name))
        c = by_key.get(key)
        if c is None:
            c = by_key[key] = _Cluster()
            clusters.append(c)
        c.members.append(loc)
    people = [c for c in clusters if c.kind_ == "person" and len(_words(c.display())) >= 2]
    singles = [c for c in clusters if c.kind_ == "person" and len(_words(c.display())) < 2]
    orgs = [c for c in clusters if c.kind_ == "organisation"]
    # 2. people: full names and aliases that agree ("A. Petrov", "Oleg Petrov"),
    #    compared only within a family name
    groups: dict[str, list[_Cluster]] = {}
    for c in people:
        keys = {"f:" + fold(N.family_names(n)[0]) for n in c.full_names()}
        keys |= {"n:" + n for n in c.names() if len(n.split()) >= 2}
        for k in keys:
            groups.setdefault(k, []).append(c)
    uf = _Union(people)
    forms = {id(c): _full_forms(c) for c in people}
    for a, b in _pairs(groups):
        if uf.find(a) is not uf.find(b) and _same_person(forms[id(a)], forms[id(b)]):
            uf.union(a, b)
    people = uf.merged(people)
    # 3. organisations known by the same name or alias in different articles
    groups = {}
    for c in orgs:
        for k in {org_key(n) for n in c.names()}:
            groups.setdefault(k, []).append(c)
    uf = _Union(orgs)
    for a, b in _pairs(groups):
        uf.union(a, b)
    orgs = uf.merged(orgs)
    # 4. a family name alone ("Petrov") joins the one person of that family, if only one
    family: dict[str, list[_Cluster]] = {}
    for d in people:
        for f in {fold(f) for n in d.full_names() for f in N.family_names(n)}:
            family.setdefault(f, []).append(d)
    kept_singles: list[_Cluster] = []
    for c in singles:
        fits = family.get(fold(c.display()), [])
        if len(fits) == 1:
            fits[0].members += c.members
            continue
        if len(fits) > 1:
            messages.append(f"speakers: '{c.display()}' ({_where(c)}) could be any of "
                            + ", ".join(sorted(f.display() for f in fits))
                            + "; left apart (settle it in content/speakers.yml)")
        kept_singles.append(c)
    # 4b. one word read as an organisation in one article ("Volkov said", no first name)
    #     and as a person's family name elsewhere is that person; and the reverse
    kept_orgs: list[_Cluster] = []
    for c in orgs:
        words = _words(c.display())
        fits = family.get(fold(c.display()), []) if len(words) == 1 else []
        if len(fits) == 1 and not words[0].isupper() and not any(m.roles for m in c.members):
            fits[0].members += [_as_kind(m, "person") for m in c.members]
            messages.append(f"speakers: '{c.display()}' ({_where(c)}) taken to be "
                            f"'{fits[0].display()}'")
            continue
        kept_orgs.append(c)
    orgs = kept_orgs
    org_index = {org_key(n): c for c in orgs for n in c.names()}
    still: list[_Cluster] = []
    for c in kept_singles:
        target = org_index.get(org_key(c.display()))
        if target is not None and not any(m.roles for m in c.members):
            target.members += [_as_kind(m, "organisation") for m in c.members]
            continue
        still.append(c)
    kept_singles = still
    # 5. a typing error in a family name, when only one person fits
    keys = {id(d): _name_keys(d) for d in people}
    shapes: dict[tuple[str, int], list[_Cluster]] = {}
    for d in people:
        for f in {f for f, _ in keys[id(d)]}:
            shapes.setdefault((f[:1], len(f)), []).append(d)
    gone: set[int] = set()
    for c in people:
        if id(c) in gone:
            continue
        cands: dict[int, _Cluster] = {}
        for f in {f for f, _ in keys[id(c)]}:
            for size in (len(f) - 1, len(f), len(f) + 1):
                for d in shapes.get((f[:1], size), ()):
                    if d is not c and id(d) not in gone:
                        cands[id(d)] = d
        fits = [d for d in cands.values() if _typo_keys(keys[id(c)], keys[id(d)])]
        if len(fits) == 1:
            d = fits[0]
            keep, fold_in = (d, c) if _weight(d) >= _weight(c) else (c, d)
            messages.append(f"speakers: '{fold_in.display()}' ({_where(fold_in)}) taken to be "
                            f"'{keep.display()}' (probable misspelling)")
            keep.name = keep.display()
            keep.members += fold_in.members
            keys[id(keep)] = list(dict.fromkeys(keys[id(keep)] + keys[id(fold_in)]))
            for m in fold_in.members:
                m.aliases.append(m.name)
            gone.add(id(fold_in))
        elif len(fits) > 1:
            messages.append(f"speakers: '{c.display()}' ({_where(c)}) looks like "
                            + ", ".join(sorted(f.display() for f in fits))
                            + " (check the spelling)")
    people = [c for c in people if id(c) not in gone]
    return people + kept_singles + orgs


def _as_kind(m: _Local, kind: str) -> _Local:
    m.kind = kind
    return m


def _weight(c: _Cluster) -> tuple[int, int]:
    return (len({m.article for m in c.members}), sum(len(m.quotes) for m in c.members))


def _where(c: _Cluster) -> str:
    return ", ".join(sorted({m.article for m in c.members}))


# ---- editors' corrections -----------------------------------------------------------------

def _find(clusters: list[_Cluster], name: str) -> list[_Cluster]:
    key = fold(name)
    hits = [c for c in clusters if key in c.names() or slugify(name) == c.id]
    if not hits:
        hits = [c for c in clusters if c.kind_ == "organisation"
                and org_key(name) in {org_key(n) for n in c.names()}]
    return hits


def _line(overrides: dict, value: str) -> str:
    path = overrides.get(_PATH, "content/speakers.yml")
    line = (overrides.get(_LINES) or {}).get(value)
    return f"{path}:{line}" if line else path


def _apply(clusters: list[_Cluster], overrides: dict, articles: list[Article],
           messages: list[str]) -> list[_Cluster]:
    dates = {(a.id or f"article-{i}"): (a.date or "") for i, a in enumerate(articles)}
    overrides = _usable(overrides, messages)
    for name in overrides.get("not_speakers") or []:
        hits = _find(clusters, name)
        if not hits:
            messages.append(f"{_line(overrides, name)}: not_speakers: no speaker called "
                            f"'{name}' (nothing to drop)")
        for c in hits:
            clusters.remove(c)
    for item in overrides.get("split") or []:
        hits = _find(clusters, item["name"])
        if not hits:
            messages.append(f"{_line(overrides, item['name'])}: split: no speaker called "
                            f"'{item['name']}'")
            continue
        source = hits[0]
        for target in item.get("into") or []:
            wanted = set(target.get("articles") or [])
            unknown = wanted - set(dates)
            for aid in sorted(unknown):
                messages.append(f"{_line(overrides, aid)}: split: no article '{aid}'")
            dest = next(iter(_find(clusters, target["name"])), None)
            if dest is None or dest is source:
                dest = _Cluster(name=target["name"], kind=source.kind_)
                clusters.append(dest)
            moved = [m for m in source.members if m.article in wanted]
            for m in moved:
                source.members.remove(m)
                dest.members.append(m)
            if not moved:
                messages.append(f"{_line(overrides, target['name'])}: split: '{item['name']}' "
                                f"has no quotes in the articles given for '{target['name']}'")
        if not source.members and not source.moved_in:
            clusters.remove(source)
    for entry in overrides.get("speakers") or []:
        names = [entry["name"]] + list(entry.get("aliases") or []) + list(entry.get("merge") or [])
        hits: list[_Cluster] = []
        for n in names:
            for c in _find(clusters, n):
                if c not in hits:
                    hits.append(c)
        for n in entry.get("merge") or []:
            if not _find(clusters, n):
                messages.append(f"{_line(overrides, n)}: merge: no speaker called '{n}'")
        if not hits:
            messages.append(f"{_line(overrides, entry['name'])}: no speaker called "
                            f"'{entry['name']}' in the articles (entry ignored)")
            continue
        keep = hits[0]
        for other in hits[1:]:
            keep.members += other.members
            keep.extra_aliases += other.extra_aliases + ([other.name] if other.name else [])
            clusters.remove(other)
        keep.name = entry.get("rename") or entry["name"]
        keep.extra_aliases += [a for a in entry.get("aliases") or []]
        keep.extra_aliases += [a for a in entry.get("merge") or []]
        if "description" in entry:
            keep.description = entry["description"]
        if "kind" in entry:
            keep.kind = entry["kind"]
        if "id" in entry:
            keep.id = entry["id"]
        if "roles" in entry:
            arts = sorted({m.article for m in keep.members}, key=lambda a: dates.get(a, ""))
            latest = arts[-1] if arts else ""
            roles = []
            for r in entry["roles"] or []:
                if isinstance(r, str):
                    roles.append(SpeakerRole(r, latest))
                else:
                    art = r.get("article") or latest
                    if r.get("article") and r["article"] not in dates:
                        messages.append(f"{_line(overrides, r['article'])}: no article "
                                        f"'{r['article']}' (role kept)")
                    roles.append(SpeakerRole(r["role"], art))
            keep.roles = roles
    return clusters


def _usable(overrides: dict, messages: list[str]) -> dict:
    """Drop entries of the wrong shape (when not read through load_speaker_overrides)."""
    path = overrides.get(_PATH, "content/speakers.yml")
    out: dict[str, Any] = {_PATH: path, _LINES: overrides.get(_LINES) or {}}
    names = overrides.get("not_speakers") or []
    out["not_speakers"] = [n for n in names if isinstance(n, str)] if isinstance(names, list) else []
    entries = overrides.get("speakers") or []
    out["speakers"] = []
    for e in entries if isinstance(entries, list) else []:
        if isinstance(e, dict) and isinstance(e.get("name"), str) and all(
                _str_list(e.get(k, [])) for k in ("aliases", "merge")) and isinstance(
                e.get("roles", []), list):
            e = dict(e)
            e["roles"] = [r for r in e.get("roles", []) if isinstance(r, str) or (
                isinstance(r, dict) and isinstance(r.get("role"), str))] if "roles" in e else None
            if e["roles"] is None:
                del e["roles"]
            for k in ("rename", "description", "id", "kind"):
                if k in e and not isinstance(e[k], str):
                    del e[k]
            if "id" in e and slugify(e["id"]) != e["id"]:
                del e["id"]
            if e.get("kind") not in (None, "person", "organisation"):
                del e["kind"]
            out["speakers"].append(e)
        else:
            messages.append(f"{path}: a speakers entry that is not name: ... was ignored")
    splits = overrides.get("split") or []
    out["split"] = [t for t in splits if isinstance(t, dict) and isinstance(t.get("name"), str)
                    and isinstance(t.get("into"), list)] if isinstance(splits, list) else []
    for t in out["split"]:
        t["into"] = [x for x in t["into"] if isinstance(x, dict) and isinstance(x.get("name"), str)
                     and _str_list(x.get("articles", []))]
    return out


# ---- the registry ------------------------------------------------------------------------

def build_registry(articles: list[Article], overrides: dict | None = None
                   ) -> tuple[list[RegistrySpeaker], list[str]]:
    """One RegistrySpeaker per real speaker across ``articles``, with editors'
    corrections from ``overrides`` (see the module docstring); plus messages for
    editors (probable misspellings, ambiguous names, unknown names in speakers.yml)."""
    messages: list[str] = []
    clusters = _cluster(_locals(articles), messages)
    if overrides:
        clusters = _apply(clusters, overrides, articles, messages)
    order = {(a.id or f"article-{i}"): i for i, a in enumerate(articles)}
    out: list[RegistrySpeaker] = []
    used: set[str] = set()
    for c in clusters:
        if not c.members:
            continue
        name = c.display()
        aliases: list[str] = []
        for m in sorted(c.members, key=lambda m: m.order):
            for a in [m.name] + m.aliases:
                if a != name and a not in aliases:
                    aliases.append(a)
        for a in c.extra_aliases:
            if a != name and a not in aliases:
                aliases.append(a)
        members = sorted(c.members, key=lambda m: (order.get(m.article, 0), m.order))
        arts: list[str] = []
        for m in members:
            if m.article not in arts:
                arts.append(m.article)
        if c.roles is not None:
            roles = list(c.roles)
        else:
            roles = []
            seen: set[tuple[str, str]] = set()
            for m in members:
                for r in m.roles:
                    if (fold(r), m.article) not in seen:
                        seen.add((fold(r), m.article))
                        roles.append(SpeakerRole(r, m.article))
        quotes = [QuoteRef(m.article, i) for m in members for i in m.quotes]
        out.append(RegistrySpeaker(id="", name=name, aliases=aliases, roles=roles,
                                   kind=c.kind_, articles=arts, quotes=quotes,
                                   description=c.description))
        out[-1].id = c.id or ""
        if c.id:
            used.add(c.id)
    for sp in out:
        if not sp.id:
            base = slugify(sp.name) or "speaker"
            sid, n = base, 2
            while sid in used:
                sid, n = f"{base}-{n}", n + 1
            sp.id = sid
            used.add(sid)
    # an id an editor chose twice: keep the first, number the rest
    seen_ids: set[str] = set()
    for sp in out:
        if sp.id in seen_ids:
            n = 2
            while f"{sp.id}-{n}" in used:
                n += 1
            messages.append(f"speakers: id '{sp.id}' is used twice; '{sp.name}' gets "
                            f"'{sp.id}-{n}'")
            sp.id = f"{sp.id}-{n}"
            used.add(sp.id)
        seen_ids.add(sp.id)
    out.sort(key=lambda s: s.id)
    return out, messages
