"""Views that must agree between sites: deleted activities, text with Windows line breaks."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import sample_activity
from tests.sync.helpers import send, views


def test_deleting_a_merged_activity_shows_what_the_other_sites_will_show(make_services, tmp_path: Path) -> None:
    coordinator = make_services("KP-SEC", "coordinator", name="coordinator.db")
    office = make_services("ETH-ADD", "field", name="office.db")
    added = office.activities.add(sample_activity(title="Water points", notes="first"))
    send(office, coordinator, tmp_path)
    # Concurrent edits of different fields: the coordinator's view is a field-by-field merge of two heads.
    office.activities.edit(added.id, {"title": "Water points in Metema"})
    coordinator.activities.edit(added.id, {"notes": "checked by the secretariat"})
    send(office, coordinator, tmp_path)
    merged = coordinator.activities.get(added.id)
    assert len(merged.heads) == 2
    assert (merged.title, merged.notes) == ("Water points in Metema", "checked by the secretariat")

    coordinator.activities.delete(added.id)
    send(coordinator, office, tmp_path, full=True)
    assert views(office)[added.id] == views(coordinator)[added.id]
    assert views(office)[added.id][1] is True  # deleted on both


def test_windows_line_breaks_in_a_description_travel(make_services, tmp_path: Path) -> None:
    office = make_services("ETH-ADD", "field", name="crlf-office.db")
    coordinator = make_services("KP-SEC", "coordinator", name="crlf-coordinator.db")
    added = office.activities.add(sample_activity(description="First line\r\nsecond line\rthird", notes="a\r\nb"))
    assert (added.description, added.notes) == ("First line\nsecond line\nthird", "a\nb")
    reports = send(office, coordinator, tmp_path)
    assert reports[0].ok and reports[0].counts["new"] == 1, reports[0].as_dict()
    assert coordinator.activities.get(added.id).description == "First line\nsecond line\nthird"
    assert views(coordinator)[added.id] == views(office)[added.id]
