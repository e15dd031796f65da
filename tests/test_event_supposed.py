"""Dates of what is only supposed, expected or usual, years naming a thing, and a period
described as a state (``event_supposed``): invented sentences."""
from __future__ import annotations

from builder.extract.events import extract_events


def kinds(sentence: str, dct: str = "2018-06-20") -> dict[str, str]:
    return {e.expression: e.kind for e in extract_events([sentence], dct)}


def test_denied_outcome_dates_nothing():
    found = kinds("The quarrels over the budget don't mean a split in the union will cost it the state in November.")
    assert "in November" not in found
    # a told happening at the date stays
    assert kinds("The split in the union cost it the state in November.") == {"in November": "happening"}


def test_expected_state_dates_nothing():
    assert "on Election Day" not in kinds("The coastal counties are expected to be decisive on Election Day, aides said.")
    # a planned happening, passive, stays
    assert kinds("The budget is expected to be unveiled on Tuesday.").get("on Tuesday") == "happening"


def test_season_in_a_present_habit_dates_nothing():
    assert "During winter" not in kinds(
        "During winter and spring, when orders slow, the bakery is quiet, and its ovens can sit idle for days.")
    # a season in a past sentence stays
    assert kinds("During winter, the bakery closed its second shop.").get("During winter") == "happening"


def test_year_naming_a_thing_dates_nothing():
    assert "2014" not in kinds("Few of them want to lose the spirit campaign 2014 has left in them.")
    # a year after a speech verb is a date
    assert "2017" in kinds("Officials said 2017 has seen the wettest spring on record.", "2017-06-20")


def test_period_described_is_background():
    assert kinds("This week is calm.") == {"This week": "background"}
    assert kinds("Last month was quiet, too.") == {"Last month": "background"}
    # a happening in the period stays one
    assert kinds("This week was marked by strikes.") == {"This week": "happening"}


def test_after_a_date_is_a_bound():
    assert "after Labor Day" not in kinds("Complaints grew about the slow count of ballots after Labor Day.")
    assert "after Jan. 1, 2019" not in kinds("The bonds can be sold back after Jan. 1, 2019.")
    # a happening the date names, or a date counted from it, stays
    assert kinds("Crowds gathered after Tuesday's vote.").get("after Tuesday's") == "happening"
    assert "shortly after Labor Day" in kinds("She resigned shortly after Labor Day.")
    assert "after last week" in kinds("Shares rose after last week, when the index fell 4%.")


def test_a_feared_outcome_dates_nothing():
    assert "today" not in kinds("Many feared their appeal to the court would fail today.")
    # the fearing dated, and a past happening in a relative clause, stay
    assert "on Sunday" in kinds("Residents feared on Sunday that the dam would break.")
    assert "in 2011" in kinds("The party fears that layoffs could spark riots like those that erupted in 2011.")


def test_a_denied_plan_closed_by_a_subordinator_dates_nothing():
    assert "on Friday morning" not in kinds(
        "Officials said they did not plan to close the camp on Friday morning even if the protesters stayed.")
    # a dated noun of a happening stays
    assert "in May" in kinds("The mayor never cited a source for his claim in May that the budget was short.")


def test_a_nested_act_inside_a_fear_keeps_its_date():
    assert "early next year" in kinds("Some mayors worry that the strike will hurt their ability to raise funds early next year.")


def test_a_record_date_dates_nothing():
    found = kinds("Harlow Corp. declared a dividend of 10 cents a share, payable Dec. 4 to stock of record Nov. 21.",
                  "1989-11-02")
    assert "Nov. 21" not in found and found.get("Dec. 4") == "happening"


def test_a_state_reached_by_a_fronted_date_is_background():
    assert kinds("By noon, the crowd had swelled to several hundred.") == {"By noon": "background"}
    assert kinds("By 2012, her recovery was complete.") == {"By 2012": "background"}
    assert kinds("By March 6, when nine states vote, the race may be over.").get("By March 6") == "happening"


def test_a_superlative_state_is_background():
    assert kinds("The two harbours were the busiest in the region in 2014.") == {"in 2014": "background"}
    # an act in the clause, or one the date dates after it, stays a happening
    assert kinds("The mayor was even more blunt on Monday when she spoke to reporters.").get("on Monday") == "happening"


def test_an_amount_to_reach_by_a_date_is_background():
    found = kinds("Under the deal, the region's wind farms would go from 75 gigawatts to 150 gigawatts by 2030.")
    assert found.get("by 2030") == "background"
    assert kinds("The council wants 5,000 new homes built by May 4, when the games open.").get("by May 4") != "background"
