"""The last touch on an event line: what cutting a sentence leaves behind (empty or half
brackets, quote marks without their partner, typewriter quotes, a dangling article or
punctuation) is mended, the first letter capitalised and the line closed with a stop."""
from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def finish(line: str) -> str:
    line = re.sub(r"\(\s*\)|\[\s*\]", "", line)                     # "an MBA (1941)" without its year
    line = re.sub(r"(?<!\w)''(?=\S)", "“", line)                   # ''Wow,'' she said: typewriter quotes
    line = re.sub(r"(?<=\S)''(?!\w)", "”", line)
    line = _unbracket(line.strip())
    line = re.sub(r"\b([Tt]he)\s+(?=(?:before|after|of)\b|[,.;:])", "", line)
    line = _balance_quotes(_fold(line))
    line = re.sub(r"^[\s,;:–—-]+|[\s,;:–—-]+$", "", line)
    line = re.sub(r"\s+([,.;:!?])", r"\1", line)
    line = line.replace("…", "").strip()
    line = re.sub(r"(?<=\w)\s*\.{3,}\s*(?=\w)", " — ", line)          # "the rat...the plague": no ellipsis
    line = re.sub(r"\s*\.{3,}", ".", line).strip()
    if not line:
        return line
    if line[0].islower():
        line = line[0].upper() + line[1:]
    if line[-1] not in ".!?”\"’":
        line += "."
    elif line[-1] in "”\"’" and line[-2:-1] not in (".", "!", "?"):
        line += "."
    return line


def _unbracket(line: str) -> str:
    """A line cut from a bracketed sentence: "(Alden announced ..." or "... a
    commemoration.)" loses the bracket left without its partner."""
    if line.startswith("(") and line.count("(") > line.count(")"):
        line = line[1:]
    if line.count(")") > line.count("("):
        m = re.search(r"\)(?=[.!?]?\s*$)", line)
        if m:
            line = line[:m.start()] + line[m.end():]
    return line


def _balance_quotes(s: str) -> str:
    """Drop quote marks left without their partner by cutting a sentence."""
    chars = list(s)
    stack: list[int] = []
    drop: set[int] = set()
    for i, ch in enumerate(chars):
        if ch == "“":
            stack.append(i)
        elif ch == "”":
            if stack:
                stack.pop()
            else:
                drop.add(i)
    close = ""
    if stack and re.search(r"[.!?]\s*$", s) and len(s[stack[-1] + 1:].split()) >= 3:
        # the sentence ended inside the quotation ("replied: “We have not set that goal.
        # But ...”"): its words up to the full stop are the quotation's, closed there
        close = "”"
        stack.pop()
    drop.update(stack)
    straight = [i for i, ch in enumerate(chars) if ch == '"']
    if len(straight) % 2:
        drop.add(straight[-1] if straight[-1] > len(chars) // 2 else straight[0])
    for i, ch in enumerate(chars):
        if ch == "‘" and "’" not in s[i + 1:]:
            drop.add(i)
    return "".join(ch for i, ch in enumerate(chars) if i not in drop) + close
