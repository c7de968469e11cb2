"""What a benchmark reports: a measure, its baseline in the same run, the ratio and the goal."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Callable


@dataclass
class Result:
    name: str
    value: float
    unit: str = "s"
    baseline: float | None = None
    baseline_name: str = ""
    goal: str = ""
    met: bool | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    def line(self) -> str:
        text = f"   {self.name}: {self.value:.3f} {self.unit}"
        if self.baseline is not None:
            text += f" vs {self.baseline_name} {self.baseline:.3f} {self.unit} = {self.ratio:.2f}x"
        if self.goal:
            verdict = "met" if self.met else ("MISSED" if self.met is False else "")
            text += f"  [goal {self.goal}: {verdict}]"
        return text

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "unit": self.unit, "baseline": self.baseline,
                "baseline_name": self.baseline_name, "ratio": self.ratio, "goal": self.goal, "met": self.met}


def timed(function: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Best wall time of ``repeat`` runs, and the last run's result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result
