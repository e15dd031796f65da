"""TIMEX3 recognition and normalisation against fixed creation dates."""
from __future__ import annotations

from pathlib import Path

import pytest

from builder.extract.timex import Timex, find_timexes

SOURCES = Path(__file__).resolve().parents[1] / "content" / "sources"


def timex(text: str, dct: str | None, words: str) -> Timex:
    """The timex whose extent is ``words`` (fails if there is none)."""
    found = find_timexes(text, dct)
    for t in found:
        if t.text == words:
            assert text[t.start:t.end] == t.text
            return t
    raise AssertionError(f"no timex {words!r} in {[(t.text, t.value) for t in found]}")


def value(text: str, dct: str | None, words: str) -> str:
    return timex(text, dct, words).value


# ---- extents ---------------------------------------------------------------------

def test_extent_leaves_out_the_preposition():
    t = timex("Putin and Xi met by video link on Monday.", "2021-06-28", "Monday")
    assert (t.start, t.end, t.type) == (34, 40, "DATE")


def test_extent_keeps_determiners_and_modifiers():
    text = "Trade fell early last year and at the end of last year, after about two years of growth."
    found = [t.text for t in find_timexes(text, "2023-02-21")]
    assert found == ["early last year", "the end of last year", "about two years"]


def test_no_timex_in_plain_numbers_and_money():
    text = "Some 8,000 Russians, 2000 people and US$1996 billion; 5G and Covid-19 at 35 per cent."
    assert find_timexes(text, "2020-12-29") == []


def test_empty_and_odd_input():
    assert find_timexes("", "2021-01-01") == []
    assert find_timexes("“unbalanced ‘quotes and (brackets", None) == []
    assert find_timexes("Monday", "not-a-date")[0].value == "XXXX-WXX-1"


# ---- weekdays and tense ----------------------------------------------------------

@pytest.mark.parametrize("text, dct, words, expected", [
    # past tense: the day itself or the one before the DCT
    ("Wang Yi spoke at a reception in Beijing on Sunday.", "2021-07-12", "Sunday", "2021-07-11"),
    ("They met by video link on Monday.", "2021-06-28", "Monday", "2021-06-28"),
    ("Wang made the remark during his meeting with Patrushev on Tuesday.", "2023-02-21", "Tuesday", "2023-02-21"),
    ("On Tuesday, the ambassador said relations were strong.", "2020-12-29", "Tuesday", "2020-12-29"),
    ("On Monday, Biden called for stronger coalitions.", "2020-12-29", "Monday", "2020-12-28"),
    # future: will / due / scheduled / ahead of
    ("Wang will meet foreign minister Sergey Lavrov on Wednesday, while the Kremlin earlier said a meeting is possible.",
     "2023-02-21", "Wednesday", "2023-02-22"),
    ("The talks are scheduled to resume on Thursday.", "2021-06-28", "Thursday", "2021-07-01"),
    ("Putin offered congratulations for the Party’s 100th anniversary on Thursday, CCTV reported.",
     "2021-06-28", "Thursday", "2021-07-01"),
    ("His visit comes just ahead of Friday’s first anniversary of the war.", "2023-02-21", "Friday", "2023-02-24"),
    # year boundary
    ("The deal was signed on Monday.", "2020-12-29", "Monday", "2020-12-28"),
    ("The minister will fly to Moscow on Monday.", "2020-12-29", "Monday", "2021-01-04"),
    ("The minister arrived last Friday.", "2021-01-03", "last Friday", "2021-01-01"),
    ("They will meet next Tuesday.", "2020-12-29", "next Tuesday", "2021-01-05"),
])
def test_weekdays(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # a scheduled happening in the simple present, with no other tense: still to come
    ("Obama arrives in Israel on Wednesday for his first visit as president.", "2013-03-18", "Wednesday", "2013-03-20"),
    ("Talks between the two sides begin Monday in Geneva.", "2013-03-22", "Monday", "2013-03-25"),
    ("The new premier takes office on Saturday.", "2013-03-14", "Saturday", "2013-03-16"),
    ("The pope celebrates his first Mass as pontiff on Sunday.", "2013-03-15", "Sunday", "2013-03-17"),
    # ... but a past verb in the clause wins, and a present verb owning "Tuesday's" is not it
    ("Police say two men opened fire on Sunday.", "2013-03-22", "Sunday", "2013-03-17"),
    ("The move follows Tuesday's vote in parliament.", "2013-03-22", "Tuesday", "2013-03-19"),
    ("She did not meet the envoy on Monday.", "2013-03-22", "Monday", "2013-03-18"),
    ("A vote on Monday was close.", "2013-03-22", "Monday", "2013-03-18"),
    # "Wednesday's ruling" names what has happened, even in a future clause ...
    ("Relatives said they would look for ways around Wednesday's ruling.", "2013-03-22", "Wednesday", "2013-03-20"),
    # ... unless it is a planned happening or the future cue stands right before it
    ("Voters will decide the matter in Sunday's election.", "2013-03-22", "Sunday", "2013-03-24"),
    ("Lawyers prepared to appeal ahead of Monday's ruling.", "2013-03-22", "Monday", "2013-03-25"),
    # an intention's "to <verb>" with a longer object before the weekday looks ahead ...
    ("The party is in a good position to pick up a few more seats on Sunday.", "2013-03-20", "Sunday", "2013-03-24"),
    # ... but not across a comma, where another clause begins
    ("As costs threaten to rise ever faster, it is likely that Friday's deal is doomed.",
     "2013-03-20", "that Friday", "2013-03-15"),
])
def test_simple_present_schedules(text, dct, words, expected):
    assert value(text, dct, words) == expected


def test_part_of_day_is_a_time():
    t = timex("In a phone conversation with Putin on Monday evening, Xi said ties were strong.",
              "2020-12-29", "Monday evening")
    assert (t.type, t.value) == ("TIME", "2020-12-28TEV")
    assert value("He spoke this morning.", "2021-06-28", "this morning") == "2021-06-28TMO"
    assert value("Shots were heard last night.", "2021-03-01", "last night") == "2021-02-28TNI"


# ---- deictic words -----------------------------------------------------------------

@pytest.mark.parametrize("words, dct, expected", [
    ("today", "2021-06-28", "2021-06-28"),
    ("yesterday", "2021-01-01", "2020-12-31"),
    ("tomorrow", "2020-12-31", "2021-01-01"),
    ("last week", "2021-07-12", "2021-W27"),
    ("last week", "2021-01-03", "2020-W52"),      # 2021-01-03 is in ISO week 2020-W53
    ("last week", "2020-12-29", "2020-W52"),
    ("this week", "2021-06-28", "2021-W26"),
    ("next week", "2020-12-29", "2021-W01"),
    ("last month", "2021-01-03", "2020-12"),
    ("next month", "2020-12-29", "2021-01"),
    ("this month", "2021-06-28", "2021-06"),
    ("last year", "2021-07-12", "2020"),
    ("this year", "2020-12-29", "2020"),
    ("next year", "2020-12-29", "2021"),
    ("last weekend", "2021-06-28", "2021-W25-WE"),
])
def test_deictic_units(words, dct, expected):
    text = f"It happened {words}, officials said."
    t = timex(text, dct, words)
    assert (t.type, t.value) == ("DATE", expected)


def test_ago_gives_the_stated_granularity():
    assert value("Russia launched its assault on Ukraine a year ago.", "2023-02-21", "a year ago") == "2022"
    assert value("They met two weeks ago.", "2021-06-28", "two weeks ago") == "2021-W24"
    assert value("It opened three days ago.", "2021-03-01", "three days ago") == "2021-02-26"
    assert value("It opened six months ago.", "2021-03-01", "six months ago") == "2020-09"
    assert value("It opened several years ago.", "2021-03-01", "several years ago") == "PAST_REF"
    assert value("He left a year and a half ago.", "2013-03-20", "a year and a half ago") == "2011-09"


def test_anaphora_uses_the_last_mentioned_date():
    text = ("He landed in the Russian capital on Tuesday after a tour in France. "
            "A day earlier, Biden made a surprise visit to Kyiv.")
    assert value(text, "2023-02-21", "A day earlier") == "2023-02-20"
    text = "The treaty was signed in July 2001. The following year, trade doubled."
    assert value(text, "2021-06-28", "The following year") == "2002"


def test_the_end_of_last_year():
    t = timex("He referred to an agreement struck at the end of last year by Xi and Putin.",
              "2023-02-21", "the end of last year")
    assert (t.value, t.mod) == ("2022", "END")


# ---- months and dates --------------------------------------------------------------

@pytest.mark.parametrize("text, dct, words, expected", [
    ("In October, Putin replied that an alliance was possible.", "2020-12-29", "October", "2020-10"),
    ("In December, the two sides signed a deal.", "2021-01-03", "December", "2020-12"),
    ("The two sides will sign a deal in January.", "2020-12-29", "January", "2021-01"),
    ("The summit will take place in October.", "2021-06-28", "October", "2021-10"),
    ("It was due to expire next month.", "2021-06-28", "next month", "2021-07"),
    ("Putin signed the treaty back in July 2001.", "2021-06-28", "July 2001", "2001-07"),
    ("Putin and Biden met in Geneva on June 16.", "2021-06-28", "June 16", "2021-06-16"),
    ("China pushes ahead of the inauguration of Joe Biden on January 20.", "2020-12-29", "January 20", "2021-01-20"),
    ("The treaty was signed on 16 July 2001.", None, "16 July 2001", "2001-07-16"),
    ("It was signed on Friday, Oct. 23, 1998.", "2021-01-01", "Friday, Oct. 23, 1998", "1998-10-23"),
    ("The offer expires at the end of May.", "2021-03-01", "the end of May", "2021-05"),
    ("Moscow was angered by the visit last February.", "2021-03-01", "last February", "2020-02"),
    ("He was shot to death last Oct. 23 at his home.", "2013-03-20", "last Oct. 23", "2012-10-23"),
    ("The referendum is next March 5.", "2013-03-20", "next March 5", "2014-03-05"),
])
def test_months_and_dates(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # a past clause: the month after the DCT's is the coming one, not eleven months back
    ("The bank agreed to sell the unit in April, the minister said.", "2013-03-22", "April", "2013-04"),
    ("The cardinals gathered in April 2005 and again in March.", "2013-03-12", "March", "2013-03"),
    ("Parliament approved the levy in February.", "2013-03-22", "February", "2013-02"),
    ("The company has been losing money since April.", "2013-03-22", "April", "2012-04"),
    # a participle right before the expression governs it, whatever the main verb says
    ("The merger, announced in October, is expected to close in June.", "2013-03-20", "October", "2012-10"),
    # an infinitive between a past verb and the date: an intended, later event
    ("The Senate passed a bill to fund the government through September.", "2013-03-23", "September", "2013-09"),
    ("The firm announced an agreement to acquire the bank in January.", "2012-11-02", "January", "2013-01"),
    ("He traveled to Paris in January.", "2013-03-23", "January", "2013-01"),
    # a limit ("by", "until", "through") in a past clause: the nearest such month
    ("The bank extended the loans through January.", "2012-10-30", "January", "2013-01"),
    ("The fund grew this year through August.", "2013-10-27", "August", "2013-08"),
    # a range runs forward from its first month
    ("From October to January, prices fell.", "2013-03-18", "January", "2013-01"),
    ("The offer runs from November to February.", "2013-10-02", "February", "2014-02"),
    # and in a future clause the month before the DCT's is the one just gone
    ("Data for February will be released next month.", "2013-03-21", "February", "2013-02"),
    ("The two sides will sign a deal in January.", "2012-12-29", "January", "2013-01"),
    # "after the <happening> in June" with no tense of its own looks back
    ("Guns are an emotional issue in the state after the church massacre in June.", "2016-02-25", "June", "2015-06"),
    ("The council will decide after the vote in June.", "2016-02-25", "June", "2016-06"),
])
def test_bare_months_in_past_clauses(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # a plan overtaken ("had been due to") is past; "planned for", "forecast for" look ahead
    ("The offer had been due to expire Friday evening.", "2013-03-18", "Friday evening", "2013-03-15TEV"),
    ("A mass is planned for Sunday in St. Peter's Square.", "2013-03-14", "Sunday", "2013-03-17"),
    ("Heavy rain is forecast for Saturday.", "2013-03-13", "Saturday", "2013-03-16"),
    ("The vote had been scheduled for Thursday.", "2013-03-18", "Thursday", "2013-03-14"),
    ('"We expect an answer on Friday," he told reporters.', "2013-03-20", "Friday", "2013-03-22"),
])
def test_plans_and_overtaken_plans(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # a winter is named by the year it starts in (January 2013 is in winter 2012)
    ("This winter was the coldest in years.", "2013-03-20", "This winter", "2012-WI"),
    ("Snow fell this winter.", "2013-01-15", "this winter", "2012-WI"),
    ("Heating bills will rise this winter.", "2013-10-02", "this winter", "2013-WI"),
    ("Prices rose last winter.", "2013-03-20", "last winter", "2012-WI"),
    ("The plant will open next spring.", "2013-03-20", "next spring", "2014-SP"),
    ("Last summer, the river flooded.", "2013-03-20", "Last summer", "2012-SU"),
])
def test_seasons(text, dct, words, expected):
    assert value(text, dct, words) == expected


def test_a_date_that_cannot_exist_is_not_a_timex():
    assert [t.text for t in find_timexes("It was signed on February 30.", "2021-01-01")] == []


def test_impossible_dates_are_reported():
    from builder.extract.timex import impossible_dates
    text = "It was signed on February 30, and ratified on 2021-02-29; it ends on June 30."
    assert [t for _, _, t in impossible_dates(text)] == ["February 30", "2021-02-29"]


def test_may_and_march_as_words_are_not_months():
    assert find_timexes("Xi may visit. Protesters march on. Theresa May spoke.", "2021-01-01") == []
    assert value("The vote is due in May.", "2021-01-01", "May") == "2021-05"


# ---- years, decades, quarters, halves ----------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ("Moscow has been moving closer to Beijing since 1996.", "1996", "1996"),
    ("Ties nosedived over Ukraine in 2014.", "2014", "2014"),
    ("Trade is far off the target of US$200 billion by 2024.", "2024", "2024"),
    ("Trade fell far short of the 2024 target of US$200 billion.", "2024", "2024"),
    ("The mechanism was set up in 2005 for annual meetings.", "2005", "2005"),
    ("Ties were closer in the 1990s.", "the 1990s", "199"),
    ("They cooperate in the 21st century.", "the 21st century", "20"),
    ("Profit rose in the third quarter.", "the third quarter", "2020-Q3"),
    ("Exports rose 35 per cent in the first half year.", "the first half year", "2020-H1"),
    ("Sales fell in the first half of 2019.", "the first half of 2019", "2019-H1"),
    ("This year Xi has had five calls with Putin.", "This year", "2020"),
])
def test_years_and_periods(text, words, expected):
    assert value(text, "2020-12-29", words) == expected


def test_a_forecast_quarter_is_not_the_reporting_period():
    text = ("Bethlehem Steel posted a 54% drop in third-quarter profit. Analysts expect losses "
            "through the third quarter of 1990. Third-quarter sales dropped 11% from a year ago.")
    found = [(t.text, t.value) for t in find_timexes(text, "1989-10-26")]
    assert ("the third quarter of 1990", "1990-Q3") in found
    assert ("Third-quarter", "1989-Q3") in found and ("a year ago", "1988-Q3") in found


# ---- durations and sets ------------------------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ("A deal is expected after seven years of talks.", "seven years", "P7Y"),
    ("They renewed a 20-year-old friendship treaty.", "20-year-old", "P20Y"),
    ("Talks lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
    ("The truce held for a decade.", "a decade", "P10Y"),
    ("The first nine months were hard.", "The first nine months", "P9M"),
    ("Ties have grown in recent years.", "recent years", "PXY"),
    ("Officials visited Europe in recent weeks.", "recent weeks", "PXW"),
    ("They have cooperated over the past few years.", "the past few years", "PXY"),
    ("The war has lasted for years.", "years", "PXY"),
    ("Investors will watch prices closely in the weeks ahead.", "the weeks ahead", "PXW"),
    ("In the first hours of the war, troops advanced.", "the first hours", "PTXH"),
    ("The negotiations took a year and a half.", "a year and a half", "P1Y6M"),
    ("The speech lasted an hour and a half.", "an hour and a half", "PT1H30M"),
])
def test_durations(text, words, expected):
    t = timex(text, "2021-06-28", words)
    assert (t.type, t.value) == ("DURATION", expected)


def test_the_early_hours_of_a_day_are_that_day():
    found = [(t.text, t.value) for t in find_timexes("A deal came in the early hours of Monday.", "2013-03-20")]
    assert found == [("Monday", "2013-03-18")]


def test_ages_of_people_are_not_durations():
    assert find_timexes("A 52-year-old doctor and a 6-year-old boy were hurt.", "1999-01-01") == []


@pytest.mark.parametrize("text, words, expected", [
    ("Inspections take place every week.", "every week", "P1W"),
    ("The paper appears daily.", "daily", "P1D"),
    ("The board meets twice a year.", "twice a year", "P1Y"),
    ("Shops close on Sundays.", "Sundays", "XXXX-WXX-7"),
    ("It saves $500 million a year.", "a year", "P1Y"),
])
def test_sets(text, words, expected):
    t = timex(text, "2021-06-28", words)
    assert (t.type, t.value) == ("SET", expected)


def test_clock_times_join_their_day():
    t = timex("The blast occurred at 10:35 a.m. Friday.", "1998-08-08", "10:35 a.m. Friday")
    assert (t.type, t.value) == ("TIME", "1998-08-07T10:35")
    assert value("It happened at 10:35 a.m. local time on Friday.", "1998-08-08",
                 "10:35 a.m. local time") == "1998-08-07T10:35"
    assert value("They met on Friday at 5 p.m.", "1998-08-08", "5 p.m.") == "1998-08-07T17:00"


def test_a_clock_time_takes_the_day_its_sentence_names():
    text = "The talks, held on 21 March 2013, ended at 10.30pm GMT. Lunch was served at noon."
    assert value(text, "2013-03-22", "10.30pm GMT") == "2013-03-21T22:30"
    assert value(text, "2013-03-22", "noon") == "2013-03-22T12:00"      # another sentence: the DCT
    text = "The attack on Sept. 11, 2001, began at 8:46 a.m. when a plane hit the north tower."
    assert value(text, "2013-03-22", "8:46 a.m.") == "2001-09-11T08:46"


def test_the_end_of_the_month_named_in_the_sentence():
    text = "Benedict announced on Feb. 11 that he would step down at the end of the month."
    t = timex(text, "2013-03-12", "the end of the month")
    assert (t.value, t.mod) == ("2013-02", "END")
    t = timex("Officials expect a deal by the end of the month.", "2013-03-12", "the end of the month")
    assert (t.value, t.mod) == ("2013-03", "END")


@pytest.mark.parametrize("text, words, expected", [
    ("Emissions must fall sharply in the next decade.", "the next decade", ("DURATION", "P10Y")),
    ("The economy stagnated over the past decade.", "the past decade", ("DURATION", "P10Y")),
    ("The bank hopes to close the sale by year-end.", "year-end", ("DATE", "2013")),
    ("Shares have risen 9 percent since year-end.", "year-end", ("DATE", "2012")),
    ("The rules should be in place by year's end.", "year's end", ("DATE", "2013")),
    ("A year-long inquiry found no wrongdoing.", "year-long", ("DURATION", "P1Y")),
    ("The day-long strike closed schools.", "day-long", ("DURATION", "P1D")),
    ("NASA plans a new mission by the end of the decade.", "the end of the decade", ("DATE", "201")),
    ("Seas could rise a metre by the middle of this century.", "the middle of this century", ("DATE", "20")),
    ("Earlier in the week, the Senate passed a bill.", "Earlier in the week", ("DATE", "2013-W11")),
    ("Herbicide use was delayed earlier in the year by rain.", "earlier in the year", ("DATE", "2013")),
])
def test_decades_year_end_and_unit_long(text, words, expected):
    t = timex(text, "2013-03-12", words)
    assert (t.type, t.value) == expected


@pytest.mark.parametrize("text, words, expected", [
    # "over" after a verb of action is a span; after "for", "lasted", "just" it is "more than"
    ("Officials say the smog built up over three decades of growth.", "three decades", None),
    ("The meeting lasted over an hour.", "over an hour", "MORE_THAN"),
    ("For over a decade, the plant was idle.", "over a decade", "MORE_THAN"),
    # an adjective compound keeps neither article nor relation word
    ("The next five-year plan begins in 2016.", "five-year", None),
    ("The court could waive the extra seven-day period.", "seven-day", None),
])
def test_duration_modifiers_and_compounds(text, words, expected):
    t = timex(text, "2013-03-12", words)
    assert t.type == "DURATION" and t.mod == expected


# ---- reference words ---------------------------------------------------------------

@pytest.mark.parametrize("words, expected", [
    ("now", "PRESENT_REF"), ("Currently", "PRESENT_REF"), ("recently", "PAST_REF"),
    ("the future", "FUTURE_REF"), ("the past", "PAST_REF"),
])
def test_reference_words(words, expected):
    text = {"now": "Ties are now strong.", "Currently": "Currently, ties are strong.",
            "recently": "He recently visited.", "the future": "Ties could grow in the future.",
            "the past": "In the past, ties were weak."}[words]
    assert value(text, "2021-06-28", words) == expected


# ---- no creation date: relative expressions stay unresolved --------------------------

@pytest.mark.parametrize("text, words, expected", [
    ("They met on Monday.", "Monday", "XXXX-WXX-1"),
    ("It happened last week.", "last week", "XXXX-WXX"),
    ("It happened last year.", "last year", "XXXX"),
    ("In October, Putin replied.", "October", "XXXX-10"),
    ("It started a year ago.", "a year ago", "PAST_REF"),
    ("They met on June 16.", "June 16", "XXXX-06-16"),
    ("They met in July 2001.", "July 2001", "2001-07"),
])
def test_without_dct(text, words, expected):
    assert value(text, None, words) == expected


# ---- the seed articles ---------------------------------------------------------------

SEEDS = {
    "000": ("2021-07-12", [("Sunday", "2021-07-11"), ("Last week", "2021-W27"), ("Last year", "2020"),
                           ("2019", "2019"), ("2024", "2024"), ("20-year-old", "P20Y")]),
    "001": ("2021-06-28", [("Monday", "2021-06-28"), ("July 2001", "2001-07"), ("next month", "2021-07"),
                           ("June 16", "2021-06-16"), ("1996", "1996"), ("2014", "2014"),
                           ("Thursday", "2021-07-01")]),
    "002": ("2023-02-21", [("Tuesday", "2023-02-21"), ("a year ago", "2022"), ("Friday", "2023-02-24"),
                           ("A day earlier", "2023-02-20"), ("Wednesday", "2023-02-22"),
                           ("the end of last year", "2022"), ("2005", "2005")]),
    "003": ("2020-12-29", [("Monday evening", "2020-12-28TEV"), ("Tuesday", "2020-12-29"),
                           ("January 20", "2021-01-20"), ("seven years", "P7Y"), ("recent weeks", "PXW"),
                           ("Monday", "2020-12-28")]),
    "004": ("2020-12-29", [("Tuesday", "2020-12-29"), ("October", "2020-10"), ("This year", "2020"),
                           ("last week", "2020-W52"), ("2024", "2024"), ("the first half year", "2020-H1")]),
}


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_expressions(seed):
    path = next(SOURCES.glob(f"{seed}_*.txt"), None)
    if path is None:
        pytest.skip("seed article not found")
    dct, expected = SEEDS[seed]
    found = find_timexes(path.read_text(encoding="utf-8"), dct)
    by_text: dict[str, set[str]] = {}
    for t in found:
        by_text.setdefault(t.text, set()).add(t.value)
    for words, val in expected:
        assert val in by_text.get(words, set()), (words, val, by_text.get(words))


# ---- robustness --------------------------------------------------------------------

def test_near_misses_in_bulk():
    """Many near-misses in one text (speed itself is measured in benchmarks/tempeval.py)."""
    chunk = ("On Monday 12 of the 1990s, some 2000 people said about two years ago that "
             "in October the first half of every week's 20-year-old " + "a " * 20 + "\n")
    found = find_timexes(chunk * 50, "2021-01-01")
    assert len(found) == 50 * len(find_timexes(chunk, "2021-01-01"))


# ---- any input -----------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "on", "Monday", "last", "week", "2021", "June", "16", ",", ".", "“", "”", "a", "year",
    "ago", "the", "first", "half", "of", "since", "1996", "May", "10:35", "a.m.", "every",
    "-", "year-old", "20", "recent", "years", "\n", "’s", "February", "30", "Q3", "'90s",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.sampled_from([None, "2021-01-03", "2020-12-29"]))
def test_any_word_salad_gives_consistent_spans(pieces, dct):
    text = " ".join(pieces)
    last_end = -1
    for t in find_timexes(text, dct):
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        assert t.start >= last_end, "timexes must not overlap"
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text):
    for t in find_timexes(text, "2021-06-28"):
        assert text[t.start:t.end] == t.text


# ---- the verb a date goes with (invented sentences) -----------------------------------

@pytest.mark.parametrize("text, dct, words, expected", [
    # a past participle right before the month dates it, whatever the verb after says
    ("Firms wonder whether a tariff imposed in September would stay.", "2019-11-18",
     "September", "2019-09"),
    # fronted, the month dates the main verb: its past tense holds even for next month's name
    ("In December, the firm bid $16 per share for the chain.", "2019-11-19", "December", "2018-12"),
    ("The company agreed to buy it in December.", "2019-11-19", "December", "2019-12"),
    # a plan told in the past: a month may lie on either side of now (the nearest)
    ("He was due to be released from prison in September.", "2019-11-19", "September", "2019-09"),
    # only an intention's infinitive points ahead ("voted to", "a bill to")
    ("The senator was bold enough to tout his plan at a summit in March.", "2015-11-24",
     "March", "2015-03"),
    # a possessive makes a schedule verb a noun; "appears to" is a state
    ("Now consider the president's visit to the hospital on Saturday.", "2019-11-18",
     "Saturday", "2019-11-16"),
    ("Aside from Tuesday night, the governor appears to be embracing his duties.", "2016-03-02",
     "Tuesday night", "2016-03-01TNI"),
    ("The senator is coming off a strong debate Thursday night.", "2016-03-04",
     "Thursday night", "2016-03-03TNI"),
    # "as soon as" looks ahead only right before the time words
    ("I objected as soon as I learned about it on July 18, she said.", "2019-11-19",
     "July 18", "2019-07-18"),
    ("The decision could come as soon as Tuesday.", "2019-11-20", "Tuesday", "2019-11-26"),
    # a clause of its own on the right does not lend its tense
    ("Heavy rain fell in the valley on Tuesday and more was expected Wednesday.", "2019-11-20",
     "Tuesday", "2019-11-19"),
    ("I feared at the time of the call on July 25 how it would play out.", "2019-11-19",
     "July 25", "2019-07-25"),
    # modals that look ahead
    ("The weather should ease by Thursday morning.", "2019-11-20", "Thursday morning",
     "2019-11-21TMO"),
    # "will meet on Tuesday" inside a quotation looks ahead too
    ("“We will meet on Tuesday,” the minister said.", "2019-11-20", "Tuesday", "2019-11-26"),
    ("“We visited the site on Saturday,” the minister said.", "2019-11-20", "Saturday",
     "2019-11-16"),
    # a past verb right before a day or month just after the DCT's: a year back
    ("The ceasefire began on 1 January.", "2019-11-20", "1 January", "2019-01-01"),
    ("The ceasefire began at midnight on 1 January.", "2019-11-20", "1 January", "2019-01-01"),
    ("The deal was signed in December.", "2019-11-20", "December", "2018-12"),
    # but a plan told in the past still looks ahead
    ("The company agreed to buy it in December.", "2019-11-20", "December", "2019-12"),
    # a schedule verb before "to the public" is a present tense, not an infinitive
    ("The show opens to the public on Friday.", "2019-11-20", "Friday", "2019-11-22"),
    # a bare day of the month: of the month the sentence names, else around the DCT
    ("The storm hit on the 14th.", "2019-11-20", "the 14th", "2019-11-14"),
    ("The storm hit on the 24th.", "2019-11-20", "the 24th", "2019-10-24"),
    ("The vote is due on the 28th.", "2019-11-20", "the 28th", "2019-11-28"),
    ("The talks began on March 3 and ended on the 14th.", "2019-11-20", "the 14th", "2019-03-14"),
    # a short regular past right before the date is the date's verb, whatever follows
    ("Ana Lima, who died Sunday at 94, will be remembered for her wit.", "2016-03-07", "Sunday",
     "2016-03-06"),
    ("The union sued the city on Friday, and a hearing will follow.", "2019-11-20", "Friday",
     "2019-11-15"),
    # a condition or a time clause in the simple present looks ahead, whatever the main
    # clause says; its own past verb keeps it past
    ("The senator promised reform if she takes office in January.", "2016-08-01", "January",
     "2017-01"),
    ("Aides said the bill would pass when Congress returns in September.", "2016-03-07",
     "September", "2016-09"),
    ("He was arrested when police raided his home in January.", "2016-03-07", "January", "2016-01"),
    ("Prices fell once in January.", "2016-03-07", "January", "2016-01"),
    # a date opening its clause is the time of the clause's first verb, not of a "would"
    # after it
    ("In September, the struggling firm announced it would cut 3,000 jobs.", "2016-01-20",
     "September", "2015-09"),
    ("In March, the company will hold a vote.", "2016-01-20", "March", "2016-03"),
    # a past verb with its object governs the date before a "would" after it
    ("The central bank ended a policy meeting on Friday by announcing it would buy more bonds.",
     "2016-07-30", "Friday", "2016-07-29"),
    # "to <verb>" just before the date, no other cue: still to come
    ("We stand an excellent chance to win it on Tuesday.", "2016-06-03", "Tuesday", "2016-06-07"),
    ("He is working hard to carry the state in November.", "2016-06-03", "November", "2016-11"),
    ("He flew to Ohio to campaign there on Tuesday.", "2016-06-03", "Tuesday", "2016-05-31"),
    # a noun that is also a future cue ("her schedule") and a participle that works as a
    # preposition ("compared with") are not the date's verb
    ("Roe changed her schedule to be in Ohio on Thursday.", "2016-06-03", "Thursday", "2016-06-02"),
    ("Republicans have 24 seats up in November, compared with 10 for Democrats.", "2016-06-10",
     "November", "2016-11"),
    # a participle right before the date: a time gone by ("a vote set for" is a plan)
    ("The index closed near its record high set on Aug. 6.", "1998-02-06", "Aug. 6", "1997-08-06"),
    ("A vote set for Aug. 6 will decide it.", "1998-02-06", "Aug. 6", "1998-08-06"),
    # "the Sept. 11 attacks" name one historic day
    ("Congress passed the act after the Sept. 11 terrorist attacks.", "2016-03-16", "Sept. 11", "2001-09-11"),
    ("The board meets on Sept. 11 to vote.", "2016-03-16", "Sept. 11", "2016-09-11"),
    # a colon opens a clause of its own: the past before it does not reach the date
    ("The party had a good year: it has 24 seats up in November.", "2016-06-10", "November", "2016-11"),
])
def test_a_date_takes_the_tense_of_its_own_verb(text, dct, words, expected):
    assert value(text, dct, words) == expected


def test_one_date_with_non_breaking_spaces_and_its_clock_times():
    text = "No checks were made from 10:30 p.m. Aug.\u00a09 to\u00a06:30 a.m. the following morning."
    found = [(t.text, t.value) for t in find_timexes(text, "2019-11-19")]
    assert found == [("10:30 p.m. Aug.\u00a09", "2019-08-09T22:30"),
                     ("6:30 a.m. the following morning", "2019-08-10T06:30")]


def test_a_masthead_in_capitals_is_not_today():
    assert find_timexes("Experts told USA TODAY that the rule changed.", "2019-11-19") == []
    assert value("We vote TODAY.", "2019-11-19", "TODAY") == "2019-11-19"


# ---- a part of the story's day -------------------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    # no day given: the article's
    ("Shares rose earlier in the day on hopes of a deal.", "earlier in the day", "2019-11-20"),
    # the day its own sentence gives
    ("On Monday the court met and later in the day the judge ruled.", "later in the day", "2019-11-18"),
    # the last day the story gave in the week up to its date (the scene) ...
    ("The hearing opened on Tuesday. Lawyers clashed. Later in the day, the witness left.",
     "Later in the day", "2019-11-19"),
    # ... not a day of the background, months before
    ("The call took place on July 25. The witness denied it earlier in the day.",
     "earlier in the day", "2019-11-20"),
])
def test_earlier_or_later_in_the_day(text, words, expected):
    assert value(text, "2019-11-20", words) == expected


@pytest.mark.parametrize("text", ["He lives on the 14th floor.", "The 14th amendment was cited.",
                                  "She finished on the 3rd hole."])
def test_an_ordinal_that_names_a_thing_is_no_date(text):
    assert not any(t.text.endswith(("th", "rd")) for t in find_timexes(text, "2019-11-20"))


# ---- a week of a month, a part of the day or week -------------------------------------------------------------

@pytest.mark.parametrize("text, dct, words, expected", [
    # the last week is the one holding the month's last day but three (Oct 28, 2015)
    ("The campaign spent the last week of October in Ohio.", "2016-01-19",
     "the last week of October", "2015-W44"),
    # the first week holds the 4th; "March" after "week of" is the month, even fronted
    ("The first week of March brought snow to the valley.", "2016-01-19",
     "The first week of March", "2015-W10"),
    ("The board will meet in the second week of June.", "2016-01-19",
     "the second week of June", "2016-W23"),
    ("They toured the region in the final week of December 2014.", "2016-01-19",
     "the final week of December 2014", "2014-W52"),
    # "late in the day" is the story's day, as "earlier in the day" is
    ("Late in the day, lawyers for the family left the courthouse.", "2000-04-03",
     "Late in the day", "2000-04-03"),
    ("Early in the week, the council debated the budget.", "2000-04-06",
     "Early in the week", "2000-W14"),
])
def test_a_week_of_a_month_and_a_part_of_the_day_or_week(text, dct, words, expected):
    assert value(text, dct, words) == expected


def test_late_in_the_year_is_left_to_the_tense():
    # of a month or a year the verb's tense would decide which one: no guess
    assert [t.text for t in find_timexes("Prices rose late in the year.", "2000-04-03")] == []


@pytest.mark.parametrize("text, dct, words, expected", [
    # an occasion named by its month, in a past clause: the nearest one, not last year's
    ("Doe won the nomination on Tuesday, teeing up the November showdown with Roe.", "2016-07-27",
     "November", "2016-11"),
    # the past verb right before it still decides
    ("He resigned after he lost the November election.", "2017-01-20", "November", "2016-11"),
])
def test_a_month_naming_an_occasion(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # a past form after a determiner is a noun, no tense: the nearest June 7
    ("She has a shot at a big win in the June 7 primary.", "2016-03-23", "June 7", "2016-06-07"),
    # ... but a verb after "that" keeps its past
    ("Police named the man that shot him on Monday.", "2016-03-23", "Monday", "2016-03-21"),
    # "he'll" is "he will"
    ("They’ll sign the deal on Monday, before the vote they lost.", "2016-03-23", "Monday", "2016-03-28"),
])
def test_nouns_of_past_forms_and_contracted_will(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # a plan told from a time gone by ("would", "was to", "was going to", "was set to",
    # "was scheduled to") lies days either side of the writing: the nearer weekday
    ("The mayor was to arrive in Lisbon on Monday for talks.", "2021-04-13", "Monday", "2021-04-12"),
    ("The coach said he was going to rest his stars on Saturday.", "2021-04-13", "Saturday",
     "2021-04-10"),
    ("Maria Vesco announced on Sunday she would run for the council seat.", "2021-04-13", "Sunday",
     "2021-04-11"),
    ("Officials said the bridge would reopen on Thursday.", "2021-04-13", "Thursday", "2021-04-15"),
    ("The band was set to play its last show on Friday.", "2021-04-17", "Friday", "2021-04-16"),
    # a month after "would" still looks ahead
    ("Aides said in March that she would run in November.", "2021-04-13", "November", "2021-11"),
    # "will" still looks ahead, however far
    ("The mayor will arrive on Monday.", "2021-04-13", "Monday", "2021-04-19"),
])
def test_plan_told_from_the_past_takes_the_nearer_weekday(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # a quotation's edge parts its words from the attribution's tense
    ('"We will be ready heading into July," she said.', "2021-05-05", "July", "2021-07"),
    ("Ms. Adeyemi spoke to the radio station on Tuesday: \"It will be a long summer.\"",
     "2021-05-06", "Tuesday", "2021-05-04"),
    # not a word in scare quotes
    ('Forecasters warn the smog is likely to reach "severe" levels on Wednesday.', "2021-05-06",
     "Wednesday", "2021-05-12"),
])
def test_a_quotation_edge_parts_the_tenses(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # a speech verb after "and"/"but" is a predicate of its own, not the date's verb
    ("The aide declined to say who the governor would back in November but said no meeting was planned.",
     "2021-05-16", "November", "2021-11"),
    ("Officials expect the bridge to reopen on Thursday and said repairs went well.", "2021-05-18",
     "Thursday", "2021-05-20"),
])
def test_a_speech_verb_after_and_or_but_is_another_predicate(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # a simple past after "if", with a "would" before it: a hypothesis about what may come
    ("She was asked how trade would fare if he won the vote on Oct. 4.", "2021-05-16", "Oct. 4",
     "2021-10-04"),
    # "would have ... if he had": a time gone by
    ("He would have won if he had run in March.", "2021-05-16", "March", "2021-03"),
])
def test_a_past_in_a_condition_after_would_is_a_hypothesis(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # an -ed word after a determiner and an adverb is an adjective, no past verb
    ("The bonus would be paid on a still unspecified date in January.", "2021-10-26", "January",
     "2022-01"),
    ("The grant will go to a newly founded clinic in March.", "2021-10-26", "March", "2022-03"),
])
def test_an_ed_adjective_after_an_adverb_gives_no_tense(text, dct, words, expected):
    assert value(text, dct, words) == expected


@pytest.mark.parametrize("text, dct, words, expected", [
    # "a planned <happening>" names a plan, on either side of now: the nearer weekday
    ("The mayor mentioned a planned march on Saturday downtown.", "2021-05-19", "Saturday", "2021-05-22"),
    ("Aides cancelled the scheduled rally on Monday.", "2021-05-19", "Monday", "2021-05-17"),
])
def test_a_planned_happening_takes_the_nearer_weekday(text, dct, words, expected):
    assert value(text, dct, words) == expected


def test_a_half_or_quarter_code_inside_a_compound_word_is_no_date():
    from builder.extract.timex import find_timexes
    assert not [t for t in find_timexes("He called the H1-B visa program a scam.", "2015-11-13")]
    assert [t.text for t in find_timexes("Sales rose in H1 2015.", "2015-11-13")] == ["H1 2015"]
