"""Small parsers: month, weekday and day words, numbers written out, duration units."""
from __future__ import annotations

import re

from ...rules import time_words as tw
from .context import words


_MONTH_LOOKUP = {**tw.MONTHS, **tw.MONTH_ABBREVIATIONS}


_WEEKDAY_LOOKUP = {**tw.WEEKDAYS, **tw.WEEKDAY_ABBREVIATIONS}


def month_number(word: str) -> int | None:
    return _MONTH_LOOKUP.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w.endswith("s") and w[:-1] in tw.WEEKDAYS:
        w = w[:-1]
    return _WEEKDAY_LOOKUP.get(w)


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def parse_number(text: str) -> float | None:
    """'seven' -> 7, 'twenty-four' -> 24, '2 1/2' -> 2.5, 'a hundred' -> 100."""
    t = text.lower().strip()
    half = 0.0
    m = re.search(r"\s*(?:and a half|1/2|½)$", t)
    if m:
        half = 0.5
        t = t[: m.start()].strip()
    if not t:
        return half or None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        try:
            return float(t.replace(",", "")) + half
        except ValueError:
            return None
    total, current = 0, 0
    for token in re.split(r"[\s-]+", t):
        if token in ("a", "an", "one") and current == 0:
            current = 1
            continue
        if token == "and":
            continue
        v = tw.NUMBER_WORDS.get(token)
        if v is None:
            return None
        if v == 100:
            current = max(current, 1) * 100
        elif v == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif v == 12 and token == "dozen":
            current = max(current, 1) * 12
        else:
            current += v
    return float(total + current) + half


def quantity(text: str) -> float | str | None:
    """A number, 'X' for vague quantities ('several', 'a few'), None if unparseable."""
    t = " ".join(text.lower().split())
    if t in tw.ARTICLE_QUANTITIES:
        v = tw.ARTICLE_QUANTITIES[t]
        return 0.5 if v == 0 else float(v)
    if t in tw.VAGUE_QUANTITIES:
        return "X"
    return parse_number(t)


def unit_name(text: str) -> str:
    u = " ".join(text.lower().split())
    if u.endswith("year") and " " in u:       # fiscal year, financial year
        return "year"
    return tw.UNIT_PLURALS.get(u, u)


def duration_value(n: float | str, unit: str) -> str:
    letter, is_time = tw.UNITS[unit]
    prefix = "PT" if is_time else "P"
    if unit == "century" and n == "X":
        return "PXC"
    if n == "X":
        return f"{prefix}X{letter}"
    n = float(n) * tw.UNIT_MULTIPLIERS.get(unit, 1)
    if n == int(n):
        return f"{prefix}{int(n)}{letter}"
    whole = int(n)
    # halves become the next smaller unit: 2 1/2 years -> P2Y6M
    smaller = {"Y": ("M", 6), "M": ("D", 15), "W": ("D", 3), "D": ("H", 12), "Q": ("M", 1)}
    if is_time:
        sub = {"H": ("M", 30), "M": ("S", 30)}.get(letter)
        if sub:
            return f"PT{whole}{letter}{sub[1]}{sub[0]}" if whole else f"PT{sub[1]}{sub[0]}"
        return f"PT{n}{letter}"
    sub_letter, sub_n = smaller.get(letter, ("", 0))
    if letter == "D":
        return f"P{whole}DT12H" if whole else "PT12H"
    if letter == "Q":
        return f"P{int(n * 3)}M"
    head = f"{whole}{letter}" if whole else ""
    return f"P{head}{sub_n}{sub_letter}"


_LAST_WORD = re.compile(r"([A-Za-z$][A-Za-z'’.$-]{0,30}|\d[\d,.:]{0,20})[^A-Za-z0-9]{0,6}$")


def _prev_word(text: str, start: int) -> str:
    m = _LAST_WORD.search(text, max(0, start - 40), start)
    return m.group(1).lower().rstrip(".") if m else ""


def _next_words(text: str, end: int, n: int = 2) -> list[str]:
    return [w for _, _, w in words(text, end, min(len(text), end + 12 * n + 8))[:n]]
