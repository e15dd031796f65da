"""Letters of one script that look like letters of another (Unicode's confusables, the
part that matters for names written in Latin, Cyrillic and Greek letters).

A name that mixes them inside one word ("Ana Lіma" with a Cyrillic і) looks identical to
the plain one on screen; ``builder.link.identity`` compares such a word with its
look-alikes folded into the script of the rest of the word, and ``check`` reports it.
Each pair is (Latin letter, look-alike).
"""
from __future__ import annotations

LATIN_CYRILLIC = [
    ("a", "а"), ("c", "с"), ("d", "ԁ"), ("e", "е"), ("h", "һ"), ("i", "і"), ("j", "ј"),
    ("o", "о"), ("p", "р"), ("q", "ԛ"), ("s", "ѕ"), ("w", "ԝ"), ("x", "х"), ("y", "у"),
    ("A", "А"), ("B", "В"), ("C", "С"), ("E", "Е"), ("H", "Н"), ("I", "І"), ("J", "Ј"),
    ("K", "К"), ("M", "М"), ("O", "О"), ("P", "Р"), ("S", "Ѕ"), ("T", "Т"), ("X", "Х"),
    ("Y", "Ү"),
]

LATIN_GREEK = [
    ("i", "ι"), ("o", "ο"), ("v", "ν"), ("u", "υ"),
    ("A", "Α"), ("B", "Β"), ("E", "Ε"), ("H", "Η"), ("I", "Ι"), ("K", "Κ"), ("M", "Μ"),
    ("N", "Ν"), ("O", "Ο"), ("P", "Ρ"), ("T", "Τ"), ("X", "Χ"), ("Y", "Υ"), ("Z", "Ζ"),
]

# scripts told apart in names (the first word of a letter's Unicode name)
SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
