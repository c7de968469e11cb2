# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from cairo_desktop.gui.date_field import DateField
from cairo_desktop.gui.people_grid import PeopleGridView

class Ui_ActivityEditorForm(object):
    def setupUi(self, ActivityEditorForm):
        if not ActivityEditorForm.objectName():
            ActivityEditorForm.setObjectName(u"ActivityEditorForm")
        ActivityEditorForm.resize(560, 720)
        self.mainLayout = QVBoxLayout(ActivityEditorForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(4, -1, 4, -1)
        self.heading = QLabel(ActivityEditorForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setText(u"")

        self.mainLayout.addWidget(self.heading)

        self.read_only_banner = QLabel(ActivityEditorForm)
        self.read_only_banner.setObjectName(u"read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setText(u"")

        self.mainLayout.addWidget(self.read_only_banner)

        self.tabs = QTabWidget(ActivityEditorForm)
        self.tabs.setObjectName(u"tabs")
        self.tab_general = QWidget()
        self.tab_general.setObjectName(u"tab_general")
        self.generalForm = QFormLayout(self.tab_general)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.generalForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.label_title = QLabel(self.tab_general)
        self.label_title.setObjectName(u"label_title")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_title)

        self.title = QLineEdit(self.tab_general)
        self.title.setObjectName(u"title")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.error_title = QLabel(self.tab_general)
        self.error_title.setObjectName(u"error_title")
        self.error_title.setWordWrap(True)
        self.error_title.setText(u"")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_title)

        self.label_action = QLabel(self.tab_general)
        self.label_action.setObjectName(u"label_action")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_action)

        self.action = QComboBox(self.tab_general)
        self.action.setObjectName(u"action")
        self.action.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.action.setMinimumContentsLength(12)

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.action)

        self.error_action = QLabel(self.tab_general)
        self.error_action.setObjectName(u"error_action")
        self.error_action.setWordWrap(True)
        self.error_action.setText(u"")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_action)

        self.label_status = QLabel(self.tab_general)
        self.label_status.setObjectName(u"label_status")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_status)

        self.status = QComboBox(self.tab_general)
        self.status.setObjectName(u"status")
        self.status.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(12)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.error_status = QLabel(self.tab_general)
        self.error_status.setObjectName(u"error_status")
        self.error_status.setWordWrap(True)
        self.error_status.setText(u"")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_status)

        self.label_activity_type = QLabel(self.tab_general)
        self.label_activity_type.setObjectName(u"label_activity_type")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_activity_type)

        self.activity_type = QComboBox(self.tab_general)
        self.activity_type.setObjectName(u"activity_type")
        self.activity_type.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.activity_type.setMinimumContentsLength(12)

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.activity_type)

        self.error_activity_type = QLabel(self.tab_general)
        self.error_activity_type.setObjectName(u"error_activity_type")
        self.error_activity_type.setWordWrap(True)
        self.error_activity_type.setText(u"")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_activity_type)

        self.label_text_lang = QLabel(self.tab_general)
        self.label_text_lang.setObjectName(u"label_text_lang")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_text_lang)

        self.text_lang = QComboBox(self.tab_general)
        self.text_lang.setObjectName(u"text_lang")
        self.text_lang.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.text_lang.setMinimumContentsLength(12)

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.text_lang)

        self.error_text_lang = QLabel(self.tab_general)
        self.error_text_lang.setObjectName(u"error_text_lang")
        self.error_text_lang.setWordWrap(True)
        self.error_text_lang.setText(u"")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.error_text_lang)

        self.label_description = QLabel(self.tab_general)
        self.label_description.setObjectName(u"label_description")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_description)

        self.description = QPlainTextEdit(self.tab_general)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.description)

        self.error_description = QLabel(self.tab_general)
        self.error_description.setObjectName(u"error_description")
        self.error_description.setWordWrap(True)
        self.error_description.setText(u"")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.error_description)

        self.label_secondary_actions = QLabel(self.tab_general)
        self.label_secondary_actions.setObjectName(u"label_secondary_actions")

        self.generalForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_secondary_actions)

        self.secondary_actions = QListWidget(self.tab_general)
        self.secondary_actions.setObjectName(u"secondary_actions")
        self.secondary_actions.setMaximumSize(QSize(16777215, 110))
        self.secondary_actions.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.secondary_actions.setTextElideMode(Qt.ElideRight)

        self.generalForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.secondary_actions)

        self.error_secondary_actions = QLabel(self.tab_general)
        self.error_secondary_actions.setObjectName(u"error_secondary_actions")
        self.error_secondary_actions.setWordWrap(True)
        self.error_secondary_actions.setText(u"")

        self.generalForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.error_secondary_actions)

        self.approaches_box = QGroupBox(self.tab_general)
        self.approaches_box.setObjectName(u"approaches_box")
        self.approaches_layout = QVBoxLayout(self.approaches_box)
        self.approaches_layout.setObjectName(u"approaches_layout")

        self.generalForm.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.approaches_box)

        self.error_approaches = QLabel(self.tab_general)
        self.error_approaches.setObjectName(u"error_approaches")
        self.error_approaches.setWordWrap(True)
        self.error_approaches.setText(u"")

        self.generalForm.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.error_approaches)

        self.tabs.addTab(self.tab_general, "")
        self.tab_when_where = QWidget()
        self.tab_when_where.setObjectName(u"tab_when_where")
        self.whenWhereLayout = QVBoxLayout(self.tab_when_where)
        self.whenWhereLayout.setObjectName(u"whenWhereLayout")
        self.datesForm = QFormLayout()
        self.datesForm.setObjectName(u"datesForm")
        self.datesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.datesForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.label_planned_start = QLabel(self.tab_when_where)
        self.label_planned_start.setObjectName(u"label_planned_start")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_planned_start)

        self.planned_start = DateField(self.tab_when_where)
        self.planned_start.setObjectName(u"planned_start")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planned_start)

        self.error_planned_start = QLabel(self.tab_when_where)
        self.error_planned_start.setObjectName(u"error_planned_start")
        self.error_planned_start.setWordWrap(True)
        self.error_planned_start.setText(u"")

        self.datesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_planned_start)

        self.label_planned_end = QLabel(self.tab_when_where)
        self.label_planned_end.setObjectName(u"label_planned_end")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_planned_end)

        self.planned_end = DateField(self.tab_when_where)
        self.planned_end.setObjectName(u"planned_end")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.planned_end)

        self.error_planned_end = QLabel(self.tab_when_where)
        self.error_planned_end.setObjectName(u"error_planned_end")
        self.error_planned_end.setWordWrap(True)
        self.error_planned_end.setText(u"")

        self.datesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_planned_end)

        self.label_actual_start = QLabel(self.tab_when_where)
        self.label_actual_start.setObjectName(u"label_actual_start")

        self.datesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_actual_start)

        self.actual_start = DateField(self.tab_when_where)
        self.actual_start.setObjectName(u"actual_start")

        self.datesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.actual_start)

        self.error_actual_start = QLabel(self.tab_when_where)
        self.error_actual_start.setObjectName(u"error_actual_start")
        self.error_actual_start.setWordWrap(True)
        self.error_actual_start.setText(u"")

        self.datesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_actual_start)

        self.label_actual_end = QLabel(self.tab_when_where)
        self.label_actual_end.setObjectName(u"label_actual_end")

        self.datesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_actual_end)

        self.actual_end = DateField(self.tab_when_where)
        self.actual_end.setObjectName(u"actual_end")

        self.datesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.actual_end)

        self.error_actual_end = QLabel(self.tab_when_where)
        self.error_actual_end.setObjectName(u"error_actual_end")
        self.error_actual_end.setWordWrap(True)
        self.error_actual_end.setText(u"")

        self.datesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_actual_end)

        self.label_admin_area = QLabel(self.tab_when_where)
        self.label_admin_area.setObjectName(u"label_admin_area")

        self.datesForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_admin_area)

        self.admin_area = QLineEdit(self.tab_when_where)
        self.admin_area.setObjectName(u"admin_area")

        self.datesForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.admin_area)

        self.error_admin_area = QLabel(self.tab_when_where)
        self.error_admin_area.setObjectName(u"error_admin_area")
        self.error_admin_area.setWordWrap(True)
        self.error_admin_area.setText(u"")

        self.datesForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.error_admin_area)

        self.label_place = QLabel(self.tab_when_where)
        self.label_place.setObjectName(u"label_place")

        self.datesForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_place)

        self.place = QLineEdit(self.tab_when_where)
        self.place.setObjectName(u"place")

        self.datesForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.place)

        self.error_place = QLabel(self.tab_when_where)
        self.error_place.setObjectName(u"error_place")
        self.error_place.setWordWrap(True)
        self.error_place.setText(u"")

        self.datesForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.error_place)


        self.whenWhereLayout.addLayout(self.datesForm)

        self.box_countries = QVBoxLayout()
        self.box_countries.setObjectName(u"box_countries")
        self.label_countries = QLabel(self.tab_when_where)
        self.label_countries.setObjectName(u"label_countries")

        self.box_countries.addWidget(self.label_countries)

        self.countries = QTableWidget(self.tab_when_where)
        self.countries.setObjectName(u"countries")

        self.box_countries.addWidget(self.countries)

        self.buttons_countries = QHBoxLayout()
        self.buttons_countries.setObjectName(u"buttons_countries")
        self.add_countries = QPushButton(self.tab_when_where)
        self.add_countries.setObjectName(u"add_countries")

        self.buttons_countries.addWidget(self.add_countries)

        self.remove_countries = QPushButton(self.tab_when_where)
        self.remove_countries.setObjectName(u"remove_countries")

        self.buttons_countries.addWidget(self.remove_countries)

        self.spacer_countries = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_countries.addItem(self.spacer_countries)


        self.box_countries.addLayout(self.buttons_countries)

        self.error_countries = QLabel(self.tab_when_where)
        self.error_countries.setObjectName(u"error_countries")
        self.error_countries.setWordWrap(True)
        self.error_countries.setText(u"")

        self.box_countries.addWidget(self.error_countries)


        self.whenWhereLayout.addLayout(self.box_countries)

        self.tabs.addTab(self.tab_when_where, "")
        self.tab_money = QWidget()
        self.tab_money.setObjectName(u"tab_money")
        self.moneyLayout = QVBoxLayout(self.tab_money)
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.box_organisations = QVBoxLayout()
        self.box_organisations.setObjectName(u"box_organisations")
        self.label_organisations = QLabel(self.tab_money)
        self.label_organisations.setObjectName(u"label_organisations")

        self.box_organisations.addWidget(self.label_organisations)

        self.organisations = QTableWidget(self.tab_money)
        self.organisations.setObjectName(u"organisations")

        self.box_organisations.addWidget(self.organisations)

        self.buttons_organisations = QHBoxLayout()
        self.buttons_organisations.setObjectName(u"buttons_organisations")
        self.add_organisations = QPushButton(self.tab_money)
        self.add_organisations.setObjectName(u"add_organisations")

        self.buttons_organisations.addWidget(self.add_organisations)

        self.remove_organisations = QPushButton(self.tab_money)
        self.remove_organisations.setObjectName(u"remove_organisations")

        self.buttons_organisations.addWidget(self.remove_organisations)

        self.spacer_organisations = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_organisations.addItem(self.spacer_organisations)


        self.box_organisations.addLayout(self.buttons_organisations)

        self.error_organisations = QLabel(self.tab_money)
        self.error_organisations.setObjectName(u"error_organisations")
        self.error_organisations.setWordWrap(True)
        self.error_organisations.setText(u"")

        self.box_organisations.addWidget(self.error_organisations)


        self.moneyLayout.addLayout(self.box_organisations)

        self.budgetForm = QFormLayout()
        self.budgetForm.setObjectName(u"budgetForm")
        self.budgetForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.budgetForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.label_budget_amount = QLabel(self.tab_money)
        self.label_budget_amount.setObjectName(u"label_budget_amount")

        self.budgetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_budget_amount)

        self.budget_amount = QLineEdit(self.tab_money)
        self.budget_amount.setObjectName(u"budget_amount")

        self.budgetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.budget_amount)

        self.error_budget_amount = QLabel(self.tab_money)
        self.error_budget_amount.setObjectName(u"error_budget_amount")
        self.error_budget_amount.setWordWrap(True)
        self.error_budget_amount.setText(u"")

        self.budgetForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_budget_amount)

        self.label_currency = QLabel(self.tab_money)
        self.label_currency.setObjectName(u"label_currency")

        self.budgetForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_currency)

        self.currency = QComboBox(self.tab_money)
        self.currency.setObjectName(u"currency")
        self.currency.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.currency.setMinimumContentsLength(12)

        self.budgetForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.currency)

        self.error_currency = QLabel(self.tab_money)
        self.error_currency.setObjectName(u"error_currency")
        self.error_currency.setWordWrap(True)
        self.error_currency.setText(u"")

        self.budgetForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_currency)


        self.moneyLayout.addLayout(self.budgetForm)

        self.tabs.addTab(self.tab_money, "")
        self.tab_people = QWidget()
        self.tab_people.setObjectName(u"tab_people")
        self.peopleLayout = QVBoxLayout(self.tab_people)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleLayout.setContentsMargins(4, -1, 4, -1)
        self.people_help = QLabel(self.tab_people)
        self.people_help.setObjectName(u"people_help")
        self.people_help.setWordWrap(True)

        self.peopleLayout.addWidget(self.people_help)

        self.people_input_error = QLabel(self.tab_people)
        self.people_input_error.setObjectName(u"people_input_error")
        self.people_input_error.setWordWrap(True)
        self.people_input_error.setText(u"")

        self.peopleLayout.addWidget(self.people_input_error)

        self.people_tabs = QTabWidget(self.tab_people)
        self.people_tabs.setObjectName(u"people_tabs")
        self.people_tabs.setDocumentMode(True)
        self.tab_reached = QWidget()
        self.tab_reached.setObjectName(u"tab_reached")
        self.reachedLayout = QVBoxLayout(self.tab_reached)
        self.reachedLayout.setObjectName(u"reachedLayout")
        self.reachedLayout.setContentsMargins(0, 0, 0, 0)
        self.people_reached = PeopleGridView(self.tab_reached)
        self.people_reached.setObjectName(u"people_reached")

        self.reachedLayout.addWidget(self.people_reached)

        self.people_tabs.addTab(self.tab_reached, "")
        self.tab_targeted = QWidget()
        self.tab_targeted.setObjectName(u"tab_targeted")
        self.targetedLayout = QVBoxLayout(self.tab_targeted)
        self.targetedLayout.setObjectName(u"targetedLayout")
        self.targetedLayout.setContentsMargins(0, 0, 0, 0)
        self.people_targeted = PeopleGridView(self.tab_targeted)
        self.people_targeted.setObjectName(u"people_targeted")

        self.targetedLayout.addWidget(self.people_targeted)

        self.people_tabs.addTab(self.tab_targeted, "")

        self.peopleLayout.addWidget(self.people_tabs)

        self.error_people = QLabel(self.tab_people)
        self.error_people.setObjectName(u"error_people")
        self.error_people.setWordWrap(True)
        self.error_people.setText(u"")

        self.peopleLayout.addWidget(self.error_people)

        self.totalsForm = QFormLayout()
        self.totalsForm.setObjectName(u"totalsForm")
        self.totalsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.totalsForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.label_reached_total = QLabel(self.tab_people)
        self.label_reached_total.setObjectName(u"label_reached_total")

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_reached_total)

        self.reached_total = QLineEdit(self.tab_people)
        self.reached_total.setObjectName(u"reached_total")

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reached_total)

        self.error_reached_total = QLabel(self.tab_people)
        self.error_reached_total.setObjectName(u"error_reached_total")
        self.error_reached_total.setWordWrap(True)
        self.error_reached_total.setText(u"")

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_reached_total)

        self.label_targeted_total = QLabel(self.tab_people)
        self.label_targeted_total.setObjectName(u"label_targeted_total")

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_targeted_total)

        self.targeted_total = QLineEdit(self.tab_people)
        self.targeted_total.setObjectName(u"targeted_total")

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.targeted_total)

        self.error_targeted_total = QLabel(self.tab_people)
        self.error_targeted_total.setObjectName(u"error_targeted_total")
        self.error_targeted_total.setWordWrap(True)
        self.error_targeted_total.setText(u"")

        self.totalsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_targeted_total)


        self.peopleLayout.addLayout(self.totalsForm)

        self.tabs.addTab(self.tab_people, "")
        self.tab_notes = QWidget()
        self.tab_notes.setObjectName(u"tab_notes")
        self.notesForm = QFormLayout(self.tab_notes)
        self.notesForm.setObjectName(u"notesForm")
        self.notesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.notesForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.label_notes = QLabel(self.tab_notes)
        self.label_notes.setObjectName(u"label_notes")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(self.tab_notes)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notes)

        self.error_notes = QLabel(self.tab_notes)
        self.error_notes.setObjectName(u"error_notes")
        self.error_notes.setWordWrap(True)
        self.error_notes.setText(u"")

        self.notesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_notes)

        self.tabs.addTab(self.tab_notes, "")

        self.mainLayout.addWidget(self.tabs)

        self.summary_error = QLabel(ActivityEditorForm)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setWordWrap(True)
        self.summary_error.setText(u"")

        self.mainLayout.addWidget(self.summary_error)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.history_button = QPushButton(ActivityEditorForm)
        self.history_button.setObjectName(u"history_button")

        self.buttonsLayout.addWidget(self.history_button)

        self.delete_button = QPushButton(ActivityEditorForm)
        self.delete_button.setObjectName(u"delete_button")

        self.buttonsLayout.addWidget(self.delete_button)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonSpacer)

        self.revert_button = QPushButton(ActivityEditorForm)
        self.revert_button.setObjectName(u"revert_button")

        self.buttonsLayout.addWidget(self.revert_button)

        self.save_button = QPushButton(ActivityEditorForm)
        self.save_button.setObjectName(u"save_button")

        self.buttonsLayout.addWidget(self.save_button)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.label_title.setBuddy(self.title)
        self.label_action.setBuddy(self.action)
        self.label_status.setBuddy(self.status)
        self.label_activity_type.setBuddy(self.activity_type)
        self.label_text_lang.setBuddy(self.text_lang)
        self.label_description.setBuddy(self.description)
        self.label_secondary_actions.setBuddy(self.secondary_actions)
        self.label_planned_start.setBuddy(self.planned_start)
        self.label_planned_end.setBuddy(self.planned_end)
        self.label_actual_start.setBuddy(self.actual_start)
        self.label_actual_end.setBuddy(self.actual_end)
        self.label_admin_area.setBuddy(self.admin_area)
        self.label_place.setBuddy(self.place)
        self.label_countries.setBuddy(self.countries)
        self.label_organisations.setBuddy(self.organisations)
        self.label_budget_amount.setBuddy(self.budget_amount)
        self.label_currency.setBuddy(self.currency)
        self.label_reached_total.setBuddy(self.reached_total)
        self.label_targeted_total.setBuddy(self.targeted_total)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityEditorForm)

        QMetaObject.connectSlotsByName(ActivityEditorForm)
    # setupUi

    def retranslateUi(self, ActivityEditorForm):
        ActivityEditorForm.setWindowTitle(QCoreApplication.translate("ActivityEditorForm", u"Activity", None))
        self.label_title.setText(QCoreApplication.translate("ActivityEditorForm", u"&Title:", None))
        self.label_action.setText(QCoreApplication.translate("ActivityEditorForm", u"&Action of the plan:", None))
        self.label_status.setText(QCoreApplication.translate("ActivityEditorForm", u"&Status:", None))
        self.label_activity_type.setText(QCoreApplication.translate("ActivityEditorForm", u"T&ype:", None))
        self.label_text_lang.setText(QCoreApplication.translate("ActivityEditorForm", u"&Language of the texts:", None))
        self.label_description.setText(QCoreApplication.translate("ActivityEditorForm", u"&Description:", None))
        self.label_secondary_actions.setText(QCoreApplication.translate("ActivityEditorForm", u"Other &actions served:", None))
        self.approaches_box.setTitle(QCoreApplication.translate("ActivityEditorForm", u"Cross-cutting approaches applied", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_general), QCoreApplication.translate("ActivityEditorForm", u"General", None))
        self.label_planned_start.setText(QCoreApplication.translate("ActivityEditorForm", u"&Planned start:", None))
        self.label_planned_end.setText(QCoreApplication.translate("ActivityEditorForm", u"Planned &end:", None))
        self.label_actual_start.setText(QCoreApplication.translate("ActivityEditorForm", u"Actual s&tart:", None))
        self.label_actual_end.setText(QCoreApplication.translate("ActivityEditorForm", u"Actual e&nd:", None))
        self.label_admin_area.setText(QCoreApplication.translate("ActivityEditorForm", u"&Region / province:", None))
        self.label_place.setText(QCoreApplication.translate("ActivityEditorForm", u"P&lace:", None))
        self.label_countries.setText(QCoreApplication.translate("ActivityEditorForm", u"&Countries and their role on the route:", None))
        self.add_countries.setText(QCoreApplication.translate("ActivityEditorForm", u"Add", None))
        self.remove_countries.setText(QCoreApplication.translate("ActivityEditorForm", u"Remove selected", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_when_where), QCoreApplication.translate("ActivityEditorForm", u"When and where", None))
        self.label_organisations.setText(QCoreApplication.translate("ActivityEditorForm", u"&Organisations and their role:", None))
        self.add_organisations.setText(QCoreApplication.translate("ActivityEditorForm", u"Add", None))
        self.remove_organisations.setText(QCoreApplication.translate("ActivityEditorForm", u"Remove selected", None))
        self.label_budget_amount.setText(QCoreApplication.translate("ActivityEditorForm", u"&Budget:", None))
        self.label_currency.setText(QCoreApplication.translate("ActivityEditorForm", u"C&urrency:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_money), QCoreApplication.translate("ActivityEditorForm", u"Partners and budget", None))
        self.people_help.setText(QCoreApplication.translate("ActivityEditorForm", u"Type the number of people per population group, sex and age band. Totals update as you type; leave a cell empty when the number is not known.", None))
        self.people_tabs.setTabText(self.people_tabs.indexOf(self.tab_reached), QCoreApplication.translate("ActivityEditorForm", u"People reached", None))
        self.people_tabs.setTabText(self.people_tabs.indexOf(self.tab_targeted), QCoreApplication.translate("ActivityEditorForm", u"People targeted", None))
        self.label_reached_total.setText(QCoreApplication.translate("ActivityEditorForm", u"Total people reached (if known):", None))
        self.label_targeted_total.setText(QCoreApplication.translate("ActivityEditorForm", u"Total people targeted (if known):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_people), QCoreApplication.translate("ActivityEditorForm", u"People", None))
        self.label_notes.setText(QCoreApplication.translate("ActivityEditorForm", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_notes), QCoreApplication.translate("ActivityEditorForm", u"Notes", None))
        self.history_button.setText(QCoreApplication.translate("ActivityEditorForm", u"&History\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("ActivityEditorForm", u"De&lete", None))
        self.revert_button.setText(QCoreApplication.translate("ActivityEditorForm", u"&Undo changes", None))
        self.save_button.setText(QCoreApplication.translate("ActivityEditorForm", u"&Save", None))
    # retranslateUi

