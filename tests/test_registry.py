"""The speaker registry across articles (builder.link.registry) and content/speakers.yml."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from builder.errors import ContentError
from builder.extract.quotes import extract_quotes
from builder.link.overrides import parse_speaker_overrides, read_speaker_overrides
from builder.link.registry import build_registry
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


def test_a_family_name_with_an_office_joins_the_one_holding_it():
    a1 = article("a1", "Lena Marsh, the foreign minister, said the talks went well.")
    a2 = article("a2", "Tom Marsh, a trade union organiser, said the strike would go on.")
    a3 = article("a3", "“We are close to a deal,” Foreign Minister Marsh said.")
    registry, messages = build_registry([a1, a2, a3])
    lena = by_name(registry, "Lena Marsh")
    assert lena.articles == ["a1", "a3"] and len(lena.quotes) == 2
    assert by_name(registry, "Tom Marsh").articles == ["a2"]
    assert any("'Marsh'" in m and "same office" in m for m in messages)


def test_the_whole_title_tells_two_ministers_apart():
    a1 = article("a1", "Lena Marsh, the foreign minister, said the talks went well.")
    a2 = article("a2", "Tom Marsh, the energy minister, said the plant would close.")
    a3 = article("a3", "“We are close to a deal,” Foreign Minister Marsh said.")
    registry, _ = build_registry([a1, a2, a3])
    assert by_name(registry, "Lena Marsh").articles == ["a1", "a3"]


@pytest.mark.parametrize("lone", [
    "“We are close to a deal,” Ms Marsh said.",                      # no office: could be either
    "“We are close to a deal,” Minister Marsh said.",                # both are ministers
    "“We are close to a deal,” former Foreign Minister Marsh said.",  # not an office held now
    "“We are close to a deal,” Governor Marsh said.",                # neither holds it
])
def test_a_family_name_stays_apart_unless_one_holds_its_office(lone):
    a1 = article("a1", "Lena Marsh, the foreign minister, said the talks went well.")
    a2 = article("a2", "Tom Marsh, the energy minister, said the plant would close.")
    registry, messages = build_registry([a1, a2, article("a3", lone)])
    assert by_name(registry, "Lena Marsh").articles == ["a1"]
    assert by_name(registry, "Tom Marsh").articles == ["a2"]
    assert any("could be any of" in m for m in messages)


def test_a_family_name_alone_means_the_person_the_story_is_about():
    lena = [article(f"a{i}", f"Lena Marsh, the minister, said talks were going well ({i}).")
            for i in range(1, 4)]
    tom = article("t1", "Tom Marsh, her brother, said the farm would be sold.")
    lone = article("x1", "“We are close to a deal,” Marsh said.")
    registry, messages = build_registry([*lena, tom, lone])
    assert by_name(registry, "Lena Marsh").articles == ["a1", "a2", "a3", "x1"]
    assert by_name(registry, "Tom Marsh").articles == ["t1"]
    # not three articles, or not three times as many: left apart
    registry, messages = build_registry([*lena[:2], tom, lone])
    assert by_name(registry, "Lena Marsh").articles == ["a1", "a2"]


def test_a_son_named_after_his_father_stays_apart():
    a1 = article("a1", "Oleg Petrov, the mayor, said the bridge would open.")
    a2 = article("a2", "Oleg Petrov Jr., the mayor's son, said the bridge was a mistake.")
    a3 = article("a3", "Oleg Petrov Jr. said he would run for the council.")
    registry, _ = build_registry([a1, a2, a3])
    assert by_name(registry, "Oleg Petrov").articles == ["a1"]
    assert by_name(registry, "Oleg Petrov Jr.").articles == ["a2", "a3"]


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
    registry, messages = build_registry(two_articles(), read_speaker_overrides(path))
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
    registry, messages = build_registry(two_articles(), read_speaker_overrides(path))
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
    registry, messages = build_registry([a1, a2], read_speaker_overrides(path))
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
    registry, messages = build_registry(two_articles(), read_speaker_overrides(path))
    assert len(registry) == 3
    assert any(f"{path}:2" in m and "Nobody Known" in m for m in messages)
    assert any(f"{path}:5" in m and "Ghost Writer" in m for m in messages)


@pytest.mark.parametrize("text,line,says", [
    ("speakers: [unclosed\n", 1, "never closed"),          # where the [ opened
    ("- just a list\n", 1, "must be a mapping"),
])
def test_a_speakers_file_that_is_not_a_mapping_is_one_note_and_ignored(tmp_path, text, line, says):
    path = write(tmp_path, text)
    overrides = read_speaker_overrides(path)
    assert len(overrides.notes) == 1 and overrides.notes[0].startswith(f"{path}:{line}: ")
    assert says in overrides.notes[0] and "ignored" in overrides.notes[0]
    assert (overrides.speakers, overrides.not_speakers, overrides.split) == ([], [], [])


@pytest.mark.parametrize("bad,line,says", [
    ("  - aliases: [x]\n", 4, "needs a 'name'"),
    ("  - name: X\n    colour: red\n", 5, "unknown key 'colour'"),
    ("  - name: X\n    id: Not A Slug\n", 5, "must be lowercase letters"),
    ("  - name: X\n    kind: robot\n", 5, "person or organisation"),
    ("  - name: X\n    roles: Economist\n", 5, "must be a list"),
    ("  - name: X\n    aliases: [[nested]]\n", 5, "must be text"),
    ("  - name: X\n    name: Y\n", 5, "given twice"),
    ("  - Andrei Petrov\n", 4, "needs a 'name'"),
])
def test_a_bad_speakers_entry_is_skipped_with_its_line_and_the_rest_applies(tmp_path, bad, line, says):
    """One policy for both correction files: a bad entry is one note naming its line."""
    path = write(tmp_path, "speakers:\n  - name: Andrey Petrov\n    rename: A. Petrov (economist)\n"
                 + bad + "not_speakers: [TELEX]\n")
    overrides = read_speaker_overrides(path)
    assert len(overrides.notes) == 1, overrides.notes
    assert overrides.notes[0].startswith(f"{path}:{line}: ") and says in overrides.notes[0]
    registry, messages = build_registry(two_articles(), overrides)
    names = [s.name for s in registry]
    assert "A. Petrov (economist)" in names and "TELEX" not in names
    assert messages == []


def test_not_speakers_that_is_not_a_list_is_one_note(tmp_path):
    overrides = read_speaker_overrides(write(tmp_path, "not_speakers: Sputnik\nspeakers:\n  - name: X\n"))
    assert overrides.notes == [f"{tmp_path / 'speakers.yml'}:1: 'not_speakers' must be a list; ignored"]
    assert [e.name.text for e in overrides.speakers] == ["X"]


def test_empty_speakers_file_is_no_overrides(tmp_path):
    overrides = read_speaker_overrides(write(tmp_path, "# nothing yet\n"))
    assert (overrides.notes, overrides.speakers) == ([], [])
    assert read_speaker_overrides(tmp_path / "missing.yml").notes == []


def test_one_word_read_as_organisation_joins_the_person():
    a1 = article("a1", "Olivia Vance, a senator from Ohio, said the bill was “dead”.")
    a2 = article("a2", "“We will not yield,” Vance said.")
    assert a2.speakers[0].kind == "organisation"     # no first name in that article
    registry, messages = build_registry([a1, a2])
    assert [(s.name, s.kind, s.articles) for s in registry] == [
        ("Olivia Vance", "person", ["a1", "a2"])]
    assert any("Vance" in m for m in messages)


# ---- corrections by page id and renames, through the whole build ------------------------

_HREF = re.compile(r'href="([^"#]*)(?:#([^"]*))?"|\]\(([^)#\s]*)(?:#([^)\s]*))?\)')
_HEADING = re.compile(r"^#{1,6} (.+)$", re.M)


def _anchors(page: str) -> set[str]:
    import markdown.extensions.toc as toc
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    ids |= {toc.slugify(h, "-") for h in _HEADING.findall(page)}
    return ids


def broken_links(docs: dict[str, str]) -> list[str]:
    """Links between generated pages whose target page or anchor does not exist."""
    from posixpath import dirname, join, normpath
    from urllib.parse import unquote

    out = []
    for path, page in docs.items():
        if not path.endswith(".md"):
            continue
        for m in _HREF.finditer(page):
            target, fragment = (m.group(1), m.group(2)) if m.group(0).startswith("href") \
                else (m.group(3), m.group(4))
            if target.startswith(("http:", "https:", "mailto:")) or (not target and not fragment):
                continue
            if m.group(0).startswith("href"):      # raw HTML: a directory URL from the page's URL
                base = path[:-3] + "/" if not path.endswith("index.md") else dirname(path) + "/"
                url = normpath(join(base, target)) if target else path
                dest = url if url.endswith(".md") else url.rstrip("/") + (
                    ".md" if url.rstrip("/") + ".md" in docs else "/index.md")
                dest = "index.md" if url in (".", "") else dest
            else:
                dest = normpath(join(dirname(path), target)) if target else path
            if dest not in docs:
                out.append(f"{path}: {m.group(0)} -> no page {dest}")
            elif fragment and unquote(fragment) not in _anchors(docs[dest]):
                out.append(f"{path}: {m.group(0)} -> no anchor #{fragment} in {dest}")
    return out


def seed_project(tmp_path: Path, speakers_yml: str) -> Path:
    from tests.sitebuild import make_project
    project = make_project(tmp_path / "site")
    (project / "content" / "speakers.yml").write_text(speakers_yml, encoding="utf-8")
    return project


def test_a_rename_and_a_page_id_correction_leave_every_link_and_anchor_working(tmp_path):
    from builder.build import Project, generate

    project = seed_project(tmp_path, "speakers:\n"
                                     "  - name: Andrey Denisov\n    rename: Andrei Denisov\n"
                                     "  - name: russias-foreign-ministry\n"
                                     "    description: The ministry in Moscow.\n")
    collection, files, report = generate(Project(project))
    assert not [n for n in report.notices if "speakers.yml" in n], report.notices
    by_id = {s.id: s for s in collection.speakers}
    assert by_id["andrei-denisov"].name == "Andrei Denisov" and "andrey-denisov" not in by_id
    assert "Andrey Denisov" in by_id["andrei-denisov"].aliases
    ministry = by_id["russias-foreign-ministry"]
    assert ministry.description == "The ministry in Moscow." and ministry.name != ministry.id
    page = files["speakers/andrei-denisov.md"]
    assert "## On the timeline" in page
    events = [e for e in collection.events if any(p.speaker == "andrei-denisov" for p in e.people)]
    assert events and all("Andrei Denisov" in [p.name for p in e.people] for e in events)
    assert 'href="../speakers/andrei-denisov/#on-the-timeline">Andrei Denisov</a>' in files["chronology/index.md"]
    assert broken_links(files) == []


def test_the_link_checker_finds_a_missing_anchor():
    docs = {"a.md": '<a href="../b/#nowhere">x</a> [y](b.md#here)', "b.md": "## Here\n"}
    assert broken_links(docs) == ['a.md: href="../b/#nowhere" -> no anchor #nowhere in b.md']


def test_every_name_an_editor_may_use_finds_the_speaker(tmp_path):
    """A name, an alias or a page id: each finds the speaker; a page id never renames it."""
    for name in ("Andrey Petrov", "andrey petrov", "Andrey  Petrov", "andrey-petrov"):
        overrides = parse_speaker_overrides(f"speakers:\n  - name: {name}\n    description: Found.\n")
        registry, messages = build_registry(two_articles(), overrides)
        hits = [s for s in registry if s.description == "Found."]
        assert messages == [] and len(hits) == 1 and hits[0].id == "andrey-petrov", name
        assert hits[0].name == "Andrey Petrov"          # only `rename` renames
    overrides = parse_speaker_overrides("not_speakers: [telex]\n")     # an organisation's page id
    registry, messages = build_registry(two_articles(), overrides)
    assert messages == [] and all(s.kind == "person" for s in registry)


# ---- look-alike names (issue 16 item 7) --------------------------------------------------

HOSTILE = ROOT / "tests" / "hostile"


def test_a_look_alike_letter_or_an_invisible_character_makes_no_second_speaker():
    """"Wang Yі" (a Cyrillic і), "Wa\u200dng Yi" (a zero-width joiner) and a direction
    override around the name are all the one Wang Yi, in one article and across two."""
    from builder.read.content import load_article
    a1 = load_article(HOSTILE / "lookalike-names.md")
    a1.id = "a1"
    a1.quotes, a1.speakers, a1.notices = extract_quotes(a1.paragraphs)
    a2 = article("a2", "“Again,” Foreign Minister Wang Y\u0456 said.")
    registry, _ = build_registry([a1, a2])
    wang = [s for s in registry if "wang" in s.id]
    assert len(wang) == 1 and wang[0].name == "Wang Yi", [(s.name, s.id) for s in registry]
    assert len(wang[0].quotes) == 5 and wang[0].articles == ["a1", "a2"]


def test_check_warns_of_mixed_scripts_and_hidden_characters(tmp_path):
    from tests.sitebuild import make_project, run_builder
    project = make_project(tmp_path / "p", with_seeds=False)
    (project / "content" / "articles" / "2021-07-12-lookalike.md").write_bytes(
        (HOSTILE / "lookalike-names.md").read_bytes())
    out = run_builder(project, "check").stdout
    assert re.search(r"speaker 'Wang Yi': the name 'Wang Y\u0456' mixes Cyrillic and Latin "
                     r"letters in 'Y\u0456'.*read as 'Wang Yi'", out), out
    hidden = [ln for ln in out.splitlines() if "hidden-characters" in ln]
    assert [ln.split(": paragraph ")[1].split()[0] for ln in hidden] == ["2", "3"], out
