"""Who is who across the collection: the one place that decides "same person".

Every article names its people in its own words ("Chen Hao", "Chen", "Mr Chen"); after
the link stage every person on a quote, an event or a role is a speaker id, decided here,
and later stages look people up by id, never by name.

Names are compared by their key (``name_key``): Unicode NFKC; invisible format
characters (zero-width joiners and spaces, bidi controls) removed; inside a word that
mixes Latin, Cyrillic and Greek letters, each look-alike letter folded into the script
of the rest of the word (a Cyrillic "о" in "Haо", ``rules/confusables.py``); case and
accents folded; one apostrophe; single spaces. So "Chen Haо" and "Chen\u200dHao" are never a
second "Chen Hao" that looks the same, and ``check`` reports such names
(``suspicious_name``).

People (never organisations) with two names or more are one person when their family
names have one key and their given names agree ("Oleg Petrov", "O. Petrov", "Oleg A.
Petrov"; "Josh" for "Joshua") -- ``same_person``; or, when only one person fits, when
the family names are one typing slip apart and the given names equal ("Oleg Petorv") --
``misspelt``. Organisations are one when their names are ("Russia's foreign ministry",
"the Russian Foreign Ministry") -- ``org_key``.

``Directory`` resolves a name as an article writes it to a person: a speaker (by name,
alias or page id; a family name alone by the one speaker of that article, then of the
collection, with it) or, for someone never quoted, the fullest compatible name the
articles' events give ("Okafor" -> "John Okafor").
"""
from __future__ import annotations

import functools
import unicodedata
from typing import Iterable

from ..extract.quotes import names as N
from ..keys import fold
from ..model import Article, NameSpan, PersonRef, RegistrySpeaker
from ..rules.confusables import LATIN_CYRILLIC, LATIN_GREEK, SCRIPTS
from ..rules.speech import NATIONALITIES

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_COUNTRY_ADJ = {country: adj for adj, country in NATIONALITIES.items()}

# look-alike -> letter of the other script, for each pair of scripts
_INTO: dict[tuple[str, str], dict[str, str]] = {
    ("CYRILLIC", "LATIN"): {c: l for l, c in LATIN_CYRILLIC},
    ("LATIN", "CYRILLIC"): {l: c for l, c in LATIN_CYRILLIC},
    ("GREEK", "LATIN"): {g: l for l, g in LATIN_GREEK},
    ("LATIN", "GREEK"): {l: g for l, g in LATIN_GREEK},
}


# ---- names as keys -------------------------------------------------------------------------

def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    if ch.isascii():
        return "LATIN"
    word = unicodedata.name(ch, "").split(" ", 1)[0]
    return word if word in SCRIPTS else None


def _visible(text: str) -> str:
    """NFKC, without format characters (zero-width, bidi controls, soft hyphens)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _mixed(word: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in word:
        s = _script(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    return counts if len(counts) > 1 else {}


def _unconfuse(word: str, main: str) -> str:
    """A word mixing scripts, with its look-alike letters in the ``main`` script."""
    if not _mixed(word):
        return word
    out = []
    for ch in word:
        s = _script(ch)
        out.append(_INTO.get((s, main), {}).get(ch, ch) if s and s != main else ch)
    return "".join(out)


def _main_script(words: list[str]) -> str:
    """The script most letters of the name are in (Latin on a tie)."""
    counts: dict[str, int] = {}
    for ch in "".join(words):
        s = _script(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    return max(SCRIPTS, key=lambda s: (counts.get(s, 0), s == "LATIN"))


def visible_form(name: str) -> str:
    """The name as ``name_key`` reads it, case kept: "Chen Haо" (Cyrillic о) -> "Chen Hao"."""
    if name.isascii():
        return name
    words = _visible(name).split()
    if not any(_mixed(w) for w in words):
        return " ".join(words)
    main = _main_script(words)
    return " ".join(_unconfuse(w, main) for w in words)


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The form two names are compared in (see the module docstring)."""
    return " ".join(fold(visible_form(name).translate(_APOSTROPHES)).split())


def suspicious_name(name: str) -> str | None:
    """Why a name may not be what it looks like (for ``check``), or None."""
    if name.isascii():
        return None
    if any(unicodedata.category(c) == "Cf" for c in name):
        return "holds invisible characters (zero-width or direction controls)"
    for word in _visible(name).split():
        counts = _mixed(word)
        if counts:
            return (f"mixes {' and '.join(s.title() for s in sorted(counts))} letters in "
                    f"'{word}' (a look-alike letter?)")
    return None


def org_key(name: str) -> str:
    """"Russia's foreign ministry" and "the Russian Foreign Ministry" are one key."""
    words = []
    for w in name_key(name).split():
        if w == "the":
            continue
        base = w[:-2] if w.endswith("'s") else w
        if base != w and base in _COUNTRY_ADJ:
            w = _COUNTRY_ADJ[base]
        words.append(w)
    return " ".join(words)


def family_key(words: list[str]) -> str:
    return name_key(N.family_names(words)[0]) if words else ""


def family_keys(words: list[str]) -> set[str]:
    """Every word a full name may be shortened to ("Chen" and "Hao" of "Chen Hao")."""
    return {name_key(f) for f in N.family_names(words)}


# ---- one person? ---------------------------------------------------------------------------

def given_compatible(a: list[str], b: list[str]) -> bool:
    """Given names that may be one person's (``names.given_compatible``), compared by
    their name keys (accents and scripts folded)."""
    return N.given_compatible(a, b, key=name_key)


def same_person(a: list[str], b: list[str]) -> bool:
    """Could two full names (as words) be one person? Family names one key, given names
    compatible, and the same generational suffix or none ("John Okafor Jr." is his
    father's son, not his father: left apart, an editor may join them)."""
    return family_key(a) == family_key(b) and N.suffix_of(a) == N.suffix_of(b) \
        and given_compatible(N.given_names(a), N.given_names(b))


class _Index(dict):
    """key -> values in the order first added, each once (a set beside each list: a
    family name thousands of people share is not rescanned per name)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set = set()

    def add(self, key, value) -> None:
        if (key, value) not in self.seen:
            self.seen.add((key, value))
            self.setdefault(key, []).append(value)

    def drop(self, key) -> None:
        for value in self.pop(key, ()):
            self.seen.discard((key, value))


def _given_keys(words: list[str]) -> list[str]:
    """Given names as ``given_compatible`` compares them."""
    return [name_key(w).rstrip(".") for w in N.given_names(words)]


def _prefixes(word: str) -> list[str]:
    return [word[:k] for k in range(3, len(word) + 1)]


def _word_keys(w: str) -> list[tuple[str, str]]:
    """Keys of a given name as the other name's first given name may match it."""
    return [("e", w), ("i", w[:1])] + [("p", p) for p in _prefixes(w)]


def _first_keys(s: str) -> list[tuple[str, str]]:
    """Keys a first given name matches (``given_compatible``: equal, an initial of,
    or a short form of -- one a prefix of the other, three letters or more)."""
    if len(s) == 1:
        return [("i", s)]
    return [("p", s), ("e", s)] + [("e", p) for p in _prefixes(s)]


class Candidates:
    """Full names indexed so that the ones ``same_person`` may take for one person's are
    found without comparing every pair of a family (thousands of people may share a
    family name): two such names share a family key, and the first given name of the
    shorter matches a given name of the other. A superset: callers still ask
    ``same_person``. A name without given names is a candidate for its whole family."""

    def __init__(self) -> None:
        self.order: dict = {}                          # value -> when first added
        self.by_word = _Index()                        # (family, word key) -> values
        self.by_first = _Index()                       # (family, first-name key) -> values
        self.family = _Index()                         # family -> values
        self.bare = _Index()                           # family -> values without given names

    def add(self, value, words: list[str]) -> None:
        self.order.setdefault(value, len(self.order))
        fam, given = family_key(words), _given_keys(words)
        self.family.add(fam, value)
        if not given:
            self.bare.add(fam, value)
            return
        for w in given:
            for k in _word_keys(w):
                self.by_word.add((fam, k), value)
        for k in _first_keys(given[0]):
            self.by_first.add((fam, k), value)

    def find(self, words: list[str]) -> list:
        """The values that may be the same person as ``words``, in the order added."""
        fam, given = family_key(words), _given_keys(words)
        if not given:
            return list(self.family.get(fam, ()))
        found = set(self.bare.get(fam, ()))
        for k in _first_keys(given[0]):
            found.update(self.by_word.get((fam, k), ()))
        for w in given:
            for k in _word_keys(w):
                found.update(self.by_first.get((fam, k), ()))
        return sorted(found, key=self.order.__getitem__)


NameKeys = list[tuple[str, tuple[str, ...]]]


def name_keys(full_names: Iterable[list[str]]) -> NameKeys:
    """(family, given names) of each full name, as keys."""
    return list(dict.fromkeys((family_key(n), tuple(name_key(g) for g in N.given_names(n)))
                              for n in full_names))


def misspelt(x: NameKeys, y: NameKeys) -> bool:
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


# ---- resolving names to people ---------------------------------------------------------------

class Directory:
    """Every speaker under each of its names, and the full names the events give.

    ``find`` is for editors (a name, alias or page id, as in content/speakers.yml);
    ``resolve`` for a name as an article writes it."""

    def __init__(self, speakers: Iterable[RegistrySpeaker], articles: Iterable[Article] = ()):
        self.by_id: dict[str, RegistrySpeaker] = {}
        self.by_key = _Index()          # name key -> speaker ids
        self.by_family = _Index()       # family key -> speaker ids
        self.forms: dict[str, list[list[str]]] = {}     # speaker id -> full names as words
        self.articles_of: dict[str, set[str]] = {}
        self.by_full_name = Candidates()                   # speaker ids by full name
        self.family_in = _Index()                       # (article id, family key) -> speaker ids
        self.keys_in: dict[str, set] = {}   # article id -> its keys of family_in, event_names_in
        for sp in speakers:
            self.by_id[sp.id] = sp
            self.articles_of[sp.id] = set(sp.articles)
            for n in dict.fromkeys([sp.name, *sp.aliases]):
                self.by_key.add(name_key(n), sp.id)
                words = n.split()
                if sp.kind == "person" and len(words) >= 2:
                    self.forms.setdefault(sp.id, []).append(words)
                    self.by_full_name.add(sp.id, words)
                    for f in family_keys(words):
                        self.by_family.add(f, sp.id)
                        for aid in sp.articles:
                            self._add_in(self.family_in, aid, f, sp.id)
        # people the events name who may never be quoted: full names by family key,
        # in the whole collection and in each article
        self.event_names = _Index()          # family key -> full names
        self.event_names_in = _Index()       # (article id, family key) -> full names
        self.event_people = Candidates()     # full names of the events' people
        for a in articles:
            for e in a.events:
                for p in e.people:
                    words = p.split()
                    if len(words) >= 2:
                        self.event_people.add(p, words)
                        for f in family_keys(words):
                            self.event_names.add(f, p)
                            self._add_in(self.event_names_in, a.id or "", f, p)
        self._cache: dict[tuple[str, str | None], PersonRef] = {}

    def _add_in(self, index: _Index, aid: str, f: str, value: str) -> None:
        index.add((aid, f), value)
        self.keys_in.setdefault(aid, set()).add((aid, f))

    def refresh(self, speakers: list[RegistrySpeaker], changed: dict[str, Article | None]) -> None:
        """Made what ``Directory(speakers, articles)`` gives when, since this one was made,
        only the articles in ``changed`` (id -> the article now, None once gone) changed
        in who is quoted in them or in the full names their events give, while every
        speaker's id, names and kind, and the set of full names all events give, are the
        same (the caller's check). What is known of the other articles stays, their
        names' resolutions too: an edit costs in proportion to the articles it touches."""
        self.by_id = {sp.id: sp for sp in speakers}
        self.articles_of = {sp.id: set(sp.articles) for sp in speakers}
        for aid in changed:
            for key in self.keys_in.pop(aid, ()):
                self.family_in.drop(key)
                self.event_names_in.drop(key)
        for sp in speakers:
            here = [aid for aid in dict.fromkeys(sp.articles) if aid in changed]
            if not here or sp.kind != "person":
                continue
            for n in dict.fromkeys([sp.name, *sp.aliases]):
                words = n.split()
                if len(words) >= 2:
                    for f in family_keys(words):
                        for aid in here:
                            self._add_in(self.family_in, aid, f, sp.id)
        for a in changed.values():
            for e in a.events if a is not None else ():
                for p in e.people:
                    words = p.split()
                    if len(words) >= 2:
                        for f in family_keys(words):
                            self._add_in(self.event_names_in, a.id or "", f, p)
        self._cache = {k: v for k, v in self._cache.items() if k[1] not in changed}

    def find(self, name: str) -> list[RegistrySpeaker]:
        """The speakers an editor means by ``name``: a page id, a name or an alias."""
        if name in self.by_id:
            return [self.by_id[name]]
        return [self.by_id[i] for i in self.by_key.get(name_key(name), ())]

    def named(self, names: Iterable[str]) -> list[PersonRef]:
        """People an editor names: a speaker when the name, an alias or the page id is
        exactly one speaker's, else the name as written (never a guess)."""
        out: list[PersonRef] = []
        for name in names:
            hits = self.find(name)
            ref = self.ref(hits[0].id) if len(hits) == 1 else PersonRef(name)
            if ref not in out:
                out.append(ref)
        return out

    def ref(self, speaker_id: str) -> PersonRef:
        return PersonRef(self.by_id[speaker_id].name, speaker_id)

    def _pick(self, ids: Iterable[str] | None, article: str | None) -> str | None:
        ids = list(ids or ())
        if len(ids) == 1:
            return ids[0]
        if article is not None:
            here = [i for i in ids if article in self.articles_of[i]]
            if len(here) == 1:
                return here[0]
        return None

    def resolve(self, name: str, article: str | None = None) -> PersonRef:
        """The person ``name`` means in ``article`` (see the module docstring)."""
        hit = self._cache.get((name, article))
        if hit is None:
            hit = self._cache[(name, article)] = self._resolve(name, article)
        return hit

    def _resolve(self, name: str, article: str | None) -> PersonRef:
        if name in self.by_id:                     # a page id, as editors may write
            return self.ref(name)
        found = self._pick(self.by_key.get(name_key(name)), article)
        if found:
            return self.ref(found)
        words = name.split()
        if not words:
            return PersonRef(name)
        if len(words) >= 2:
            fits = [i for i in self.by_full_name.find(words)
                    if any(same_person(words, f) for f in self.forms[i])]
            found = self._pick(fits, article)
            if found:
                return self.ref(found)
            return PersonRef(self._fullest(name, words))
        key = name_key(name)
        here = self.family_in.get((article, key), ())
        if len(here) == 1:
            return self.ref(here[0])
        for names in (self.event_names_in.get((article or "", key), ()),
                      self.by_family.get(key, ()), self.event_names.get(key, ())):
            if len(names) == 1:
                only = names[0]
                return self.ref(only) if only in self.by_id else self.resolve(only, article)
            if names:
                break
        return PersonRef(name)

    def _fullest(self, name: str, words: list[str]) -> str:
        """The fullest name the events give that can only be this person's."""
        fits = [n for n in self.event_people.find(words) if same_person(words, n.split())]
        if not fits:
            return name
        best = max(fits, key=lambda n: (len(n.split()), len(n), n))
        if all(same_person(best.split(), n.split()) for n in fits):
            return best if len(best.split()) >= len(words) else name
        return name

    def people(self, names: Iterable[tuple[str, str | None]]) -> list[PersonRef]:
        """(name, article) pairs -> one PersonRef per person, in order of first mention;
        a lone family name gives way to the full name of one person with it."""
        out: list[PersonRef] = []
        seen: dict[str, int] = {}
        for name, article in names:
            ref = self.resolve(name, article)
            key = ref.speaker or "n:" + name_key(ref.name)
            if key in seen:
                continue
            seen[key] = len(out)
            out.append(ref)
        return _fold_lone_family_names(out)


def _fold_lone_family_names(refs: list[PersonRef]) -> list[PersonRef]:
    """Drop "Okafor" beside "John Okafor" (the one full name with that family name)."""
    if all(r.speaker or len(r.name.split()) >= 2 for r in refs):
        return refs                  # no lone family name (most entries): nothing to drop
    full: dict[str, list[PersonRef]] = {}
    for r in refs:
        words = r.name.split()
        if len(words) >= 2:
            for f in family_keys(words):
                full.setdefault(f, []).append(r)
    return [r for r in refs if r.speaker or len(r.name.split()) >= 2
            or len(full.get(name_key(r.name), ())) != 1]


# ---- where an article's paragraphs name its speakers -------------------------------------------

def name_spans(article: Article, speakers: list[RegistrySpeaker]) -> list[NameSpan]:
    """Each paragraph's first mention of each speaker quoted in the article, by a full name
    (or an organisation's name) the registry knows for them: at each place the longest
    name, as a whole word (found with str.find: a regular expression per article cost
    more to compile than to run)."""
    names: dict[str, str] = {}
    for sp in speakers:
        for name in [sp.name, *sp.aliases]:
            if name and (len(name.split()) >= 2 or sp.kind == "organisation"):
                names.setdefault(name, sp.id)
    if not names:
        return []
    out: list[NameSpan] = []
    for n, text in enumerate(article.paragraphs):
        found = []
        for name in names:
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if not _word_char(text, at - 1) and not _word_char(text, end):
                    found.append((at, -len(name), name))
                at = text.find(name, at + 1)
        seen: set[str] = set()
        reached = 0
        for at, minus, name in sorted(found):
            if at < reached:
                continue                  # inside a longer name found first
            reached = at - minus
            sid = names[name]
            if sid not in seen:           # a name is linked once per paragraph
                seen.add(sid)
                out.append(NameSpan(n, at, reached, sid))
    return out


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")
