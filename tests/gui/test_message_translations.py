"""Every sentence the domain's validation can produce reaches a French or Arabic user translated."""

from __future__ import annotations

from datetime import date

import pytest

from cairo_desktop.domain.activity import Activity, CountryRole, OrganisationRole, PeopleCount
from cairo_desktop.domain.activity_json import from_content
from cairo_desktop.domain.validation import MAX_PEOPLE, MAX_TEXT, MAX_TITLE, validate
from cairo_desktop.errors import UserError

pytestmark = pytest.mark.gui


def _broken_activities() -> list[Activity]:
    """Between them, every rule in ``domain.validation`` broken at least once."""
    return [
        Activity(title="", action="", status="closed"),
        Activity(title="x" * (MAX_TITLE + 1), action="9.9", secondary_actions=["7.1"], approaches=["kindness"],
                 status="dreaming", activity_type="party", text_lang="xx", description="y" * (MAX_TEXT + 1),
                 planned_start=date(2025, 5, 1), planned_end=date(2025, 4, 1)),
        Activity(title="Countries", action="1.1", countries=[CountryRole("ZZZ", "upstream"), CountryRole("ETH"),
                                                             CountryRole("ETH"), CountryRole("")]),
        Activity(title="Organisations", action="1.1", organisations=[OrganisationRole(" ", "sponsor", "99999")],
                 budget_amount=-5, currency="XXQ"),
        Activity(title="Money", action="1.1", budget_amount=10),
        Activity(title="Riches", action="1.1", budget_amount=1e20, currency="EUR"),
        Activity(title="Nothing chosen", action="1.1", status="", activity_type=""),
        Activity(title="Not money", action="1.1", budget_amount=float("nan"), currency="EUR"),
        Activity(title="Long ago", action="1.1", planned_start=date(1850, 1, 1)),
        Activity(title="Crowd", action="1.1", targeted_total=MAX_PEOPLE + 1),
        Activity(title="People", action="1.1", targeted_total=-1, reached_total=1, people=[
            PeopleCount("aliens", "q", "0-200", targeted=-2, reached=-3),
            PeopleCount("migrants", "f", "18-59", reached=5),
            PeopleCount("migrants", "f", "18-59", reached=5),
        ]),
    ]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_validation_message_stays_in_english(make_window, filled_services, lang: str) -> None:
    window = make_window(filled_services)
    window.set_language(lang)
    texts = window.editor.texts
    messages = {issue.message for activity in _broken_activities() for issue in validate(activity)}
    assert len(messages) >= 25  # the corpus really covers the rules
    untranslated = [message for message in messages if texts.translate_message(message) == message]
    assert untranslated == []
    for message in messages:
        translated = texts.translate_message(message)
        assert "{" not in translated, translated  # every placeholder filled
    window.set_language("en")


def _reading_messages() -> set[str]:
    """What reading a typed date or amount says (the editor and the import window show it)."""
    messages = set()
    for field, value in (("planned_start", "2025-05-01garbage"), ("budget_amount", "1,5"), ("budget_amount", "$5")):
        try:
            from_content({field: value})
        except UserError as error:
            messages.add(str(error).split(": ", 1)[-1])
    return messages


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_reading_message_stays_in_english(make_window, filled_services, lang: str) -> None:
    window = make_window(filled_services)
    window.set_language(lang)
    try:
        messages = _reading_messages()
        assert len(messages) == 3
        translated = {message: window.editor.texts.translate_message(message) for message in messages}
    finally:
        window.set_language("en")
    assert [message for message, text in translated.items() if text == message or "{" in text] == []
    assert any("1500.50" in text for text in translated.values())
