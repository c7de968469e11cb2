"""The detailed sections of the summary: each domain and action, the approaches, the countries.

Every action of the plan appears, including those with no activity: for a steering committee a
gap is a finding, so it is tinted in the overview table and said in words under the action.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table

from cairo_desktop.domain.catalogue import Action
from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.reports import formatting
from cairo_desktop.reports.aggregate import SummaryData
from cairo_desktop.reports.context import ReportContext
from cairo_desktop.reports.styles import GAP, data_table, label_value_table, table_style

ROLES = ("origin", "transit", "destination", "")


def _people_words(ctx: ReportContext, data: SummaryData, action: str) -> str:
    reached = data.people("reached", action=action, by=("sex",))
    ages = data.people("reached", action=action, by=("age",))
    total = sum(reached.values())
    if not total:
        return "0"
    sep = ctx.t("sep_list")
    sexes = sep.join(f"{ctx.label(ctx.vocab.sexes, code)} {ctx.n(reached[(code,)])}"
                     for code in ctx.vocab.sexes.codes if reached.get((code,)))
    bands = sep.join(f"{ctx.age(code)} {ctx.n(ages[(code,)])}" for code in ctx.age_order() if ages.get((code,)))
    return f"{ctx.n(total)} — {sexes}{ctx.t('sep_group')}{bands}"


def _facts(ctx: ReportContext, rows: list[tuple[str, str]], width: float) -> Table:
    return label_value_table(ctx.styles, rows, width, label_share=0.22, padding=2, rule=0.3)


def actions_in_scope(ctx: ReportContext, data: SummaryData, selection: ActivityFilter) -> list[Action]:
    """The actions of the plan this selection can show: those of the chosen domains and actions.

    An action left out by the filter has no activity *in the report*, not on the ground; calling it a
    gap would tell a ministry that nothing is done where the reader only chose not to look. Actions
    that hold activities picked through a secondary action stay, since those count under them.
    """
    counted = data.activities_by("action")
    return [action for action in ctx.plan.actions
            if (not selection.domains or action.domain in selection.domains)
            and (not selection.actions or action.code in selection.actions or counted.get(action.code))]


def overview(ctx: ReportContext, data: SummaryData, width: float, scope: list[Action]) -> list[Any]:
    """One row per action in scope; rows without any activity tinted as gaps."""
    s = ctx.styles
    by_action = data.activities_by("action")
    rows, gaps = [], []
    for index, action in enumerate(scope):
        count = by_action.get(action.code, 0)
        if not count:
            gaps.append(index)
        rows.append((f"{action.code} {action.short_title.get(ctx.lang)}", ctx.n(count),
                     ctx.n(data.people_total("reached", action.code)), ctx.n(len(data.countries_of(action.code)))))
    header = [ctx.t("action"), ctx.t("activities"), ctx.t("people_reached"), ctx.t("countries")]
    story: list[Any] = [data_table(s, header, rows, [width * 0.52, width * 0.14, width * 0.2, width * 0.14],
                                   numeric=(1, 2, 3), highlight=gaps)]
    if gaps:
        story.append(s.p(ctx.counted("gaps_count", len(gaps), total=len(rows)), s.gap))
    return story


def action_sections(ctx: ReportContext, data: SummaryData, width: float, selection: ActivityFilter) -> list[Any]:
    s = ctx.styles
    scope = actions_in_scope(ctx, data, selection)
    story: list[Any] = [PageBreak(), s.p(ctx.t("domains_actions"), s.h1)] + overview(ctx, data, width, scope)
    by_action = data.activities_by("action")
    for domain in ctx.plan.domains:
        actions = [action for action in domain.actions if action in scope]
        if not actions:
            continue
        story += [CondPageBreak(60 * mm), s.p(ctx.titled(ctx.t('domain_n', n=domain.number), domain.short_title.get(ctx.lang)),
                                              s.h1),
                  s.p(domain.title.get(ctx.lang), s.note)]
        for action in actions:
            block: list[Any] = [s.p(ctx.titled(ctx.t('action_n', code=action.code), action.short_title.get(ctx.lang)), s.h2),
                                s.p(action.text.get(ctx.lang), s.small)]
            count = by_action.get(action.code, 0)
            if not count:
                block.append(_gap_box(ctx, width))
            else:
                statuses = data.statuses_of(action=action.code)
                sep = ctx.t("sep_list")
                status_words = sep.join(f"{ctx.status(code)} {ctx.n(statuses[code])}"
                                        for code in ctx.vocab.statuses.codes if statuses.get(code))
                countries = sep.join(ctx.country(code) for code in data.countries_of(action.code))
                block.append(_facts(ctx, [
                    (ctx.t("activities"), f"{ctx.n(count)} — {status_words}"),
                    (ctx.t("people_reached"), _people_words(ctx, data, action.code)),
                    (ctx.t("countries"), countries or "—"),
                ], width))
            block.append(Spacer(1, 2 * mm))
            story.append(KeepTogether(block))
    return story


def _gap_box(ctx: ReportContext, width: float) -> Table:
    s = ctx.styles
    table = Table([[s.p(ctx.t("no_activity_action"), s.gap, True)]], colWidths=[width])
    table.setStyle(table_style(s, [("BACKGROUND", (0, 0), (-1, -1), GAP), ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def approach_section(ctx: ReportContext, data: SummaryData, width: float) -> list[Any]:
    s = ctx.styles
    counts = data.approaches()
    rows = [(ctx.approach_title(code), ctx.n(counts[code]), formatting.percent(counts[code], data.total, ctx.lang))
            for code in ctx.plan.approach_codes]
    story: list[Any] = [CondPageBreak(70 * mm), s.p(ctx.t("approaches_title"), s.h1),
                        data_table(s, [ctx.t("approach"), ctx.t("activities"), ctx.t("share")], rows,
                                   [width * 0.6, width * 0.2, width * 0.2], numeric=(1, 2))]
    targeted = data.people("targeted", by=("group",))
    reached = data.people("reached", by=("group",))
    groups = [code for code in ctx.vocab.population_groups.codes if targeted.get((code,)) or reached.get((code,))]
    groups += sorted({key[0] for key in list(targeted) + list(reached)} - set(groups))
    group_rows = [(ctx.label(ctx.vocab.population_groups, code), ctx.n(targeted[(code,)]), ctx.n(reached[(code,)]))
                  for code in groups]
    group_rows.append((ctx.t("total"), ctx.n(sum(targeted.values())), ctx.n(sum(reached.values()))))
    story += [Spacer(1, 4 * mm), KeepTogether([s.p(ctx.t("population_groups"), s.h1), data_table(
        s, [ctx.t("population_group"), ctx.t("targeted"), ctx.t("reached")], group_rows,
        [width * 0.6, width * 0.2, width * 0.2], numeric=(1, 2), total_row=True)])]
    return story


def country_section(ctx: ReportContext, data: SummaryData, width: float) -> list[Any]:
    s = ctx.styles
    roles = data.country_roles()
    ordered = sorted(roles, key=lambda code: (-sum(v[0] for v in roles[code].values()), ctx.country(code)))
    rows = []
    for code in ordered:
        by_role = roles[code]
        total = sum(values[0] for values in by_role.values())
        reached = sum(values[1] for values in by_role.values())
        rows.append([ctx.country(code)] + [ctx.n(by_role[role][0]) if role in by_role else "–" for role in ROLES]
                    + [ctx.n(total), ctx.n(reached)])
    header = [ctx.t("country"), ctx.t("origin"), ctx.t("transit"), ctx.t("destination"), ctx.t("role_unstated"),
              ctx.t("activities"), ctx.t("people_reached")]
    widths = [0.24, 0.1, 0.1, 0.12, 0.12, 0.14, 0.18]
    return [CondPageBreak(70 * mm), s.p(ctx.t("by_country"), s.h1), s.p(ctx.t("country_note"), s.note),
            data_table(s, header, rows, [width * w for w in widths], numeric=(1, 2, 3, 4, 5, 6))]
