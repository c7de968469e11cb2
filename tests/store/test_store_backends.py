"""The store's behaviour, run on a real SQLite file and on a real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.errors import NotFound, PermissionRefused, UserError, ValidationFailed
from cairo_desktop.services import Services, open_services
from tests.conftest import sample_activity


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Services]:
    if request.param == "sqlite":
        services = open_services(tmp_path / "store.db", author="amina")
    else:
        services = open_services(database_url=request.getfixturevalue("postgres_url"), author="amina")
    services.installation.initialise("ETH-ADD", "Addis Ababa field office", "field", "ETH")
    yield services
    services.close()


def test_add_then_get_round_trips_every_field(backend: Services) -> None:
    added = backend.activities.add(sample_activity(secondary_actions=["4.2"], notes="Note", admin_area="Amhara",
                                                   targeted_total=60, reached_total=50))
    loaded = backend.activities.get(added.id)
    assert loaded.title == added.title and loaded.office == "ETH-ADD"
    assert [(c.country, c.role) for c in loaded.countries] == [("ETH", "origin"), ("SDN", "transit")]
    assert loaded.approaches == ["gender_vulnerable", "human_rights"]
    assert loaded.secondary_actions == ["4.2"]
    assert loaded.people_total("reached") == 43 and loaded.people_total("targeted") == 50
    assert loaded.budget_amount == 25000 and loaded.currency == "EUR"
    assert loaded.organisations[0].name == "IOM"
    assert loaded.rev == added.rev and loaded.heads == [added.rev]
    assert loaded.created_by == "amina" and loaded.updated_by == "amina"


def test_every_save_is_a_revision_and_history_shows_changes(backend: Services) -> None:
    added = backend.activities.add(sample_activity())
    edited = backend.activities.edit(added.id, {"status": "closed", "actual_end": "2025-06-30"})
    assert edited.rev != added.rev
    history = backend.activities.history(added.id)
    assert [entry.rev_id for entry in history] == [added.rev, edited.rev]
    assert history[1].parents == (added.rev,)
    changes = {change.field: (change.old, change.new) for change in history[1].changes}
    assert changes["status"] == ("implementation", "closed")
    assert changes["actual_end"] == (None, "2025-06-30")


def test_an_edit_that_changes_nothing_writes_no_revision(backend: Services) -> None:
    added = backend.activities.add(sample_activity())
    same = backend.activities.edit(added.id, {"title": added.title})
    assert same.rev == added.rev
    assert len(backend.activities.history(added.id)) == 1


def test_delete_is_a_tombstone_kept_in_history(backend: Services) -> None:
    added = backend.activities.add(sample_activity())
    deleted = backend.activities.delete(added.id)
    assert deleted.deleted
    assert backend.activities.count(ActivityFilter()) == 0
    assert backend.activities.count(ActivityFilter(deleted="deleted")) == 1
    history = backend.activities.history(added.id)
    assert history[-1].deleted and history[-1].parents == (added.rev,)
    with pytest.raises(UserError, match="has been deleted"):
        backend.activities.edit(added.id, {"title": "Back from the dead"})


def test_stale_edit_is_refused(backend: Services) -> None:
    added = backend.activities.add(sample_activity())
    backend.activities.edit(added.id, {"title": "First change"})
    with pytest.raises(UserError, match="was changed since you loaded it"):
        backend.activities.edit(added.id, {"title": "Second change"}, expected_rev=added.rev)
    assert backend.activities.get(added.id).title == "First change"


def test_invalid_save_changes_nothing(backend: Services) -> None:
    with pytest.raises(ValidationFailed) as caught:
        backend.activities.add(sample_activity(action="9.9"))
    assert caught.value.issues[0].field == "action"
    assert backend.activities.count() == 0


def test_batch_add_is_all_or_nothing(backend: Services) -> None:
    with pytest.raises(ValidationFailed, match="Record 2 of 2"):
        backend.activities.add_many([sample_activity(), sample_activity(planned_end="2020-01-01")])
    assert backend.activities.count() == 0


def test_a_field_office_cannot_record_for_another_office(backend: Services) -> None:
    with pytest.raises(PermissionRefused, match="only record its own"):
        backend.activities.add(sample_activity(), office="SDN-KRT")


def test_unknown_id_is_not_found(backend: Services) -> None:
    with pytest.raises(NotFound):
        backend.activities.get("00000000-0000-4000-8000-000000000000")


def test_filters_select_in_sql(backend: Services) -> None:
    backend.activities.add(sample_activity(title="Khartoum dialogue", action="1.2", countries=[{"country": "SDN"}],
                                           approaches=["whole_of_route"], planned_start="2024-01-01",
                                           planned_end="2024-03-01"))
    backend.activities.add(sample_activity(title="تدريب في القاهرة", action="3.1", status="closed",
                                           countries=[{"country": "EGY"}], place="القاهرة"))
    backend.activities.add(sample_activity(title="Awareness in Gondar", action="4.3"))

    def titles(**criteria: object) -> set[str]:
        return {a.title for a in backend.activities.find(ActivityFilter(**criteria))}

    assert titles(domains=(1,)) == {"Khartoum dialogue"}
    assert titles(actions=("4.2",)) == set()
    assert titles(countries=("EGY",)) == {"تدريب في القاهرة"}
    assert titles(statuses=("closed",)) == {"تدريب في القاهرة"}
    assert titles(text="khartoum") == {"Khartoum dialogue"}
    assert titles(text="القاهرة") == {"تدريب في القاهرة"}
    assert titles(text="100%") == set()
    assert titles(approaches=("whole_of_route",)) == {"Khartoum dialogue"}
    from datetime import date
    assert titles(date_to=date(2024, 12, 31)) == {"Khartoum dialogue"}
    assert "Khartoum dialogue" not in titles(date_from=date(2025, 1, 1))
    ordered = backend.activities.find(ActivityFilter(), order_by="title", descending=False)
    assert [a.title for a in ordered] == sorted(a.title for a in ordered)


def test_demo_data_uses_every_action_and_approach(backend: Services) -> None:
    backend.demo.generate(60, seed=3)
    activities = backend.activities.find(ActivityFilter())
    assert len(activities) == 60
    assert {a.action for a in activities} == set(backend.plan.action_codes)
    assert {code for a in activities for code in a.approaches} == set(backend.plan.approach_codes)
    assert {a.office for a in activities} == {"ETH-ADD"}
    assert backend.maintenance.check().ok


def test_text_search_follows_edits_and_deletes(backend: Services) -> None:
    added = backend.activities.add(sample_activity(title="Dialogue in Kassala", place="Kassala"))
    other = backend.activities.add(sample_activity(title="Progress at 100% in Gondar", place="Gondar"))

    def found(text: str) -> set[str]:
        return {a.id for a in backend.activities.find(ActivityFilter(text=text, deleted="all"))}

    assert found("kassala") == {added.id}
    backend.activities.edit(added.id, {"title": "Dialogue in Tokar", "place": "Tokar"})
    assert found("kassala") == set() and found("TOKAR") == {added.id}
    assert found("ok") == {added.id}  # two letters: too short for the index, plain LIKE
    assert found("100%") == {other.id}  # a wildcard character is searched literally
    assert found("10_") == set()
    assert found("dialogue tokar") == {added.id}
    backend.activities.delete(added.id)
    assert found("tokar") == {added.id}  # deleted rows stay searchable when asked for
    assert backend.activities.count(ActivityFilter(text="tokar")) == 0


def test_dashboard_figures_under_every_kind_of_filter(backend: Services) -> None:
    """Each figure equals the same figure worked out from the filtered activities themselves."""
    from cairo_desktop.domain.filters import ActivityFilter

    backend.demo.generate(60, seed=4)
    approach = backend.plan.approaches[0].code
    selections = [ActivityFilter(), ActivityFilter(approaches=(approach,)), ActivityFilter(countries=("ETH",)),
                  ActivityFilter(actions=("2.1", "3.3")), ActivityFilter(approaches=(approach,), countries=("ETH",))]
    for selection in selections:
        chosen = backend.activities.find(selection)
        overview = backend.statistics.overview(selection)
        assert overview.total == len(chosen), selection
        wanted: dict[str, int] = {}
        for activity in chosen:
            for code in activity.approaches:
                wanted[code] = wanted.get(code, 0) + 1
        assert overview.approach_coverage == wanted, selection
        reached = sum(p.reached or 0 for activity in chosen for p in activity.people)
        assert sum(overview.reached_by_sex_age.values()) == reached, selection


def test_search_ignores_case_accents_and_arabic_marks(backend: Services) -> None:
    from cairo_desktop.domain.filters import ActivityFilter

    french = backend.activities.add(sample_activity(title="Réunion des réfugiés à Kassala"))
    arabic = backend.activities.add(sample_activity(title="تدريب مع أحمد في الخرطوم", text_lang="ar"))
    assert [a.id for a in backend.activities.find(ActivityFilter(text="REFUGIES reunion"))] == [french.id]
    assert [a.id for a in backend.activities.find(ActivityFilter(text="احمد"))] == [arabic.id]
    assert [a.id for a in backend.activities.find(ActivityFilter(text="réfugiés"))] == [french.id]


def test_an_id_or_short_id_typed_in_capitals_finds_the_activity_on_both_databases(backend: Services,
                                                                                 tmp_path: Path) -> None:
    """SQLite's LIKE ignores case and PostgreSQL's does not: "096115B5" found nothing on a server."""
    added = backend.activities.add(sample_activity())
    for typed in (added.id.upper(), added.id[:8].upper(), f"  {added.id[:10].upper()} "):
        assert backend.activities.get(typed).id == added.id, typed
    sheet = backend.reports.activity_pdf(added.id[:8].upper(), tmp_path / "sheet.pdf", lang="en")
    assert sheet.stat().st_size > 1000


def test_the_annex_orders_activities_without_a_start_date_alike_on_both_databases(backend: Services) -> None:
    """A missing start date counts as the smallest on every database, as on SQLite."""
    from cairo_desktop.reports.annex import annex_rows

    backend.activities.add(sample_activity(title="Dated", action="2.1", status="pipeline", actual_start=None,
                                           planned_start="2025-01-01"))
    backend.activities.add(sample_activity(title="Undated", action="2.1", status="pipeline", actual_start=None,
                                           planned_start=None, planned_end=None, actual_end=None))
    with backend.database.session() as session:
        titles = [row.title for row in annex_rows(session, ActivityFilter())]
    assert titles == ["Undated", "Dated"]
