"""The editor shows a stored budget so that saving the form again keeps it to the cent."""

from __future__ import annotations

import pytest

from cairo_desktop.gui.editor_fields import state_of
from tests.conftest import sample_activity


@pytest.mark.parametrize("amount", [1234567.5, 0.1, 25000.0, 999999999999.99])
def test_a_budget_shown_in_the_editor_reads_back_as_the_same_amount(field_services, amount: float) -> None:
    saved = field_services.activities.add(sample_activity(budget_amount=amount, currency="EUR"))
    shown = state_of(field_services.activities.get(saved.id))["budget_amount"]
    assert "e" not in shown and float(shown) == amount
