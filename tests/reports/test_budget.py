"""The budget table counts the activities that state a budget, per currency (small database of ``big_services``)."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.services import Services
from tests.conftest import sample_activity
from tests.reports.conftest import raw


def test_an_activity_with_a_currency_but_no_amount_is_not_counted_as_budgeted(big_services: Services,
                                                                            tmp_path: Path) -> None:
    # Same action, status and office as the budgeted "Nationwide registration campaign": one group in SQL.
    big_services.activities.add(sample_activity(title="Budget not known yet", budget_amount=None, currency="EUR"))
    db = raw(big_services)
    expected = {currency: (count, total) for currency, count, total in db.execute(
        "SELECT currency, count(*), sum(budget_amount) FROM activities "
        "WHERE deleted = 0 AND budget_amount IS NOT NULL GROUP BY currency")}
    db.close()
    path = big_services.reports.summary_pdf(tmp_path / "budget.pdf", ActivityFilter(), lang="en")
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[1].extract_text()
    for currency, (count, total) in expected.items():
        found = re.search(rf"\b{currency} ([\d,]+) ([\d,]+)", text)
        assert found and (int(found.group(1)), found.group(2)) == (count, f"{total:,.0f}"), (currency, text[:600])
