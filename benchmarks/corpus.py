"""A realistic synthetic corpus of N news articles in the project's content format.

Used by ``benchmarks/scale.py`` (and, with small N, by ``tests/test_scale_*.py``).
Deterministic for a given seed. Each article mixes

* real paragraphs (``../shared/data``: the BBC texts and the article-extraction gold
  bodies; the repository's own ``content/articles`` when ``../shared`` is absent), so
  quote and date extraction meets real prose with its real speakers;
* generated parts around them: a headline, a date between 2012 and 2024, a topic,
  standfirst bullets, a lead photo caption and captions inside the body, related stories
  (most of them other articles of the corpus), named speakers from a shared population
  (so the registry merges the same person across many articles) with roles and direct,
  split and reported quotes, and events with absolute and relative dates.

Articles average about 6.5 KB, like the issue's measurements. The names are invented
from common given and family names; none is a seed's.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ../shared/data beside the repository; TL_SHARED_DATA points elsewhere (a worktree)
SHARED = Path(os.environ.get("TL_SHARED_DATA") or REPO.parent / "shared" / "data")

GIVEN = ["Anna", "Boris", "Carlos", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Ines",
         "Jonas", "Katarina", "Lars", "Maria", "Nikolai", "Olga", "Pablo", "Qiu", "Rahul",
         "Sofia", "Tomas", "Ursula", "Viktor", "Wen", "Xavier", "Yasmin", "Zoran", "Amir",
         "Beatriz", "Chen", "Daniel", "Emma", "Fatima", "Georg", "Hannah", "Ivan", "Julia",
         "Kenji", "Leila", "Marco", "Nadia", "Oscar", "Priya", "Rosa", "Samuel", "Tariq",
         "Valentina", "William", "Yuki", "Aleksei", "Bianca", "Claude", "Dilnoza", "Erik",
         "Farah", "Gustavo", "Helga", "Igor", "Jamal", "Kofi", "Lucia", "Mateo", "Nils"]
FAMILY = ["Abramov", "Bergstrom", "Castellano", "Dubois", "Eriksen", "Fonseca", "Gromov",
          "Hartmann", "Ibrahim", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak",
          "Okafor", "Petrenko", "Quintero", "Rossi", "Sokolov", "Tanaka", "Ueda", "Varga",
          "Wagner", "Yilmaz", "Zelenko", "Almeida", "Brandt", "Costa", "Dimitrov", "Esposito",
          "Fischer", "Garcia", "Horvath", "Ivanova", "Jovanovic", "Kuznetsov", "Larsen",
          "Mendes", "Nakamura", "Orlov", "Popescu", "Ramos", "Schneider", "Takahashi",
          "Usman", "Volkov", "Weber", "Yamada", "Zhukov", "Andersen", "Bauer", "Carvalho",
          "Delgado", "Engel", "Ferreira", "Gallo", "Haas", "Iqbal", "Kaplan", "Lombardi",
          "Marin", "Nowak", "Ortega", "Pavlov", "Reyes", "Santos", "Tomic", "Vasquez"]
COUNTRIES = [("France", "French", "Paris"), ("Germany", "German", "Berlin"),
             ("Brazil", "Brazilian", "Brasilia"), ("Japan", "Japanese", "Tokyo"),
             ("India", "Indian", "New Delhi"), ("Nigeria", "Nigerian", "Abuja"),
             ("Mexico", "Mexican", "Mexico City"), ("Turkey", "Turkish", "Ankara"),
             ("Poland", "Polish", "Warsaw"), ("Kenya", "Kenyan", "Nairobi"),
             ("Canada", "Canadian", "Ottawa"), ("Italy", "Italian", "Rome"),
             ("Norway", "Norwegian", "Oslo"), ("Egypt", "Egyptian", "Cairo"),
             ("Vietnam", "Vietnamese", "Hanoi"), ("Chile", "Chilean", "Santiago"),
             ("Indonesia", "Indonesian", "Jakarta"), ("Spain", "Spanish", "Madrid")]
OFFICES = ["foreign minister", "trade minister", "defence minister", "prime minister",
           "finance minister", "energy minister", "president", "central bank governor"]
ORG_ROLES = ["chief executive of {org}", "chief economist at {org}", "spokeswoman for {org}",
             "spokesman for {org}", "senior analyst at {org}", "director of {org}"]
ORGS = ["the Baltic Shipping Group", "Northgate Capital", "the Institute for Regional Studies",
        "the Meridian Energy Company", "the Atlas Policy Centre", "Harbor Rail",
        "the World Grain Council", "Solace Pharmaceuticals", "the Eastern Trade Forum"]
TOPICS = ["Diplomacy", "Trade", "Energy", "Defence", "Technology", "Climate", "Economy",
          "Health", "Transport", "Security"]
SUBJECTS = ["gas pipeline", "trade pact", "border talks", "grain exports", "rail link",
            "vaccine deal", "arms control", "port project", "currency swap", "climate targets",
            "fishing rights", "satellite launch", "steel tariffs", "power grid", "chip plant"]
VERBS = ["agree on", "clash over", "revive", "delay", "sign", "reject", "expand", "review",
         "suspend", "defend", "push for", "question"]
CREDITS = ["AP", "AFP", "Reuters", "EPA", "Getty Images", "Bloomberg", "Handout"]
SAY = ["said", "told reporters", "said in a statement", "told a news conference", "added"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
EVENTS = ["met in {city} to discuss the {subject}", "signed an agreement on the {subject}",
          "held talks on the {subject} in {city}", "announced a review of the {subject}",
          "opened a summit in {city}", "agreed to resume negotiations on the {subject}"]


@dataclass
class Person:
    name: str
    family: str
    role: str
    country: str


def _paragraphs_of(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n|\n(?=[A-Z“\"])", text.replace("\r\n", "\n"))
    out = []
    for b in blocks:
        b = " ".join(b.split())
        if 80 <= len(b) <= 900 and not b.isupper():
            out.append(b)
    return out


def real_sources() -> list[list[str]]:
    """Runs of real paragraphs, one list per source article."""
    runs: list[list[str]] = []
    bbc = SHARED / "bbc-news-quotes"
    for f in sorted(bbc.glob("*/*.txt")):
        text = f.read_text(encoding="utf-8")
        body = text.split("\n", 1)[1] if "\n" in text else text
        paras = _paragraphs_of(body)
        if len(paras) >= 3:
            runs.append(paras)
    gold = SHARED / "article-extraction-benchmark" / "ground-truth.json"
    if gold.is_file():
        for _, item in sorted(json.loads(gold.read_text(encoding="utf-8")).items()):
            paras = _paragraphs_of(item.get("articleBody") or "")
            if len(paras) >= 3:
                runs.append(paras)
    if not runs:          # no ../shared: the repository's own articles
        for f in sorted((REPO / "content" / "articles").glob("*.md")):
            body = f.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
            paras = [p for p in _paragraphs_of(body)]
            if paras:
                runs.append(paras)
    return runs


def _sentences(runs: list[list[str]]) -> list[str]:
    out = []
    for run in runs:
        for p in run:
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p):
                if 50 <= len(s) <= 220 and not re.search(r"[\"“”‘’']", s) and s.endswith("."):
                    out.append(s)
    return out or ["The two governments have been working on the plan for several years."]


def slugify(text: str, max_length: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "untitled"


def _yaml(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)      # a JSON string is a valid YAML scalar


class Corpus:
    def __init__(self, n: int, seed: int = 1):
        self.n = n
        self.rng = random.Random(seed)
        self.runs = real_sources()
        self.sentences = _sentences(self.runs)
        rng = self.rng
        self.people: list[Person] = []
        seen = set()
        n_people = max(40, n // 4)
        while len(self.people) < n_people:
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            name = f"{given} {family}"
            if name in seen:
                if len(seen) >= len(GIVEN) * len(FAMILY):
                    break
                continue
            seen.add(name)
            country, adj, _ = rng.choice(COUNTRIES)
            if rng.random() < 0.6:
                role = f"{adj} {rng.choice(OFFICES)}"
            else:
                role = rng.choice(ORG_ROLES).format(org=rng.choice(ORGS))
            self.people.append(Person(name, family, role, country))
        # a few people are quoted very often, most rarely (as in a real archive)
        self.weights = [1 / (i + 1) ** 0.8 for i in range(len(self.people))]
        self.titles: list[str] = []

    def person(self) -> Person:
        return self.rng.choices(self.people, self.weights)[0]

    def sentence(self) -> str:
        return self.rng.choice(self.sentences)

    def clause(self) -> str:
        s = self.sentence().rstrip(".")
        return s[0].lower() + s[1:] if not s[:2].isupper() else s

    def headline(self, p: Person, country: str) -> str:
        r = self.rng
        subject = r.choice(SUBJECTS)
        forms = [f"{country} and {r.choice(COUNTRIES)[0]} {r.choice(VERBS)} {subject}",
                 f"{p.name} says {country} will {r.choice(VERBS)} {subject}",
                 f"{r.choice(TOPICS)}: {country} to {r.choice(VERBS)} {subject} after talks",
                 f"Why the {subject} matters for {country}",
                 f"{p.family} warns over {subject} as {r.choice(COUNTRIES)[0]} waits"]
        return r.choice(forms)

    def date_phrase(self, when: dt.date) -> tuple[str, str]:
        """An expression for a day near ``when`` (relative or absolute) and its text."""
        r = self.rng
        k = r.randrange(6)
        if k == 0:
            day = when - dt.timedelta(days=(when.weekday() - r.randrange(7)) % 7 or 7)
            return f"on {WEEKDAYS[day.weekday()]}", day.isoformat()
        if k == 1:
            day = when - dt.timedelta(days=r.randrange(20, 900))
            return f"on {MONTHS[day.month - 1]} {day.day}, {day.year}", day.isoformat()
        if k == 2:
            day = when - dt.timedelta(days=r.randrange(40, 2000))
            return f"in {MONTHS[day.month - 1]} {day.year}", day.isoformat()[:7]
        if k == 3:
            return "last week", (when - dt.timedelta(days=7)).isoformat()
        if k == 4:
            day = when + dt.timedelta(days=r.randrange(20, 300))
            return f"in {MONTHS[day.month - 1]} next year" if day.year > when.year else \
                f"in {MONTHS[day.month - 1]}", day.isoformat()[:7]
        return "yesterday", (when - dt.timedelta(days=1)).isoformat()

    def quote_paragraph(self, p: Person, introduced: bool, when: dt.date) -> str:
        r = self.rng
        k = r.randrange(6)
        said = r.choice(SAY)
        who = p.family if introduced else f"{p.name}, the {p.role},"
        if k == 0:
            return f"“{self.sentence()[:-1]},” {who} {said}." if introduced else \
                f"“{self.sentence()[:-1]},” said {p.name}, the {p.role}."
        if k == 1:
            phrase, _ = self.date_phrase(when)
            lead = p.family if introduced else f"{p.name}, the {p.role},"
            return f"{lead} {said} {phrase}: “{self.sentence()} {self.sentence()}”"
        if k == 2:
            return f"“{self.sentence()[:-1]},” {p.family if introduced else p.name} said. “{self.sentence()}”"
        if k == 3:
            return f"According to {p.family if introduced else p.name}, {self.clause()}."
        if k == 4:
            return f"{p.family if introduced else 'The ' + p.role + ' ' + p.name} said {self.clause()}."
        return f"{self.sentence()} {p.family if introduced else p.name} said the move was “{self.clause()}”."

    def event_paragraph(self, people: list[Person], when: dt.date) -> str:
        r = self.rng
        phrase, _ = self.date_phrase(when)
        a = r.choice(people)
        b = self.person()
        city = r.choice(COUNTRIES)[2]
        what = r.choice(EVENTS).format(city=city, subject=r.choice(SUBJECTS))
        opener = phrase[0].upper() + phrase[1:]
        return f"{opener}, {a.family} and {b.name} {what}. {self.sentence()}"

    def article(self, i: int) -> tuple[str, str]:
        """-> (file name, content file text)."""
        r = self.rng
        when = dt.date(2012, 1, 1) + dt.timedelta(days=r.randrange(13 * 365))
        speakers = [self.person() for _ in range(r.randint(1, 4))]
        country = r.choice(COUNTRIES)[0]
        title = self.headline(speakers[0], country)
        if r.random() < 0.3:
            title += f" ({r.choice(MONTHS)} {when.year})"
        body: list[str] = []
        p0 = speakers[0]
        phrase, _ = self.date_phrase(when)
        body.append(f"The {p0.role}, {p0.name}, said {phrase} that {self.clause()}.")
        real: list[str] = []
        target = r.randint(2600, 3800)          # about 60% real prose
        while sum(map(len, real)) < target:
            run = r.choice(self.runs)
            start = r.randrange(max(1, len(run) - 4))
            real += run[start:start + r.randint(3, 8)]
        introduced = {p0.name}
        for para in real:
            body.append(para)
            if r.random() < 0.35:
                p = r.choice(speakers)
                body.append(self.quote_paragraph(p, p.name in introduced, when))
                introduced.add(p.name)
            if r.random() < 0.2:
                body.append(self.event_paragraph(speakers, when))
        while sum(len(p) for p in body) < 5200:
            p = r.choice(speakers)
            body.append(self.quote_paragraph(p, p.name in introduced, when))
            introduced.add(p.name)
        fm = [f"title: {_yaml(title)}", f"date: {when.isoformat()}",
              f"topic: {_yaml(r.choice(TOPICS))}", "standfirst:"]
        fm += [f"- {_yaml(self.sentence())}" for _ in range(r.randint(1, 2))]
        fm += ["lead_caption:", f"  text: {_yaml(f'{p0.name} speaks in {r.choice(COUNTRIES)[2]}.')}",
               f"  credit: {_yaml(r.choice(CREDITS))}"]
        n_captions = r.randint(0, 2)
        if n_captions:
            fm.append("captions:")
            for _ in range(n_captions):
                fm += [f"- text: {_yaml(self.sentence())}", f"  credit: {_yaml(r.choice(CREDITS))}",
                       f"  before: {r.randrange(1, len(body))}"]
        related = [r.choice(self.titles) for _ in range(min(len(self.titles), r.randint(0, 3)))]
        if r.random() < 0.2:
            related.append(self.headline(self.person(), r.choice(COUNTRIES)[0]))   # not in the corpus
        if related:
            fm.append("related:")
            fm += [f"- {_yaml(t)}" for t in dict.fromkeys(related)]
        fm.append(f"source: {{name: {_yaml(r.choice(['The Daily Ledger', 'Global Wire', 'Evening Courier']))}}}")
        self.titles.append(title)
        text = "---\n" + "\n".join(fm) + "\n---\n\n" + "\n\n".join(body) + "\n"
        name = f"{when.isoformat()}-{slugify(title, 50)}"
        return name, text


def write_corpus(articles_dir: Path, n: int, seed: int = 1) -> list[Path]:
    """Write ``n`` articles into ``articles_dir`` (created); returns their paths."""
    articles_dir.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(n, seed)
    used: set[str] = set()
    paths = []
    for i in range(n):
        name, text = corpus.article(i)
        stem, k = name, 2
        while stem in used:
            stem, k = f"{name}-{k}", k + 1
        used.add(stem)
        path = articles_dir / f"{stem}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":      # python benchmarks/corpus.py DEST N
    import sys

    out = write_corpus(Path(sys.argv[1]), int(sys.argv[2]))
    print(f"{len(out)} articles, {sum(p.stat().st_size for p in out) / len(out):.0f} bytes each on average")
