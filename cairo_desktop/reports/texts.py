"""Headings and labels of the reports in English, French and Arabic.

The core cannot use Qt's translator, and the reports need only a few dozen phrases, so they live
here as a small table. Plan texts and vocabulary labels come translated from the catalogue.
"""

from __future__ import annotations

from cairo_desktop.domain.i18n import LANGUAGES

_TEXTS: dict[str, tuple[str, str, str]] = {
    # key: (English, French, Arabic)
    "summary_title": ("Cairo Action Plan: summary of activities", "Plan d'action du Caire : synthèse des activités",
                      "خطة عمل القاهرة: ملخص الأنشطة"),
    "process": ("Khartoum Process", "Processus de Khartoum", "عملية الخرطوم"),
    "selection": ("Selection", "Sélection", "نطاق التقرير"),
    "all_activities": ("All recorded activities", "Toutes les activités enregistrées", "جميع الأنشطة المسجلة"),
    "produced_by": ("Produced by", "Établi par", "أعدّه"),
    "produced_on": ("Produced on", "Établi le", "تاريخ الإعداد"),
    "office": ("Office", "Bureau", "المكتب"),
    "database": ("Database", "Base de données", "قاعدة البيانات"),
    "f_domains": ("Domains", "Domaines", "المجالات"),
    "f_actions": ("Actions", "Actions", "الإجراءات"),
    "f_statuses": ("Statuses", "Statuts", "الحالات"),
    "f_countries": ("Countries", "Pays", "البلدان"),
    "f_offices": ("Offices", "Bureaux", "المكاتب"),
    "f_approaches": ("Approaches", "Approches", "النُّهُج"),
    "f_text": ("Words", "Mots", "كلمات البحث"),
    "f_from": ("Running on or after", "En cours le ou après le", "جارية في أو بعد"),
    "f_to": ("Running on or before", "En cours le ou avant le", "جارية في أو قبل"),
    "f_deleted": ("Deleted activities", "Activités supprimées", "الأنشطة المحذوفة"),
    "key_figures": ("Key figures", "Chiffres clés", "الأرقام الرئيسية"),
    "activities": ("Activities", "Activités", "الأنشطة"),
    "countries_covered": ("Countries covered", "Pays couverts", "البلدان المشمولة"),
    "offices_reporting": ("Offices reporting", "Bureaux déclarants", "المكاتب المُبلِّغة"),
    "people_targeted": ("People targeted", "Personnes ciblées", "الأشخاص المستهدفون"),
    "people_reached": ("People reached", "Personnes atteintes", "الأشخاص الذين تم الوصول إليهم"),
    "targeted": ("Targeted", "Ciblées", "المستهدفون"),
    "reached": ("Reached", "Atteintes", "وُصِل إليهم"),  # not "الواصلون" (those who arrived); short for the annex
    "by_status": ("Activities by status", "Activités par statut", "الأنشطة حسب الحالة"),
    "status": ("Status", "Statut", "الحالة"),
    "people_by_sex_age": ("People by sex and age band", "Personnes par sexe et tranche d'âge",
                          "الأشخاص حسب الجنس والفئة العمرية"),
    "sex": ("Sex", "Sexe", "الجنس"),
    "age_band": ("Age band", "Tranche d'âge", "الفئة العمرية"),
    "total": ("Total", "Total", "المجموع"),
    "budget_by_currency": ("Budget by currency", "Budget par devise", "الميزانية حسب العملة"),
    "currency": ("Currency", "Devise", "العملة"),
    "budget": ("Budget", "Budget", "الميزانية"),
    "no_currency": ("Not stated", "Non précisée", "غير محددة"),
    "stated_totals": ("Taking each activity's stated total where it gives one: {targeted} targeted, {reached} reached.",
                      "En retenant le total déclaré par chaque activité qui en donne un : {targeted} ciblées, "
                      "{reached} atteintes.",
                      "باعتماد المجموع المعلن لكل نشاط يذكره: {targeted} مستهدفًا، و{reached} تم الوصول إليهم."),
    "people_note": ("People are counted from the figures broken down by population group, sex and age.",
                    "Les personnes sont comptées à partir des chiffres ventilés par groupe, sexe et âge.",
                    "يُحسب الأشخاص من الأرقام المفصلة حسب الفئة السكانية والجنس والعمر."),
    "domains_actions": ("Domains and actions", "Domaines et actions", "المجالات والإجراءات"),
    "domain_n": ("Domain {n}", "Domaine {n}", "المجال {n}"),
    "action_n": ("Action {code}", "Action {code}", "الإجراء {code}"),
    "no_activity_action": ("Gap: no activity recorded against this action.",
                           "Lacune : aucune activité enregistrée pour cette action.",
                           "فجوة: لم يُسجَّل أي نشاط في إطار هذا الإجراء."),
    "countries": ("Countries", "Pays", "البلدان"),
    "approaches_title": ("Cross-cutting approaches", "Approches transversales", "النُّهُج الشاملة"),
    "approach": ("Approach", "Approche", "النهج"),
    "share": ("Share of activities", "Part des activités", "نسبة الأنشطة"),
    "population_groups": ("People reached by population group", "Personnes atteintes par groupe de population",
                          "الأشخاص الذين تم الوصول إليهم حسب الفئة السكانية"),
    "population_group": ("Population group", "Groupe de population", "الفئة السكانية"),
    "by_country": ("Countries along the route", "Pays le long de la route", "البلدان على طول المسار"),
    "country": ("Country", "Pays", "البلد"),
    "origin": ("Origin", "Origine", "منشأ"),
    "transit": ("Transit", "Transit", "عبور"),
    "destination": ("Destination", "Destination", "مقصد"),
    "role_unstated": ("Role not stated", "Rôle non précisé", "دور غير محدد"),
    "country_note": ("Activities per country by the country's role on the route; people reached are those of the "
                     "activities covering the country, so a multi-country activity counts in each.",
                     "Activités par pays selon le rôle du pays sur la route ; les personnes atteintes sont celles des "
                     "activités couvrant le pays : une activité multi-pays compte pour chacun.",
                     "الأنشطة في كل بلد حسب دوره على المسار؛ الأشخاص الذين تم الوصول إليهم هم أولئك المشمولون "
                     "بالأنشطة التي تغطي البلد، لذا يُحتسب النشاط المتعدد البلدان في كل منها."),
    "chart_domains": ("Activities per domain, by status", "Activités par domaine, par statut",
                      "الأنشطة حسب المجال والحالة"),
    "chart_people": ("People reached by age band and sex", "Personnes atteintes par tranche d'âge et sexe",
                     "الأشخاص الذين تم الوصول إليهم حسب الفئة العمرية والجنس"),
    "chart_approaches": ("Share of activities applying each approach", "Part des activités appliquant chaque approche",
                         "نسبة الأنشطة التي تطبق كل نهج"),
    "annex": ("Annex: list of activities", "Annexe : liste des activités", "مرفق: قائمة الأنشطة"),
    "title": ("Title", "Titre", "العنوان"),
    "action": ("Action", "Action", "الإجراء"),
    "dates": ("Dates", "Dates", "التواريخ"),
    "start": ("Start", "Début", "البداية"),
    "end": ("End", "Fin", "النهاية"),
    "place": ("Place", "Lieu", "المكان"),
    "page_of": ("Page {page} of", "Page {page} sur", "صفحة {page} من"),
    "no_match": ("No activity matches this selection, so there is nothing to add up. Widen the selection "
                 "({criteria}: see the cover) and produce the report again.",
                 "Aucune activité ne correspond à cette sélection : il n'y a rien à totaliser. Élargissez la "
                 "sélection ({criteria} : voir la page de titre) et établissez à nouveau le rapport.",
                 "لا يوجد أي نشاط يطابق هذا النطاق، فلا شيء يمكن جمعه. وسّع النطاق ({criteria}: انظر صفحة "
                 "الغلاف) ثم أعد إعداد التقرير."),
    "nothing_recorded": ("No activity is recorded in this database yet, so there is nothing to add up.",
                         "Aucune activité n'est encore enregistrée dans cette base de données : il n'y a rien à "
                         "totaliser.",
                         "لم يُسجَّل أي نشاط في قاعدة البيانات هذه بعد، فلا شيء يمكن جمعه."),
    "none": ("None", "Aucun", "لا شيء"),
    # Approaches and search words select an activity only if it has every one of them.
    "all_approaches": ("{items} (all of them)", "{items} (toutes à la fois)", "{items} (جميعها معًا)"),
    "main_or_other": ("{items} (as main or other action)", "{items} (comme action principale ou autre)",
                      "{items} (إجراءً رئيسيًا أو إضافيًا)"),
    "all_words": ("{items} (all of them)", "{items} (tous à la fois)", "{items} (جميعها معًا)"),
    "deleted_all": ("Included", "Incluses", "مشمولة"),
    "deleted_only": ("Only deleted activities", "Uniquement les activités supprimées", "الأنشطة المحذوفة فقط"),
    # Punctuation between a label and its value, between items and between groups: French puts a
    # no-break space before a colon or a semicolon, Arabic has its own comma and semicolon.
    "sep_label": (": ", "\u00a0: ", ": "),
    "sep_list": (", ", ", ", "، "),
    "sep_group": ("; ", "\u00a0; ", "؛ "),
    # Old value, then new: read from the right in Arabic, so the arrow points left.
    "becomes": (" → ", " → ", " ← "),
    # activity sheet
    "sheet_title": ("Activity sheet", "Fiche d'activité", "بطاقة النشاط"),
    "deleted_mark": ("DELETED", "SUPPRIMÉE", "محذوف"),
    "id": ("Identifier", "Identifiant", "المعرّف"),
    "description": ("Description", "Description", "الوصف"),
    "secondary_actions": ("Other actions", "Autres actions", "إجراءات أخرى"),
    "activity_type": ("Type", "Type", "النوع"),
    "planned": ("Planned", "Prévues", "المخطط"),
    "actual": ("Actual", "Effectives", "الفعلي"),
    "admin_area": ("Administrative area", "Zone administrative", "المنطقة الإدارية"),
    "organisations": ("Organisations", "Organisations", "المنظمات"),
    "text_lang": ("Language of the texts", "Langue des textes", "لغة النصوص"),
    "notes": ("Notes", "Notes", "ملاحظات"),
    "people": ("People", "Personnes", "الأشخاص"),
    "no_people": ("No figures broken down by group, sex and age.", "Aucun chiffre ventilé par groupe, sexe et âge.",
                  "لا توجد أرقام مفصلة حسب الفئة والجنس والعمر."),
    "history": ("History", "Historique", "السجل"),
    "revision": ("Revision", "Révision", "المراجعة"),
    "when": ("When", "Quand", "التوقيت"),
    "who": ("Who", "Qui", "من"),
    "changes": ("Changes", "Modifications", "التغييرات"),
    "created": ("created", "créée", "أُنشئ"),
    "edited": ("edited", "modifiée", "عُدّل"),
    "merged": ("merged", "fusionnée", "دُمج"),
    "deleted": ("deleted", "supprimée", "حُذف"),
    "record": ("Record", "Enregistrement", "السجل"),
    "created_by": ("Created", "Créée", "الإنشاء"),
    "updated_by": ("Last changed", "Dernière modification", "آخر تعديل"),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
}


# Phrases whose words follow a count: one form per plural category of the language, in the order of
# PLURAL_CATEGORIES (CLDR's rules). Arabic has six: "إجراء واحد", "إجراءان", "3 إجراءات", "11 إجراءً"...
PLURAL_CATEGORIES = {"en": ("one", "other"), "fr": ("one", "other"),
                     "ar": ("zero", "one", "two", "few", "many", "other")}
_AR_GAPS = "من الإجراءات الـ{total} بلا أي نشاط في هذا النطاق."
_AR_HEADS = "غير مدمجة (يوجد تعارض بانتظار المراجعة)."
_COUNTED: dict[str, dict[str, tuple[str, ...]]] = {
    "gaps_count": {
        "en": ("{n} of {total} actions has no activity in this selection.",
               "{n} of {total} actions have no activity in this selection."),
        "fr": ("{n} action sur {total} n'a aucune activité dans cette sélection.",
               "{n} actions sur {total} n'ont aucune activité dans cette sélection."),
        "ar": (f"لا إجراء {_AR_GAPS}", f"إجراء واحد {_AR_GAPS}", f"إجراءان {_AR_GAPS}", f"{{n}} {_AR_GAPS}",
               f"{{n}} {_AR_GAPS}", f"{{n}} {_AR_GAPS}"),
    },
    "heads_warning": {
        "en": ("This activity has {n} unmerged version (a conflict awaits review).",
               "This activity has {n} unmerged versions (a conflict awaits review)."),
        "fr": ("Cette activité a {n} version non fusionnée (un conflit attend un examen).",
               "Cette activité a {n} versions non fusionnées (un conflit attend un examen)."),
        "ar": (f"ليس لهذا النشاط نسخ {_AR_HEADS}", f"لهذا النشاط نسخة واحدة {_AR_HEADS}",
               "لهذا النشاط نسختان غير مدمجتين (يوجد تعارض بانتظار المراجعة).", f"لهذا النشاط {{n}} نسخ {_AR_HEADS}",
               f"لهذا النشاط {{n}} نسخة {_AR_HEADS}", f"لهذا النشاط {{n}} نسخة {_AR_HEADS}"),
    },
}


def plural_category(lang: str, count: int) -> str:
    """The CLDR plural category of a whole ``count`` in ``lang`` (English's rule for other languages)."""
    if lang == "fr":
        return "one" if count in (0, 1) else "other"
    if lang == "ar":
        if count in (0, 1, 2):
            return ("zero", "one", "two")[count]
        return "few" if 3 <= count % 100 <= 10 else "many" if count % 100 >= 11 else "other"
    return "one" if count == 1 else "other"


def counted_text(key: str, lang: str, count: int, **values: object) -> str:
    """The phrase ``key`` in the form ``count`` takes in ``lang``, with ``{n}`` (the count) and ``{names}`` filled in."""
    lang = lang if lang in PLURAL_CATEGORIES else "en"
    forms = _COUNTED[key][lang]
    return forms[PLURAL_CATEGORIES[lang].index(plural_category(lang, count))].format(n=count, **values)


def text(key: str, lang: str, **values: object) -> str:
    """The phrase ``key`` in ``lang`` (English when the language is unknown), with ``{names}`` filled in."""
    phrases = _TEXTS[key]
    phrase = phrases[LANGUAGES.index(lang)] if lang in LANGUAGES else phrases[0]
    return phrase.format(**values) if values else phrase


def keys() -> tuple[str, ...]:
    return tuple(_TEXTS)


def counted_keys() -> tuple[str, ...]:
    return tuple(_COUNTED)
