"""A combo box that shows its longest choice when there is room and elides it when there is not.

Used by the filter bar, which is built before the window's first paint, so this module imports Qt
only (not the domain, which the editor's other helpers need).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

_CODED = re.compile(r"^(.+?)(\s*\([^()]+\))$")  # a name and its code in brackets


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
