"""One activity on paper: every field, the people grid and its history.

Printed from the editor or with ``cairo-desktop report activity ID``, for a file, a meeting or a
signature. Field labels follow the report language; the activity's own texts stay in the language
they were written in (Arabic and Amharic included).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from cairo_desktop.domain.activity import Activity
from cairo_desktop.domain.readable import ReadableValues, field_label
from cairo_desktop.reports import formatting
from cairo_desktop.reports.context import ReportContext
from cairo_desktop.reports.document import ReportDocument
from cairo_desktop.reports.styles import data_table, label_value_table

ITEMS_PER_ROW = 20


def _fields(ctx: ReportContext, activity: Activity) -> list[tuple[str, str | Flowable]]:
    vocab, lang = ctx.vocab, ctx.lang
    sep = ctx.t("sep_list")
    countries = [f"{ctx.country(c.country)} ({ctx.label(vocab.route_roles, c.role)})" if c.role
                 else ctx.country(c.country) for c in activity.countries]
    budget = f"{ctx.n(activity.budget_amount, 2)} {activity.currency}".strip() if activity.budget_amount is not None else ""
    rows = [
        (ctx.t("id"), activity.id),
        (ctx.t("office"), ctx.office(activity.office)),
        (ctx.t("action"), f"{activity.action} {ctx.action_title(activity.action)} "
                          f"({ctx.titled(ctx.t('domain_n', n=activity.domain), ctx.domain_title(activity.domain))})"),
        (ctx.t("secondary_actions"), sep.join(f"{code} {ctx.action_title(code)}" for code in activity.secondary_actions)),
        (ctx.t("status"), ctx.status(activity.status)),
        (ctx.t("activity_type"), ctx.label(vocab.activity_types, activity.activity_type)),
        (ctx.t("f_approaches"), sep.join(ctx.approach_title(code) for code in activity.approaches)),
        (ctx.titled(ctx.t('dates'), ctx.t('planned')), formatting.period(activity.planned_start, activity.planned_end, lang)),
        (ctx.titled(ctx.t('dates'), ctx.t('actual')), formatting.period(activity.actual_start, activity.actual_end, lang)),
        *_list_rows(ctx, ctx.t("countries"), countries),
        (ctx.t("admin_area"), _own_text(ctx, activity.admin_area)),
        (ctx.t("place"), _own_text(ctx, activity.place)),
        *_organisation_rows(ctx, activity),
        (ctx.t("budget"), budget),
        (ctx.t("people_targeted"), ctx.n(activity.targeted_total) if activity.targeted_total is not None else ""),
        (ctx.t("people_reached"), ctx.n(activity.reached_total) if activity.reached_total is not None else ""),
        (ctx.t("text_lang"), ctx.label(vocab.languages, activity.text_lang)),
        (ctx.t("created_by"), f"{formatting.moment(activity.created_at, lang)} — {activity.created_by}"),
        (ctx.t("updated_by"), f"{formatting.moment(activity.updated_at, lang)} — {activity.updated_by}"),
        (ctx.t("revision"), activity.rev),
    ]
    return [(label, value or "—") for label, value in rows]


def _own_text(ctx: ReportContext, value: str) -> Flowable | str:
    """A person's text for the field table, in its own direction ("" when empty, so it shows "—")."""
    return ctx.styles.content(value, ctx.styles.cell) if value else ""


def _list_rows(ctx: ReportContext, label: str, items: list[str]) -> list[tuple[str, str]]:
    """A long list over several rows of at most :data:`ITEMS_PER_ROW` items, labelled once.

    A table row cannot continue on the next page: an activity covering a hundred countries made
    one row taller than a page, and reportlab gave up on the whole sheet.
    """
    chunks = [items[start:start + ITEMS_PER_ROW] for start in range(0, len(items), ITEMS_PER_ROW)] or [[]]
    return [(label if index == 0 else "", ctx.t("sep_list").join(chunk)) for index, chunk in enumerate(chunks)]


def _organisation_rows(ctx: ReportContext, activity: Activity) -> list[tuple[str, str]]:
    """One row per organisation, labelled once.

    A table row cannot continue on the next page, so a long list of organisations must not become
    one row taller than a page.
    """
    vocab = ctx.vocab
    names = [f"{o.name} — {ctx.label(vocab.organisation_roles, o.role)}"
             + (f" ({ctx.label(vocab.organisation_types, o.type)})" if o.type else "") for o in activity.organisations]
    if not names:
        return [(ctx.t("organisations"), "")]
    return [(ctx.t("organisations") if index == 0 else "", name) for index, name in enumerate(names)]


def _long_texts(ctx: ReportContext, activity: Activity) -> list[Any]:
    """The description and the notes under headings, outside the field table.

    They may hold up to 32,000 characters; inside a table row they could not continue on the next
    page and reportlab would give up on the whole sheet. As paragraphs they flow over pages.
    """
    s = ctx.styles
    story: list[Any] = []
    for key, value in (("description", activity.description), ("notes", activity.notes)):
        story.append(s.p(ctx.t(key), s.h2))
        story += [s.content(line, s.body) if line.strip() else Spacer(1, s.body.leading / 2)
                  for line in (value or "—").split("\n")]
    return story


def _label_table(ctx: ReportContext, rows: Sequence[tuple[str, str | Flowable]], width: float) -> Table:
    return label_value_table(ctx.styles, rows, width, label_share=0.27, padding=3, rule=0.3)


def _people(ctx: ReportContext, activity: Activity, width: float) -> list[Any]:
    s = ctx.styles
    if not activity.people:
        return [s.p(ctx.t("no_people"), s.note)]
    rows: list[tuple[str, ...]] = [
        (ctx.label(ctx.vocab.population_groups, p.group), ctx.label(ctx.vocab.sexes, p.sex), ctx.age(p.age),
         ctx.n(p.targeted) if p.targeted is not None else "", ctx.n(p.reached) if p.reached is not None else "")
        for p in activity.people]
    rows.append((ctx.t("total"), "", "", ctx.n(activity.people_total("targeted")), ctx.n(activity.people_total("reached"))))
    header = [ctx.t("population_group"), ctx.t("sex"), ctx.t("age_band"), ctx.t("targeted"), ctx.t("reached")]
    return [data_table(s, header, rows, [width * w for w in (0.34, 0.14, 0.24, 0.14, 0.14)], numeric=(3, 4),
                       total_row=True)]


def _short(text: str) -> str:
    return text if len(text) <= 90 else text[:87] + "…"


def _change(ctx: ReportContext, readable: ReadableValues, change: Any) -> str:
    """One field's change, "Status: Implementation → Closed", in the report language's punctuation."""
    old, new = (_short(readable.value(change.field, value, ctx.lang)) for value in (change.old, change.new))
    return ctx.titled(field_label(change.field, ctx.lang), old + ctx.t("becomes") + new)


def _history(ctx: ReportContext, history: Sequence[Any], width: float) -> list[Any]:
    rows = []
    readable = ReadableValues(ctx.plan, ctx.vocab)
    for entry in history:
        kind = ("deleted" if entry.deleted else "merged" if entry.is_merge else "edited" if entry.parents else "created")
        changes = "\n".join(_change(ctx, readable, c) for c in entry.changes) if entry.parents else ""
        rows.append((formatting.moment(entry.created_at, ctx.lang), f"{entry.author} ({entry.office})",
                     f"{ctx.t(kind)} · {entry.rev_id[:12]}", changes or "—"))
    header = [ctx.t("when"), ctx.t("who"), ctx.t("revision"), ctx.t("changes")]
    return [data_table(ctx.styles, header, rows, [width * w for w in (0.2, 0.18, 0.2, 0.42)])]


def write_activity_sheet(path: Path, ctx: ReportContext, activity: Activity, history: Sequence[Any],
                         page_size: str = "A4") -> Path:
    s = ctx.styles
    doc = ReportDocument(path, s, page_size, f"{ctx.t('sheet_title')} · {activity.id[:8]}", ctx.footer_parts(),
                         cover=False)
    width = doc.width
    story: list[Any] = [s.p(ctx.t("sheet_title"), s.subtitle), s.content(activity.title, s.h1)]
    if activity.deleted:
        story.append(s.p(ctx.t("deleted_mark"), s.gap, True))
    if len(activity.heads) > 1:
        story.append(s.p(ctx.counted("heads_warning", len(activity.heads)), s.gap))
    story += [_label_table(ctx, _fields(ctx, activity), width), Spacer(1, 2 * mm)] + _long_texts(ctx, activity)
    story += [Spacer(1, 4 * mm), s.p(ctx.t("people"), s.h1)] + _people(ctx, activity, width)
    story += [Spacer(1, 4 * mm), s.p(ctx.t("history"), s.h1)] + _history(ctx, history, width)
    doc.build_story(story)
    return path

