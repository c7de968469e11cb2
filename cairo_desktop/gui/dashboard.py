"""The dashboard: charts of the activities in the current filter.

Activities per domain split by status, people reached by sex and age band, and how many activities
apply each cross-cutting approach. The figures come from SQL aggregates in
``services.statistics.overview``, so a refresh costs a few queries however many activities match.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QStackedBarSeries, QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from cairo_desktop.domain.filters import ActivityFilter

STATUS_COLOURS = {"pipeline": "#9db4c0", "implementation": "#2a7ab0", "finalisation": "#5fa55a", "closed": "#35605a",
                  "cancelled": "#c44536", "suspended": "#e0a458"}
SEX_COLOURS = {"f": "#b5508c", "m": "#2a7ab0", "x": "#8a8a8a"}


class Dashboard(QWidget):
    def __init__(self, services: Any, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._services = services
        self.lang = lang
        self.selection = ActivityFilter()
        self.overview: Any = None
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.views = [QChartView() for _ in range(3)]
        for view in self.views:
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
        layout = QGridLayout(self)
        layout.addWidget(self.heading, 0, 0, 1, 2)
        layout.addWidget(self.views[0], 1, 0, 1, 2)
        layout.addWidget(self.views[1], 2, 0)
        layout.addWidget(self.views[2], 2, 1)
        self._stale = True

    def set_filter(self, selection: ActivityFilter) -> None:
        self.selection = selection
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.overview is not None:
            self._draw()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.overview is not None:
            self._draw()

    def refresh(self) -> None:
        self.overview = self._services.statistics.overview(self.selection)
        self._stale = False
        self._draw()

    # --- charts ----------------------------------------------------------------------------

    def _draw(self) -> None:
        overview = self.overview
        self.heading.setText(self.tr("%Ln activities in the current selection", "", overview.total))
        self.views[0].setChart(self._domains_chart(overview.by_domain_status))
        self.views[1].setChart(self._people_chart(overview.reached_by_sex_age))
        self.views[2].setChart(self._approaches_chart(overview.approach_coverage, overview.total))

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())  # the interface language's digits, as in the heading (gui/numbers.py)
        return chart

    def _domains_chart(self, counts: dict[tuple[int, str], int]) -> QChart:
        plan, vocab = self._services.plan, self._services.vocabularies
        chart = self._chart(self.tr("Activities per domain and status"))
        domains = self._reading_order(plan.domains)
        series = QStackedBarSeries()
        for status in vocab.statuses.codes:
            bar = QBarSet(vocab.statuses.label(status, self.lang))
            bar.setColor(QColor(STATUS_COLOURS.get(status, "#777777")))
            bar.append([float(counts.get((domain.number, status), 0)) for domain in domains])
            series.append(bar)
        chart.addSeries(series)
        categories = [f"{d.number}. {d.short_title.get(self.lang)}" for d in domains]
        self._axes(chart, series, categories, max((sum(v for (d, _s), v in counts.items() if d == n.number)
                                                   for n in domains), default=0))
        return chart

    def _people_chart(self, reached: dict[tuple[str, str], int]) -> QChart:
        vocab = self._services.vocabularies
        bands = self._services.installation.age_bands() if hasattr(self._services.installation, "age_bands") else vocab.age_bands
        chart = self._chart(self.tr("People reached by sex and age"))
        ages = self._reading_order(bands.codes)
        series = QBarSeries()
        for sex in vocab.sexes.codes:
            bar = QBarSet(vocab.sexes.label(sex, self.lang))
            bar.setColor(QColor(SEX_COLOURS.get(sex, "#777777")))
            bar.append([float(reached.get((sex, age), 0)) for age in ages])
            series.append(bar)
        chart.addSeries(series)
        categories = [bands.label(age, self.lang) for age in ages]
        self._axes(chart, series, categories, max(reached.values(), default=0))
        return chart

    def _approaches_chart(self, coverage: dict[str, int], total: int) -> QChart:
        plan = self._services.plan
        chart = self._chart(self.tr("Activities applying each cross-cutting approach (%)"))
        series = QHorizontalBarSeries()
        bar = QBarSet(self.tr("Share of the selected activities"))
        bar.setColor(QColor("#2a7ab0"))
        bar.append([100.0 * coverage.get(a.code, 0) / total if total else 0.0 for a in plan.approaches])
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(3)
        chart.addSeries(series)
        chart.legend().setVisible(False)
        axis_y = QBarCategoryAxis()
        axis_y.append([a.short_title.get(self.lang) for a in plan.approaches])
        axis_x = QValueAxis()
        axis_x.setRange(0, 100)
        axis_x.setLabelFormat("%.0f")
        axis_x.setReverse(self.isRightToLeft())  # right to left: the bars grow leftwards from the names
        chart.addAxis(axis_y, self._leading())
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        return chart

    def _reading_order(self, items: Any) -> list[Any]:
        """``items`` from left to right as read: reversed in Arabic (a bar category axis cannot be reversed)."""
        return list(reversed(items)) if self.isRightToLeft() else list(items)

    def _leading(self) -> Qt.AlignmentFlag:
        """The side where reading starts, for the axis that names or counts: left, or right in Arabic."""
        return Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft

    def _axes(self, chart: QChart, series: Any, categories: list[str], highest: float) -> None:
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        if highest < 10:  # whole ticks only: a nice range of 0 to 2.2 would be labelled 0, 1, 1, 2
            top = max(1, math.ceil(highest))
            axis_y.setRange(0, top)
            axis_y.setTickCount(top + 1)
        else:
            axis_y.setRange(0, highest * 1.1)
            axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, self._leading())
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
