"""The structure stage: copied page text in, headline / standfirst / captions / body out.

The five seeds are pinned line by line from a careful reading of each file: which
input lines are the article's own paragraphs, and what every furniture line is.
Small invented inputs check each kind of furniture and the date rules on their own.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.extract.structure import Line, Structured, structure

SOURCES = Path(__file__).resolve().parents[1] / "content" / "sources"


def seed(prefix: str) -> tuple[list[str], Structured]:
    path = next(SOURCES.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text.split("\n"), structure(text)


# ---- the seeds, from a careful reading --------------------------------------------

# body = 1-based numbers of the lines that are the article's own paragraphs
SEEDS = {
    "000": dict(
        topic="China-Russia relations",
        title="Russia relationship better than an alliance, Chinese foreign minister says",
        standfirst=[
            "Wang Yi advocates pushing the partnership to new heights as he marks 20th "
            "anniversary of friendship treaty with Moscow",
            "He reiterates Beijing\u2019s opposition to hegemony and a new cold war",
        ],
        lead=("Chinese Foreign Minister Wang Yi speaks at a reception celebrating 20 years "
              "since the signing of the China-Russia friendship treaty.", "Xinhua"),
        captions=[],
        related=[
            "China, Russia foreign ministers meet as countries stand \u2018back to back\u2019 "
            "amid rise in US tensions",
            "Beijing hits back at Western sanctions against China\u2019s alleged treatment of "
            "Uygur Muslims",
        ],
        print_headline="Ties with Moscow are better than an alliance, Wang says",
        body=[11, 13, 15, 17, 23, 25, 27, 29, 31, 38, 40, 42, 44],
        classes={1: "topic", 2: "promo", 3: "promo", 4: "promo", 5: "lead-caption",
                 7: "headline", 9: "standfirst", 10: "standfirst", 20: "related",
                 22: "duplicate", 34: "related", 36: "duplicate", 45: "print-headline"},
        year=None, date_how=None,
    ),
    "001": dict(
        topic="China-Russia relations",
        title="China, Russia extend friendship treaty after Biden-Putin summit",
        standfirst=[
            "Xi Jinping and Vladimir Putin meet by video link for a second time in a month, "
            "both hailing the countries\u2019 closer ties",
            "If US continues \u2018dual containment\u2019 policy \u2018there are no obvious limits "
            "to how far and deep the Beijing-Moscow alliance could develop\u2019, observer says",
        ],
        lead=("Vladimir Putin and Xi Jinping have renewed a China-Russia friendship treaty.",
              "Reuters"),
        # the inline photo stands before paragraph 5 ("On Monday, Putin said ...")
        captions=[("Xi Jinping and Vladimir Putin hailed relations between China and Russia "
                   "during talks on Monday.", "AP", 5)],
        related=["Could the Shanghai Cooperation Organisation help stabilise Afghanistan "
                 "after US pull-out?"],
        print_headline="Xi and Putin tighten ties by renewing 2001 treaty",
        body=[14, 16, 17, 19, 21, 24, 25, 27, 31, 33, 35, 37, 45, 47, 49, 51, 53, 55],
        classes={1: "ad", 2: "ad", 3: "topic", 4: "promo", 5: "promo", 6: "promo",
                 7: "lead-caption", 9: "headline", 11: "standfirst", 12: "standfirst",
                 23: "caption", 29: "related", 39: "video", 41: "video", 43: "video",
                 57: "print-headline", 58: "comments"},
        year=None, date_how=None,
    ),
    "002": dict(
        topic=None,
        title="China-Russia relations \u2018rock solid\u2019 as Ukraine war hits anniversary",
        standfirst=[],
        lead=None,
        captions=[],
        related=[
            "China doesn\u2019t want \u2018prolonged\u2019 Ukraine war, says top diplomat Wang Yi",
            "China\u2019s stance on Ukraine conflict is based on its own interests, analysts say",
            "As the West pushes them together, Xi and Putin show up for each other",
        ],
        print_headline=None,
        body=[4, 6, 8, 12, 14, 16, 20, 22, 24, 26, 28, 30, 34, 36, 38, 40, 42, 44, 46, 48,
              52, 54, 56],
        classes={1: "headline", 10: "promo", 18: "related", 32: "related", 50: "related",
                 58: "list-heading", 60: "promo", 62: "tags", 66: "list-heading",
                 68: "next-in", 77: "next-in", 79: "list-heading"},
        # "Copyright 2023." is the only date the page gives: a year, not a date
        year=2023, date_how="copyright-year",
    ),
    "003": dict(
        topic="Xi Jinping",
        title="China-Russia ties won\u2019t be broken, declare Xi and Putin in signal to Biden",
        standfirst=[
            "Chinese leader says New Year phone call with Russian leader indicates their "
            "relationship will endure any attempt to suppress and divide",
            "In the US, the incoming president says he is looking to form \u2018stronger "
            "coalitions\u2019 against China",
        ],
        lead=("Russian President Vladimir Putin and Chinese President Xi Jinping say their "
              "countries are closer than ever and that they are prepared to step up their "
              "cooperation in the international arena.", "Reuters"),
        captions=[],
        related=[
            "Russia admits to world\u2019s third-worst coronavirus death toll",
            "Moscow expecting nothing good from \u2018Russophobia\u2019 US under Biden",
            "Why China-Russia relations are warming up in the Arctic",
        ],
        print_headline="Beijing\u2019s ties with Russia \u2018cannot be weakened\u2019",
        body=[12, 13, 15, 17, 19, 21, 23, 25, 29, 31, 33, 35, 37, 39, 42, 46, 49, 51, 53, 55,
              57, 61, 63, 65],
        # line 11 repeats the topic label between the standfirst and the body
        classes={1: "topic", 5: "lead-caption", 7: "headline", 9: "standfirst",
                 10: "standfirst", 11: "topic", 27: "related", 44: "related", 59: "related",
                 67: "print-headline"},
        year=None, date_how=None,
    ),
    "004": dict(
        topic="China-Russia relations",
        title="China and Russia don\u2019t need a military alliance, says Moscow\u2019s ambassador",
        standfirst=[
            "Vladimir Putin has previously said he would not rule out the idea \u2018in principle\u2019",
            "Ambassador Andrey Denisov says the Russian leader\u2019s comments implied that things "
            "had gone beyond a traditional alliance in many ways",
        ],
        lead=("Xi Jinping and Vladimir Putin have become increasingly close.", "AFP"),
        captions=[("Russian, Chinese and Mongolian troops take part a parade following a 2018 "
                   "training exercise.", "AFP", 9)],
        related=[
            "China-Russia ties won\u2019t be broken, declare Xi and Putin in signal to Biden",
            "How China-Russia joint patrol highlighted limitations of Chinese bombers",
        ],
        print_headline="Russian diplomat rules out armed forces alliance",
        body=[14, 16, 18, 20, 24, 26, 28, 30, 32, 36, 38, 40, 44, 46, 48],
        classes={1: "ad", 2: "ad", 3: "topic", 7: "lead-caption", 9: "headline",
                 22: "related", 34: "caption", 42: "related", 50: "print-headline",
                 51: "comments"},
        year=None, date_how=None,
    ),
}


@pytest.fixture(params=sorted(SEEDS), scope="module")
def seeded(request):
    raw, s = seed(request.param)
    return request.param, raw, s, SEEDS[request.param]


def test_seed_header(seeded):
    _, _, s, want = seeded
    assert s.title == want["title"]
    assert s.topic == want["topic"]
    assert s.standfirst == want["standfirst"]
    assert s.print_headline == want["print_headline"]


def test_seed_captions(seeded):
    _, _, s, want = seeded
    if want["lead"] is None:
        assert s.lead_caption is None
    else:
        assert (s.lead_caption.text, s.lead_caption.credit) == want["lead"]
    assert [(c.text, c.credit, c.before) for c in s.captions] == want["captions"]


def test_seed_related(seeded):
    _, _, s, want = seeded
    assert s.related == want["related"]


def test_seed_body_is_every_paragraph_and_nothing_else(seeded):
    _, raw, s, want = seeded
    expected = [raw[n - 1].strip() for n in want["body"]]
    assert len(s.paragraphs) == len(expected)
    assert s.paragraphs[0] == expected[0]
    assert s.paragraphs[-1] == expected[-1]
    assert s.paragraphs == expected
    assert [line.number for line in s.lines if line.cls == "body"] == want["body"]


def test_seed_furniture_classes(seeded):
    _, _, s, want = seeded
    got = {line.number: line.cls for line in s.lines}
    assert {n: got[n] for n in want["classes"]} == want["classes"]


def test_seed_no_furniture_text_in_body(seeded):
    _, _, s, _ = seeded
    body = set(s.paragraphs)
    for line in s.lines:
        if line.cls not in ("body", "blank"):
            assert line.text.strip() not in body, (line.number, line.cls)
    for text in s.related + [c.text for c in s.captions] + s.standfirst:
        assert all(text not in p for p in s.paragraphs)


def test_seed_lines_cover_the_input(seeded):
    _, raw, s, _ = seeded
    if raw and raw[-1] == "":
        raw = raw[:-1]
    assert [line.text for line in s.lines] == raw
    assert [line.number for line in s.lines] == list(range(1, len(raw) + 1))
    assert all(line.cls for line in s.lines)
    # every dropped non-blank line says why
    assert all(line.reason for line in s.lines if line.cls != "blank")


def test_seed_dates_only_when_stated(seeded):
    _, _, s, want = seeded
    assert s.date is None   # no seed prints its publication date
    assert s.date_how == want["date_how"]
    assert s.year == want["year"]


# ---- invented pages: one furniture kind at a time ----------------------------------

P1 = "The minister arrived in the capital on Monday for two days of talks with his counterpart."
P2 = "Officials said the meeting would focus on trade, energy and security along the border."
P3 = "\u201cWe are ready to deepen cooperation in every field,\u201d the minister told reporters."
P4 = "Analysts said the visit signalled a warming of ties after years of mutual suspicion."


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def classes(s: Structured) -> dict[str, str]:
    return {line.text.strip(): line.cls for line in s.lines if line.text.strip()}


def test_headline_topic_standfirst_and_lead_caption():
    s = structure(page(
        "Diplomacy",
        "Advertisement",
        "The minister shakes hands with his host at the airport. Photo: AFP",
        "",
        "Ministers pledge closer ties after border talks",
        "",
        "  \u2022 Two days of talks focus on trade and energy",
        "  \u2022 Both sides promise a new round next year",
        "",
        P1, "", P2, "", P3,
    ))
    assert s.title == "Ministers pledge closer ties after border talks"
    assert s.topic == "Diplomacy"
    assert s.standfirst == ["Two days of talks focus on trade and energy",
                            "Both sides promise a new round next year"]
    assert (s.lead_caption.text, s.lead_caption.credit) == (
        "The minister shakes hands with his host at the airport.", "AFP")
    assert s.paragraphs == [P1, P2, P3]


@pytest.mark.parametrize("caption, text, credit", [
    ("Protesters gather outside the court. Photo: AP", "Protesters gather outside the court.", "AP"),
    ("Protesters gather outside the court (Photo: Reuters)", "Protesters gather outside the court", "Reuters"),
    ("Protesters gather outside the court. Credit: Jane Roe", "Protesters gather outside the court.", "Jane Roe"),
    ("Protesters gather outside the court (Image: GETTY )", "Protesters gather outside the court", "GETTY"),
])
def test_inline_caption_with_credit(caption, text, credit):
    s = structure(page("Court hears appeal in landmark case", "", P1, "", P2, "", caption, P3, "", P4))
    assert s.paragraphs == [P1, P2, P3, P4]
    assert [(c.text, c.credit, c.before) for c in s.captions] == [(text, credit, 2)]


def test_caption_with_credit_on_the_next_line():
    s = structure(page("Court hears appeal in landmark case", "", P1, "", P2, "",
                       "Protesters gather outside the court on Tuesday.",
                       "Jane Roe/Getty Images", "", P3, "", P4))
    assert s.paragraphs == [P1, P2, P3, P4]
    assert [(c.text, c.credit) for c in s.captions] == [
        ("Protesters gather outside the court on Tuesday.", "Jane Roe/Getty Images")]


def test_a_caption_that_places_people_and_a_credit_with_a_full_stop_are_not_body():
    """ "Jane Roe (left) greets John Doe (right) in 2012." says who stands where in a photo;
    "Handout/Agency." is its credit even with the full stop a copy added. A party label,
    "Sen. Ana Lima (R)", is no position."""
    caption = "Jane Roe (left) greets John Doe (right) at the rally in Springfield in 2012."
    party = "Sen. Ana Lima (R) said the bill was dead, and Rep. Rui Costa (D) agreed with her."
    s = structure(page("Court hears appeal in landmark case", "", P1, "", "Handout/Reuters.", "",
                       caption, "", P2, "", party, "", P3, "", P4))
    assert s.paragraphs == [P1, P2, party, P3, P4]
    assert classes(s)["Handout/Reuters."] == "credit"
    assert classes(s)[caption] == "caption"


def test_related_headlines_between_paragraphs_single_and_doubled():
    single = "Neighbours sign energy pact as pipeline nears completion"
    doubled = "Border trade hits record high despite sanctions"
    s = structure(page("Ministers pledge closer ties", "", P1, "", single, "", P2, "", "",
                       doubled, "", doubled, P3, "", P4))
    assert s.paragraphs == [P1, P2, P3, P4]
    assert s.related == [single, doubled]
    kinds = [line.cls for line in s.lines if line.text == doubled]
    assert kinds == ["related", "duplicate"]


def test_lone_question_link_versus_question_subhead():
    link = "Could the new railway reshape the region\u2019s economy?"
    subhead = "What did the minister promise on energy?"
    answer = "The minister promised steady energy supplies through the winter months ahead."
    s = structure(page("Ministers pledge closer ties", "", P1, "", link, "", P2, "",
                       subhead, "", answer, "", P4))
    assert link in s.related
    assert s.paragraphs == [P1, P2, subhead, answer, P4]


def test_video_block():
    title = "Leaders meet at summit amid rising tensions"
    s = structure(page("Ministers pledge closer ties", "", P1, "", P2, "", "01:22", "",
                       title, "", title, "", P3, "", P4))
    assert s.paragraphs == [P1, P2, P3, P4]
    assert [line.cls for line in s.lines if line.text in ("01:22", title)] == ["video"] * 3
    assert title not in s.related


def test_ads_and_promos_inside_the_text():
    promo = ("Do you have questions about the biggest topics of the day? Get the answers with "
             "Example Knowledge, our new platform of curated content with explainers and FAQs "
             "brought to you by our award-winning team.")
    s = structure(page(
        "Get more with ExampleNews", "A personalised news feed of stories that matter to you",
        "Learn more", "", "Ministers pledge closer ties", "",
        P1, "", "Advertisement", "", P2, "", promo, "", P3, "",
        "For the latest news download our mobile app.", "", P4))
    assert s.paragraphs == [P1, P2, P3, P4]
    c = classes(s)
    assert c["Advertisement"] == "ad"
    assert c[promo] == "promo"
    assert c["Learn more"] == "promo"
    assert c["Get more with ExampleNews"] == "promo"


def test_end_of_article_furniture():
    s = structure(page(
        "Ministers pledge closer ties", "", P1, "", P2, "", P3, "",
        "This article appeared in the Example Daily print edition as: Ties warm as talks end",
        "42",
        "Example Daily , Diplomacy , Trade , Energy , Border",
        "Copyright 2021. All rights reserved.",
        "",
        "Next In World News",
        "Storm floods coastal towns as rivers burst banks",
        "Election results delayed by recount in two districts",
        "",
        "Others Also Read",
    ))
    assert s.paragraphs == [P1, P2, P3]
    assert s.print_headline == "Ties warm as talks end"
    c = classes(s)
    assert c["42"] == "comments"
    assert c["Example Daily , Diplomacy , Trade , Energy , Border"] == "tags"
    assert c["Copyright 2021. All rights reserved."] == "copyright"
    assert c["Next In World News"] == "list-heading"
    assert c["Storm floods coastal towns as rivers burst banks"] == "next-in"
    assert s.related == []
    assert (s.date, s.date_how, s.year) == (None, "copyright-year", 2021)


def test_list_of_other_stories_inside_the_text_is_not_body():
    s = structure(page("Ministers pledge closer ties", "", P1, "", P2, "", "Related stories",
                       "Storm floods coastal towns as rivers burst banks",
                       "Oil prices steady after two-day drop...", "", P3, "", P4))
    assert s.paragraphs == [P1, P2, P3, P4]


def test_single_newlines_between_paragraphs():
    s = structure(page("Ministers pledge closer ties", "", P1, P2, P3, "", P4))
    assert s.paragraphs == [P1, P2, P3, P4]


def test_headline_and_first_paragraph_printed_twice():
    # syndicated copies: headline, first paragraph, then the headline and the text again
    title = "Ministers pledge closer ties"
    s = structure(page(title, "", P1, "", title, "", P1, "", P2, "", P3))
    assert s.title == title
    assert s.paragraphs == [P1, P2, P3]
    assert [line.cls for line in s.lines if line.text == title] == ["headline", "duplicate"]
    assert [line.cls for line in s.lines if line.text == P1] == ["body", "duplicate"]


def test_byline_and_author_note_are_not_body():
    s = structure(page("Ministers pledge closer ties", "By Jane Roe", "", P1, "", P2, "", P3,
                       "", "Jane Roe is a diplomatic correspondent for Example Daily."))
    assert s.paragraphs == [P1, P2, P3]
    assert s.bylines == ["By Jane Roe", "Jane Roe is a diplomatic correspondent for Example Daily."]


def test_share_buttons_and_gallery_counters():
    s = structure(page("Ministers pledge closer ties", "Share", "Facebook", "Twitter", "Email",
                       "", "Image 1 of 8", "", P1, "", P2, "", P3))
    assert s.paragraphs == [P1, P2, P3]
    c = classes(s)
    assert c["Facebook"] == "share"
    assert c["Image 1 of 8"] == "gallery"


# ---- publication date: only when the text says so ---------------------------------

def test_date_from_a_wire_dateline_with_year():
    s = structure(page("Ministers pledge closer ties", "",
                       "BEIJING, June 28, 2021 (Reuters) - " + P1, "", P2))
    assert (s.date, s.date_how, s.year) == ("2021-06-28", "dateline", 2021)


def test_dateline_without_year_gives_no_date():
    s = structure(page("Ministers pledge closer ties", "",
                       "BEIJING, June 28 (Reuters) - " + P1, "", P2))
    assert s.date is None
    assert s.partial_date == "XXXX-06-28"


@pytest.mark.parametrize("line, date, how", [
    ("Published: 28 Jun 2021", "2021-06-28", "full-date"),
    ("Monday, 12 July 2021", "2021-07-12", "full-date"),
    ("Nov. 19, 2019 8:03 am ET", "2019-11-19", "full-date"),
    ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "2019-11-19", "full-date"),
    # only an update time: still the page's own date, but said to be one
    ("Updated on: November 19, 2019 / 10:07 AM / Example News", "2019-11-19", "updated-date"),
])
def test_date_from_a_date_line(line, date, how):
    s = structure(page("Ministers pledge closer ties", line, "", P1, "", P2))
    assert (s.date, s.date_how) == (date, how)
    assert classes(s)[line] == "dateline"
    assert s.paragraphs == [P1, P2]


@pytest.mark.parametrize("line, date", [
    ("By Jane Roe - 11/19/19 06:56 AM EST", "2019-11-19"),      # the day above 12
    ("BY JANE ROE ON 11/13/19 AT 4:00 PM EST", "2019-11-13"),
    ("By Jane Roe | 04/05/2021 10:00 AM ET", "2021-04-05"),     # a US zone: month first
    ("Published 04/05/2021 10:00 GMT", "2021-05-04"),           # a UK zone: day first
    ("Published: 19.11.2019", "2019-11-19"),                    # dotted: day first
])
def test_date_from_a_byline_or_numeric_date_line(line, date):
    s = structure(page("Ministers pledge closer ties", line, "", P1, "", P2))
    assert s.date == date
    assert line not in s.paragraphs


@pytest.mark.parametrize("line", ["Published 04/05/2021", "By Jane Roe - 11/12/19 9:00 AM",
                                  "By Jane Roe Updated Nov 13, 2019, 10:28am EST",
                                  "Score 12/31/1999 version 1.2.2019"])
def test_numeric_date_of_unknown_order_is_not_read(line):
    assert structure(page("Ministers pledge closer ties", line, "", P1, "", P2)).date is None


def test_day_without_year_takes_the_copyright_year_with_a_note():
    s = structure(page("Ministers pledge closer ties", "Updated Nov 19, 6:55 AM;Posted Nov 18, 6:51 AM",
                       "", P1, "", P2, "", "\u00a9 2019 Example Media. All rights reserved."))
    assert (s.date, s.date_how) == ("2019-11-18", "day+copyright-year")
    assert any("copyright year" in n for n in s.notes)
    # without a copyright line the day alone dates nothing
    assert structure(page("Ministers pledge closer ties", "Posted Nov 18, 6:51 AM",
                          "", P1, "", P2)).date is None


def test_an_update_date_alone_dates_the_article_with_a_note():
    s = structure(page("Ministers pledge closer ties", "Updated: 21 Nov 2019", "", P1, "", P2))
    assert (s.date, s.date_how) == ("2019-11-21", "updated-date")
    assert any("updated" in n for n in s.notes)


def test_published_date_wins_over_updated_and_masthead_date():
    s = structure(page("November 20, 2019", "", "Ministers pledge closer ties",
                       "Updated: 21 Nov 2019", "Published: 19 Nov 2019", "", P1, "", P2))
    assert s.date == "2019-11-19"


def test_a_sentence_with_a_date_is_body_not_a_date_line():
    sentence = "The treaty was signed on July 16, 2001."
    s = structure(page("Ministers pledge closer ties", "", P1, "", sentence, "", P2))
    assert sentence in s.paragraphs
    assert s.date is None


def test_no_date_at_all():
    s = structure(page("Ministers pledge closer ties", "", P1, "", P2))
    assert (s.date, s.date_how, s.year, s.partial_date) == (None, None, None, None)


# ---- odd input never crashes ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", "\n\n\n", "   ", "\u201c\u201c\u201c unbalanced \u2018 quotes", "x" * 200_000,
    ("word " * 50_000) + "\n" + "Photo: " * 1000, "\x00\x01\x02", "a\r\nb\rc\n",
    "\n".join(["12"] * 5000), "\u2022\n" * 1000,
])
def test_odd_input(text):
    s = structure(text)
    assert isinstance(s, Structured)
    assert all(isinstance(line, Line) for line in s.lines)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["", P1, P2, "Advertisement", "01:22", "Photo: AP", "Learn more", "69",
                     "Related", "  \u2022 a bullet point line here", "By Jane Roe"]),
    st.text(max_size=120)), max_size=40))
def test_any_text_gives_paragraphs_from_its_own_lines(lines):
    text = "\n".join(lines)
    s = structure(text)
    stripped = {line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")}
    assert all(p in stripped and p for p in s.paragraphs)
    assert len(s.paragraphs) == len(set(s.paragraphs))


def test_numbered_subheads_stay_in_the_text():
    s = structure(page("Seven moments from the hearing", "", P1, "", "1. The opening statement", "",
                       P2, "", "2. \u201cNot some irregular channel\u201d", "", P3))
    assert s.paragraphs == [P1, "1. The opening statement", P2,
                            "2. \u201cNot some irregular channel\u201d", P3]
    assert s.related == []


def test_notes_after_the_text_are_not_body():
    notes = [
        "Updated at 1:23 p.m.",
        "Associated Press writers Jane Roe, John Doe, Ann Poe and Max Moe contributed to this report.",
        "Reach the reporters on Twitter at http://twitter.com/example",
        "Follow Example's full coverage of the talks at https://example.com/talks",
    ]
    s = structure(page("Ministers pledge closer ties", "", P1, "", P2, "", P3, "", *notes))
    assert s.paragraphs == [P1, P2, P3]


def test_comment_section_ends_the_text():
    s = structure(page("Ministers pledge closer ties", "", P1, "", P2, "", P3, "",
                       "12 Comments", "", "reader42", "2 hours ago",
                       "I think this is a great development for both countries and for the region.",
                       "Reply"))
    assert s.paragraphs == [P1, P2, P3]


def test_print_headline_with_a_comment_count_glued_on():
    s = structure(page("Ministers pledge closer ties", "", P1, "", P2, "",
                       "This article appeared in the Example Daily print edition as: Ties warm as talks end69"))
    assert s.print_headline == "Ties warm as talks end"
    s = structure(page("Ministers pledge closer ties", "", P1, "", P2, "",
                       "This article appeared in the Example Daily print edition as: Summit of the G20"))
    assert s.print_headline == "Summit of the G20"


def test_bulleted_list_closing_the_text_is_body():
    items = [" - Upgrading security at the stores as a temporary measure",
             " - Creating a new authority to tackle the threat"]
    s = structure(page("Ministers pledge closer ties", "", P1, "", P2, "",
                       "He proposed five steps:", "", *items))
    assert s.paragraphs == [P1, P2, "He proposed five steps:", items[0].strip(), items[1].strip()]


def test_two_sentences_without_a_final_stop_are_a_paragraph():
    line = "Well if you cannot get the limelight as an ordinary MP then start your own party. It's all flash and no policy"
    s = structure(page("Ministers pledge closer ties", "", P1, "", line, "", P2))
    assert s.paragraphs == [P1, line, P2]


# ---- clean articles lose nothing ---------------------------------------------------

SHARED = Path(__file__).resolve().parents[2] / "shared"
BBC = SHARED / "data" / "bbc-news-quotes"


def test_clean_articles_keep_every_paragraph_and_their_headline():
    # 40 furniture-free BBC articles: headline line, then paragraphs; nothing may be dropped
    files = sorted(BBC.glob("*/*.txt"))
    if not files:
        pytest.skip(f"BBC sample not found at {BBC}")
    for path in files:
        text = path.read_text(encoding="utf-8")
        lines = [line.strip() for line in text.split("\n")]
        s = structure(text)
        assert s.title == lines[0], path.name
        assert s.paragraphs == [line for line in lines[1:] if line], path.name


def test_header_with_author_and_date_lines():
    s = structure(page(
        "Diplomacy", "Jane Roe", "Published: 9:00pm, 28 Jun, 2021", "Updated: 10:34pm, 29 Jun, 2021",
        "The two leaders at a summit. [Photo: Reuters]", "",
        "Ministers pledge closer ties after border talks", "",
        "  \u2022 Two days of talks focus on trade and energy", "", P1, "", P2))
    assert (s.title, s.topic) == ("Ministers pledge closer ties after border talks", "Diplomacy")
    assert (s.date, s.date_how) == ("2021-06-28", "full-date")
    assert s.bylines == ["Jane Roe"]
    assert (s.lead_caption.text, s.lead_caption.credit) == ("The two leaders at a summit.", "Reuters")
    assert s.paragraphs == [P1, P2]


@pytest.mark.parametrize("sentence", [
    "By Monday, officials had agreed on a draft text.",
    "Updated figures released on Monday show 3 million people affected.",
    "Copyright rules for news agencies were changed in 2019 after a long review.",
])
def test_short_body_sentences_that_start_like_furniture(sentence):
    s = structure(page("Ministers pledge closer ties", "", P1, "", sentence, "", P2))
    assert s.paragraphs == [P1, sentence, P2]


def test_caption_after_the_last_paragraph_is_kept():
    text = ("A headline that is long enough to be one\n\n"
            "First paragraph of the story, which says something happened.\n\n"
            "Second paragraph of the story, which adds more detail here.\n\n"
            "Troops march in a parade in the capital. Photo: AFP\n")
    s = structure(text)
    assert len(s.paragraphs) == 2
    assert [(c.text, c.credit) for c in s.captions] == [("Troops march in a parade in the capital.", "AFP")]


# ---- never refused: the most plausible headline, said how ----------------------------------

def test_clean_copy_whose_headline_ends_with_a_full_stop():
    # a clean copy (as PolNeAR stores its articles): the headline, then paragraphs
    title = "Ministers Pledge Closer Ties After Two Days of Border Talks."
    s = structure(page(title, "", P1, "", P2, "", P3))
    assert s.title == title
    assert s.paragraphs == [P1, P2, P3]
    assert s.headline_how and "first line" in s.headline_how and s.headline_how in s.notes
    assert [line.cls for line in s.lines if line.text == title] == ["headline"]


def test_clean_copy_whose_headline_is_a_question():
    title = "Which ministers want a new border treaty?"
    s = structure(page(title, "", P1, "", P2))
    assert (s.title, s.paragraphs) == (title, [P1, P2])
    assert "\u201c?\u201d" in s.headline_how


def test_a_short_first_paragraph_is_not_taken_for_the_headline_when_one_stands_above():
    s = structure(page("Ministers pledge closer ties", "", "The talks ended on Monday.", "", P1, "", P2))
    assert s.title == "Ministers pledge closer ties" and s.notes == []
    assert s.paragraphs == ["The talks ended on Monday.", P1, P2]


def test_headline_after_a_section_label_above_its_standfirst_byline_and_date():
    s = structure(page(
        "World news",
        "Minister pleads for calm as Rep. Jane Roe visits the border",
        "The visit, the first in a decade, follows a week of protests. It ends on Friday.",
        "Breaking News Emails",
        "Get breaking news alerts and special reports. The news and stories that matter, "
        "delivered weekday mornings.",
        "Nov. 19, 2019, 8:41 AM UTC",
        "By Jane Roe and John Doe | Example News",
        "", P1, "", P2, "", P3))
    assert s.title == "Minister pleads for calm as Rep. Jane Roe visits the border"
    assert s.topic == "World news"
    assert s.standfirst == ["The visit, the first in a decade, follows a week of protests. It ends on Friday."]
    assert (s.date, s.authors) == ("2019-11-19", ["Jane Roe", "John Doe"])
    assert s.paragraphs == [P1, P2, P3]


MENU = ["Home", "World", "Business", "Sport", "Opinion", "Culture", "Weather", "Sign in", "Menu"]
OTHER_STORIES = ["Storm floods coastal towns as rivers burst banks",
                 "Election results delayed by recount in two districts",
                 "Oil prices steady after two-day drop in Asian trading"]


def test_headline_behind_a_menu_and_a_list_of_other_stories():
    s = structure(page(
        *MENU, "", "Most popular", *OTHER_STORIES, "",
        "Ministers pledge closer energy ties after border talks",
        "", "By Jane Roe", "", "November 18, 2019 | 4:10pm", "",
        "More on:", "Diplomacy", *OTHER_STORIES[:2], "", P1, "", P2, "", P4))
    assert s.title == "Ministers pledge closer energy ties after border talks"
    assert "byline or date line" in s.headline_how
    assert (s.date, s.authors) == ("2019-11-18", ["Jane Roe"])
    assert s.paragraphs == [P1, P2, P4]


@pytest.mark.parametrize("impostor", [
    "Why you can trust Example News",                                   # a trust box
    "The minister at the airport on Monday [File: Example Agency via Example Wire]",   # a caption
    "Jane Roe and John Doe Example Daily Times",                        # a byline
])
def test_lines_that_look_like_headlines_but_are_furniture(impostor):
    s = structure(page("Ministers pledge closer energy ties after border talks",
                       "Published 10:02 AM EST Nov 19, 2019", "", impostor, "", P1, "", P2))
    assert s.title == "Ministers pledge closer energy ties after border talks"
    assert s.paragraphs == [P1, P2]


@pytest.mark.parametrize("text, title, paragraphs", [
    ("ok\n\n\n", "ok", ["ok"]),                                 # one word: headline and body
    ("Advertisement\nShare\n", "Advertisement", ["Advertisement", "Share"]),
    (P1 + "\n", P1.split(" for two")[0] + " for two days of talks with his counterpart.", [P1]),
])
def test_no_text_with_words_is_refused(text, title, paragraphs):
    s = structure(text)
    assert s.title and s.paragraphs == paragraphs and s.notes
    assert s.title.startswith(title.split()[0])


def test_only_whitespace_is_refused():
    from builder.errors import ContentError
    from builder.extract.article import structure_raw
    with pytest.raises(ContentError, match="empty"):
        structure_raw(" \n\t\n", "x.txt")
    ex = structure_raw("Which ministers want a new treaty?\n\n" + P1 + "\n", "x.txt")
    assert [n.kind for n in ex.article.notices] == ["import"]
    assert any("headline" in w for w in ex.warnings)


# ---- furniture of other outlets ------------------------------------------------------------

def test_embedded_post_and_its_signature_are_not_body():
    post = "Proud to announce the new treaty with our neighbours today! https://t.co/AbC123"
    s = structure(page("Ministers pledge closer ties", "", P1, "", post, "",
                       "\u2014 Jane Roe (@janeroe) November 20, 2019", "", P2))
    assert s.paragraphs == [P1, P2]
    assert classes(s)[post] == "post"


def test_an_embedded_post_on_one_line_or_in_its_markup_is_not_body():
    """A post copied as one line with its signature at the end (perhaps in the markup it was
    scraped with), or a line opening with a tag that names an account, is the post; a
    hat-tip credit line is furniture; a sentence that only mentions an account is body."""
    one_line = ("<post id=\"1\" author=\"@janeroe\">Proud to sign the treaty today! https://t.co/AbC "
                "\u2014 Jane Roe (@janeroe) June 28, 2016</post>.")
    plain = "Proud to sign the treaty today! \u2014 Jane Roe (@janeroe) June 28, 2016"
    markup = "<post author=\"@johndoe\" date=\"March 11, 2016\">@janeroe Not so fast."
    mention = "Jane Roe (@janeroe) wrote on June 28, 2016 that the treaty was signed."
    s = structure(page("Ministers pledge closer ties", "", P1, "", one_line, "", plain, "",
                       markup, "", mention, "", "h/t: Example News.", "", P2))
    assert s.paragraphs == [P1, mention, P2]
    assert [classes(s)[x] for x in (one_line, plain, markup)] == ["post"] * 3
    assert classes(s)["h/t: Example News."] == "credit"


def test_hover_card_glued_to_a_name_is_left_out():
    glued = ("The talks were led by Sen. Jane RoeJane Ann RoeSenators call for new treaty | "
             "Border pact faces vote Roe asks court to rule MORE (D-Ore.), officials said on Monday.")
    s = structure(page("Ministers pledge closer ties", "", P1, "", glued, "", P2))
    assert s.paragraphs[1] == "The talks were led by Sen. Jane Roe (D-Ore.), officials said on Monday."


def test_gallery_button_video_blurb_author_bio_and_promos_are_not_body():
    blurb = ("Example Tonight: the minister will be honoured at the 2019 awards, and other "
             "stories from the world of diplomacy in this week's episode.")
    bio = ("Prize-winning journalist Jane Roe writes a daily blog appearing on example.com. "
           "Her column appears in print every Sunday.")
    s = structure(page("Ministers pledge closer ties", "", P1, "", "View all (23)", "", P2, "",
                       "Video", "Minister's big night; envoy's new post", "", blurb, "", P3, "",
                       "In each episode of his weekly show, John Doe will delve into diplomacy. "
                       "Click to subscribe!", "", P4, "", bio))
    assert s.paragraphs == [P1, P2, P3, P4]
    c = classes(s)
    assert (c["View all (23)"], c[blurb], c[bio]) == ("gallery", "video", "byline")
    assert s.related == []


def test_caption_printed_twice_is_not_body():
    cap = ("Jane Roe, left, and John Doe shake hands in the capital Tuesday, Nov. 19, 2019. "
           "The talks ended with a deal. less")
    s = structure(page("Ministers pledge closer ties", "", P1, "", cap, "",
                       "Jane Roe, left, and John Doe shake hands in the capital Tuesday, Nov. 19, 2019.",
                       "Photo: John Smith, AP", "", P2))
    assert s.paragraphs == [P1, P2] and s.related == []
    assert classes(s)[cap] == "caption"


def test_menu_labels_are_not_the_topic():
    for label in ("Home", "RSS", "E-Edition", "Today's Paper", "Watch Live"):
        s = structure(page(label, "", "Ministers pledge closer ties", "", P1, "", P2))
        assert s.topic is None, label
    assert structure(page("Diplomacy", "", "Ministers pledge closer ties", "", P1)).topic == "Diplomacy"


@pytest.mark.parametrize("line, date", [
    ("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO", "2019-11-20"),   # glued copy
    ("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", "2019-11-20"),
])
def test_date_lines_with_glued_text(line, date):
    s = structure(page("Ministers pledge closer ties", line, "", P1, "", P2))
    assert s.date == date


def test_masthead_date_far_from_the_article_is_not_its_date():
    s = structure(page("Wed, Nov 20, 2019", *MENU, *MENU, *OTHER_STORIES, *MENU,
                       "Ministers pledge closer ties", "", P1, "", P2, "", P3, "", *MENU, *MENU))
    assert s.date is None


@pytest.mark.parametrize("byline, authors", [
    ("By Jane Roe", ["Jane Roe"]),
    ("By JANE ROE", ["Jane Roe"]),
    ("By Jane Roe and John Doe | Example News", ["Jane Roe", "John Doe"]),
    ("By Jane Roe, Example News Business", ["Jane Roe"]),
    ("BY JANE ROE ON 11/13/19 AT 4:00 PM EST", ["Jane Roe"]),
    ("By Mary O'Neil and Jean-Luc Picard, Updated 5:03 PM ET", ["Mary O'Neil", "Jean-Luc Picard"]),
])
def test_authors_read_from_the_byline(byline, authors):
    s = structure(page("Ministers pledge closer ties", byline, "", P1, "", P2))
    assert s.authors == authors


def test_import_keeps_the_headline_note_for_the_editor_and_explain_shows_it(tmp_path, capsys):
    from builder import cli
    from builder.importer import import_one
    src = tmp_path / "clean.txt"
    src.write_text("Which ministers want a new border treaty?\n\n" + P1 + "\n\n" + P2 + "\n",
                   encoding="utf-8")
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    r = import_one(src, articles, "2021-05-01", False, repo_root=tmp_path)
    text = r.target.read_text(encoding="utf-8")
    assert "title: Which ministers want a new border treaty?" in text
    assert "check:" in text and "first line of the text is taken for the headline" in text
    assert any("headline" in w for w in r.warnings)
    assert cli.main(["extract", str(src), "--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "headline: Which ministers want a new border treaty?" in out
    assert any(line.startswith("note: the first line of the text") for line in out)
    assert out[0].split()[1] == "headline"


def test_pull_quote_repeating_the_text_is_not_a_paragraph():
    pull = "There has not been a single year of growth in the industry as a whole."
    said = ("\u201cThere has not been a single year of growth in the industry as a whole,\u201d "
            "says the analyst Jane Roe, who has followed it for two decades.")
    s = structure(page("Ministers pledge closer ties", "", P1, "", pull, "", P2, "",
                       "Traders wait at the port. Photo: AP", P3, "", said))
    assert s.paragraphs == [P1, P2, P3, said]
    assert [(c.text, c.before) for c in s.captions] == [("Traders wait at the port.", 2)]
    assert classes(s)[pull] == "duplicate"


# ---- press releases: the dateline and the boilerplate after the text ------------------

def test_a_press_release_dateline_and_its_boilerplate_tail():
    s = structure(page("Example Corp. Reports Record Quarter", "",
                       "NEW YORK, Nov. 19, 2019 /PRNewswire/ -- " + P1, "", P2, "",
                       "About Example Corp.", "",
                       "Example Corp. is a leading maker of widgets with offices in forty "
                       "countries and more than ten thousand employees around the world.", "",
                       "Media Contact:", "Jane Roe", "press@example.com", "", "###"))
    assert s.date == "2019-11-19"
    assert s.paragraphs == ["NEW YORK, Nov. 19, 2019 /PRNewswire/ -- " + P1, P2]
    assert classes(s)["About Example Corp."] == "tail"


@pytest.mark.parametrize("line", ["About 200 people attended the rally on the square.",
                                  "About the same number voted against it."])
def test_a_sentence_opening_with_about_is_text(line):
    s = structure(page("Ministers pledge closer ties", "", P1, "", line, "", P2))
    assert line in s.paragraphs


def test_a_link_arrow_promo_and_a_shows_sponsor_are_not_body():
    arrow = "Need help with the numbers? A free tool can find a licensed adviser near you »"
    sponsor = ("This week's podcast is sponsored by the Example Cup Finals, which take place "
               "18-24 November. Ticket details: http://www.example.com/")
    french = "Le ministre a dit aux journalistes réunis à Paris : « Nous sommes prêts »"
    s = structure(page("Ministers pledge closer ties", "", P1, "", arrow, "", P2, "", sponsor, "",
                       P3, "", french, "", P4))
    assert [p for p in s.paragraphs if p != french] == [P1, P2, P3, P4]
    assert classes(s)[arrow] == classes(s)[sponsor] == "promo"
    assert classes(s)[french] != "promo"          # a quotation closing with its guillemet
    # a sponsor named in the story stays: only the outlet's own show or letter is furniture
    fact = "The summit is sponsored by three banks, the organisers said on Tuesday."
    assert fact in structure(page("Ministers pledge closer ties", "", P1, "", fact, "", P2)).paragraphs


def test_every_line_of_an_embedded_post_is_the_post():
    lines = ["Our city has turned into a gas chamber due to smoke from the fields",
             "It is very important that we protect ourselves. Through schools, we have started "
             "distributing five million masks today",
             "I urge everyone to use them whenever needed pic.twitter.com/AbC123"]
    s = structure(page("Ministers pledge closer ties", "", P1, "", lines[0], "", lines[1], "",
                       lines[2], "", "\u2014 Jane Roe (@janeroe) November 1, 2019", "", P2))
    assert s.paragraphs == [P1, P2]
    assert [classes(s)[x] for x in lines] == ["post"] * 3


def test_a_database_copy_abstract_and_full_text_marker():
    """A copy from a news database: the headline, its deck, "ABSTRACT." and a summary,
    "FULL TEXT." and the text. The deck and the summary are the standfirst, the two
    markers no text, the body starts after "FULL TEXT."."""
    s = structure(page("Ministers pledge closer ties;",
                       "Trade, official says, grew after the crisis.", "",
                       "ABSTRACT.", "", "Officials said trade would grow, adding that talks went well.", "",
                       "FULL TEXT.", "", P1, "", P2, "", P3))
    assert s.paragraphs == [P1, P2, P3]
    assert s.standfirst == ["Trade, official says, grew after the crisis.",
                            "Officials said trade would grow, adding that talks went well."]
    assert classes(s)["FULL TEXT."] == "text-marker"


def test_a_lowercase_word_text_in_the_body_is_no_marker():
    s = structure(page("Ministers pledge closer ties", "", P1, "", "Text", "", P2, "", P3))
    assert "Text" not in [line.text for line in s.lines if line.cls == "text-marker"]


# ---- a text that lost its paragraph breaks -----------------------------------------------

RUN_ON = [
    "The minister arrived in the capital on Monday for two days of talks.",
    "Officials said the meeting would focus on trade, energy and security.",
    "Mr. Okafor told reporters in Geneva that the U.S. delegation would join on Tuesday.",
    "\u201cWe are ready to sign,\u201d he said. \u201cThe text is agreed.\u201d",
    "The border has been closed since Jan. 4, when the dispute began over fishing rights.",
    "Trade between the two countries fell by a third last year, to $4 billion.",
    "``Nobody wins from this,'' said Jo Roe, an economist at the central bank.",
    "Talks are expected to resume next month in the capital of the neighbouring state.",
    "The opposition said it would call for a vote on any agreement in parliament.",
]


def test_a_text_run_together_is_split_at_its_sentences_never_inside_a_quotation():
    """A body paragraph that is a whole story run together gets a break at each sentence
    end, not after an abbreviation ("Mr.", "U.S.", "Jan.") and not between the two parts
    of a quotation split by its attribution; the words are kept, and a note says so."""
    blob = " ".join(RUN_ON * 3)
    s = structure(page("Ministers pledge closer ties", "", blob))
    assert s.paragraphs == RUN_ON * 3
    assert any("split at the ends of their sentences" in n for n in s.notes)


def test_ordinary_paragraphs_are_left_as_written():
    long_paragraph = " ".join(RUN_ON[:5])          # a long paragraph, but a few sentences
    s = structure(page("Ministers pledge closer ties", "", long_paragraph, "", P1, "", P2))
    assert s.paragraphs == [long_paragraph, P1, P2]
    assert not any("split" in n for n in s.notes)
