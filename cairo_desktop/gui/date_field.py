"""The editor's date fields: typed as YYYY-MM-DD or in the locale's short form, with a calendar.

QDateEdit cannot be emptied and opens its calendar at its minimum date (January 1900), so a date
field here is a line edit that reads what was typed (any digits, the locale's day/month order),
shows it back as YYYY-MM-DD, and opens a calendar at the date or today.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

FIRST_DAY, LAST_DAY = QDate(1900, 1, 1), QDate(2100, 12, 31)  # what validation accepts
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))
_THREE_NUMBERS = re.compile(r"^(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})$")


def date_locale() -> QLocale:
    """The locale whose short date form is read: the system's when it speaks the interface language
    (en_GB writes 10/03/2025 where en_US writes 3/10/2025), else the interface language's, and for
    English the day-first form every member state of the Khartoum Process writes (Qt's English is US)."""
    interface, system = QLocale(), QLocale.system()
    if system.language() == interface.language():
        return system
    if interface.language() == QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return interface


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
    elif len(match[3]) == 4:  # a two-digit year could be 1999 or 2099: the year is written in full
        order = _order(locale or date_locale())
        if order.index("y") != 2:
            order = "dMy"  # a year last in a locale that puts it first: take the most common order
        values = dict(zip(order, numbers))
        year, month, day = values["y"], values["M"], values["d"]
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
