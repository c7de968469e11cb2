"""The filter bar above the activity list: free text, status, country, office and period.

It only gathers choices; the main window combines them with the plan browser's selection into one
``ActivityFilter`` that the list, the dashboard and the report dialog share. Typing is debounced so
a fast typist does not run a query per key.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget



class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, services: Any, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._services = services
        self._vocab = services.vocabularies
        self.lang = lang
        self.text = QLineEdit()
        self.text.setObjectName("filterText")
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("filterStatus")
        self.country = QComboBox()
        self.country.setObjectName("filterCountry")
        self.office = QComboBox()
        self.office.setObjectName("filterOffice")
        self.period = QComboBox()
        self.period.setObjectName("filterPeriod")
        self.text.setMinimumWidth(140)
        for combo in (self.status, self.country, self.office, self.period):  # narrow enough for a 1366-pixel screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self._labels = [QLabel() for _ in range(4)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        for label, combo in zip(self._labels, (self.status, self.country, self.office, self.period)):
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _text: self._debounce.start())
        self.text.returnPressed.connect(self._now)
        for combo in (self.status, self.country, self.office, self.period):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.retranslate()

    def _now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def _fill(self, combo: QComboBox, everything: str, entries: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in entries:
            combo.addItem(text, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Find activities: words of the title, place or description (Ctrl+F)"))
        for label, text in zip(self._labels, (self.tr("&Status:"), self.tr("C&ountry:"), self.tr("O&ffice:"), self.tr("&Period:"))):
            label.setText(text)
        vocab, lang = self._vocab, self.lang
        self._fill(self.status, self.tr("All statuses"), [(t.label.get(lang), t.code) for t in vocab.statuses])
        members = [vocab.countries.term(code) for code in vocab.kp_members()]
        self._fill(self.country, self.tr("All countries"),
                   sorted(((f"{t.label.get(lang)} ({t.code})", t.code) for t in members), key=lambda e: e[0]))
        self.refresh_choices()

    def use_services(self, services: Any) -> None:
        """Take choices from ``services`` from now on (after the start-up reader)."""
        self._services = services
        self._vocab = services.vocabularies
        self.refresh_choices()

    def refresh_choices(self) -> None:
        """Offices and years come from the database, so they change after saves and imports."""
        offices = self._services.installation.offices()
        self._fill(self.office, self.tr("All offices"), [(code if not name else f"{code} ({name})", code) for code, name in offices])
        years = self._services.statistics.years()
        self._fill(self.period, self.tr("Any time"), [(str(year), year) for year in reversed(years)])

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def criteria(self) -> dict[str, Any]:
        """Keyword arguments for ``ActivityFilter`` from the bar's choices."""
        result: dict[str, Any] = {"text": self.text.text().strip()}
        if self.status.currentData():
            result["statuses"] = (self.status.currentData(),)
        if self.country.currentData():
            result["countries"] = (self.country.currentData(),)
        if self.office.currentData():
            result["offices"] = (self.office.currentData(),)
        year = self.period.currentData()
        if year:
            result["date_from"] = date(int(year), 1, 1)
            result["date_to"] = date(int(year), 12, 31)
        return result


