"""Which line an entry of several mentions shows (``link/entries.headline``): invented
mentions side by side with the line chosen."""
from __future__ import annotations

from builder.link.entries import headline
from builder.link.mentions import Mention
from builder.model import Event


def mention(text: str, people: tuple[str, ...] = (), paragraph: int = 0) -> Mention:
    event = Event(date="2021-07-25", expression="July 25", paragraph=paragraph, text=text,
                  people=list(people), kind="happening", precision="day", value="2021-07-25")
    return Mention(article="a", published="2021-11-20", event=event, people=people, date="2021-07-25")


def test_the_happening_itself_beats_a_report_of_what_someone_said_about_it():
    said = mention("Ana Lima said she was surprised that Rui Costa did not call her about the meeting.",
                   ("Ana Lima", "Rui Costa"), 1)
    itself = mention("Mayor Costa spoke by phone with Governor Reyes.", (), 2)
    assert headline([said, itself]) == itself.event.text


def test_among_reports_the_one_naming_more_people_is_kept_as_before():
    one = mention("Ana Lima said the meeting went well.", ("Ana Lima",), 1)
    two = mention("Ana Lima said the meeting with Rui Costa went well.", ("Ana Lima", "Rui Costa"), 2)
    assert headline([one, two]) == two.event.text
