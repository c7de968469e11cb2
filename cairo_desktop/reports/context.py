"""What a report needs besides its figures: language, plan, vocabularies and where it comes from.

Kept apart from the figures so the summary, the annex and the activity sheet share one way of
naming things (a status, a country, an action) in the report's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from cairo_desktop.domain.catalogue import Plan, load_plan
from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.domain.i18n import check_language
from cairo_desktop.domain.vocabularies import Vocabularies, Vocabulary, load_vocabularies
from cairo_desktop.reports import formatting
from cairo_desktop.reports.styles import Styles, make_styles
from cairo_desktop.reports.texts import counted_text, text


@dataclass(frozen=True)
class Origin:
    """Who produced a report, where and when (shown on the cover and in the footer)."""

    author: str
    office: str
    database: str
    produced_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    office_names: dict[str, str] = field(default_factory=dict)


class ReportContext:
    def __init__(self, lang: str, origin: Origin, plan: Plan | None = None,
                 vocabularies: Vocabularies | None = None) -> None:
        self.lang = check_language(lang)
        self.origin = origin
        self.plan = plan or load_plan()
        self.vocab = vocabularies or load_vocabularies()
        self.styles: Styles = make_styles(self.lang)

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def counted(self, key: str, count: int, **values: object) -> str:
        """A phrase whose words follow ``count`` (see :func:`texts.counted_text`)."""
        return counted_text(key, self.lang, count, **values)

    def n(self, value: float | int | None, decimals: int = 0) -> str:
        return formatting.number(value, self.lang, decimals)

    def label(self, vocabulary: Vocabulary, code: str) -> str:
        return vocabulary.label(code, self.lang) if code else ""

    def status(self, code: str) -> str:
        return self.label(self.vocab.statuses, code)

    def country(self, code: str) -> str:
        return self.label(self.vocab.countries, code)

    def age(self, code: str) -> str:
        for band_set in self.vocab.age_band_sets.values():
            if code in band_set:
                return band_set.label(code, self.lang)
        return code

    def action_title(self, code: str) -> str:
        try:
            return self.plan.action(code).short_title.get(self.lang)
        except KeyError:
            return code

    def domain_title(self, number: int) -> str:
        try:
            return self.plan.domain(number).short_title.get(self.lang)
        except KeyError:
            return str(number)

    def approach_title(self, code: str) -> str:
        try:
            return self.plan.approach(code).short_title.get(self.lang)
        except KeyError:
            return code

    def age_order(self) -> list[str]:
        return [code for band_set in self.vocab.age_band_sets.values() for code in band_set.codes]

    def office(self, code: str) -> str:
        name = self.origin.office_names.get(code, "")
        return f"{code} ({name})" if name and name != code else code

    def titled(self, label: str, value: str) -> str:
        """``label: value`` with the report language's spacing ("Domaine 1 : Migration" in French)."""
        return f"{label}{self.t('sep_label')}{value}"

    def footer_parts(self) -> tuple[str, ...]:
        """The process, the office and the day the report was produced, for every page's footer."""
        return (self.t("process"), self.office(self.origin.office), formatting.day(self.origin.produced_at, self.lang))

    def describe(self, selection: ActivityFilter) -> list[tuple[str, str]]:
        """The selection in words: (label, values) pairs in the report's language."""
        parts: list[tuple[str, str]] = []
        join = self.t("sep_list")
        named = (
            ("f_domains", selection.domains, lambda d: f"{d}. {self.domain_title(int(d))}"),
            ("f_actions", selection.actions, lambda a: f"{a} {self.action_title(a)}"),
            ("f_statuses", selection.statuses, self.status),
            ("f_countries", selection.countries, self.country),
            ("f_offices", selection.offices, self.office),
            ("f_approaches", selection.approaches, self.approach_title),
        )
        for key, values, name in named:
            if values:
                listed = join.join(name(v) for v in values)  # type: ignore[operator]
                # Any of the listed values selects an activity, except approaches: each must apply.
                both = key == "f_approaches" and len(values) > 1
                if key == "f_actions":  # activities counted under another main action are selected too
                    listed = self.t("main_or_other", items=listed)
                parts.append((self.t(key), self.t("all_approaches", items=listed) if both else listed))
        words = selection.text.split()
        if words:
            listed = " ".join(words)
            parts.append((self.t("f_text"), self.t("all_words", items=listed) if len(words) > 1 else listed))
        if selection.date_from:
            parts.append((self.t("f_from"), formatting.day(selection.date_from, self.lang)))
        if selection.date_to:
            parts.append((self.t("f_to"), formatting.day(selection.date_to, self.lang)))
        if selection.deleted != "live":
            parts.append((self.t("f_deleted"), self.t("deleted_all" if selection.deleted == "all" else "deleted_only")))
        return parts
