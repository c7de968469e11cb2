"""The filter bar above the activity list: free text, status, country, office and period.

It only gathers choices; the main window combines them with the plan browser's selection into one
``ActivityFilter`` that the list, the dashboard and the report dialog share. Typing is debounced so
a fast typist does not run a query per key. The parts wrap onto a second line when the list is
narrow (a 1366-pixel laptop screen beside the editor), so the bar never holds the list wider than
the window allows, and each choice is shown whole whenever the line has room for it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLayout, QLayoutItem, QLineEdit, QStyle, QWidget

from cairo_desktop.gui.eliding_combo import ElidingComboBox


class FlowLayout(QLayout):
    """Items in a line (right to left in Arabic) that wrap onto further lines when the width is short.

    Lines are filled with the items' preferred widths; a line's spare width goes to its items in
    proportion to their stretch, and an item alone on a line too short for it is narrowed down to its
    minimum. The layout's minimum width is its widest item's minimum, so a parent splitter can
    narrow it freely.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.addWidget(widget)
        self._stretch[-1] = stretch

    # --- QLayout -----------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)
        self._stretch.append(0)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        self._stretch.pop(index)
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        margins = self.contentsMargins()
        shown = [item for item in self._items if not item.isEmpty()]
        width = sum(item.sizeHint().width() for item in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        margins = self.contentsMargins()
        shown = [item for item in self._items if not item.isEmpty()]
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    # --- placing -----------------------------------------------------------------------------

    def _gap(self) -> int:
        gap = self.spacing()
        if gap < 0:
            parent = self.parentWidget()
            style = parent.style() if parent is not None else None
            gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style is not None else 6
        return max(gap, 4)

    def lines(self, width: int) -> list[list[int]]:
        """The items' indexes on each line for the width ``width`` (margins excluded)."""
        gap, lines, used = self._gap(), [], 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            wanted = item.sizeHint().width()
            if lines and lines[-1] and used + gap + wanted <= width:
                lines[-1].append(index)
                used += gap + wanted
            else:
                lines.append([index])
                used = wanted
        return lines

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap, y = self._gap(), area.y()
        direction = self.parentWidget().layoutDirection() if self.parentWidget() is not None else Qt.LayoutDirection.LeftToRight
        for line in self.lines(area.width()):
            items = [self._items[index] for index in line]
            widths = [item.sizeHint().width() for item in items]
            spare = area.width() - sum(widths) - gap * (len(items) - 1)
            if spare < 0:  # one item alone on a line too short for it
                widths = [max(item.minimumSize().width(), width + spare) for item, width in zip(items, widths)]
            else:
                stretches = [self._stretch[index] for index in line]
                total = sum(stretches)
                if total:
                    shares = [spare * stretch // total for stretch in stretches]
                    shares[stretches.index(max(stretches))] += spare - sum(shares)
                    widths = [width + share for width, share in zip(widths, shares)]
            height = max(item.sizeHint().height() for item in items)
            if apply:
                x = area.x()
                for item, width in zip(items, widths):
                    place = QRect(QPoint(x, y), QSize(width, height))
                    item.setGeometry(QStyle.visualRect(direction, area, place))
                    x += width + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if y > area.y() else 0


class _SearchField(QLineEdit):
    """Wide enough for its whole placeholder when the line has room for it."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 2 * hint.height()
        return QSize(max(hint.width(), min(wanted, 560)), hint.height())


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, services: Any, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._services = services
        self._vocab = services.vocabularies
        self.lang = lang
        self.text = _SearchField()
        self.text.setObjectName("filterText")
        self.text.setClearButtonEnabled(True)
        # as wide as their longest choice when there is room, and narrowed (elided) only when there is not
        self.status = ElidingComboBox(minimum_characters=6)
        self.status.setObjectName("filterStatus")
        self.country = ElidingComboBox(minimum_characters=6)
        self.country.setObjectName("filterCountry")
        self.office = ElidingComboBox(minimum_characters=6)
        self.office.setObjectName("filterOffice")
        self.period = ElidingComboBox(minimum_characters=6)
        self.period.setObjectName("filterPeriod")
        self.text.setMinimumWidth(140)
        self._labels = [QLabel() for _ in range(4)]
        self.layout_ = FlowLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.add(self.text, 3)
        for label, combo in zip(self._labels, (self.status, self.country, self.office, self.period)):
            label.setBuddy(combo)
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(label)
            pair_layout.addWidget(combo, 1)
            self.layout_.add(pair, 1)
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
        self.text.setToolTip(self.text.placeholderText())
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


