"""The figures printed in the summary PDF equal the database, for several filters.

Expected values come from hand-written SQL on a plain sqlite3 connection; the PDF's text is read
back with pdfplumber and parsed.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.services import Services
from tests.reports.conftest import raw

FILTERS = {
    "all": (ActivityFilter(), "1=1"),
    "domain2_closed": (ActivityFilter(domains=(2,), statuses=("closed", "implementation")),
                       "a.domain = 2 AND a.status IN ('closed', 'implementation')"),
    "office_dates": (ActivityFilter(offices=("ETH-ADD", "SDN-KRT"), date_from=date(2025, 3, 1), date_to=date(2025, 12, 31)),
                     "a.office IN ('ETH-ADD', 'SDN-KRT') AND COALESCE(a.end_date, a.start_date) >= '2025-03-01' "
                     "AND a.start_date <= '2025-12-31'"),
    "country": (ActivityFilter(countries=("SDN",)),
                "EXISTS (SELECT 1 FROM activity_countries c WHERE c.activity_id = a.id AND c.country = 'SDN')"),
    "approach": (ActivityFilter(approaches=("human_rights",)),
                 "EXISTS (SELECT 1 FROM activity_approaches x WHERE x.activity_id = a.id AND x.approach = 'human_rights')"),
}
SEXES = {"f": "Female", "m": "Male"}
ACTIONS = [f"{domain}.{number}" for domain in range(1, 6) for number in range(1, 5)]
AGES = {"children": r"Children \(0-17\)", "adults": r"Adults \(18-59\)", "older": r"Older persons \(60\+\)"}


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _expected(services: Services, where: str) -> dict:
    db = raw(services)
    live = f"a.deleted = 0 AND {where}"
    total = db.execute(f"SELECT count(*) FROM activities a WHERE {live}").fetchone()[0]
    per_action = dict(db.execute(f"SELECT action, count(*) FROM activities a WHERE {live} GROUP BY action"))
    per_domain = dict(db.execute(f"SELECT domain, count(*) FROM activities a WHERE {live} GROUP BY domain"))
    reached_action = dict(db.execute(
        f"SELECT a.action, sum(p.reached) FROM activity_people p JOIN activities a ON a.id = p.activity_id "
        f"WHERE {live} GROUP BY a.action"))
    by_sex = {sex: (t or 0, r or 0) for sex, t, r in db.execute(
        f"SELECT p.sex, sum(p.targeted), sum(p.reached) FROM activity_people p JOIN activities a ON a.id = p.activity_id "
        f"WHERE {live} GROUP BY p.sex")}
    by_age = {age: (t or 0, r or 0) for age, t, r in db.execute(
        f"SELECT p.age, sum(p.targeted), sum(p.reached) FROM activity_people p JOIN activities a ON a.id = p.activity_id "
        f"WHERE {live} GROUP BY p.age")}
    countries = dict(db.execute(
        f"SELECT a.action, count(DISTINCT c.country) FROM activity_countries c JOIN activities a ON a.id = c.activity_id "
        f"WHERE {live} GROUP BY a.action"))
    db.close()
    return {"total": total, "per_action": per_action, "per_domain": per_domain, "reached_action": reached_action,
            "by_sex": by_sex, "by_age": by_age, "countries": countries}


@pytest.mark.parametrize("name", list(FILTERS))
def test_summary_figures_equal_the_database(report_services: Services, tmp_path: Path, name: str) -> None:
    selection, where = FILTERS[name]
    expected = _expected(report_services, where)
    assert expected["total"] > 0, "the filter should select something for this test to mean anything"
    path = report_services.reports.summary_pdf(tmp_path / f"{name}.pdf", selection, lang="en")
    text = _text(path)

    tiles = re.search(r"Key figures\n([\d,]+) ([\d,]+) ([\d,]+) ([\d,]+) ([\d,]+)\n", text)
    assert tiles, text[:800]
    assert _number(tiles.group(1)) == expected["total"]
    assert _number(tiles.group(4)) == sum(t for t, _ in expected["by_sex"].values())
    assert _number(tiles.group(5)) == sum(r for _, r in expected["by_sex"].values())

    overview = {m.group(1): (_number(m.group(2)), _number(m.group(3)), _number(m.group(4)))
                for m in re.finditer(r"^(\d\.\d) .+? ([\d,]+) ([\d,]+) ([\d,]+)$", text, re.MULTILINE)}
    in_scope = [code for code in ACTIONS if not selection.domains or int(code[0]) in selection.domains]
    assert sorted(overview) == in_scope  # every action of the chosen domains, gaps included
    for action, (count, reached, countries) in overview.items():
        assert count == expected["per_action"].get(action, 0), action
        assert reached == (expected["reached_action"].get(action) or 0), action
        assert countries == expected["countries"].get(action, 0), action

    for domain in range(1, 6):
        chart = re.search(rf"^{domain}\. [^\n]+? ([\d,]+)$", text, re.MULTILINE)
        count = expected["per_domain"].get(domain, 0)
        if count:
            assert chart and _number(chart.group(1)) == count, domain

    for sex, label in SEXES.items():
        found = re.search(rf"{label} ([\d,]+) ([\d,]+)", text)
        if sex in expected["by_sex"]:
            assert found and (_number(found.group(1)), _number(found.group(2))) == expected["by_sex"][sex], sex
    for age, label in AGES.items():
        found = re.search(rf"{label} ([\d,]+) ([\d,]+)", text)
        if age in expected["by_age"]:
            assert found and (_number(found.group(1)), _number(found.group(2))) == expected["by_age"][age], age


def test_gaps_are_called_out_among_the_chosen_domains_only(report_services: Services, tmp_path: Path) -> None:
    selection = ActivityFilter(domains=(3,), statuses=("cancelled",))
    db = raw(report_services)
    held = {action for (action,) in db.execute(
        "SELECT DISTINCT action FROM activities WHERE deleted = 0 AND domain = 3 AND status = 'cancelled'")}
    db.close()
    gaps = {"3.1", "3.2", "3.3", "3.4"} - held
    assert gaps and held, "the selection should leave some gaps and fill some actions"
    text = _text(report_services.reports.summary_pdf(tmp_path / "gaps.pdf", selection))
    verb = "has" if len(gaps) == 1 else "have"
    assert f"{len(gaps)} of 4 actions {verb} no activity in this selection." in text
    assert text.count("Gap: no activity recorded against this action.") == len(gaps)
    # Actions of the other domains are outside the selection, not gaps: they are not listed at all.
    assert not re.search(r"^[1245]\.\d ", text, re.MULTILINE) and "Domain 1:" not in text


def test_an_empty_selection_says_so(report_services: Services, tmp_path: Path) -> None:
    selection = ActivityFilter(date_from=date(2090, 1, 1))
    path = report_services.reports.summary_pdf(tmp_path / "empty.pdf", selection, lang="fr")
    text = " ".join(_text(path).split())
    assert "Aucune activité ne correspond à cette sélection" in text
    assert "1 janvier 2090" in text  # the filter is written in words on the cover


@pytest.mark.parametrize("name", ["all", "office_dates", "country"])
def test_status_shares_add_up_to_the_total_row(report_services: Services, tmp_path: Path, name: str) -> None:
    selection, where = FILTERS[name]
    db = raw(report_services)
    counts = dict(db.execute(f"SELECT status, count(*) FROM activities a WHERE a.deleted = 0 AND {where} GROUP BY status"))
    db.close()
    text = _text(report_services.reports.summary_pdf(tmp_path / f"{name}.pdf", selection, lang="en"))
    labels = {"pipeline": "Pipeline / identification", "implementation": "Implementation", "finalisation": "Finalisation",
              "closed": "Closed", "cancelled": "Cancelled", "suspended": "Suspended"}
    shares = {}
    for code, count in counts.items():
        found = re.search(rf"^{re.escape(labels[code])} ([\d,]+) (\d+)%", text, re.MULTILINE)
        assert found and _number(found.group(1)) == count, code
        shares[code] = int(found.group(2))
    assert sum(shares.values()) == 100 and "Total " + f"{sum(counts.values()):,} 100%" in text
    for code, share in shares.items():  # each share within one point of the exact one
        assert abs(share - 100 * counts[code] / sum(counts.values())) < 1, code


def test_an_empty_selection_names_the_criteria_to_widen(report_services: Services, tmp_path: Path) -> None:
    selection = ActivityFilter(text="zzqqxxv", countries=("SDN",))
    text = " ".join(_text(report_services.reports.summary_pdf(tmp_path / "none.pdf", selection)).split())
    assert "Widen the selection (Countries, Words: see the cover)" in text
    assert "dates, offices" not in text  # criteria the reader did not use are not offered as the cause
