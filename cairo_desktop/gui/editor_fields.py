"""Moving values between the editor's widgets and a plain "raw state" dict, both ways.

The raw state is exactly what the person typed, valid or not (dates and numbers as text), so it can
be kept as a draft and given back untouched. :func:`parse_state` turns it into activity content and
a message per field that could not be read; the domain's validation does the rest.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QCoreApplication, QDate, QEvent, QItemSelectionModel, QLocale, QObject, QPoint, QRect, QSize, Qt,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget, QComboBox, QLineEdit, QStyle, QStyleOptionComboBox, QStylePainter, QTableView, QTableWidget,
    QTableWidgetItem, QToolButton, QWidget,
)

from cairo_desktop.domain.activity import Activity, content_of
from cairo_desktop.domain.activity_json import apply_changes
from cairo_desktop.errors import UserError

TEXT_FIELDS = ("title", "description", "admin_area", "place", "notes", "budget_amount", "targeted_total", "reached_total")
COMBO_FIELDS = ("action", "status", "activity_type", "text_lang", "currency")
DATE_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")
FIRST_DAY, LAST_DAY = QDate(1900, 1, 1), QDate(2100, 12, 31)  # what validation accepts

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))
_CODED = re.compile(r"^(.+?)(\s*\([^()]+\))$")  # a name and its code in brackets
_THREE_NUMBERS = re.compile(r"^(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})$")


# --- dates ------------------------------------------------------------------------------------

def date_locale() -> QLocale:
    """The locale whose short date form is read: the system's when it speaks the interface language
    (en_GB writes 10/03/2025 where en_US writes 3/10/2025), else the interface language's."""
    interface, system = QLocale(), QLocale.system()
    return system if system.language() == interface.language() else interface


def _order(locale: QLocale) -> str:
    """"dMy", "Mdy" or "yMd": the order of day, month and year in the locale's short date form."""
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = {part: form.find(part) for part in "dMy"}
    return "".join(sorted((part for part in positions if positions[part] >= 0), key=positions.get)) or "dMy"


def read_date(text: str, locale: QLocale | None = None) -> QDate | None:
    """The day ``text`` names, written YYYY-MM-DD or in the locale's short form (10/03/2025 in French);
    ``QDate()`` (null) for an empty text; None when it cannot be read as a day."""
    text = (text or "").translate(_MARKS).translate(_DIGITS).strip()
    if not text:
        return QDate()
    match = _THREE_NUMBERS.match(text)
    if match is None:
        return None
    numbers = [int(group) for group in match.groups()]
    if len(match[1]) == 4:  # a year first is always year, month, day
        year, month, day = numbers
    elif len(match[3]) in (2, 4):
        order = _order(locale or date_locale())
        if order.index("y") != 2:
            order = "dMy"  # a year last in a locale that puts it first: take the most common order
        values = dict(zip(order, numbers))
        year, month, day = values["y"], values["M"], values["d"]
        if len(match[3]) == 2:
            year += 2000
    else:
        return None
    day_named = QDate(year, month, day)
    return day_named if day_named.isValid() else None


def iso_date(text: str) -> str | None:
    """``text`` as YYYY-MM-DD ("" when empty), or None when it is not a date."""
    day = read_date(text)
    if day is None:
        return None
    return day.toString("yyyy-MM-dd") if day.isValid() else ""


def _examples() -> tuple[str, str]:
    """Today written in the locale's short form (four-digit year, Western digits) and as YYYY-MM-DD."""
    form = date_locale().dateFormat(QLocale.FormatType.ShortFormat).translate(_MARKS)
    if "yyyy" not in form:
        form = form.replace("yy", "yyyy")
    today = QDate.currentDate()
    return today.toString(form), today.toString("yyyy-MM-dd")


def unreadable_date_message(text: str) -> str:
    local, iso = _examples()
    if local == iso:
        return QCoreApplication.translate("EditorFields", "Cannot read \"{value}\" as a date; type it as {iso}.").format(
            value=text, iso=iso)
    return QCoreApplication.translate("EditorFields", "Cannot read \"{value}\" as a date; type it as {local} or {iso}.").format(
        value=text, local=local, iso=iso)


def _calendar_icon(color: QColor) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(color)
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, color)
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, color)
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """A day typed as text (YYYY-MM-DD or the locale's short form) or picked on a calendar; empty is "no date".

    The text is kept as typed, so the editor's raw state (and a draft) holds exactly what was written;
    :func:`iso_date` reads it. A text that is read is rewritten as YYYY-MM-DD when the field is left,
    which shows how it was understood. The calendar (button, Alt+Down or F4) opens at the field's day,
    or at today's month when the field is empty.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.pick_action = self.addAction(_calendar_icon(self.palette().text().color()),
                                          QLineEdit.ActionPosition.TrailingPosition)
        self.pick_action.triggered.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self.tidy)
        self.retranslate()

    def retranslate(self) -> None:
        local, iso = _examples()
        self.setPlaceholderText(QCoreApplication.translate("EditorFields", "for example {local} or {iso}").format(
            local=local, iso=iso) if local != iso else iso)
        self.pick_action.setToolTip(QCoreApplication.translate("EditorFields", "Choose the day on a calendar (Alt+Down)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    # --- value ---------------------------------------------------------------------------------

    def date(self) -> QDate:
        """The day shown; a null QDate when empty or unreadable."""
        day = read_date(self.text())
        return day if day is not None else QDate()

    def setDate(self, day: QDate) -> None:  # noqa: N802 - Qt's name, as QDateEdit has it
        self.setText(day.toString("yyyy-MM-dd") if day.isValid() else "")

    def tidy(self) -> None:
        """Rewrite a readable day as YYYY-MM-DD; leave anything else as typed (the editor says what is wrong)."""
        iso = iso_date(self.text())
        if iso is not None and iso != self.text():
            self.setText(iso)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        super().setReadOnly(read_only)  # Qt hides the clear button of a read-only field itself
        self.pick_action.setVisible(not read_only)

    # --- calendar ------------------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self.isReadOnly():
            return
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setObjectName(f"{self.objectName()}_calendar")
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setDateRange(FIRST_DAY, LAST_DAY)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        day = self.date()
        self.calendar.setSelectedDate(day if day.isValid() else QDate.currentDate())
        shown = day if day.isValid() else QDate.currentDate()
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self.calendar.adjustSize()
        size = self.calendar.sizeHint()
        corner = QPoint(self.width() - size.width(), self.height()) if self.isRightToLeft() else QPoint(0, self.height())
        place = QRect(self.mapToGlobal(corner), size)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # keep it on the screen: above the field when there is no room below
            if place.bottom() > screen.bottom():
                place.moveBottom(self.mapToGlobal(QPoint(0, 0)).y())
            place.moveLeft(max(screen.left(), min(place.left(), screen.right() - place.width())))
        self.calendar.setGeometry(place)
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                            and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        super().keyPressEvent(event)


def date_text(edit: DateField) -> str:
    return edit.text().strip()


def set_date_text(edit: DateField, text: str | None) -> None:
    edit.setText(text or "")


class ElidingComboBox(QComboBox):
    """A combo box as wide as its longest choice when there is room, and narrower when there is not:
    its minimum is ``minimum_characters`` wide, and a choice too long for the box is shown elided, whole
    in the tooltip (``elide``: ElideMiddle keeps the code of "Ethiopia (ETH)", shown as "Ethi… (ETH)")."""

    def __init__(self, parent: QWidget | None = None, minimum_characters: int = 8,
                 elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._elide = elide
        # Not AdjustToContents: that policy resizes the box itself (adjustSize) after each change of its
        # choices, which moves a box out of its table cell or layout slot until the next layout.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(minimum_characters)
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(lambda *_args: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802
        """As wide as the longest choice (the minimum is ``minimum_characters`` wide)."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        frame = hint.width() - metrics.horizontalAdvance("x") * self.minimumContentsLength()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        return QSize(max(hint.width(), frame + widest), hint.height())

    def shown_text(self, width: int | None = None) -> str:
        """The current choice as painted: elided when the box is too narrow for it."""
        if width is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
            width = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                QStyle.SubControl.SC_ComboBoxEditField, self).width()
        text, metrics = self.currentText(), self.fontMetrics()
        if metrics.horizontalAdvance(text) <= width:
            return text
        coded = _CODED.match(text) if self._elide == Qt.TextElideMode.ElideMiddle else None
        if coded is not None:  # "Ethiopia (ETH)": the name is elided, the code kept
            room = width - metrics.horizontalAdvance(coded[2])
            name = metrics.elidedText(coded[1], Qt.TextElideMode.ElideRight, room) if room > 0 else ""
            return name + coded[2] if name else coded[2].strip()
        return metrics.elidedText(text, self._elide, width)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        whole = option.currentText
        option.currentText = self.shown_text(field.width())
        tip = whole if option.currentText != whole else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def fill_combo(combo: QComboBox, entries: list[tuple[str, str]], tooltips: dict[str, str] | None = None) -> None:
    """Replace a combo's entries ``(label, code)`` keeping the selected code (also an unknown one)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, code in entries:
        combo.addItem(label, code)
        if tooltips and code in tooltips:
            combo.setItemData(combo.count() - 1, tooltips[code], Qt.ItemDataRole.ToolTipRole)
    set_combo_code(combo, current or "")
    combo.blockSignals(False)


def set_combo_code(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index < 0 and code:
        combo.addItem(code, code)  # keep a code we do not know, so validation can name it
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


REMOVE_COLUMN = "remove_column"  # table property: the last column holds each row's remove button


def data_columns(table: QTableWidget) -> int:
    return table.columnCount() - 1 if table.property(REMOVE_COLUMN) else table.columnCount()


def table_rows(table: QTableWidget) -> list[list[str]]:
    """Each row's cells: a combo's code or an item's text."""
    rows = []
    for row in range(table.rowCount()):
        values = []
        for column in range(data_columns(table)):
            widget = table.cellWidget(row, column)
            if isinstance(widget, QComboBox):
                values.append(str(widget.currentData() or ""))
            else:
                item = table.item(row, column)
                values.append(item.text().strip() if item else "")
        rows.append(values)
    return rows


def select_row(table: QTableView, row: int) -> None:
    """Select a whole row through the selection model (``selectRow`` selects nothing right to left, Qt 6.12)."""
    if 0 <= row < table.model().rowCount():
        table.selectionModel().setCurrentIndex(
            table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def row_of_widget(table: QTableWidget, widget: QWidget) -> int:
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            if table.cellWidget(row, column) is widget:
                return row
    return -1


class RowFollowsFocus(QObject):
    """Selects the row of a table whose cell widget (a combo box) is clicked or takes the focus, so that
    clicking or tabbing into a row of combo boxes selects it, as clicking a plain cell does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) and isinstance(watched, QWidget):
            table = watched.parentWidget().parentWidget() if watched.parentWidget() is not None else None
            if isinstance(table, QTableWidget):
                row = row_of_widget(table, watched)
                if row >= 0 and table.currentRow() != row:
                    select_row(table, row)
        return False


def add_table_row(table: QTableWidget, values: list[str], combos: dict[int, list[tuple[str, str]]],
                  on_change: Any, read_only: bool = False, on_remove: Any = None,
                  focus_filter: QObject | None = None) -> None:
    """Append a row: combo boxes for the columns in ``combos``, text cells for the others and, when the
    table has a remove column, a button that removes this row (``on_remove(button)``)."""
    row = table.rowCount()
    table.insertRow(row)
    for column in range(data_columns(table)):
        value = values[column] if column < len(values) else ""
        if column in combos:  # "Name (CODE)": in a narrow column the name is elided, the code stays
            combo = ElidingComboBox(minimum_characters=6, elide=Qt.TextElideMode.ElideMiddle)
            fill_combo(combo, combos[column])
            set_combo_code(combo, value)
            combo.setEnabled(not read_only)
            combo.currentIndexChanged.connect(lambda _i: on_change())
            if focus_filter is not None:
                combo.installEventFilter(focus_filter)
            table.setCellWidget(row, column, combo)
        else:
            item = QTableWidgetItem(value)
            if read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)
    if table.property(REMOVE_COLUMN):
        button = QToolButton()
        button.setObjectName("remove_row")  # enabled and disabled with the other add_/remove_ buttons
        button.setText("\u2715")
        button.setAutoRaise(True)
        text = QCoreApplication.translate("EditorFields", "Remove this row")
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setEnabled(not read_only)
        if on_remove is not None:
            button.clicked.connect(lambda _checked=False, b=button: on_remove(b))
        if focus_filter is not None:
            button.installEventFilter(focus_filter)
        table.setCellWidget(row, table.columnCount() - 1, button)


def state_of(activity: Activity) -> dict[str, Any]:
    """The raw state showing ``activity`` (what the widgets hold after loading it)."""
    content = content_of(activity)
    state: dict[str, Any] = {}
    for name in TEXT_FIELDS + COMBO_FIELDS + DATE_FIELDS:
        value = content.get(name)
        if name == "budget_amount" and value is not None:
            # repr: the shortest text that reads back as the same amount ("{:g}" kept 6 digits: 1234567.5 -> 1.23457e+06)
            value = repr(float(value)) if float(value) != int(value) else str(int(value))
        state[name] = "" if value is None else str(value)
    state["secondary_actions"] = sorted(content["secondary_actions"])
    state["approaches"] = sorted(content["approaches"])
    state["countries"] = [[c["country"], c["role"]] for c in content["countries"]]
    state["organisations"] = [[o["name"], o["role"], o["type"]] for o in content["organisations"]]
    state["people"] = [[p["group"], p["sex"], p["age"], p["targeted"], p["reached"]] for p in content["people"]]
    return state


def content_changes(state: dict[str, Any]) -> dict[str, Any]:
    """Activity content (as ``apply_changes`` takes it) from a raw state; a date typed in the locale's
    form is given as YYYY-MM-DD, one that cannot be read as typed."""
    changes: dict[str, Any] = {name: state.get(name, "") for name in TEXT_FIELDS + COMBO_FIELDS}
    for name in DATE_FIELDS:
        typed = state.get(name, "") or ""
        iso = iso_date(typed)
        changes[name] = typed if iso is None else iso
    changes["secondary_actions"] = list(state.get("secondary_actions", []))
    changes["approaches"] = list(state.get("approaches", []))
    changes["countries"] = [{"country": c, "role": r} for c, r in state.get("countries", []) if c or r]
    changes["organisations"] = [
        {"name": n, "role": r, "type": t} for n, r, t in state.get("organisations", []) if n or r or t
    ]
    changes["people"] = [
        {"group": g, "sex": s, "age": a, "targeted": t, "reached": r}
        for g, s, a, t, r in state.get("people", []) if t is not None or r is not None
    ]
    changes["organisations"] = [o if o["name"] else {**o, "name": " "} for o in changes["organisations"]]
    return changes


def parse_state(base: Activity, state: dict[str, Any]) -> tuple[Activity, dict[str, str]]:
    """The activity the state describes, and a plain message per field that could not be read."""
    problems: dict[str, str] = {}
    activity = base
    for name, value in content_changes(state).items():
        if name in DATE_FIELDS and iso_date(value) is None:
            problems[name] = unreadable_date_message(value)  # said next to the field; the day is not taken
            activity = apply_changes(activity, {name: ""})
            continue
        try:
            activity = apply_changes(activity, {name: value})
        except UserError as error:
            message = str(error)
            problems[name] = message.split(": ", 1)[1] if message.startswith("Field '") else message
    return activity, problems
