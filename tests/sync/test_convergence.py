"""Convergence: sites edit, delete and exchange packages in any order, with repeats; all end equal.

After a final round of full exchanges every site must hold the same heads and values, and every
value someone typed must be visible, or in an open conflict, or have been replaced by a later
revision made by someone who had seen it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cairo_desktop.domain.merge import ancestors
from cairo_desktop.errors import UserError
from cairo_desktop.services import open_services
from cairo_desktop.store import activities as store
from tests.conftest import sample_activity
from tests.sync.helpers import views

FIELDS = ("title", "notes")
operation = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 4)),
    st.tuples(st.just("edit"), st.integers(0, 4), st.integers(0, 2), st.sampled_from(FIELDS)),
    st.tuples(st.just("delete"), st.integers(0, 4), st.integers(0, 2)),
    st.tuples(st.just("send"), st.integers(0, 4), st.integers(0, 4)),
    st.tuples(st.just("replay"), st.integers(0, 30), st.integers(0, 4)),
)


def _all_revisions(services):
    with services.database.session() as session:
        rows = session.execute(store.REVISIONS.select())
        return [store.revision_from_row(row) for row in rows]


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(site_count=st.integers(3, 5), operations=st.lists(operation, min_size=4, max_size=20))
def test_sites_converge(site_count: int, operations: list) -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        sites = []
        for index in range(site_count):
            office, role = ("KP-SEC", "coordinator") if index == 0 else (f"OFF-{index}", "field")
            site = open_services(folder_path / f"site{index}.db", author=f"user{index}")
            site.installation.initialise(office, f"Office {index}", role, "")
            sites.append(site)
        typed: list[tuple[str, str, str]] = []  # (activity id, field, value)
        created: list[str] = []  # activity ids in the order they were added
        packages: list[Path] = []
        counter = 0
        try:
            # A shared starting point, so that later edits are concurrent more often than not.
            for index, site in enumerate(sites[1:], start=1):
                added = site.activities.add(sample_activity(title=f"start {index}"))
                created.append(added.id)
                typed.append((added.id, "title", added.title))
                path = folder_path / f"start-{index}.xlsx"
                site.sync.export_package(path)
                sites[0].sync.import_packages([path])
            sites[0].sync.export_package(folder_path / "start-coord.xlsx")
            for site in sites[1:]:
                site.sync.import_packages([folder_path / "start-coord.xlsx"])
            for op in operations:
                counter += 1
                kind, who = op[0], sites[op[1] % site_count]
                known = views(who)
                ids = [i for i in created if i in known]  # creation order, not the random ids' order: replayable
                if kind == "add":
                    added = who.activities.add(sample_activity(title=f"new {counter}", place=f"p{counter}"))
                    created.append(added.id)
                    typed += [(added.id, "title", added.title), (added.id, "place", added.place)]
                elif kind in ("edit", "delete"):
                    editable = [a for a in (who.activities.get(i) for i in ids)
                                if not a.deleted and who.activities.can_edit(a)]
                    if not editable:
                        continue
                    activity = editable[op[2] % len(editable)]
                    if kind == "delete":
                        who.activities.delete(activity.id)
                    else:
                        value = f"{op[3]} {counter}"
                        who.activities.edit(activity.id, {op[3]: value})
                        typed.append((activity.id, op[3], value))
                elif kind == "send":
                    target = sites[op[2] % site_count]
                    if target is who:
                        continue
                    path = folder_path / f"p{counter}.xlsx"
                    who.sync.export_package(path)
                    packages.append(path)
                    target.sync.import_packages([path])
                elif kind == "replay" and packages:
                    sites[op[2] % site_count].sync.import_packages([packages[op[1] % len(packages)]])
            # Final rounds: every field office to the coordinator, then the coordinator to everyone.
            for round_number in range(2):
                for site in sites[1:]:
                    path = folder_path / f"final-{round_number}-{id(site)}.xlsx"
                    site.sync.export_package(path, full=True)
                    reports = sites[0].sync.import_packages([path])
                    assert all(r.ok for r in reports), reports
                path = folder_path / f"final-coord-{round_number}.xlsx"
                sites[0].sync.export_package(path, full=True)
                for site in sites[1:]:
                    reports = site.sync.import_packages([path])
                    assert all(r.ok for r in reports), reports
            reference = views(sites[0])
            for site in sites[1:]:
                assert views(site) == reference
            heads_conflicts = [(c.activity_id, c.field, c.local_value, c.incoming_value)
                               for c in sites[0].sync.open_conflicts()]
            for site in sites[1:]:
                other = [(c.activity_id, c.field) for c in site.sync.open_conflicts()]
                assert sorted(other) == sorted((a, f) for a, f, _, _ in heads_conflicts)
            revisions = {r.rev_id: r for r in _all_revisions(sites[0])}
            final = {a.id: a for a in sites[0].activities.find(__import__("cairo_desktop.domain.filters",
                                                                          fromlist=["ActivityFilter"]).ActivityFilter(deleted="all"))}
            for aid, name, value in typed:
                activity = final[aid]
                if activity.deleted or getattr(activity, name) == value:
                    continue
                if any(a == aid and f == name and value in (lv, iv) for a, f, lv, iv in heads_conflicts):
                    continue
                setters = [r for r in revisions.values() if r.activity_id == aid and r.content
                           and r.content.get(name) == value]
                replaced = any(
                    setter.rev_id in ancestors(revisions, later.rev_id) and later.rev_id != setter.rev_id
                    and (later.content is None or later.content.get(name) != value)
                    for setter in setters for later in revisions.values() if later.activity_id == aid)
                assert replaced, f"value {value!r} of {name} on {aid} vanished without a conflict"
        except UserError as error:  # pragma: no cover - a refusal here is a bug worth seeing in full
            raise AssertionError(f"unexpected refusal: {error}") from error
        finally:
            for site in sites:
                site.close()
