"""The editors' corrections, content/speakers.yml and content/events.yml, as typed objects.

Both files follow one policy, applied when they are read (once, at the edge, by
``read_overrides``): a file that is not YAML, or not a mapping, is reported in one
line and ignored; an entry of the wrong shape (a missing name, an impossible date, an
unknown key) is reported with its line and skipped, and the rest of the file applies.
What can only be checked against the articles (a name no speaker has, an id no entry
has, a missing article or paragraph) is reported the same way when the corrections are
applied (``speaker_edits``, ``event_edits``). The formats are in docs/editing.md and
in the comments at the top of each file.

Speakers are named by a name, an alias or a page id; events by the ids shown on the
chronology page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..dates import parse as parse_date
from ..errors import ContentError
from ..keys import is_slug
from ..read.text import read_text
from ..yamlsafe import _StrictLoader, _where_it_starts

SPEAKER_SECTIONS = ("speakers", "not_speakers", "split")
SPEAKER_KEYS = ("name", "aliases", "merge", "rename", "id", "kind", "description", "roles")
EVENT_SECTIONS = ("split", "merge", "correct", "hide", "add")
CORRECT_FIELDS = ("date", "text", "people")
ADD_FIELDS = ("id", "date", "text", "people", "sources")


@dataclass(frozen=True)
class Named:
    """A name or an id as an editor wrote it, with its line (for messages)."""

    text: str
    line: int | None = None


# ---- content/speakers.yml ---------------------------------------------------------------------

@dataclass
class RoleFix:
    role: str
    article: Named | None = None          # None: the speaker's latest article


@dataclass
class SpeakerFix:
    name: Named
    aliases: list[str] = field(default_factory=list)
    merge: list[Named] = field(default_factory=list)
    rename: str | None = None
    id: str | None = None
    kind: str | None = None
    description: str | None = None
    roles: list[RoleFix] | None = None   # None: keep the roles found in the articles


@dataclass
class SplitPart:
    name: Named
    articles: list[Named] = field(default_factory=list)


@dataclass
class SplitFix:
    name: Named
    into: list[SplitPart] = field(default_factory=list)


@dataclass
class SpeakerOverrides:
    path: str = "content/speakers.yml"
    speakers: list[SpeakerFix] = field(default_factory=list)
    not_speakers: list[Named] = field(default_factory=list)
    split: list[SplitFix] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)    # what was skipped while reading

    def where(self, line: int | None) -> str:
        return f"{self.path}:{line}" if line else self.path


# ---- content/events.yml -----------------------------------------------------------------------

@dataclass
class MergeFix:
    ids: list[str]
    index: int
    line: int | None = None


@dataclass
class Correction:
    id: str
    line: int | None = None
    date: str | None = None
    text: str | None = None
    people: list[str] | None = None


@dataclass
class Source:
    article: str
    paragraph: int | None = None


@dataclass
class Addition:
    index: int
    date: str
    text: str
    line: int | None = None
    id: str | None = None
    people: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


@dataclass
class EventOverrides:
    path: str = "content/events.yml"
    split: list[Named] = field(default_factory=list)
    merge: list[MergeFix] = field(default_factory=list)
    correct: list[Correction] = field(default_factory=list)
    hide: list[Named] = field(default_factory=list)
    add: list[Addition] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def where(self, line: int | None) -> str:
        return f"{self.path}:{line}" if line else self.path


@dataclass
class Overrides:
    speakers: SpeakerOverrides = field(default_factory=SpeakerOverrides)
    events: EventOverrides = field(default_factory=EventOverrides)


# ---- reading: one YAML tree, an entry at a time -------------------------------------------------

class _Loader(_StrictLoader):
    """Dates stay text: one impossible date spoils only its own entry."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp",
                        lambda loader, node: loader.construct_scalar(node))


class _Skip(Exception):
    """This entry is skipped (message, line)."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message, self.line = message, line


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


class _Tree:
    """A YAML document as nodes: every value keeps its line; entries are built one by one."""

    def __init__(self, text: str, path: str):
        loader = _Loader(text)
        try:
            self.root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            loader.dispose()
            message, mark = _where_it_starts(exc)
            raise ContentError(path, f"invalid YAML: {message}",
                               mark.line + 1 if mark is not None else None) from None
        except (yaml.YAMLError, RecursionError) as exc:
            loader.dispose()
            raise ContentError(path, "invalid YAML: " + " ".join(str(exc).split())) from None
        self.loader = loader

    def value(self, node: yaml.Node) -> Any:
        try:
            return self.loader.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise _Skip(" ".join(str(getattr(exc, "problem", None) or exc).split()),
                        mark.line + 1 if mark is not None else _line(node)) from None

    @staticmethod
    def items(node: yaml.Node) -> list[tuple[str, yaml.Node, yaml.Node]]:
        """(key, key node, value node) of a mapping; a key given twice skips the entry."""
        if not isinstance(node, yaml.MappingNode):
            return []
        out, seen = [], set()
        for k, v in node.value:
            if str(k.value) in seen:
                raise _Skip(f"key '{k.value}' is given twice", _line(k))
            seen.add(str(k.value))
            out.append((str(k.value), k, v))
        return out

    def text(self, node: yaml.Node | None, what: str) -> str:
        value = self.value(node) if node is not None else None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            raise _Skip(f"{what} must be text", _line(node))
        return " ".join(value.split())

    def names(self, node: yaml.Node | None, what: str) -> list[Named]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise _Skip(f"{what} must be a list", _line(node))
        return [Named(self.text(n, f"each of {what}"), _line(n)) for n in node.value]


def _parse_tree(text: str, path: str, sections: tuple[str, ...], notes: list[str]) -> _Tree | None:
    """The file's tree, or None (empty, or unusable: one note)."""
    try:
        tree = _Tree(text, path)
    except ContentError as exc:
        notes.append(exc.format() + " (the whole file is ignored)")
        return None
    if tree.root is None:
        return None
    if not isinstance(tree.root, yaml.MappingNode):
        notes.append(f"{path}:{_line(tree.root)}: must be a mapping with sections "
                     f"{', '.join(sections)} (the whole file is ignored)")
        return None
    return tree


def _sections(tree: _Tree, path: str, known: tuple[str, ...], notes: list[str]):
    seen: set[str] = set()
    for key_node, value in tree.root.value:
        key = str(key_node.value)
        if key in seen:
            notes.append(f"{path}:{_line(key_node)}: section '{key}' is given twice; "
                         "the second is ignored")
            continue
        seen.add(key)
        if key not in known:
            notes.append(f"{path}:{_line(key_node)}: unknown section '{key}' "
                         f"(known: {', '.join(known)}); ignored")
            continue
        yield key, value


def _each(tree: _Tree, node: yaml.Node, path: str, what: str, notes: list[str], build):
    """``build(item node, index)`` for each item of a list; a _Skip is one note."""
    if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
        return []
    items = node.value if isinstance(node, yaml.SequenceNode) else None
    if items is None:
        notes.append(f"{path}:{_line(node)}: '{what}' must be a list; ignored")
        return []
    out = []
    for i, item in enumerate(items):
        try:
            out.append(build(item, i))
        except _Skip as skip:
            notes.append(f"{path}:{skip.line or _line(item)}: {skip.message}; entry ignored")
    return out


# ---- speakers.yml -------------------------------------------------------------------------

def _speaker_fix(tree: _Tree, node: yaml.Node, _: int) -> SpeakerFix:
    fields = {k: (kn, v) for k, kn, v in tree.items(node)}
    if "name" not in fields:
        raise _Skip("a speakers entry needs a 'name'", _line(node))
    name = Named(tree.text(fields["name"][1], "'name'"), _line(fields["name"][1]))
    for key, (key_node, _v) in fields.items():
        if key not in SPEAKER_KEYS:
            raise _Skip(f"unknown key '{key}' for speaker '{name.text}' "
                        f"(known: {', '.join(sorted(SPEAKER_KEYS))})", _line(key_node))
    fix = SpeakerFix(name)
    get = lambda key: fields[key][1] if key in fields else None   # noqa: E731
    fix.aliases = [n.text for n in tree.names(get("aliases"), f"'aliases' of '{name.text}'")]
    fix.merge = tree.names(get("merge"), f"'merge' of '{name.text}'")
    for key in ("rename", "description", "id", "kind"):
        if get(key) is not None:
            setattr(fix, key, tree.text(get(key), f"'{key}' of '{name.text}'"))
    if fix.id is not None and not is_slug(fix.id):
        raise _Skip(f"id '{fix.id}' must be lowercase letters, digits and hyphens", _line(get("id")))
    if fix.kind not in (None, "person", "organisation"):
        raise _Skip(f"kind of '{name.text}' must be person or organisation", _line(get("kind")))
    if get("roles") is not None:
        fix.roles = [_role(tree, n, name.text) for n in _list(get("roles"), f"'roles' of '{name.text}'")]
    return fix


def _list(node: yaml.Node, what: str) -> list[yaml.Node]:
    if not isinstance(node, yaml.SequenceNode):
        raise _Skip(f"{what} must be a list", _line(node))
    return node.value


def _role(tree: _Tree, node: yaml.Node, who: str) -> RoleFix:
    if isinstance(node, yaml.ScalarNode):
        return RoleFix(tree.text(node, f"a role of '{who}'"))
    fields = {k: v for k, _, v in tree.items(node)}
    if "role" not in fields or set(fields) - {"role", "article"}:
        raise _Skip(f"'roles' of '{who}' must be a list of roles (text, or role: / article:)",
                    _line(node))
    article = fields.get("article")
    return RoleFix(tree.text(fields["role"], f"a role of '{who}'"),
                   Named(tree.text(article, "'article'"), _line(article)) if article else None)


def _split_fix(tree: _Tree, node: yaml.Node, _: int) -> SplitFix:
    fields = {k: v for k, _, v in tree.items(node)}
    if "name" not in fields or not isinstance(fields.get("into"), yaml.SequenceNode):
        raise _Skip("each 'split' item needs a 'name' and 'into' (a list of name: / articles:)",
                    _line(node))
    parts = []
    for part in fields["into"].value:
        pf = {k: v for k, _, v in tree.items(part)}
        if "name" not in pf:
            raise _Skip("each part of 'into' needs a 'name' (and 'articles')", _line(part))
        parts.append(SplitPart(Named(tree.text(pf["name"], "'name'"), _line(pf["name"])),
                               tree.names(pf.get("articles"), "'articles'")))
    return SplitFix(Named(tree.text(fields["name"], "'name'"), _line(fields["name"])), parts)


def parse_speaker_overrides(text: str, path: str = "content/speakers.yml") -> SpeakerOverrides:
    """The text of content/speakers.yml as typed corrections."""
    out = SpeakerOverrides(path=path)
    tree = _parse_tree(text, path, SPEAKER_SECTIONS, out.notes)
    if tree is None:
        return out
    for key, node in _sections(tree, out.path, SPEAKER_SECTIONS, out.notes):
        if key == "speakers":
            out.speakers = _each(tree, node, out.path, key, out.notes,
                                 lambda n, i: _speaker_fix(tree, n, i))
        elif key == "not_speakers":
            out.not_speakers = _each(tree, node, out.path, key, out.notes,
                                     lambda n, i: Named(tree.text(n, "a name in 'not_speakers'"), _line(n)))
        else:
            out.split = _each(tree, node, out.path, key, out.notes,
                              lambda n, i: _split_fix(tree, n, i))
    tree.loader.dispose()
    return out


# ---- events.yml ---------------------------------------------------------------------------

def editor_date(value: Any) -> str:
    """An editor's date: YYYY, YYYY-MM or YYYY-MM-DD, checked to exist (ValueError)."""
    return parse_date(value).iso


def _people(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise ValueError("'people' must be a list of names")
    return [" ".join(p.split()) for p in value]


def _line_text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("'text' must be a non-empty line of text")
    return " ".join(value.split())


def _correction(eid: str, line: int | None, fields: Any) -> Correction:
    """All or nothing: a bad field skips the whole correction."""
    if not isinstance(fields, dict) or not fields:
        raise ValueError("give the fields to change (date, text, people)")
    unknown = sorted(set(map(str, fields)) - set(CORRECT_FIELDS))
    if unknown:
        raise ValueError(f"unknown field '{unknown[0]}' (known: date, text, people)")
    c = Correction(eid, line)
    if "date" in fields:
        c.date = editor_date(fields["date"])
    if "text" in fields:
        c.text = _line_text(fields["text"])
    if "people" in fields:
        c.people = _people(fields["people"])
    return c


def _addition(item: Any, index: int, line: int | None) -> Addition:
    if not isinstance(item, dict):
        raise ValueError("must be a mapping with date and text")
    unknown = sorted(set(map(str, item)) - set(ADD_FIELDS))
    if unknown:
        raise ValueError(f"unknown field '{unknown[0]}' (known: {', '.join(ADD_FIELDS)})")
    if "date" not in item or "text" not in item:
        raise ValueError("needs at least date and text")
    add = Addition(index, editor_date(item["date"]), _line_text(item["text"]), line)
    if "people" in item:
        add.people = _people(item["people"])
    sources = item.get("sources") or []
    if not isinstance(sources, list):
        raise ValueError("'sources' must be a list of {article, paragraph}")
    for s in sources:
        if not isinstance(s, dict) or not isinstance(s.get("article"), str):
            raise ValueError(f"source {s!r} must be a mapping with 'article'")
        para = s.get("paragraph")
        if para is not None and (isinstance(para, bool) or not isinstance(para, int)):
            raise ValueError(f"article {s['article']!r} has no paragraph {para!r}")
        add.sources.append(Source(s["article"], para))
    eid = item.get("id")
    if eid is not None and (not isinstance(eid, str) or not re.fullmatch(r"[A-Za-z0-9][\w-]*", eid)
                            or eid.startswith("pub-")):
        raise ValueError(f"id {eid!r} must be letters, digits, '-' or '_' (and not start with 'pub-')")
    add.id = eid
    return add


def _ids(tree: _Tree, node: yaml.Node, out: EventOverrides, key: str) -> list[Named]:
    if isinstance(node, yaml.ScalarNode) and node.value not in ("", "~", "null"):
        return [Named(node.value.strip(), _line(node))]

    def one(n: yaml.Node, i: int) -> Named:
        value = tree.value(n)
        if not isinstance(value, str) or not value.strip():
            raise _Skip(f"{key}[{i}]: {value!r} is not an event id", _line(n))
        return Named(value.strip(), _line(n))
    return _each(tree, node, out.path, key, out.notes, one)


def _event_section(tree: _Tree, key: str, node: yaml.Node, out: EventOverrides) -> None:
    def checked(build, what):
        def run(n: yaml.Node, i: int):
            try:
                return build(tree.value(n), i, _line(n))
            except ValueError as exc:
                raise _Skip(f"{what(i, n)}{exc}", _line(n)) from None
        return run

    if key in ("split", "hide"):
        setattr(out, key, _ids(tree, node, out, key))
    elif key == "merge":
        def merge(value, i, line):
            if not isinstance(value, list) or len(value) < 2 or not all(isinstance(g, str) for g in value):
                raise ValueError("must list two or more event ids")
            return MergeFix([g.strip() for g in value], i, line)
        out.merge = _each(tree, node, out.path, key, out.notes,
                          checked(merge, lambda i, n: f"merge[{i}]: "))
    elif key == "add":
        out.add = _each(tree, node, out.path, key, out.notes,
                        checked(_addition, lambda i, n: f"add[{i}]: "))
    elif not isinstance(node, yaml.MappingNode):
        out.notes.append(f"{out.path}:{_line(node)}: 'correct' must map event ids to fields; ignored")
    else:
        for eid, key_node, value in tree.items(node):
            try:
                out.correct.append(_correction(eid, _line(key_node), tree.value(value)))
            except (ValueError, _Skip) as exc:
                out.notes.append(f"{out.path}:{_line(key_node)}: correct {eid}: "
                                 f"{getattr(exc, 'message', exc)}; ignored")


def parse_event_overrides(text: str, path: str = "content/events.yml") -> EventOverrides:
    """The text of content/events.yml as typed corrections."""
    out = EventOverrides(path=path)
    tree = _parse_tree(text, path, EVENT_SECTIONS, out.notes)
    if tree is None:
        return out
    for key, node in _sections(tree, out.path, EVENT_SECTIONS, out.notes):
        _event_section(tree, key, node, out)
    tree.loader.dispose()
    return out


def _file_text(path: Path, notes: list[str]) -> str | None:
    if not path.is_file():
        return None
    try:
        return read_text(path).text
    except ContentError as exc:
        notes.append(exc.format() + " (the whole file is ignored)")
        return None


def read_speaker_overrides(path: Path) -> SpeakerOverrides:
    """content/speakers.yml (a missing file: no corrections)."""
    text = _file_text(path, notes := [])
    out = parse_speaker_overrides(text, str(path)) if text else SpeakerOverrides(path=str(path))
    out.notes[:0] = notes
    return out


def read_event_overrides(path: Path) -> EventOverrides:
    """content/events.yml (a missing file: no corrections)."""
    text = _file_text(path, notes := [])
    out = parse_event_overrides(text, str(path)) if text else EventOverrides(path=str(path))
    out.notes[:0] = notes
    return out


def read_overrides(content: Path) -> Overrides:
    """Both files of ``content`` (the edge: the only place they are read)."""
    return Overrides(read_speaker_overrides(content / "speakers.yml"),
                     read_event_overrides(content / "events.yml"))
