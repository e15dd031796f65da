"""The speaker registry across articles (builder.link.registry) and content/speakers.yml."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from builder.errors import ContentError
from builder.extract.quotes import extract_quotes
from builder.link.registry import build_registry, load_speaker_overrides
from builder.model import Article

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "content" / "sources"


def article(aid: str, *paragraphs: str, date: str | None = None) -> Article:
    a = Article(title=aid, paragraphs=list(paragraphs), id=aid, date=date)
    a.quotes, a.speakers, a.notices = extract_quotes(a.paragraphs)
    return a


def by_name(registry, name):
    hits = [s for s in registry if s.name == name]
    assert len(hits) == 1, [s.name for s in registry]
    return hits[0]


@lru_cache(maxsize=1)
def seed_articles() -> tuple[Article, ...]:
    try:
        from builder.extract.structure import structure
    except ImportError:  # pragma: no cover
        pytest.skip("builder.extract.structure is not available")
    out = []
    for path in sorted(SOURCES.glob("*.txt")):
        s = structure(path.read_text(encoding="utf-8"))
        out.append(article(path.stem[:3], *s.paragraphs))
    return tuple(out)


# ---- the seeds ------------------------------------------------------------------------

def test_seed_registry_every_person_once():
    registry, messages = build_registry(list(seed_articles()))
    people = sorted(s.name for s in registry if s.kind == "person")
    assert people == sorted([
        "Andrey Denisov", "Artyom Lukin", "Danil Bochkov", "Joe Biden", "Li Lifan",
        "Li Yonghui", "Nikolai Patrushev", "Vladimir Portyakov", "Vladimir Putin", "Wang Yi",
        "Xi Jinping", "Zhang Xin"])
    assert messages == []


def test_seed_registry_roles_articles_and_quotes():
    arts = {a.id: a for a in seed_articles()}
    registry, _ = build_registry(list(seed_articles()))
    denisov = by_name(registry, "Andrey Denisov")
    assert denisov.articles == ["000", "003", "004"]
    assert {(r.role, r.article) for r in denisov.roles} >= {
        ("Russian ambassador in China", "000"), ("Russian ambassador to China", "003")}
    assert "Densiov" in denisov.aliases and "Denisov" in denisov.aliases
    wang = by_name(registry, "Wang Yi")
    assert wang.articles == ["000", "002"]
    assert ("State Councillor", "002") in {(r.role, r.article) for r in wang.roles}
    # every quote reference points at a quote of that speaker, and every quote with a
    # speaker is referenced exactly once
    seen = set()
    for sp in registry:
        for ref in sp.quotes:
            q = arts[ref.article].quotes[ref.index]
            assert q.speaker == sp.name or q.speaker in sp.aliases
            assert (ref.article, ref.index) not in seen
            seen.add((ref.article, ref.index))
    with_speaker = {(a.id, i) for a in arts.values() for i, q in enumerate(a.quotes) if q.speaker}
    assert seen == with_speaker


def test_seed_ids_are_unique_file_safe_slugs():
    registry, _ = build_registry(list(seed_articles()))
    ids = [s.id for s in registry]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids)
    assert by_name(registry, "Wang Yi").id == "wang-yi"


# ---- matching across articles ---------------------------------------------------------------

def test_family_name_alone_joins_the_one_person():
    a1 = article("a1", "Andrei Petrov, an economist at the Moscow bank, said rates would rise.")
    a2 = article("a2", "Mr Petrov had warned of this.", "“Rates must rise,” Mr Petrov said.")
    registry, messages = build_registry([a1, a2])
    assert [s.name for s in registry] == ["Andrei Petrov"]
    assert registry[0].articles == ["a1", "a2"] and len(registry[0].quotes) == 2
    assert messages == []


def test_people_sharing_a_family_name_stay_apart():
    a1 = article("a1", "Li Qiang, a trade official, said exports grew.")
    a2 = article("a2", "Li Na, a tennis coach, said the season was long.")
    a3 = article("a3", "“We will see,” Li said.")
    registry, messages = build_registry([a1, a2, a3])
    names = sorted(s.name for s in registry)
    assert "Li Qiang" in names and "Li Na" in names
    assert any("'Li'" in m and "Li Na" in m and "Li Qiang" in m for m in messages)


def test_typing_error_across_articles_is_folded_and_reported():
    a1 = article("a1", "Andrei Petrov said the plan was sound.",
                 "“It is sound,” Petrov said.")
    a2 = article("a2", "Andrei Petorv said the plan was costly.")
    registry, messages = build_registry([a1, a2])
    petrov = by_name(registry, "Andrei Petrov")
    assert petrov.articles == ["a1", "a2"] and "Andrei Petorv" in petrov.aliases
    assert any("misspelling" in m for m in messages)


def test_roles_keep_the_article_they_were_held_in():
    a1 = article("a1", "Deputy Minister Sofia Lind said prices would fall.", date="2020-01-01")
    a2 = article("a2", "Prime Minister Sofia Lind said prices had fallen.", date="2022-01-01")
    sp = build_registry([a1, a2])[0][0]
    assert [(r.role, r.article) for r in sp.roles] == [("Deputy Minister", "a1"),
                                                      ("Prime Minister", "a2")]


def test_organisations_match_by_normalised_name_not_people():
    a1 = article("a1", "Russia’s foreign ministry said the talks were useful.",
                 "“It was a good day,” state news agency TELEX reported.")
    a2 = article("a2", "The Russian foreign ministry said the talks had ended.",
                 "“It was a long day,” state news agency Telex reported.")
    registry, _ = build_registry([a1, a2])
    assert sorted((s.kind, len(s.articles)) for s in registry) == [
        ("organisation", 2), ("organisation", 2)]


def test_person_and_organisation_never_merge():
    a1 = article("a1", "Ruth Morgan, a senator, said the vote was close.",
                 "“It was close,” Morgan said.")
    a2 = article("a2", "“We are closed,” the investment bank Morgan said.")
    registry, _ = build_registry([a1, a2])
    assert sorted((s.name, s.kind) for s in registry) == [
        ("Morgan", "organisation"), ("Ruth Morgan", "person")]


def test_slugs_stay_unique():
    a1 = article("a1", "Anna-Maria Li, a writer, said the book was done.")
    a2 = article("a2", "Anna Maria Li, a painter, said the show was done.")
    registry, _ = build_registry([a1, a2])
    assert sorted(s.id for s in registry) == ["anna-maria-li", "anna-maria-li-2"]


# ---- content/speakers.yml -------------------------------------------------------------------

def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "speakers.yml"
    path.write_text(text, encoding="utf-8")
    return path


def two_articles():
    a1 = article("a1", "Andrei Petrov, an economist, said rates would rise.", date="2020-01-01")
    a2 = article("a2", "“Rates will fall,” Andrey Petrov said.",
                 "State television TELEX reported that the vote was close.", date="2021-01-01")
    return [a1, a2]


def test_overrides_merge_rename_roles_description(tmp_path):
    path = write(tmp_path, """
speakers:
  - name: Andrei Petrov
    merge: [Andrey Petrov]
    aliases: [A. Petrov]
    description: Economist who later joined the government.
    roles:
      - role: Finance minister
        article: a2
      - Economist
    id: petrov
""")
    registry, messages = build_registry(two_articles(), load_speaker_overrides(path))
    sp = by_name(registry, "Andrei Petrov")
    assert sp.id == "petrov" and sp.articles == ["a1", "a2"]
    assert "Andrey Petrov" in sp.aliases and "A. Petrov" in sp.aliases
    assert sp.description.startswith("Economist who")
    assert [(r.role, r.article) for r in sp.roles] == [("Finance minister", "a2"),
                                                      ("Economist", "a2")]
    assert messages == []


def test_overrides_not_speakers_kind_and_rename(tmp_path):
    path = write(tmp_path, """
not_speakers: [TELEX]
speakers:
  - name: Andrey Petrov
    rename: Andrey Petrov (economist)
    kind: person
""")
    registry, messages = build_registry(two_articles(), load_speaker_overrides(path))
    names = [s.name for s in registry]
    assert "TELEX" not in names and "Andrey Petrov (economist)" in names
    assert messages == []


def test_overrides_split_one_speaker_into_two(tmp_path):
    a1 = article("a1", "Mr Kim said the deal was done.")
    a2 = article("a2", "Mr Kim said the deal was off.")
    path = write(tmp_path, """
split:
  - name: Kim
    into:
      - name: Kim Jong-pil
        articles: [a1]
      - name: Kim Dae-jung
        articles: [a2]
""")
    plain, _ = build_registry([a1, a2])
    assert len(plain) == 1
    registry, messages = build_registry([a1, a2], load_speaker_overrides(path))
    assert sorted((s.name, tuple(s.articles)) for s in registry) == [
        ("Kim Dae-jung", ("a2",)), ("Kim Jong-pil", ("a1",))]
    assert messages == []


def test_unknown_names_give_messages_with_line(tmp_path):
    path = write(tmp_path, """speakers:
  - name: Nobody Known
    description: x
not_speakers:
  - Ghost Writer
""")
    registry, messages = build_registry(two_articles(), load_speaker_overrides(path))
    assert len(registry) == 3
    assert any(f"{path}:2" in m and "Nobody Known" in m for m in messages)
    assert any(f"{path}:5" in m and "Ghost Writer" in m for m in messages)


@pytest.mark.parametrize("text,line", [
    ("speakers: [unclosed\n", 1),                   # where the [ opened
    ("speakers:\n  - aliases: [x]\n", None),
    ("people:\n  - name: X\n", 1),
    ("speakers:\n  - name: X\n    colour: red\n", 2),
    ("speakers:\n  - name: X\n    id: Not A Slug\n", 3),
    ("- just a list\n", 1),
    ("not_speakers: Sputnik\n", 1),
])
def test_malformed_speakers_file_raises_content_error(tmp_path, text, line):
    path = write(tmp_path, text)
    with pytest.raises(ContentError) as err:
        load_speaker_overrides(path)
    assert err.value.path == str(path)
    if line is not None:
        assert err.value.line == line


def test_empty_speakers_file_is_no_overrides(tmp_path):
    assert load_speaker_overrides(write(tmp_path, "# nothing yet\n")) == {}


def test_overrides_of_the_wrong_shape_never_crash():
    bad = {"speakers": [{"name": 3}, "Andrei Petrov", {"name": "Andrei Petrov", "roles": "x",
                                                      "id": "Bad Id", "kind": "robot"}],
           "not_speakers": [None, 5], "split": [{"name": "x", "into": [3]}, "y"]}
    registry, messages = build_registry(two_articles(), bad)
    assert "Andrei Petrov" in [s.name for s in registry]
    assert messages


def test_one_word_read_as_organisation_joins_the_person():
    a1 = article("a1", "Olivia Vance, a senator from Ohio, said the bill was “dead”.")
    a2 = article("a2", "“We will not yield,” Vance said.")
    assert a2.speakers[0].kind == "organisation"     # no first name in that article
    registry, messages = build_registry([a1, a2])
    assert [(s.name, s.kind, s.articles) for s in registry] == [
        ("Olivia Vance", "person", ["a1", "a2"])]
    assert any("Vance" in m for m in messages)
