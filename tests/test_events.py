"""Dated events: the seeds' explicitly dated happenings, and invented sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from builder.extract.event_mention import event_date
from builder.extract.events import extract_events

SOURCES = Path(__file__).resolve().parents[1] / "content" / "sources"


def seed_paragraphs(seed: str) -> list[str]:
    """The seed's non-empty lines: each line of these raw copies is one paragraph."""
    path = next(SOURCES.glob(f"{seed}_*.txt"), None)
    if path is None:
        pytest.skip(f"seed {seed} not found")
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def index_of(paragraphs: list[str], phrase: str) -> int:
    hits = [i for i, p in enumerate(paragraphs) if phrase in p]
    assert hits, phrase
    return hits[0]


# (phrase locating the paragraph, expected date) for every explicitly dated event
SEED_EVENTS = {
    "000": ("2021-07-12", [
        ("Speaking at a reception in Beijing on Sunday", "2021-07-11"),
        ("in 2019 when Chinese President Xi Jinping", "2019"),
        ("said on Sunday that Russia would work", "2021-07-11"),
        ("Last week, the Russian Ministry of Finance", "2021-07-05"),     # the week of 5 July
        ("Last year, bilateral trade reached", "2020"),
    ]),
    "001": ("2021-06-28", [
        ("met by video link on Monday", "2021-06-28"),
        ("back in July 2001", "2001-07"),
        ("It was due to expire next month", "2021-07"),
        ("On Monday, Putin said", "2021-06-28"),
        ("in Geneva on June 16", "2021-06-16"),
        ("since 1996 with", "1996"),
        ("other issues in 2014", "2014"),
        ("100th anniversary on Thursday", "2021-07-01"),
        ("During Monday’s talks", "2021-06-28"),
    ]),
    "002": ("2023-02-21", [
        ("Nikolai Patrushev on Tuesday", "2023-02-21"),
        ("assault on Ukraine a year ago", "2022"),
        ("at the end of last year", "2022"),
        ("ahead of Friday’s first anniversary", "2023-02-24"),
        ("landed in the Russian capital on Tuesday", "2023-02-21"),
        ("A day earlier, US President Joe Biden", "2023-02-20"),
        ("Sergey Lavrov on Wednesday", "2023-02-22"),
        ("set up in 2005", "2005"),
    ]),
    "003": ("2020-12-29", [
        ("on Monday evening", "2020-12-28"),
        ("Joe Biden on January 20", "2021-01-20"),
        ("On Monday, Biden called", "2020-12-28"),
        ("On Tuesday, Russian ambassador", "2020-12-29"),
    ]),
    "004": ("2020-12-29", [
        ("said at the embassy on Tuesday", "2020-12-29"),
        ("In October, Russian President", "2020-10"),
        ("This year President Xi Jinping", "2020"),
        ("solidarity last week", "2020-12-21"),
        ("in the first half year", "2020"),
    ]),
}

# dates that must not become events: labels, targets, vague spans, durations
SEED_NON_EVENTS = {
    "000": ["2024"],
    "001": ["2001"],            # "under the 2001 treaty": a label
    "004": ["2024", "2018"],    # "by 2024" target; "a 2018 training exercise"
}


@pytest.mark.parametrize("seed", sorted(SEED_EVENTS))
def test_seed_events_have_date_and_paragraph(seed):
    dct, expected = SEED_EVENTS[seed]
    paragraphs = seed_paragraphs(seed)
    events = extract_events(paragraphs, dct)
    found = {(e.paragraph, e.date) for e in events}
    for phrase, date in expected:
        assert (index_of(paragraphs, phrase), date) in found, (phrase, date)
    for date in SEED_NON_EVENTS.get(seed, []):       # a target may be background, not a happening
        assert date not in {e.date for e in events if e.kind == "happening"}, date


@pytest.mark.parametrize("seed", sorted(SEED_EVENTS))
def test_seed_events_are_readable(seed):
    dct, _ = SEED_EVENTS[seed]
    for e in extract_events(seed_paragraphs(seed), dct):
        assert 3 <= len(e.text.split()) <= 35, e.text
        assert "…" not in e.text and e.text[0].isupper() and e.text[-1] in ".”", e.text
        assert e.text.count("“") == e.text.count("”"), e.text
        assert e.expression in e.sentence and e.kind in ("happening", "background")
        assert e.text.split()[0].lower() not in ("he", "she", "it", "they", "speaking"), e.text


def test_seed_people_and_expressions():
    paragraphs = seed_paragraphs("001")
    events = extract_events(paragraphs, "2021-06-28", ["Xi Jinping", "Vladimir Putin"])
    geneva = next(e for e in events if e.date == "2021-06-16")
    assert geneva.expression == "on June 16"
    assert {"Vladimir Putin", "Joe Biden"} <= set(geneva.people)
    treaty = next(e for e in events if e.date == "2001-07")
    assert treaty.expression == "in July 2001"
    assert "Jiang Zemin" in treaty.people
    paragraphs = seed_paragraphs("002")
    kyiv = next(e for e in extract_events(paragraphs, "2023-02-21") if e.date == "2023-02-20")
    assert kyiv.expression == "A day earlier" and kyiv.people == ["Joe Biden", "Volodymyr Zelensky"]


# ---- invented sentences ---------------------------------------------------------

def test_relative_dates_need_the_article_date():
    paragraphs = ["The two leaders met on Monday.", "The treaty was signed in July 2001."]
    assert [(e.date, e.paragraph) for e in extract_events(paragraphs, None)] == [("2001-07", 1)]
    dated = extract_events(paragraphs, "2021-06-30")
    assert [(e.date, e.expression) for e in dated] == [("2021-06-28", "on Monday"),
                                                      ("2001-07", "in July 2001")]


def test_unresolved_expressions_of_an_undated_article():
    from builder.extract.events import unresolved_expressions
    paragraphs = ["The leaders met on Monday.", "Trade fell last year.", "It began in 2001."]
    assert unresolved_expressions(paragraphs) == [(0, "on Monday"), (1, "last year")]


def test_labels_durations_and_vague_spans_are_not_events():
    paragraphs = ["Trade fell short of the 2024 target and the 2001 treaty stays in force.",
                  "Talks lasted seven years and ties improved in recent years.",
                  "The countries have cooperated since 2001, and now trade is growing.",
                  "Trade should reach $200 billion by 2030."]
    events = extract_events(paragraphs, "2021-01-01")
    assert [(e.date, e.paragraph, e.expression, e.kind) for e in events] == [
        ("2001", 2, "since 2001", "background"), ("2030", 3, "by 2030", "background")]


def test_years_joined_before_one_noun_label_it_a_past_occasion_dates_its_happening():
    paragraphs = [
        # two years before one noun both label it (the second had escaped as a happening)
        "The firm was the undisputed powerhouse of the 2008 and 2012 cycles.",
        # a preposition of time, "the", a past year and an occasion: when it happened
        "She carried Ohio in the 2008 primary, the senator recalled.",
        # the running year's occasion is its label, no happening of the year
        "The dispute may shape a notable development in the 2016 campaign.",
    ]
    events = extract_events(paragraphs, "2016-07-27")
    assert [(e.date, e.paragraph, e.kind) for e in events] == [("2008", 1, "happening")], \
        [(e.date, e.paragraph, e.expression) for e in events]


def test_today_in_a_quotation_is_not_an_event():
    paragraphs = ["“Today we have good opportunities,” he said.",
                  "The minister arrived today in Moscow."]
    assert [(e.date, e.paragraph) for e in extract_events(paragraphs, "2023-02-21")] == [
        ("2023-02-21", 1)]


def test_an_anaphoric_day_with_no_day_before_it_dates_nothing():
    # "the next day", "two days later", "that evening" count from the last day the
    # story gave; with none (or only a month) the publication date is no anchor
    undated = ["The mayor resigned the next day after a bruising hearing.",
               "Two days later, her deputy quit too.",
               "In February the council met. That evening the governor called a press conference."]
    assert [(e.date, e.expression) for e in extract_events(undated, "2016-03-23")] == [
        ("2016-02", "In February")]
    dated = ["The mayor testified on March 3 and resigned the next day.",
             "Two days later, her deputy quit too."]
    assert [(e.date, e.expression) for e in extract_events(dated, "2016-03-23")] == [
        ("2016-03-03", "on March 3"), ("2016-03-04", "the next day"),
        ("2016-03-06", "Two days later")]


def test_a_past_anaphoric_day_does_not_count_from_a_day_to_come():
    paragraphs = ["The mayor toured the plant on Tuesday, a week before the primary on April 5.",
                  "A day earlier, six strikers were arrested outside the gates."]
    events = extract_events(paragraphs, "2016-03-30")
    assert ("2016-03-28", "A day earlier") in [(e.date, e.expression) for e in events], \
        [(e.date, e.expression) for e in events]


def test_a_time_anchored_to_a_dated_happening_takes_its_date():
    paragraphs = ["The county board voted on the budget on Tuesday.",
                  "Two hours after the vote, the treasurer resigned.",
                  "The morning after the vote, the mayor called for calm.",
                  "Three weeks before the vote, the union had threatened a strike.",
                  # an anchor the story does not date, and a clause, date nothing
                  "Hours after the hearing, the clerk left.",
                  "Hours after the treasurer walked out, the clerk left too."]
    events = extract_events(paragraphs, "2016-03-10")
    assert [(e.date, e.paragraph, e.expression) for e in events] == [
        ("2016-03-08", 0, "on Tuesday"), ("2016-03-08", 1, "Two hours after the vote"),
        ("2016-03-09", 2, "The morning after the vote"),
        ("2016-02", 3, "Three weeks before the vote")], \
        [(e.date, e.paragraph, e.expression) for e in events]
    # a clause names its happening by its words; the time runs to the clause's end
    clause = ["The regional court approved the merger on Monday.",
              "Shortly after the court approved the deal, both chief executives resigned."]
    assert [(e.date, e.expression, e.text) for e in extract_events(clause, "2016-03-10")][1] == (
        "2016-03-07", "Shortly after the court approved the deal", "Both chief executives resigned.")


def test_an_anchor_that_carries_its_own_day_dates_the_offset():
    """"Three days after the firm's Feb. 10 announcement, ..." tells of Feb. 13; the line
    is the main clause, the anchor's noun phrase cut with its date."""
    events = extract_events(["Three days after the firm's Feb. 10 announcement, Jo Roe attacked the plan.",
                             "The day before last Tuesday's court hearing, Ana Lima went home."], "2016-02-25")
    found = {e.date: (e.expression, e.text) for e in events}
    assert found["2016-02-13"] == ("Three days after the firm's Feb. 10 announcement", "Jo Roe attacked the plan."), found
    assert found["2016-02-22"][0] == "The day before last Tuesday's court hearing", found      # Tuesday: Feb. 23
    assert "2016-02-10" in found, found       # the announcement keeps its own day


def test_anaphora_crosses_paragraphs():
    paragraphs = ["Wang landed in Moscow on Tuesday.", "A day earlier, Biden was in Kyiv."]
    events = extract_events(paragraphs, "2023-02-23")
    assert [(e.date, e.paragraph) for e in events] == [("2023-02-21", 0), ("2023-02-20", 1)]


def test_people_with_titles_and_surnames():
    paragraphs = ["Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.",
                  "On Monday, Xi and Putin signed a statement, said Artyom Lukin, a professor."]
    events = extract_events(paragraphs, "2023-03-22")
    assert events[0].people == ["Xi Jinping", "Vladimir Putin", "Artyom Lukin"]


@pytest.mark.parametrize("value, expected", [
    ("2021-06-28", ("2021-06-28", "day")), ("2020-12-28TEV", ("2020-12-28", "day")),
    ("2001-07", ("2001-07", "month")), ("2020", ("2020", "year")),
    ("2020-W52", ("2020-12-21", "week")),            # a week is its Monday
    ("2021-W26-WE", ("2021-06-28", "week")),         # a weekend too, with its week
    ("2020-H1", ("2020", "half")), ("2020-Q3", ("2020", "quarter")), ("2020-SU", ("2020", "season")),
    ("PRESENT_REF", None), ("P7Y", None), ("XXXX-WXX-1", None), ("199", None), ("20", None),
])
def test_event_precision(value, expected):
    d = event_date(value)
    assert (d and (d.date, d.precision)) == expected
    if d:
        assert d.value == value


def test_name_forms_resolve_the_same_way_on_every_run():
    """A lone surname that is also the family name of one full name goes to that name,
    whatever the order of the names and the process's string-hash seed (a set's order
    once decided it: the same article gave "Reyes" on one run, "Sofia Reyes" on another)."""
    import subprocess
    import sys

    code = ("from builder.extract.events import _aliases; import json; "
            "print(json.dumps([_aliases(['Reyes', 'Sofia Reyes']), _aliases(['Sofia Reyes', 'Reyes']), "
            "_aliases(['Ana Lima', 'Rui Lima', 'Lima'])], sort_keys=True))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in range(8)}
    assert len(outs) == 1
    import json
    one, two, three = json.loads(outs.pop())
    assert one == two and one["Reyes"] == "Sofia Reyes"
    assert three["Lima"] == "Lima"          # shared by two full names: the name of its own


# ---- what a mention is: not an event, background, happening (invented sentences) --------

def kinds(paragraphs: list[str], dct: str = "2019-11-20") -> list[tuple[str, str, str]]:
    return [(e.expression, e.date, e.kind) for e in extract_events(paragraphs, dct)]


@pytest.mark.parametrize("sentence", [
    "The singer won for 2012’s “Red” and 2014’s “Songs.”",            # possessive year: a title's
    "She sang the title track of “1989.”",                            # a year as a whole title
    "Reporters met the newest 2020 Democratic hopeful in a cafe.",     # a year labelling a person
    "He signed until the end of the 2022/23 season.",                  # a season across two years
    "The governor presented the fiscal year 2019 budget figures.",     # a fiscal-year label
    "Voters face a scrambled November landscape.",                     # a month labelling a noun
    "A March 2019 study by the institute concluded that prices rose.", # a month and year labelling a thing
    # what usually happens then, "today" as these days, a concession, a correction note
    "In November, the air over the valley gets cool, dry and still.",
    "Wheat is typically sown in mid-November.",
    "The city continues to suffer from smog today.",
    "Talks would go on at their own pace, even if they stretch well into 2020.",
    # a happening hoped, wished or prayed for
    "I sincerely hope that on Nov. 8 the voters will reject the forces of fear.",
    "She wished the war would end next year.",
    "Fans pray that the team wins on Sunday.",
    "Correction, Nov. 15, 2019: This article misidentified the first publisher.",
    "The merger would double the size of the firm overnight.",        # all at once
    "Peace won't happen overnight.",
    "The president tweeted before Election Day.",                      # some time before it
    "The chain plans to end Saturday publication of its papers.",      # an edition day
    "Smith got a technical foul in the third quarter of the game.",    # a sport's period
    "— Jane Roe (@janeroe) November 19, 2019",                         # an embedded post's date line
    "The pope was quoted calling Christmas a sham.",                   # a holiday as a noun
    "Ten staffers worked the midnight-to-8 a.m. shift.",               # a clock time naming a shift
    "Copyright 2019 The Daily Example.",                               # a copyright line
    "Experts told USA TODAY that the rule changed.",                   # a masthead
    "Half of respondents had used cannabis in the past month.",        # a window up to now
    "The claim was first reported (The Example Times, Thursday).",     # a cited source's date
    "The band is among the nominees for the Class of 2020.",            # a year naming a group
    "WASHINGTON, Nov. 20 (UPI) — A spokesman for the campaign called the report false.",  # a wire dateline
])
def test_labels_titles_and_furniture_are_not_events(sentence):
    assert kinds([sentence]) == []


@pytest.mark.parametrize("sentence, expression", [
    # the level something is compared with: nothing the sentence tells happened then
    ("Yields fell to 1.78%, down from 1.81% late on Monday.", "on Monday"),
    ("Buyers took 208,560 cars, down 5 percent from the same period last year.",
     "from the same period last year"),
    ("Exports grew 4 percent compared with the first quarter of 2018.", "the first quarter of 2018"),
    ("“This year is just not as strong as 2018,” he said.", "2018"),
    ("Sales fell in March, compared with a year earlier.", "a year earlier"),
    # a figure in words with its unit
    ("Ms. Okafor leads the field in the newest county poll, up six points from April.", "from April"),
    ("The mayor trails his rival among older voters, a three-point slide from April.", "from April"),
    ("The note's yield fell to 1.45 percent from 1.51 percent the day before.", "the day before"),
    # a figure given in a few words ("$6.6 million, or 81 cents a share,") before the date
    ("Orbis said net rose to $7 million, or 90 cents a share, from $6.6 million, or 81 cents a share, a year ago.",
     "a year ago"),
    ("Orbis had a loss, compared with earnings of $33 million last year.", "last year"),
    ("Sales were C$348.2 million compared with C$307.2 a year earlier.", "a year earlier"),
    ("The firm's net loss narrowed from a year earlier on a leap in revenue.", "from a year earlier"),
])
def test_comparison_bases_are_left_out(sentence, expression):
    assert expression not in {e for e, _, _ in kinds([sentence])}


@pytest.mark.parametrize("sentence, expression", [
    ("The jets have been grounded since March.", "since March"),
    ("The town has not seen rain since 1905, the first time in a century.", "since 1905"),
    ("As of October, the airline had a fleet of 270 aircraft.", "As of October"),
    ("More than 2,500 civilians have been killed so far this year.", "this year"),
    ("The freedoms are guaranteed until 2047.", "until 2047"),
    ("Cannabis had been legalized in four states by 2016.", "by 2016"),
    ("Trade should reach $200 billion by 2030.", "by 2030"),
    ("Graduates made up just 36 percent of the electorate in 2012.", "in 2012"),
    ("The firm reported a loss in the third quarter ended Sept. 29.", "Sept. 29"),
    ("Surveys were completed by 5,000 people between 2008 and 2016.", "2016"),
    ("This year the president has had five calls with his counterpart.", "This year"),
    ("“2019 is just not as strong as last year,” he said.", "2019"),             # a year described
    # a level over a period, not a happening in it
    ("The average price of a new car sold in October was $39,014.", "in October"),
    ("The loan rate averaged 5.7 percent in October.", "in October"),
    # a target, where a streak starts
    ("The owner wants the company to turn a profit by 2021.", "by 2021"),
    ("Analysts expect sales to grow to 85 models by 2022.", "by 2022"),
    ("The team snapped an 11-game losing streak dating to 2007.", "2007"),
    # a figure forecast for a period
    ("Analysts expect 16.6 million cars will be sold this year.", "this year"),
    ("The bank forecasts growth of 2 percent next year.", "next year"),
    # a measure over a half or a quarter; a limit in force for a period
    ("Exports to the region in the first half of 2019 sank to $1.3 billion.", "in the first half of 2019"),
    ("In 2019, savers can put away up to $19,000 before tax.", "In 2019"),
    ("A household may claim as much as $500 this year.", "this year"),
    # a tenure or a state over a stretch of years, from either end
    ("Ana Lima, who served as envoy from 2013 to 2015, disagreed.", "from 2013"),
    ("Ana Lima, who served as envoy from 2013 to 2015, disagreed.", "2015"),
    ("Rui Dorsey was chairman of the board 1998-2004.", "1998-2004"),
    ("It was always Ana Lima, first lady of the state, 1981-1989.", "1981-1989"),
    # a count over a year gone by; a trend between two months
    ("In 2014, the town had 115 instances of violent crime, according to the FBI.", "In 2014"),
    ("The city, however, had two murders in 2014, according to the data.", "in 2014"),
    ("The state has seen a surge of new voters between January and April.", "January"),
    ("The state has seen a surge of new voters between January and April.", "April"),
    # a level that held over the period, results over a year gone by, a plan overtaken
    ("The jobless rate remained at 4.7 percent last month, above its low.", "last month"),
    ("The candy unit had sales of about $154 million last year, a memo said.", "last year"),
    ("The bid was extended to Nov. 16. It had been due to expire Friday evening.", "Friday evening"),
    # money of a period that is not its news: the period compared with, a part, a figure held
    ("In the year-ago quarter, the mill earned $22.5 million, or 97 cents a share.", "In the year-ago quarter"),
    ("Bolt Ltd. lost $3 million, against net income of $2 million a year earlier.", "a year earlier"),
    ("The loss was eased by an after-tax gain of about $30 million in the quarter.", "in the quarter"),
    ("In fiscal 2015 the press unit had sales of about $40 million.", "In fiscal 2015"),
    ("The chain had $12 million in revenue last year, filings show.", "last year"),
    # a period's own figures, whether the latest result or a comparison (the report of
    # them is the happening, dated by its own date)
    ("Bolt Ltd. earned $5 million in the third quarter, it said.", "in the third quarter"),
    ("Bolt Ltd. said its net income rose 51% in the third quarter.", "in the third quarter"),
    ("Over all, Bolt earned nearly $7.6 billion last year.", "last year"),
    ("Bolt reported a loss for the third quarter of $226 million.", "the third quarter"),
    ("Bolt reported third-quarter earnings of $9.8 million on Tuesday.", "third-quarter"),
    ("Ana Lima attributed the company's third-quarter performance to sales abroad.", "third-quarter"),
    ("Bolt posted a $648 million loss for the third quarter as it took write-offs.", "the third quarter"),
    # a state lasting until then (a comma before "until" too), a profit not before a year "or later"
    ("Jo Roe liked her job, like the others, until last month.", "until last month"),
    ("Jo Roe estimated that the firm would not be profitable until 2021 or later.", "until 2021"),
    # a level held at a day
    ("Loss reserves stood at $108 million on June 30, the bank said.", "on June 30"),
    ("On June 30, the bank's loss reserves stood at $108 million.", "On June 30"),
    ("The decline accelerated, from a price of $8 a share on Oct. 9.", "on Oct. 9"),
    # a rate or an average over a period
    ("Jobs grew at a rate of 300,000 a month after averaging 240,000 for the first nine months of 2018.", "2018"),
    ("The average daily turnover for October is almost 148 million shares.", "October"),
    ("In the quarter, Orbis had an average of 5.6 million shares outstanding.", "In the quarter"),
    # what someone holds as a day begins; the level or value of an earlier date
    ("Ana Lima, who came into Tuesday with a lead of 40 delegates, won the state.", "Tuesday"),
    ("The mayor enters the weekend with a lead of five points.", "the weekend"),
    ("The farm is worth only half what it was in October.", "in October"),
    ("Turnout is nowhere near where it was in 2012, aides said.", "in 2012"),
    ("Her farms, worth a hundred million dollars in October, are worth half that now.", "in October"),
    # where rules or a series start
    ("The rules on classified files date back to 1917, and few know them.", "1917"),
    # a role a person held: an appositive after a name, or "who was" + the role
    ("“We have no national primary,” said Jo Roe, who was the senator's top adviser in 2012.", "in 2012"),
    ("“It is a big moment,” said Jo Roe, a top strategist on the governor's campaign in 2008.", "in 2008"),
    ("“It is bad,” said Jo Roe, the chief strategist for the mayor's campaign four years ago.",
     "four years ago"),
])
def test_states_trends_and_measures_are_background(sentence, expression):
    found = {e: k for e, _, k in kinds([sentence])}
    assert found.get(expression) == "background", found


@pytest.mark.parametrize("sentence, expression, date", [
    ("Since 1989, when it crushed the protests, the party has ruled alone.", "Since 1989", "1989"),
    ("The party’s hopes rose during the 2000 election campaign.", "2000", "2000"),
    ("The candidates have not yet qualified for the December debate.", "December", "2019-12"),
    ("The decision is due by next week.", "by next week", "2019-11-25"),
    ("The company will end print editions by the end of next year.", "by the end of next year", "2020"),
    ("In 2016, the department reported that 900,000 people had used the drug.", "In 2016", "2016"),
    ("The senator won more than 60 percent of the vote in 2012.", "in 2012", "2012"),
    # "not ... until" tells when it happens; a weekday told only by its month: the month's
    ("The first layoffs will not begin until 2017.", "until 2017", "2017"),
    ("The closing of the plant is not expected to happen until 2021.", "until 2021", "2021"),
    ("Voters in the state won't cast ballots until June.", "until June", "2020-06"),
    ("On a rainy Thursday afternoon this month, a dozen workers met.", "this month", "2019-11"),
    ("One Monday in March, Jo Roe quit her job.", "in March", "2019-03"),
    # hopes that are not a wished happening's date: a planned happening, a hope as a noun, praying with someone
    ("Aides hope she wins the primary on Nov. 26.", "on Nov. 26", "2019-11-26"),
    ("Any hope he has runs through the state on Nov. 26.", "on Nov. 26", "2019-11-26"),
    ("Hopes of a truce earlier in the day drove shares up.", "earlier in the day", "2019-11-20"),
    ("Jo Roe knelt for an hour, praying with his son last Friday.", "last Friday", "2019-11-15"),
    # a sale for a sum, a mishap dated beside a charge, a start beside a wage, an
    # acquisition a revenue figure reflects, a loss that is a defeat: happenings
    ("Mo Hart, 55, started work at the mill 24 years ago and earns $21 an hour.", "24 years ago", "1995"),
    ("Revenue rose to $1 billion, reflecting its purchase of Orbis earlier this year.", "earlier this year", "2019"),
    ("Ana Lima's loss in 2008 ended her career.", "in 2008", "2008"),
    ("Bolt Ltd. sold the press unit for $40 million in 2015.", "in 2015", "2015"),
    ("The senator moved from Ohio in 2012.", "in 2012", "2012"),
    ("The plant opened in 2015 and averaged 40 cars a day.", "in 2015", "2015"),
    ("Ana Lima came Tuesday with her family.", "Tuesday", "2019-11-19"),
    ("Ana Lima went into Tuesday’s vote with momentum.", "Tuesday’s", "2019-11-19"),
    ("The painting, worth $2 million, was stolen in 2010.", "in 2010", "2010"),
    ("The flood last month will cost the firm a charge of $10 million.", "last month", "2019-10"),
    ("The decision could come as soon as Tuesday.", "as soon as Tuesday", "2019-11-26"),
    ("The club posted a photo of him holding up a shirt from its account on Wednesday.",
     "on Wednesday", "2019-11-20"),
    ("The Lakers won their fifth straight game, 112-107 over Sacramento on Tuesday night.",
     "on Tuesday night", "2019-11-19"),
    ("In 2016, the state reported that the rate was 4 percent.", "In 2016", "2016"),
    # a planned happening of a month, or a change told in the past, is no habit
    ("The vote is in November.", "in November", "2019-11"),
    ("The air got still in November.", "in November", "2019-11"),
    # the time a forecast was made is a happening (its target period is background)
    ("The foundation projected in May that the tariffs would cut output by 0.2 percent.", "in May", "2019-05"),
    ("In May, the bank forecast growth of 2 percent next year.", "In May", "2019-05"),
    # what someone did over years stays a happening; so does a span of years that ends
    # before it starts (two dates)
    ("Prosecutors said the men abused the funds from 2002 to 2005.", "from 2002", "2002"),
    ("The plant opened in 2013 and closed in 2015.", "in 2013", "2013"),
    ("The show opens to the public on Friday.", "on Friday", "2019-11-22"),   # a schedule
    ("The agency expects to release the figures on Friday.", "on Friday", "2019-11-22"),
])
def test_happenings_stay_happenings(sentence, expression, date):
    found = {e: (d, k) for e, d, k in kinds([sentence])}
    assert found.get(expression) == (date, "happening"), found


def test_real_precision_week_season_quarter():
    events = extract_events(["The senator endorsed him last week.", "She left the label last fall.",
                             "The firm reported a loss of $300 million in the third quarter."],
                            "2019-11-20")
    assert [(e.date, e.precision, e.value) for e in events] == [
        ("2019-11-11", "week", "2019-W46"), ("2018", "season", "2018-FA"),
        ("2019", "quarter", "2019-Q3")]


def test_a_quoted_yesterday_counts_from_the_day_it_was_said():
    paragraphs = ["“We met the minister yesterday,” the envoy said on Thursday."]
    assert [(e.date, e.expression) for e in extract_events(paragraphs, "2019-11-18")
            if e.expression == "yesterday"] == [("2019-11-13", "yesterday")]
    # said on a day the story does not give, days after what it last dated: left out
    paragraphs = ["On Thursday, the singer posted a long statement.",
                  "The label answered in a statement.",
                  "“We were shocked to see her statements yesterday,” the statement read."]
    assert [e.expression for e in extract_events(paragraphs, "2019-11-18")] == ["On Thursday"]


def test_spans_and_anchors():
    events = extract_events(["Abuse occurred at the school from at least 2002 to 2005.",
                             "The poll was conducted March 30-April 4 by phone."], "2016-04-06")
    assert [(e.date, e.expression) for e in events] == [
        ("2002", "from at least 2002"), ("2005", "2005"),             # each end a date of its own
        ("2016-03-30", "March 30-April 4")]                           # a tight span: one mention
    events = extract_events(["The debate was held the Saturday before Christmas."], "2015-12-23")
    assert [(e.date, e.expression) for e in events] == [("2015-12-19", "Saturday")]   # Christmas places it


# ---- event lines (invented sentences) ----------------------------------------------------

@pytest.mark.parametrize("paragraphs, people, line", [
    # the date phrase goes; a possessive date becomes "the"
    (["On Monday, Ana Lima said the talks had failed."], ["Ana Lima"], "Ana Lima said the talks had failed."),
    (["During Monday’s talks, Lima offered congratulations."], ["Ana Lima"],
     "During the talks, Ana Lima offered congratulations."),
    # a pronoun takes the subject of the sentence before; a surname the full name
    (["Rui Costa flew to Lisbon.", "He landed in the capital on Tuesday after a tour of Spain."],
     ["Rui Costa"], "Rui Costa landed in the capital after a tour of Spain."),
    # "it" takes the thing the sentence before did something to
    (["Costa signed the treaty in the palace in 2001.", "It was due to expire next month."],
     ["Rui Costa"], "The treaty was due to expire."),
    # an opening participle borrows the subject of the main clause
    (["Speaking at a reception in Porto on Sunday marking the anniversary, Costa said ties were strong."],
     ["Rui Costa"], "Rui Costa spoke at a reception in Porto marking the anniversary."),
    # a date inside a subordinate clause with its own subject dates that clause
    (["The call came after Costa and Lima held their first meeting in Geneva on June 16."],
     ["Rui Costa", "Ana Lima"], "Rui Costa and Lima held their first meeting in Geneva."),
    # a reduced relative with its agent
    (["He referred to an agreement struck at the end of last year by Costa and Lima to deepen ties."],
     ["Rui Costa", "Ana Lima"], "Rui Costa and Lima struck an agreement to deepen ties."),
    # a date on an occasion's noun: the occasion is the line
    (["Costa congratulated the party on its 100th anniversary on Thursday, the agency reported."],
     ["Rui Costa"], "Its 100th anniversary."),
    # a quotation opening the sentence follows its speaker
    (["“Cooperation has gone beyond an alliance,” Rui Costa said at the embassy on Tuesday."],
     ["Rui Costa"], "Rui Costa said at the embassy: “Cooperation has gone beyond an alliance.”"),
    # a date that introduces its happening with "when": the happening is the line
    (["That stands in contrast to 2008, when Lima won the northern states."], ["Ana Lima"],
     "Ana Lima won the northern states."),
    (["Costa testified about a July 10 meeting at the palace when Lima told the visitors to wait."],
     ["Rui Costa", "Ana Lima"], "Ana Lima told the visitors to wait."),
    # ... its pronoun is the one whose date it is, never the sentence before's subject
    (["Ana Lima spoke first.", "She asked about Costa’s July 25 call when he asked the bank for a loan."],
     ["Rui Costa", "Ana Lima"], "Rui Costa asked the bank for a loan."),
])
def test_event_lines_say_who_did_what(paragraphs, people, line):
    events = extract_events(paragraphs, "2021-06-30", people)
    assert events[-1].text == line, [e.text for e in events]
    assert events[-1].sentence in paragraphs[-1]


def test_long_sentences_are_cut_at_clause_boundaries_without_ellipsis():
    sentence = ("They elevated their close relationship to the status of a “comprehensive strategic "
                "partnership in a new era” – the highest level in the capital’s diplomatic "
                "terminology, which few partners reach – in 2019 when President Rui Costa visited "
                "Lisbon, according to the foreign ministry, which published a long statement on "
                "the visit and its results for both countries.")
    e = extract_events(["China and Russia are close.", sentence], "2021-06-30", ["Rui Costa"])[0]
    assert "…" not in e.text and len(e.text.split()) <= 35
    assert "when President Rui Costa visited Lisbon" in e.text and e.text.count("“") == e.text.count("”")


@pytest.mark.parametrize("line, phrase, expected", [
    # coordinated dates go together, with the word that coordinates them
    ("Costa carried the vote in both 2008 and 2012.", "2012", "Costa carried the vote."),
    ("Costa carried the vote in both 2008 and 2012.", "2008", "Costa carried the vote."),
    # a verb after a pronoun is the clause's verb, not a participle that carried the date
    ("None of the scholars I interviewed in the past week agreed.", "in the past week",
     "None of the scholars I interviewed agreed."),
    # a main verb before a semicolon stays
    ("The deal closed in June 2018; Lima kept her stake.", "in June 2018",
     "The deal closed; Lima kept her stake."),
    # a participle that only carried the date goes with it
    ("A poll released last week showed Lima ahead.", "last week", "A poll showed Lima ahead."),
])
def test_dropping_a_date_phrase_keeps_the_sentence(line, phrase, expected):
    from builder.extract.event_phrases import drop_phrase
    assert drop_phrase(line, phrase, line.find(phrase))[0] == expected


def test_a_weekday_in_a_name_or_beside_another_date_is_not_written_out():
    e = extract_events(["Lima stood behind Costa on Super Tuesday, smiling."], "2016-03-02")[0]
    assert "Super Tuesday" in e.text and "March" not in e.text, e.text
    e = extract_events(["The ruling could come as soon as Tuesday or Wednesday."], "2015-11-23")[0]
    assert "November" not in e.text, e.text


def test_a_long_clause_is_never_cut_inside_a_number():
    from builder.extract.event_lines import _cut_words
    words = " ".join(["word"] * 22)
    line = f"The utility cut power to some 375,000 people {words} and then, later, more {words}"
    assert "375," not in _cut_words(line).split()[-1]


@pytest.mark.parametrize("paragraphs, people, expected", [
    # a line cut from inside its sentence: "she" is the one woman the sentence named before
    (["John Costa made Mary Lima's health an issue -- particularly after she was seen fainting "
      "at a July 4 parade."], ["John Costa"], "Mary Lima was seen fainting at a parade."),
    # another name before the pronoun that may be the one meant: left as written
    (["Tomas's father, John Costa, has lived apart since he was rescued at sea on July 4."],
     ["John Costa"], None),
])
def test_a_pronoun_takes_the_one_person_its_own_sentence_named(paragraphs, people, expected):
    e = extract_events(paragraphs, "2021-07-10", people)[-1]
    if expected:
        assert e.text == expected
    else:
        assert "John Costa was rescued" not in e.text, e.text


def test_a_speakers_relative_date_is_never_written_out_inside_the_quotation():
    e = extract_events(["As Ana Lima put it, “a deal today may be far better than the one we "
                        "get later.”"], "2021-07-10", ["Ana Lima"])
    assert all("2021" not in x.text for x in e), [x.text for x in e]


@pytest.mark.parametrize("raw, expected", [
    ("(Lima announced that she had become the largest shareholder.", "Lima announced that she had become the largest shareholder."),
    ("Lima was seen at a commemoration.)", "Lima was seen at a commemoration."),
    ("''Wow, what a great idea,'' Lima said.", "“Wow, what a great idea,” Lima said."),
    ("Lima (the chair) spoke.", "Lima (the chair) spoke."),
])
def test_finished_lines_lose_half_brackets_and_typewriter_quotes(raw, expected):
    from builder.extract.event_finish import finish
    assert finish(raw) == expected


def test_a_happening_line_that_keeps_a_relative_day_is_objected_to():
    from builder.extract.event_lines import _problems
    assert "a relative day left" in _problems("The decision could come as soon as Tuesday or Wednesday.",
                                               "next week", False, True)
    assert _problems("Lima stood behind Costa on Super Tuesday.", "", False, True) == []
    assert _problems("Lima could decide as soon as Tuesday.", "", False, False) == []
    assert "a relative day left" in _problems("Lima could decide as soon as Tuesday.", "", False, True)


def _lines_after_quotes(paragraphs: list[str], people: list[str] | None = None) -> list[str]:
    """Event lines as the build makes them: the quote stage first, its results passed on."""
    from builder.extract.quotes import extract_quotes
    quotes, speakers, _ = extract_quotes(paragraphs)
    named = [s.name for s in speakers if s.kind == "person"] + (people or [])
    roles = {s.name: list(s.roles) for s in speakers if s.kind == "person"}
    said = [q for q in quotes if q.attribution == "speech"]     # as extract/article.py does
    return [e.text for e in extract_events(paragraphs, "2021-06-30", named, roles, said)]


@pytest.mark.parametrize("paragraphs, expected", [
    # "the firm": the organisation named last (its legal form dropped), the date phrase gone
    (["Harlow Media Inc said in a statement that it would cut 200 jobs.",
      "Its losses have mounted. In March, the firm bid $10 per share for Dunmore Press."],
     "Harlow Media bid $10 per share for Dunmore Press."),
    # a name written with "the" keeps it
    (["The Transit Agency said fares would rise.", "On Monday, the agency closed two stations."],
     "The Transit Agency closed two stations."),
    # the kind word picks the organisation that has it in its name, not merely the last one
    (["The Transit Agency said fares would rise.", "Harlow Media said in a statement that it would cut jobs.",
      "On Monday, the agency closed two stations."],
     "The Transit Agency closed two stations."),
])
def test_a_description_of_an_organisation_takes_its_name(paragraphs, expected):
    assert _lines_after_quotes(paragraphs)[-1] == expected


def test_a_description_of_an_organisation_with_none_named_stays():
    line = _lines_after_quotes(["Trade is slowing.", "In March, the firm bid $10 per share for Dunmore Press."])[-1]
    assert "the firm bid" in line.lower()


@pytest.mark.parametrize("first, expected", [
    ("President Ana Kowalski toured the port on Monday.", "Ana Kowalski signed the budget."),
    # another office ("Vice President", "former President") is not "the President"
    ("President Ana Kowalski and Vice President Rui Dorsey toured the port.", "Ana Kowalski signed the budget."),
    ("President Ana Kowalski met former President Rui Dorsey.", "Ana Kowalski signed the budget."),
    # two people titled so: a wrong name is worse than the description
    ("President Ana Kowalski met President Rui Dorsey.", "The President signed the budget."),
])
def test_the_president_is_the_one_person_titled_so(first, expected):
    assert _lines_after_quotes([first, "The President signed the budget on Tuesday."])[-1] == expected


def test_a_quotation_cut_open_takes_the_name_of_its_subject():
    lines = _lines_after_quotes(["President Ana Kowalski toured the port.",
                                 "“The President signed the budget on Tuesday, but she regrets it,” "
                                 "said Rui Dorsey, an aide."])
    assert lines[-1] == "Ana Kowalski signed the budget."


def test_a_pronoun_after_an_opening_phrase_is_named():
    lines = _lines_after_quotes(["Rui Dorsey is 60.", "In his latest exam in March, he weighed 90 kilograms."],
                                ["Rui Dorsey"])
    assert lines[-1] == "In his latest exam, Rui Dorsey weighed 90 kilograms."


@pytest.mark.parametrize("paragraphs, expected", [
    # "the candidate": the one person the sentence before named, as its subject
    (["Rui Dorsey won the debate on Thursday.", "The candidate is hoping to win the primary on Tuesday."],
     "Rui Dorsey is hoping to win the primary."),
    # two people named before: no one is guessed
    (["Rui Dorsey beat Ana Kowalski in the debate.", "The candidate is hoping to win the primary on Tuesday."],
     "The candidate is hoping to win the primary."),
])
def test_a_description_of_a_person_takes_the_one_named_before(paragraphs, expected):
    assert _lines_after_quotes(paragraphs, ["Rui Dorsey", "Ana Kowalski"])[-1] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # "they": the plural group the sentence before opened with
    (["Harbour Party leaders have insisted they would wait.", "But they may reconsider on Friday."],
     "Harbour Party leaders may reconsider."),
    # ... or the organisation that opened it
    (["Harlow Media said in a statement that it would cut jobs.", "They closed two plants on Tuesday."],
     "Harlow Media closed two plants."),
])
def test_they_takes_the_group_the_sentence_before_opened_with(paragraphs, expected):
    assert _lines_after_quotes(paragraphs)[-1] == expected


def test_they_never_takes_a_singular_subject():
    lines = _lines_after_quotes(["The Senate majority leader has insisted he would wait.",
                                 "They passed the bill on Tuesday."])
    assert lines and not any(line.startswith(("Senate", "The Senate")) for line in lines), lines


@pytest.mark.parametrize("paragraphs, expected", [
    # two sentences joined by a semicolon, the other of another time: the dated one alone
    (["The sale closed in May 2018; Ana Lima remains the largest owner, with 20% as of March 3."],
     ["The sale closed.", "Ana Lima remains the largest owner, with 20% as of March 3."]),
    # the other part holds no time of its own: the whole sentence stays
    (["Porto has voted left for decades; the last rightist to carry it was Rui Costa in 1984."],
     ["Porto has voted left for decades; the last rightist to carry it was Rui Costa."]),
])
def test_a_semicolon_part_of_another_time_is_left_out(paragraphs, expected):
    assert [e.text for e in extract_events(paragraphs, "2020-04-01", ["Ana Lima", "Rui Costa"])] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # the date in a relative clause inside the subject: the subject and that clause
    (["The merger of the two bakeries, which became final Tuesday, will create the region's largest chain."],
     "The merger of the two bakeries became final."),
    # the date in the main clause: the relative clause is no line of its own (its own
    # relative date is written out, as every other mention's in a line is)
    (["The merger of the two bakeries, which became final last year, will create a chain on Tuesday."],
     "The merger of the two bakeries, which became final in 2018, will create a chain."),
])
def test_a_date_in_a_relative_clause_of_the_subject_dates_that_clause(paragraphs, expected):
    events = extract_events(paragraphs, "2019-11-20")
    assert [e.text for e in events if "Tuesday" in e.expression] == [expected], [(e.expression, e.text) for e in events]


@pytest.mark.parametrize("paragraphs, expected", [
    # the dated clause first, a second clause of another time after "and": the first alone
    (["A storm dumped rain on the coast on Tuesday and more was expected Wednesday."],
     "A storm dumped rain on the coast."),
    (["Ana Lima pleaded not guilty in federal court Tuesday and was released on bail within a week."],
     "Ana Lima pleaded not guilty in federal court."),
    # the second clause holds no time of its own: it stays
    (["Ana Lima pleaded not guilty in federal court Tuesday and was released on bail."],
     "Ana Lima pleaded not guilty in federal court and was released on bail."),
    # "and" inside a noun phrase is no clause boundary
    (["The utility began cutting power Tuesday to homes in northern and central counties as winds rose this week."],
     "The utility began cutting power to homes in northern and central counties as winds rose in the week of "
     "18 November 2019."),    # (the other mention's relative date written out)
])
def test_a_second_clause_of_another_time_is_left_out(paragraphs, expected):
    events = extract_events(paragraphs, "2019-11-20", ["Ana Lima"])
    assert [e.text for e in events if e.expression.endswith("Tuesday")] == [expected], \
        [(e.expression, e.text) for e in events]


# ---- "in three days": a count after "in", in a clause about the future -----------------

@pytest.mark.parametrize("text, expected", [
    ("The two teams will meet again in three days in Oklahoma City.", ("2019-11-22", "day", "in three days")),
    ("The council is expected to vote in two weeks on the plan.", ("2019-12-02", "week", "in two weeks")),
    ("The ceasefire will expire in six months, officials said.", ("2020-05", "month", "in six months")),
])
def test_a_count_of_days_ahead_is_a_date(text, expected):
    events = extract_events([text], "2019-11-19")
    assert [(e.date, e.precision, e.expression) for e in events] == [expected]
    assert expected[2] not in events[0].text


@pytest.mark.parametrize("text", [
    "The builders finished the bridge in three days.",      # past: how long it took
    "Prices rose 4 percent in three months, the report said.",
    "The plant will produce 40 cars in ten hours.",          # hours: a rate, not a day
])
def test_a_count_of_days_in_the_past_or_a_rate_is_no_date(text):
    assert extract_events([text], "2019-11-19") == []

# ---- the clause that holds the date (builder/extract/clauses.py) --------------------------

@pytest.mark.parametrize("paragraphs, people, line", [
    # a relative clause whose pronoun is its subject: antecedent + clause; a description in
    # apposition to a name gives the name
    (["“We won,” said Ana Lima, a former state senator who ran for the Senate in 2008."], ["Ana Lima"],
     "Ana Lima ran for the Senate."),
    (["Warnings were issued for towns in an area of Lago county that was burned in a wildfire last year."], [],
     "An area of Lago county was burned in a wildfire."),
    # a subordinate clause inside the subject ends where the main predicate resumes
    (["John Costa’s blank gaze as he stood behind Lima in March is drawing mockery."], ["John Costa", "Ana Lima"],
     "John Costa stood behind Ana Lima in March."),
    # "when it" takes the named subject of the clause it hangs on
    (["Observers expect cuts — fewer gallons than Congress had demanded when it created the program in 2007."], [],
     "Congress created the program."),
    # a date on a noun that "in which" follows: the clause is the happening
    (["Ana Lima is running.", "Lima has been quiet, offering little beyond an op-ed in May, in which she "
      "called for lower taxes."], ["Ana Lima"], "Ana Lima called for lower taxes in an op-ed."),
    # after a dash, a clause with a named subject of its own holds the date
    (["Both chains have cut jobs — Harlow is planning to end Sunday editions by the end of next year."], [],
     "Harlow is planning to end Sunday editions."),
    # a span "from at least 2002 to 2005" goes whole
    (["Prosecutors said Costa ran the scheme at his homes and at other sites from at least 2002 to 2005."],
     ["Rui Costa"], "Prosecutors said Rui Costa ran the scheme at his homes and at other sites."),
    # typewriter quotes: the quotation follows its speaker
    (["Ana Lima spoke.", "''Wow, what a great idea,'' she said in Iowa earlier this year."], ["Ana Lima"],
     "Ana Lima said in Iowa: “Wow, what a great idea.”"),
    # a title inside the line names its one holder
    (["President Ana Kowalski toured the port.", "Dr. Rui Dorsey suggested in 2018 that the President change "
      "her diet."], ["Ana Kowalski", "Rui Dorsey"], "Dr. Rui Dorsey suggested that Ana Kowalski change her diet."),
    # "that" after a verb opens a complement, not a relative clause
    (["It is safe to assume that will be the case again on Wednesday."], [],
     "It is safe to assume that will be the case again."),
    # opening adjuncts do not hide the subject: the clause of another time goes
    (["In a move that shocked many, especially in the north, Costa endorsed Lima last week and has "
      "campaigned beside her over the past few days."], ["Rui Costa", "Ana Lima"],
     "In a move that shocked many, especially in the north, Rui Costa endorsed Ana Lima."),
    # a subject cut off from its verb by asides takes the verb back: a sentence, never a fragment
    (["Costa’s stance at Monday’s summit, and his closeness to Lima, is of particular concern to the "
      "party as the inquiry reaches closer to the leader, pushing through an intense week with nine "
      "witnesses testifying over three days in back-to-back sessions."], ["Rui Costa", "Ana Lima"],
     "Rui Costa’s stance at the summit, and his closeness to Ana Lima, is of particular concern to the party "
     "as the inquiry reaches closer to the leader."),
    # the antecedent after a copula is its subject; an aside between dashes is skipped
    (["Tim Morrison spoke.", "Morrison was the third witness who listened in on the July 25 call."],
     ["Tim Morrison"], "Tim Morrison listened in on the call."),
    (["Two hostages — a Briton and a Dane — who had been held since 2016 were freed on Tuesday."], [],
     "Two hostages had been held since 2016."),
    # "their session that starts": whose? the relative clause alone would not say; and
    # emptied of its date ("that starts.") it says nothing: the date stays
    (["Lawmakers met ahead of their 2020 session that starts in early January."], [],
     "Lawmakers met ahead of their 2020 session that starts in early January."),
    # "the state": the one US state named before; two named, or "the country": as written
    (["Lima won the Kansas primary on Tuesday, a turnaround from 2008, when the state went to Costa."],
     ["Ana Lima", "Rui Costa"], "Kansas went to Rui Costa."),
    (["Lima won in Kansas and Iowa.", "In 2008 the state went to Costa."], ["Ana Lima", "Rui Costa"],
     "The state went to Rui Costa."),
    (["Lima spoke in Georgia.", "In 2016 turnout across the country rose."], ["Ana Lima"],
     "Turnout across the country rose."),
    # "X, a role, and Y, a role, testified": a compound subject, not a clause of its own after "and"
    (["Ana Lima testified in the morning.", "Later in the day, Rui Costa, a former envoy to Lisbon, and John "
      "Dorsey, another top aide, testified before the committee."], ["Ana Lima", "Rui Costa", "John Dorsey"],
     "Rui Costa, a former envoy to Lisbon, and John Dorsey, another top aide, testified before the committee."),
    # a possessive date after a preposition becomes "the"; a scheduled date is what is said
    (["Lima was coming to Tuesday’s networking gathering."], ["Ana Lima"],
     "Ana Lima was coming to the networking gathering."),
    (["Sentencing is scheduled for Feb. 14."], [], "Sentencing is scheduled for Feb. 14."),
    (["Lima canceled an increase in tariffs planned for Oct. 15."], ["Ana Lima"],
     "Ana Lima canceled an increase in tariffs."),
])
def test_the_line_is_the_clause_that_holds_the_date(paragraphs, people, line):
    events = extract_events(paragraphs, "2021-06-30", people)
    assert line in [e.text for e in events], [e.text for e in events]


def test_a_pronoun_is_nobodys_when_a_person_the_quote_stage_never_met_is_named_too():
    """"His" after "Rep. Lena Marsh ... Patrick W. Doe was arrested": the cast knows only
    Lena Marsh (by her title), but Patrick W. Doe is a person too; the line keeps "His"
    rather than give the sentencing to the wrong person."""
    ps = ["A man accused of threatening Rep. Lena Marsh pleaded guilty on Monday, prosecutors said.",
          "Patrick W. Doe was arrested in April for a call he made to her office.",
          "His sentencing is scheduled for Feb. 14, according to the release."]
    lines = [e.text for e in extract_events(ps, "2019-11-19")]
    assert not any("Lena Marsh’s sentencing" in t or "Lena Marsh's sentencing" in t for t in lines)


@pytest.mark.parametrize("paragraphs, expected", [
    # a past participle after the noun phrase the sentence's verb governs: that happening
    (["Lima wants Costa to end the 15% tariffs on cars imposed on Sept. 1, as well as other levies."],
     "The 15% tariffs on cars were imposed."),
    (["Costa spoke to lawmakers defending the budget approved by Republicans in April that raised pay."],
     "Republicans approved the budget that raised pay."),
    (["Firms are unsure whether a tariff imposed on shoes in September would remain."],
     "A tariff was imposed on shoes."),
    (["Lima said lawmakers would act after lower scores on the state's new exam taken last spring."],
     "The state's new exam was taken."),
    # the participle qualifies the nearest noun, not one before "into"
    (["Prosecutors have dropped an inquiry into an allegation made against Rui Costa in 2010."],
     "An allegation was made against Rui Costa."),
    # a relative clause with a pronoun subject: the sentence's subject did it
    (["Rui Costa said he was waiting for a commission he appointed in February to study pay."],
     "Rui Costa appointed a commission to study pay."),
    (["Ana Lima wrote a letter.", "But Mr. Costa’s plan has hurt his ability to keep the farm deals that he showcased last month."],
     "Rui Costa showcased the farm deals."),
])
def test_a_date_on_a_participle_or_relative_clause_dates_that_clause(paragraphs, expected):
    assert extract_events(paragraphs, "2019-11-20", ["Rui Costa", "Ana Lima"])[-1].text == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a participle that is a verb of its own subject is no reduced relative
    (["Russia’s ties with the West nosedived in 2014 over Ukraine."], "Russia’s ties with the West nosedived over Ukraine."),
    (["Lima said she and 40 teachers from the schools near Porto left at 4:30 a.m. for the rally."],
     "Ana Lima said she and 40 teachers from the schools near Porto left for the rally."),
])
def test_a_main_verb_is_never_read_as_a_participle(paragraphs, expected):
    assert extract_events(paragraphs, "2019-11-20", ["Rui Costa", "Ana Lima"])[-1].text == expected


def test_an_organisations_short_name_is_never_swapped_for_its_long_one():
    # "The EPA" is a name already ("Environmental Protection Agency proposed" lost its article)
    assert _lines_after_quotes(["“We act now,” the Environmental Protection Agency said in a statement.",
                                "In May, the EPA proposed a mandate for all fuels."]) == [
        "The EPA proposed a mandate for all fuels."]


@pytest.mark.parametrize("paragraphs, expected", [
    # a quotation before its speaker: "Name, the role, said" keeps the name; the date in
    # the attribution is dropped there, and a clause inside the quotation is never the line
    (["“Growth is slowing everywhere,” Ana Lima, the president of the central bank, said in a speech last week."],
     "Ana Lima said in a speech: “Growth is slowing everywhere.”"),
    (["“Costa is upset because his name is being dragged in the mud,” an insider told reporters on Monday."],
     "An insider told reporters: “Costa is upset because his name is being dragged in the mud.”"),
    # "In addition to" is no opener to drop
    (["In addition to its order of 30 jets, Emirates announced an order of 50 jets on Monday."],
     "In addition to its order of 30 jets, Emirates announced an order of 50 jets."),
])
def test_quotations_keep_their_speaker_and_openers_their_sense(paragraphs, expected):
    assert extract_events(paragraphs, "2019-11-20", ["Rui Costa", "Ana Lima"])[-1].text == expected


@pytest.mark.parametrize("line, problem", [
    ("A spokesman said.", "says nothing"),
    ("Ana Lima said at an event in Lisbon.", "says nothing"),
    ("“Growth is slowing everywhere.”", "a quotation without its speaker"),
])
def test_lines_that_say_nothing_or_lose_their_speaker_are_objected_to(line, problem):
    from builder.extract.event_checks import line_problems
    assert problem in line_problems(line)
    assert not line_problems("Ana Lima said in a speech: “Growth is slowing everywhere.”")


@pytest.mark.parametrize("paragraphs, expected", [
    # the date in the second verb phrase, the first of another time: the subject and the second
    (["The inquiry had been shelved in 2017 but was re-opened earlier this year after a ruling."],
     "The inquiry was re-opened after a ruling."),
    (["Costa said in 2017 that he would run, but Lima declined in 2018 to back him."],
     "Ana Lima declined to back him."),
    # an unnamed group's report of a dated happening: the happening, named
    (["Meanwhile, they note that the army took to the streets to clear barricades this weekend."],
     "The army took to the streets to clear barricades."),
])
def test_a_date_in_a_second_or_reported_clause_dates_that_clause(paragraphs, expected):
    assert extract_events(paragraphs, "2019-11-20", ["Rui Costa", "Ana Lima"])[-1].text == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # "its" opening a line: the sentence before's subject when that is a name and no person's
    (["Orders came from Emirates. Emirates is the biggest buyer of the jet.",
      "But its cutback on orders early this year led the maker to end it."],
     "Emirates’ cutback on orders led the maker to end it."),
    # ... never a word capitalised only because it opens the sentence
    (["Trade is slowing.", "But its cutback on orders early this year led the maker to end it."],
     "Its cutback on orders led the maker to end it."),
    (["Rui Costa is the biggest buyer.", "But its cutback on orders early this year led the maker to end it."],
     "Its cutback on orders led the maker to end it."),
    # a description by age, or with a head word before its verb, names the one person before
    (["Rui Costa, who denies the claim, has avoided extradition.", "The 48-year-old Australian was evicted in April."],
     "Rui Costa was evicted."),
    (["Talks with Costa's agents intensified.", "The Portuguese boss had been out of work since being sacked in December 2018."],
     "Rui Costa had been out of work since being sacked."),
])
def test_its_and_descriptions_take_the_name_before(paragraphs, expected):
    # (the organisation description of a line: see test_a_description_of_an_organisation_*)
    assert extract_events(paragraphs, "2019-11-20", ["Rui Costa", "Ana Lima"])[-1].text == expected


@pytest.mark.parametrize("sentence, expression", [
    ("Output beat forecasts and worries over global demand next year sent prices lower.", "next year"),
    ("The company expects growth in 2021 to slow.", "in 2021"),
])
def test_a_measure_of_a_period_to_come_is_background(sentence, expression):
    assert [(e.expression, e.kind) for e in extract_events([sentence], "2019-11-20")] == [(expression, "background")]


def test_a_meeting_to_come_stays_a_happening():
    events = extract_events(["Russia is unlikely to agree at a meeting with exporters next month."], "2019-11-20")
    assert [(e.expression, e.kind) for e in events] == [("next month", "happening")]


@pytest.mark.parametrize("paragraphs, expected", [
    # a date in ", which" + an auxiliary or schedule verb: the noun before did it
    (["The band is nominated for the Hall’s Class of 2020, which will be honored at the Auditorium on May 2."],
     "The Hall’s Class of 2020 will be honored at the Auditorium."),
    (["The 2020 Sedan, which goes on sale in January, loses the old version’s boxy look."], "The 2020 Sedan goes on sale."),
    # never an ellipsis, even one of three dots
    (["Lima wrote in a post that in 2020 the rat comes...the plague is coming."], None),
])
def test_a_date_in_a_which_clause_dates_that_clause(paragraphs, expected):
    text = extract_events(paragraphs, "2019-11-20", ["Rui Costa", "Ana Lima"])[-1].text
    if expected is None:
        assert "..." not in text and "…" not in text
    else:
        assert text == expected


def test_a_which_clause_about_a_whole_clause_stays():
    # ", which angered" may stand for the whole clause: no antecedent taken
    text = extract_events(["Costa resigned, which angered Lima on Monday."], "2019-11-20", ["Rui Costa", "Ana Lima"])[-1].text
    assert not text.startswith("Resigned")


@pytest.mark.parametrize("paragraphs, expected", [
    # "The band", "The index": the named subject of the sentence before, when no quoted
    # organisation is known
    (["On tour, the Lima Brothers play. The Lima Brothers will tour next year.", "The band unveiled its plans on Monday in Porto."],
     "The Lima Brothers unveiled its plans in Porto."),
    (["Shares fell on the Hang Seng. The Hang Seng fell 1%.", "The index recorded its worst week on Friday."],
     "The Hang Seng recorded its worst week."),
])
def test_an_organisation_description_takes_the_name_before(paragraphs, expected):
    assert _lines_after_quotes(paragraphs)[-1] == expected


def test_a_thing_description_never_takes_the_last_organisation_named():
    line = _lines_after_quotes(["“Buy now,” the Harlow Bank said in a note.", "The index recorded its worst week on Friday."])[-1]
    assert line == "The index recorded its worst week."


def test_a_quotation_kept_as_a_quotation_keeps_its_words():
    # neither its date phrase nor an "also" is taken out of someone's words
    line = extract_events(["“Moreover, Russia also failed to cut output in November,” analyst Ana Lima said."],
                          "2019-11-20", ["Ana Lima"])[-1].text
    assert line == "Analyst Ana Lima said: “Moreover, Russia also failed to cut output in November.”"


@pytest.mark.parametrize("paragraphs, expected", [
    # the "it" of a dated subordinate clause is the main clause's named object
    (["Republicans haven’t won New Hampshire since Rui Costa carried it narrowly in 2000."],
     "Rui Costa carried New Hampshire narrowly."),
    # ... never a pronoun left or guessed: "him" stays in the sentence
    (["He kept it since Lima gave it to him in 2015."], "He kept it since Ana Lima gave it to him."),
])
def test_an_it_in_a_dated_subordinate_clause_is_the_named_object(paragraphs, expected):
    assert extract_events(paragraphs, "2016-03-07", ["Rui Costa", "Ana Lima"])[-1].text == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a noun that is also a verb ("tour") before "that" ends a noun phrase
    (["A paper reported details of the reunion tour that stops at the Arena on July 22."],
     "The reunion tour stops at the Arena."),
    # a relative clause with a named subject: that person did it
    (["Lima praised the deals that Costa signed in 2018."], "Rui Costa signed the deals."),
    # a verb taking a "that" clause is no noun phrase: nothing turned around
    (["The officials know that Costa won in 2018."], "The officials know that Rui Costa won."),
])
def test_relative_clauses_after_nouns_and_never_after_verbs(paragraphs, expected):
    assert extract_events(paragraphs, "2019-11-18", ["Rui Costa", "Ana Lima"])[-1].text == expected


@pytest.mark.parametrize("sentence", [
    "This is the tech news you need to know this Tuesday.",
    "Good morning, and welcome to the Brief this Monday.",
])
def test_a_newsletters_greeting_is_not_an_event(sentence):
    assert extract_events([sentence], "2019-11-19") == []


def test_a_schedule_note_becomes_a_sentence():
    events = extract_events(["Lakers: Visit the Thunder on Friday."], "2019-11-19")
    assert [(e.date, e.text) for e in events] == [("2019-11-22", "Lakers visit the Thunder.")]
    # what officials said about what voters need to know stays a happening
    events = extract_events(["Officials said on Tuesday what voters need to know about the vote."], "2019-11-19")
    assert [e.kind for e in events] == ["happening"]


def test_a_weekday_fixed_to_no_date_is_not_an_event():
    """ "One Sunday in late 2001": the season is dated, no Sunday is."""
    found = kinds(["One Sunday in late 2001, the chief executive sat in her study.",
                   "Every Monday the board meets in the library."], "2016-01-20")
    assert found == [("in late 2001", "2001", "happening")]


def test_a_count_of_days_after_a_present_schedule_is_a_date():
    """ "The teams meet again in three days" is three days on; "built it in three days"
    and "met for a second time in a month" keep their durations."""
    found = kinds(["The teams meet again in Oklahoma City in three days.",
                   "He built the house in three days.",
                   "The leaders meet by video link for a second time in a month."], "2019-11-20")
    assert found == [("in three days", "2019-11-23", "happening")]


@pytest.mark.parametrize("sentence, expression", [
    # a role description that holds a happening is no role: its date is the happening's
    ("The trade freed Ana Lima, the pilot shot down over the border in 1960.", "in 1960"),
    ("Jo Roe, who was elected mayor in 2010, said she would run again.", "in 2010"),
    ("Rui Costa, while still a candidate for governor last summer, attacked the plan.", "last summer"),
    # a count after the date belongs to another verb
    ("Rui Costa married Ana Lima in 1940 and had two daughters.", "in 1940"),
])
def test_a_role_description_with_a_happening_stays_a_happening(sentence, expression):
    found = {e: k for e, _, k in kinds([sentence])}
    assert found.get(expression) == "happening", found


def test_a_day_with_earlier_or_late_is_a_day_not_a_holiday():
    assert [e.date for e in extract_events(["Earlier Friday, lawyers filed a petition."], "2000-01-07")] == ["2000-01-07"]
    assert [e.date for e in extract_events(["Late Monday, officials said the father would come."], "2000-04-03")] == ["2000-04-03"]


@pytest.mark.parametrize("sentence, day", [
    ("Yesterday, the company's shares plunged further.", "2000-01-06"),
    ("Tomorrow the county board will vote on the plan.", "2000-01-08"),
    ("Today the minister signs the treaty in Geneva.", "2000-01-07"),
])
def test_a_sentence_opening_with_yesterday_today_or_tomorrow_is_dated_not_a_holiday(sentence, day):
    """Capitalised at the start of a sentence, "Yesterday" is the day before, not a
    holiday's name used as a noun."""
    assert [e.date for e in extract_events([sentence], "2000-01-07")] == [day]


def test_a_quotation_in_typewriter_quotes_is_a_quotation_for_its_today():
    """Older wire copy quotes with ``...'': "today" inside is the speaker's present."""
    assert extract_events(["``Today is a sad day for the law,'' said Jo Roe, a lawyer."], "2000-01-05") == []


@pytest.mark.parametrize("sentence, dated", [
    # the date's clause denies the happening: nothing to show
    ("In Ohio, the party did not hold a straw poll this year.", False),
    ("The board won't vote on the plan next month.", False),
    ("The ministry didn't respond to a request for comment on Friday.", False),
    # a denial said on a day is a statement of that day; "not until" is when it happened
    ("The minister said on Monday that he would not run.", True),
    ("The envoy did not arrive until Monday.", True),
    # a negation in another clause does not deny this one
    ("The talks did not end, but the two sides signed a deal on Friday.", True),
    # "has no intention of", "no plans to": a happening the subject rules out
    ("The firm has no intention of selling its stake in 2017.", False),
    ("Orbis said it had no plans to raise prices next year.", False),
])
def test_a_negated_happening_is_no_event(sentence, dated):
    assert bool(extract_events([sentence], "2016-08-10")) == dated


@pytest.mark.parametrize("sentence, dated", [
    # "today" of the present state of things: these days, no happening
    ("Today, the right to vote is equal to the right to speak.", False),
    ("Orbis chips are found in many of today's phones.", False),
    ("The role Ana Lima plays today is larger than ever.", False),
    # an occasion of the day named in the clause stays a happening
    ("The vote is today.", True),
    ("The board approved the merger today.", True),
])
def test_today_as_these_days_dates_nothing(sentence, dated):
    assert bool(extract_events([sentence], "2016-08-10")) == dated


def test_a_document_s_date_is_background():
    """ "a letter dated Feb. 4": the date a document bears names it (background), and the
    line keeps a predicate whole ("The vote is today" never loses its "today")."""
    events = extract_events(["A letter dated Feb. 4 asked for the boy's return.", "The vote is today."],
                            "2000-03-29")
    assert [(e.date, e.kind) for e in events] == [("2000-02-04", "background"), ("2000-03-29", "happening")]
    assert events[1].text == "The vote is on 29 March 2000.", events[1].text


@pytest.mark.parametrize("sentence, expected", [
    # the date in a relative clause after the main clause: its antecedent did it
    ("The two men were placed on the ministry's most wanted list, which began in 1950.",
     "The ministry's most wanted list began."),
    ("The party has hardened its stance since the Lyon and Paris attacks, which occurred last year.",
     "The Lyon and Paris attacks occurred."),
    # the relative pronoun is the clause's object: no line of the antecedent
    ("The firm said it would sell the unit, which it bought in 2009.",
     "The firm said it would sell the unit, which it bought."),
    # a subordinate clause opening the sentence holds the date: that clause is the line
    ("Since the fund bought the bakery in February for $25 million, it has sold two shops.",
     "The fund bought the bakery for $25 million."),
])
def test_a_date_in_a_relative_or_opening_subordinate_clause_dates_that_clause(sentence, expected):
    assert [e.text for e in extract_events([sentence], "2016-07-23")] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # a relative aside after the subject ends at the comma a verb (or adverb and verb) follows
    ("Norvale, which said it found the flaws, still plans to ship the chips on Nov. 6.",
     "Norvale still plans to ship the chips."),
    ("Brunel S.A., which offered 94 million dollars (or $8 a share), or $9 a share for Ostra, "
     "said on Tuesday it would raise its bid.",
     "Brunel S.A. said it would raise its bid."),
])
def test_a_relative_aside_after_the_subject_is_left_out_whole(sentence, expected):
    assert [e.text for e in extract_events([sentence], "1989-10-27")] == [expected]


@pytest.mark.parametrize("sentence, kind", [
    # what a year or a quarter still to come will bring in money: background
    ("Holders can expect strong dividends again next year.", "background"),
    ("The shares will receive only partial dividends this year.", "background"),
    ("Orbis said its third-quarter earnings will probably be lower.", "background"),
    # a payment on a month, a plan to act: happenings
    ("The company will pay a special dividend in March.", "happening"),
    ("Orbis said it would close the plant next year.", "happening"),
])
def test_a_financial_outlook_is_background(sentence, kind):
    events = extract_events([sentence], "1989-11-01")
    assert [e.kind for e in events] == [kind], [(e.expression, e.kind) for e in events]


def test_a_comparison_base_with_its_unit_dates_nothing():
    """ "up from 633.8 million francs last year": the level compared with, no happening
    (a range's end, "from 1991 to 1997", is no comparison)."""
    assert extract_events(["Profit is likely to be 4.7 billion francs, up from 633.8 million francs last year."],
                          "1989-11-01") == []
    spans = extract_events(["Roe served as mayor from 1991 to 1997."], "2000-02-10")
    assert [e.date for e in spans] == ["1991", "1997"], [(e.expression, e.kind) for e in spans]


def test_a_sentence_may_open_with_typewriter_quotes():
    """Older wire copy opens a quotation with ``: the sentence before it ends there, and
    its line does not run on into the quotation."""
    events = extract_events(["Ana Lima, 33, was born in Orbis in 1984. ``I think he deserves to be with his "
                             "father,'' she said."], "2000-03-30")
    assert [e.text for e in events] == ["Ana Lima, 33, was born in Orbis."], [e.text for e in events]


@pytest.mark.parametrize("sentence, kind, line", [
    # a deadline set or moved: the date after "until" is when the thing is due
    ("Officials postponed until Tuesday morning any action on the permit.", "happening",
     "Officials postponed until 4 April 2000 any action on the permit."),
    ("The agency extended its deadline until 9 a.m. Tuesday.", "happening",
     "The agency extended its deadline until 4 April 2000."),
    # how long a state lasts, or a term that runs "through" a month, stays background
    ("The treaty safeguards the city's way of life until 2047.", "background", None),
    ("Lenders extended $10 million in loans through January.", "background", None),
])
def test_a_deadline_until_a_day_is_a_happening(sentence, kind, line):
    events = extract_events([sentence], "2000-03-30")
    assert [e.kind for e in events] == [kind], [(e.expression, e.kind) for e in events]
    if line:
        assert events[0].text == line, events[0].text


def test_a_date_inside_a_condition_dates_no_happening():
    """ "If she carries the state on Saturday, ...": a supposed happening, not a told one.
    A planned happening the condition names stays (it takes place either way), and so do
    dates in another clause opened inside the condition, an "if" meaning "whether", and
    the weekday of a plan outside any condition."""
    found = kinds([
        "If the mayor follows up her wins in the north with a clear victory in the capital on Saturday, "
        "the race is over.",
        "Aides fear the party could lose its majority if the senator is at the top of the ticket in November.",
        "The plan fails if the council rejects it in May.",
        # the planned happening stays
        "The race tightens if the governor sweeps the Iowa caucuses Monday.",
        "Officials will worry about turnout if the November election is close.",
        # another clause inside the condition, and "if" as "whether"
        "The deal collapses if the firm sells the plant that it bought in 2012.",
        "Reporters asked if the mayor signed the order on Tuesday.",
    ], "2016-03-23")
    assert found == [("Monday", "2016-03-28", "happening"), ("November", "2016-11", "happening"),
                     ("in 2012", "2012", "happening"), ("on Tuesday", "2016-03-22", "happening")], found


def test_a_month_or_weekday_before_a_happening_noun_dates_it():
    """ "a December interview", "his Tuesday wins": the date names a happening, not a
    label ("a scrambled November landscape" stays one); a past outcome named so inside a
    condition is past, and stays while the supposed victory goes."""
    found = kinds([
        "In a December interview with a radio host, the mayor questioned the plan.",
        "The mayor failed to calm critics during an awkward December appearance.",
        "If she follows up her Tuesday wins with a clear victory on Saturday, the race is over.",
        "Voters face a scrambled November landscape.",
    ], "2016-03-23")
    assert found == [("December", "2015-12", "happening"), ("December", "2015-12", "happening"),
                     ("Tuesday", "2016-03-22", "happening")], found


@pytest.mark.parametrize("sentence", [
    "Lee Cole said to cheers: “The boy today is the symbol of our unity.”",
    "Jo Roe said she can't make sense of where the party is today.",
    "In the capital, today is the eighth day of the blockade.",
    "A moderate judge today may be far better for them than a liberal one.",
])
def test_today_as_nowadays_dates_nothing(sentence):
    """ "today" as nowadays, the present of a state: no happening of the day."""
    assert [e for e, _, _ in kinds([sentence])] == []


@pytest.mark.parametrize("sentence", [
    "The court will rule today on the appeal.",
    "The mayor is expected to sign the bill today.",
    "The attack that happened today is the work of a gang.",
    "The mayor said today the plan is dead.",
])
def test_a_happening_today_stays(sentence):
    assert [e for e, _, _ in kinds([sentence])] == ["today"], kinds([sentence])


@pytest.mark.parametrize("sentence, date", [
    # "could" + a verb looks ahead, like "can" and "should"
    ("The issue could become a factor in the elections in November.", "2016-11"),
    ("Turnout could be higher on Saturday, aides said.", "2016-03-26"),
    # a past ability denied stays in the past
    ("Neither the mayor nor his aides could be reached Tuesday.", "2016-03-22"),
])
def test_could_looks_ahead_unless_denied(sentence, date):
    events = extract_events([sentence], "2016-03-23")
    assert [e.date for e in events] == [date], [(e.expression, e.date) for e in events]


def test_a_past_year_opening_a_happening_that_places_the_clause_dates_it():
    paragraphs = [
        # the noun phrase of a happening places the clause, or is its subject: a happening
        "Dana Whitlow won 40 percent of the vote in her 2009 reelection win.",
        "That 1971 flood on the river ruined the mill.",
        "Turnout was low in the 1994 primaries.",
        # the object or an apposition only names it; "decades after" dates something later
        "Ms. Whitlow singled out her rival's 2009 vote on the levy.",
        "The band returns to the stage three decades after its 1986 debut.",
        # a document, or the running year's occasion, is still a label
        "The council cited a 2012 study of the dam.",
        "The mayor faces a hard 2016 race.",
    ]
    events = extract_events(paragraphs, "2016-07-27")
    assert [(e.date, e.paragraph, e.kind) for e in events] == [
        ("2009", 0, "happening"), ("1971", 1, "happening"), ("1994", 2, "happening")], \
        [(e.date, e.paragraph, e.expression) for e in events]


def test_last_months_happening_is_the_calendar_month_not_a_window_to_now():
    paragraphs = ["Police questioned a neighbour in last month's shooting of a clerk.",
                  "Half of the residents had moved house in the last year."]
    events = extract_events(paragraphs, "2016-07-27")
    assert [(e.date, e.paragraph, e.kind) for e in events] == [("2016-06", 0, "happening")], \
        [(e.date, e.paragraph, e.expression) for e in events]


def test_a_number_word_without_a_unit_is_no_comparison():
    events = kinds(["Three staffers moved from the city office in April."], "2016-07-27")
    assert ("in April", "2016-04", "happening") in events, events


def test_a_weekday_told_only_by_its_month_dates_nothing_of_its_own():
    """Which Thursday "a rainy Thursday afternoon this month" was the text does not say:
    one entry, at the month's precision (a named day, "on Thursday this month", keeps its day)."""
    found = [(e, d) for e, d, _ in kinds(["On a rainy Thursday afternoon this month, a dozen workers met."])]
    assert [d for _, d in found] == ["2019-11"], found
    found = {e: d for e, d, _ in kinds(["On Thursday this month the board met again."])}
    assert found.get("On Thursday") == "2019-11-14", found
