"""The summary report: cover, key figures, charts, then the plan domain by domain.

Builds the story from a :class:`~cairo_desktop.reports.aggregate.SummaryData` (never from
activities) and writes the PDF. The detailed sections (actions, approaches, countries) are in
:mod:`cairo_desktop.reports.summary_sections`; the optional list of activities in
:mod:`cairo_desktop.reports.annex`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.reports import formatting
from cairo_desktop.reports.aggregate import SummaryData
from cairo_desktop.reports.charts import Series, bar_chart
from cairo_desktop.reports.context import ReportContext
from cairo_desktop.reports.document import ReportDocument
from cairo_desktop.reports.shaping import text_width, unbreakable, visual
from cairo_desktop.reports.styles import BAND, TEAL, Styles, data_table, label_value_table, table_style
from cairo_desktop.reports.summary_sections import (action_sections, actions_in_scope, approach_section,
                                                     country_section)

TILE_PADDING = 6.0  # reportlab's default cell padding, left and right
MIN_FIGURE_SIZE = 6.0


def cover(ctx: ReportContext, selection: ActivityFilter, width: float) -> list[Any]:
    s = ctx.styles
    origin = ctx.origin
    story: list[Any] = [Spacer(1, 30 * mm), s.p(ctx.t("process").upper(), s.subtitle),
                        s.p(ctx.t("summary_title"), s.title), s.p(ctx.plan.title.get(ctx.lang), s.subtitle),
                        Spacer(1, 8 * mm), s.p(ctx.t("selection"), s.h2)]
    criteria = ctx.describe(selection) or [(ctx.t("activities"), ctx.t("all_activities"))]
    rows = [(label, value) for label, value in criteria]
    rows += [(ctx.t("produced_by"), origin.author), (ctx.t("office"), ctx.office(origin.office)),
             (ctx.t("database"), origin.database),
             (ctx.t("produced_on"), formatting.moment(origin.produced_at.isoformat(), ctx.lang))]
    story.append(_label_table(ctx, rows, width))
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def _label_table(ctx: ReportContext, rows: list[tuple[str, str]], width: float) -> Table:
    return label_value_table(ctx.styles, rows, width, label_share=0.28, padding=4, rule=0.4)


def _tiles(ctx: ReportContext, figures: list[tuple[str, str]], width: float) -> Table:
    s = ctx.styles
    if s.rtl:
        figures = list(reversed(figures))
    tile = width / len(figures)
    style = _figure_style(s, [value for _label, value in figures], tile - 2 * TILE_PADDING - 2)
    data = [[s.p(value, style, True) for _label, value in figures],
            [s.p(label, s.figure_label) for label, _value in figures]]
    table = Table(data, colWidths=[tile] * len(figures))
    table.setStyle(table_style(s, [("BACKGROUND", (0, 0), (-1, -1), BAND), ("LINEABOVE", (0, 0), (-1, 0), 2, TEAL),
                               ("LINEAFTER", (0, 0), (-2, -1), 3, "white"), ("TOPPADDING", (0, 0), (-1, 0), 9),
                               ("BOTTOMPADDING", (0, -1), (-1, -1), 9), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _figure_style(s: Styles, values: list[str], room: float) -> ParagraphStyle:
    """The tiles' figure style, smaller when the widest figure would not fit its tile on one line.

    A figure in the millions broken over two lines ("4,824,67" / "5") reads as two numbers.
    """
    widest = max(text_width(unbreakable(visual(value, s.rtl)), s.family, s.figure.fontSize, True) for value in values)
    if widest <= room:
        return s.figure
    size = max(s.figure.fontSize * room / widest, MIN_FIGURE_SIZE)
    return ParagraphStyle("figure-small", parent=s.figure, fontSize=size, leading=s.figure.leading * size / s.figure.fontSize)


def key_figures(ctx: ReportContext, data: SummaryData, width: float) -> list[Any]:
    s = ctx.styles
    offices = data.activities_by("office")
    story: list[Any] = [s.p(ctx.t("key_figures"), s.h1), _tiles(ctx, [
        (ctx.t("activities"), ctx.n(data.total)),
        (ctx.t("countries_covered"), ctx.n(len(data.countries_of()))),
        (ctx.t("offices_reporting"), ctx.n(len(offices))),
        (ctx.t("people_targeted"), ctx.n(data.people_total("targeted"))),
        (ctx.t("people_reached"), ctx.n(data.people_total("reached"))),
    ], width), Spacer(1, 3 * mm), s.p(ctx.t("people_note"), s.note)]
    targeted, reached = data.stated_totals()
    story.append(s.p(ctx.t("stated_totals", targeted=ctx.n(targeted), reached=ctx.n(reached)), s.note))

    statuses = data.statuses_of()
    codes = [code for code in ctx.vocab.statuses.codes if statuses.get(code)]
    shares = formatting.shares([statuses[code] for code in codes], data.total, ctx.lang)
    rows = [(ctx.status(code), ctx.n(statuses[code]), share) for code, share in zip(codes, shares)]
    rows.append((ctx.t("total"), ctx.n(data.total), formatting.percent(data.total, data.total, ctx.lang)))
    half = (width - 8 * mm) / 2
    by_status = [s.p(ctx.t("by_status"), s.h2),
                 data_table(s, [ctx.t("status"), ctx.t("activities"), "%"], rows, [half * 0.52, half * 0.28, half * 0.2],
                            numeric=(1, 2), total_row=True)]
    budget = data.budget()
    budget_rows = [(code or ctx.t("no_currency"), ctx.n(count), ctx.n(amount))
                   for code, (count, amount) in sorted(budget.items(), key=lambda item: -item[1][1])]
    by_budget = [s.p(ctx.t("budget_by_currency"), s.h2),
                 data_table(s, [ctx.t("currency"), ctx.t("activities"), ctx.t("budget")], budget_rows or
                            [(ctx.t("none"), "0", "0")], [half * 0.3, half * 0.28, half * 0.42], numeric=(1, 2))]
    story.append(_side_by_side(ctx, by_status, by_budget, half))

    by_sex = [s.p(ctx.t("people_by_sex_age"), s.h2), _people_table(ctx, data, "sex", half)]
    by_age = [s.p("", s.h2), _people_table(ctx, data, "age", half)]
    story.append(_side_by_side(ctx, by_sex, by_age, half))
    return story


def _people_table(ctx: ReportContext, data: SummaryData, by: str, width: float) -> Table:
    targeted = data.people("targeted", by=(by,))
    reached = data.people("reached", by=(by,))
    codes = ctx.vocab.sexes.codes if by == "sex" else ctx.age_order()
    rows = [(ctx.label(ctx.vocab.sexes, code) if by == "sex" else ctx.age(code),
             ctx.n(targeted[(code,)]), ctx.n(reached[(code,)]))
            for code in codes if targeted.get((code,)) or reached.get((code,))]
    rows.append((ctx.t("total"), ctx.n(sum(targeted.values())), ctx.n(sum(reached.values()))))
    header = [ctx.t("sex") if by == "sex" else ctx.t("age_band"), ctx.t("targeted"), ctx.t("reached")]
    return data_table(ctx.styles, header, rows, [width * 0.46, width * 0.27, width * 0.27], numeric=(1, 2),
                      total_row=True)


def _side_by_side(ctx: ReportContext, first: list[Any], second: list[Any], half: float) -> Table:
    cells = [second, first] if ctx.styles.rtl else [first, second]
    table = Table([cells], colWidths=[half + 4 * mm, half + 4 * mm])
    table.setStyle(table_style(ctx.styles, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def charts(ctx: ReportContext, data: SummaryData, width: float, selection: ActivityFilter) -> list[Any]:
    s = ctx.styles
    story: list[Any] = [CondPageBreak(90 * mm), s.p(ctx.t("chart_domains"), s.h1)]
    domains = sorted({action.domain for action in actions_in_scope(ctx, data, selection)})
    statuses = [code for code in ctx.vocab.statuses.codes if data.statuses_of().get(code)]
    series = [Series(ctx.status(code), [data.statuses_of(domain=d)[code] for d in domains]) for code in statuses]
    story.append(bar_chart(s, "", [f"{d}. {ctx.domain_title(d)}" for d in domains], series, width))
    ages = [code for code in ctx.age_order() if data.people("reached", by=("age",)).get((code,))]
    by_cell = data.people("reached", by=("age", "sex"))
    sexes = ctx.vocab.sexes.codes
    people = [Series(ctx.label(ctx.vocab.sexes, sex), [by_cell[(age, sex)] for age in ages]) for sex in sexes]
    story += [KeepTogether([s.p(ctx.t("chart_people"), s.h1),
                            bar_chart(s, "", [ctx.age(age) for age in ages], people, width)])]
    approaches = data.approaches()
    codes = ctx.plan.approach_codes
    shares = [100.0 * approaches[code] / data.total if data.total else 0 for code in codes]
    story += [KeepTogether([s.p(ctx.t("chart_approaches"), s.h1), bar_chart(
        s, "", [ctx.approach_title(code) for code in codes], [Series(ctx.t("share"), shares)], width, percent=True,
        value_text=[formatting.percent(approaches[code], data.total, ctx.lang) for code in codes])])]
    return story


def _nothing_to_add_up(ctx: ReportContext, selection: ActivityFilter) -> str:
    """Why the report is empty, naming the criteria to widen; an empty database has none to widen."""
    criteria = [label for label, _value in ctx.describe(selection)]
    if not criteria:
        return ctx.t("nothing_recorded")
    return ctx.t("no_match", criteria=ctx.t("sep_list").join(criteria))


def write_summary(path: Path, ctx: ReportContext, data: SummaryData, selection: ActivityFilter, page_size: str,
                  annex: Callable[[ReportContext, float], list[Any]] | None = None,
                  on_page: Callable[[int], None] | None = None) -> Path:
    """Write the summary PDF to ``path``; ``annex(ctx, width)`` gives the annex flowables (a lazy list)."""
    s = ctx.styles
    doc = ReportDocument(path, s, page_size, ctx.t("summary_title"), ctx.footer_parts(), on_page)
    width = doc.width
    story = cover(ctx, selection, width)
    story += key_figures(ctx, data, width)
    if data.total == 0:
        story += [Spacer(1, 6 * mm), s.p(_nothing_to_add_up(ctx, selection), s.gap)]
    else:
        story += charts(ctx, data, width, selection)
        story += action_sections(ctx, data, width, selection)
        story += approach_section(ctx, data, width)
        story += country_section(ctx, data, width)
    if annex is not None and data.total:
        lazy = annex(ctx, width)
        lazy[0:0] = story + [PageBreak(), s.p(ctx.t("annex"), s.h1)]
        story = lazy
    doc.build_story(story)
    return path
