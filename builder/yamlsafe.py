"""YAML loading for files editors write: safe, strict and with line numbers in errors.

On top of ``yaml.SafeLoader`` (no object construction from tags): anchors and aliases are
refused (no "billion laughs" expansion), and a key given twice in one mapping is an
error instead of a silent overwrite.
"""
from __future__ import annotations

from typing import Any

import yaml

from .errors import ContentError


class _StrictLoader(yaml.SafeLoader):
    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed here", event.start_mark)
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                hashable = key in seen or True
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be a plain value", key_node.start_mark) from None
            if hashable and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key '{key}' is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _timestamp(loader, node):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        raise yaml.constructor.ConstructorError(
            None, None, f"'{node.value}' is not a real date", node.start_mark) from None


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load_yaml(text: str, path: str, first_line: int = 1) -> Any:
    """Parse YAML; errors become ContentError naming the file and the line.

    ``first_line`` is the line number of ``text``'s first line in the file (front matter
    starts after the opening ``---``).
    """
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - strict SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        message, mark = _where_it_starts(exc)
        line = first_line + mark.line if mark is not None else None
        raise ContentError(path, f"invalid YAML: {message}", line) from None
    except yaml.reader.ReaderError as exc:
        # a control character the YAML spec forbids: name it and its line, on one line
        line = first_line + text[: exc.position].count("\n")
        char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        raise ContentError(path, f"invalid YAML: character U+{char:04X} is not allowed "
                                 "(a control character; delete it or write it as an escape "
                                 "in double quotes)", line) from None
    except yaml.YAMLError as exc:
        raise ContentError(path, "invalid YAML: " + " ".join(str(exc).split())) from None
    except RecursionError:
        raise ContentError(path, "invalid YAML: nested too deeply") from None


# what PyYAML was reading when it failed -> what an editor must close, at the line it opened
_OPENED = {"while scanning a quoted scalar": "a quoted value",
           "while parsing a flow sequence": "a list opened with '['",
           "while parsing a flow mapping": "a mapping opened with '{'",
           "while parsing a flow node": "a list or mapping opened with '[' or '{'"}


def _where_it_starts(exc: yaml.MarkedYAMLError) -> tuple[str, Any]:
    """The message and the mark of the line an editor would fix: where an unclosed quote or
    bracket opened, not where the parser ran out of text (PyYAML reports the end)."""
    problem = " ".join((exc.problem or exc.context or "invalid YAML").split())
    opened = _OPENED.get(" ".join((exc.context or "").split()))
    if opened and exc.context_mark is not None and exc.problem_mark is not None \
            and exc.problem_mark.line > exc.context_mark.line:
        return (f"{opened} on this line is never closed (the parser stopped "
                f"{exc.problem_mark.line - exc.context_mark.line} line(s) further: {problem})",
                exc.context_mark)
    return problem, exc.problem_mark or exc.context_mark


def dump_yaml(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000,
                          default_flow_style=False)
