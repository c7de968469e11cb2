"""Content fields and values as people read them, in English, French or Arabic.

Conflicts and histories name a field of the canonical content (``"people"``, ``"budget_amount"``)
and hold its stored value: codes, lists of dicts, flags. A coordinator deciding which of two values
to keep must see "Refugees, Female, Adults (18-59): 40 targeted, 35 reached", not a JSON list.
The command line, the conflicts and history windows and the activity sheet all word them here, so
they agree. Codes the plan or vocabularies do not know are shown as they are.
"""

from __future__ import annotations

import json
from typing import Any, Callable

from cairo_desktop.domain.catalogue import Plan
from cairo_desktop.domain.i18n import LocalText
from cairo_desktop.domain.merge import DELETED_FIELD
from cairo_desktop.domain.vocabularies import Vocabularies, Vocabulary

EMPTY = "—"

_FIELD_LABELS: dict[str, LocalText] = {
    "title": LocalText("Title", "Titre", "العنوان"),
    "action": LocalText("Action", "Action", "الإجراء"),
    "secondary_actions": LocalText("Other actions", "Autres actions", "إجراءات أخرى"),
    "approaches": LocalText("Approaches", "Approches", "النُّهُج"),
    "status": LocalText("Status", "Statut", "الحالة"),
    "activity_type": LocalText("Type", "Type", "النوع"),
    "description": LocalText("Description", "Description", "الوصف"),
    "text_lang": LocalText("Language of the texts", "Langue des textes", "لغة النصوص"),
    "planned_start": LocalText("Planned start", "Début prévu", "البداية المخططة"),
    "planned_end": LocalText("Planned end", "Fin prévue", "النهاية المخططة"),
    "actual_start": LocalText("Actual start", "Début effectif", "البداية الفعلية"),
    "actual_end": LocalText("Actual end", "Fin effective", "النهاية الفعلية"),
    "countries": LocalText("Countries", "Pays", "البلدان"),
    "admin_area": LocalText("Administrative area", "Zone administrative", "المنطقة الإدارية"),
    "place": LocalText("Place", "Lieu", "المكان"),
    "organisations": LocalText("Organisations", "Organisations", "المنظمات"),
    "budget_amount": LocalText("Budget", "Budget", "الميزانية"),
    "currency": LocalText("Currency", "Devise", "العملة"),
    "people": LocalText("People by group, sex and age", "Personnes par groupe, sexe et âge",
                        "الأشخاص حسب الفئة والجنس والعمر"),
    "targeted_total": LocalText("People targeted (total)", "Personnes ciblées (total)", "الأشخاص المستهدفون (المجموع)"),
    "reached_total": LocalText("People reached (total)", "Personnes atteintes (total)",
                               "الأشخاص الذين تم الوصول إليهم (المجموع)"),
    "notes": LocalText("Notes", "Notes", "ملاحظات"),
    DELETED_FIELD: LocalText("Deleted or kept", "Supprimée ou conservée", "محذوف أم محتفظ به"),
}
_WORDS: dict[str, LocalText] = {
    "deleted": LocalText("deleted", "supprimée", "محذوف"),
    "kept": LocalText("kept", "conservée", "محتفظ به"),
    "targeted": LocalText("targeted", "ciblées", "مستهدفون"),
    "reached": LocalText("reached", "atteintes", "تم الوصول إليهم"),
}


def field_label(field: str, lang: str = "en") -> str:
    """The name people know a content field by (the field's own name if it is not one of ours)."""
    label = _FIELD_LABELS.get(field)
    return label.get(lang) if label else field


class ReadableValues:
    """Words the values of content fields with one plan and one set of vocabularies."""

    def __init__(self, plan: Plan, vocabularies: Vocabularies) -> None:
        self.vocab = vocabularies
        self._actions = {action.code: action for action in plan.actions}
        self._approaches = {approach.code: approach for approach in plan.approaches}
        ages = {term.code: term for band_set in vocabularies.age_band_sets.values() for term in band_set}
        self._age_labels = {code: term.label for code, term in ages.items()}
        v = vocabularies
        self._single: dict[str, Callable[[str, str], str]] = {
            "action": self._action,
            "status": _labeller(v.statuses),
            "activity_type": _labeller(v.activity_types),
            "text_lang": _labeller(v.languages),
        }
        self._lists: dict[str, Callable[[Any, str], str]] = {
            "secondary_actions": lambda code, lang: self._action(code, lang),
            "approaches": self._approach,
            "countries": self._country,
            "organisations": self._organisation,
            "people": self._people_row,
        }

    def value(self, field: str, value: Any, lang: str = "en", separator: str | None = None) -> str:
        """``value`` of ``field`` in words; an empty value is a dash. The items of a list (people,
        countries...) are joined by ``separator`` (a semicolon when not given; a window may prefer a new line)."""
        if field == DELETED_FIELD and isinstance(value, bool):
            return _WORDS["deleted" if value else "kept"].get(lang)
        if value is None or value == "" or value == []:
            return EMPTY
        try:
            if field in self._single and isinstance(value, str):
                return self._single[field](value, lang)
            if field in self._lists and isinstance(value, list):
                joiner = separator if separator is not None else ("؛ " if lang == "ar" else "; ")
                return joiner.join(self._lists[field](item, lang) for item in value)
            if field == "budget_amount" and isinstance(value, (int, float)) and not isinstance(value, bool):
                return f"{value:.2f}"
        except (KeyError, TypeError, AttributeError):
            pass  # not in the expected shape (an older or hand-made value): shown as stored, below
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    def _action(self, code: str, lang: str) -> str:
        action = self._actions.get(code)
        return f"{code} {action.short_title.get(lang)}" if action else code

    def _approach(self, code: str, lang: str) -> str:
        approach = self._approaches.get(code)
        return approach.short_title.get(lang) if approach else code

    def _country(self, item: dict[str, Any], lang: str) -> str:
        name = self.vocab.countries.label(item["country"], lang)
        return f"{name} ({self.vocab.route_roles.label(item['role'], lang)})" if item.get("role") else name

    def _organisation(self, item: dict[str, Any], lang: str) -> str:
        text = f"{item['name']} — {self.vocab.organisation_roles.label(item['role'], lang)}"
        return f"{text} ({self.vocab.organisation_types.label(item['type'], lang)})" if item.get("type") else text

    def _people_row(self, item: dict[str, Any], lang: str) -> str:
        age = self._age_labels.get(item["age"])
        comma = "، " if lang == "ar" else ", "
        who = comma.join((self.vocab.population_groups.label(item["group"], lang),
                         self.vocab.sexes.label(item["sex"], lang), age.get(lang) if age else item["age"]))
        counts = [f"{item[key]} {_WORDS[key].get(lang)}" for key in ("targeted", "reached") if item.get(key) is not None]
        return f"{who}: {comma.join(counts)}" if counts else who


def _labeller(vocabulary: Vocabulary) -> Callable[[str, str], str]:
    return lambda code, lang: vocabulary.label(code, lang)
