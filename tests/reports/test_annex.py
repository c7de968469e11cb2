"""The annex read back cell by cell from the PDF and compared with SQL, in English and in Arabic."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pdfplumber
import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.reports.annex import COLUMNS, SHARES
from cairo_desktop.reports.annex_block import HEADER_HEIGHT, PADDING, ROW_HEIGHT, AnnexLayout, AnnexStream
from cairo_desktop.reports.annex_cells import Cell, CellMaker, Run
from cairo_desktop.reports.document import MARGIN
from cairo_desktop.reports.fonts import ARABIC, ETHIOPIC, LATIN
from cairo_desktop.reports.shaping import has_rtl, reads_right_to_left, visual
from cairo_desktop.reports.texts import text
from cairo_desktop.services import Services
from tests.reports.conftest import AMHARIC_TITLE, ARABIC_TITLE, raw


def _annex_pages(path: Path, lang: str) -> list[tuple[list[str], list[list[str]]]]:
    """(header cells, body rows) of every page with an annex header row; cells in column order.

    Characters are grouped into lines by their baseline and into cells by the column box their
    centre falls in, so the parsing depends on where the annex puts text, not on its order.
    """
    header_words = [text(name, lang) for name in COLUMNS]
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            width = float(page.width) - 2 * MARGIN
            layout = AnnexLayout([width * share for share in SHARES], lang == "ar")
            lines: dict[float, list[dict]] = {}
            for char in page.chars:
                lines.setdefault(round(char["matrix"][5], 1), []).append(char)
            rows = []
            for baseline in sorted(lines, reverse=True):
                if baseline < MARGIN:  # the footer
                    continue
                cells = [""] * len(COLUMNS)
                for char in sorted(lines[baseline], key=lambda c: c["x0"]):
                    centre = (char["x0"] + char["x1"]) / 2 - MARGIN
                    column = next((i for i, left in enumerate(layout.lefts)
                                   if left <= centre < left + layout.widths[i]), None)
                    if column is not None:
                        cells[column] += char["text"]
                rows.append(cells)
            starts = [i for i, cells in enumerate(rows) if [visual(w, lang == "ar") for w in header_words] == cells]
            if starts:
                assert len(starts) == 1, "one header row per page"
                pages.append((rows[starts[0]], rows[starts[0] + 1:]))
    return pages


def _drawn_from(drawn: str, title: str, rtl: bool) -> bool:
    """``drawn`` is ``title`` in display order, whole or cut (logically) with an ellipsis."""
    return drawn == visual(title, rtl) or any(drawn == visual(title[:end].rstrip() + "…", rtl)
                                              for end in range(1, len(title)))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_annex_row_is_listed_once_in_order_across_pages(report_services: Services, tmp_path: Path,
                                                              lang: str) -> None:
    path = report_services.reports.summary_pdf(tmp_path / f"annex-{lang}.pdf", ActivityFilter(), lang=lang,
                                               annex=True, page_size="Letter")
    pages = _annex_pages(path, lang)
    assert len(pages) >= 5  # the rows really cross several page breaks
    listed = [row for _header, rows in pages for row in rows]
    with raw(report_services) as db:
        expected = db.execute("SELECT title, action, office, start_date, end_date, people_reached FROM activities "
                              "WHERE deleted = 0 ORDER BY action, start_date, id").fetchall()
    assert len(listed) == len(expected)
    rtl = lang == "ar"
    for row, (title, action, office, start, end, reached) in zip(listed, expected):
        assert [row[1], row[3], row[4], row[5], row[6]] == [action, office, start or "", end or "", f"{reached:,}"]
        # A title is ordered in its own direction: an Arabic title with a Latin place reads from the right.
        assert _drawn_from(row[0], title, reads_right_to_left(title, rtl)), (row[0], title)
        assert "\x00" not in "".join(row)


def test_arabic_annex_titles_are_shaped_and_amharic_kept(report_services: Services, tmp_path: Path) -> None:
    path = report_services.reports.summary_pdf(tmp_path / "annex-ar.pdf", ActivityFilter(), lang="ar", annex=True)
    titles = [row[0] for _header, rows in _annex_pages(path, "ar") for row in rows]
    assert visual(ARABIC_TITLE, True) in titles  # joined letter forms, right-to-left display order
    assert any(_drawn_from(title, AMHARIC_TITLE, True) for title in titles)
    assert not any(re.search("[\u0621-\u064a]", title) for title in titles)  # no unshaped Arabic letter
    statuses = {row[2] for _header, rows in _annex_pages(path, "ar") for row in rows}
    assert statuses and all(has_rtl(status) for status in statuses)  # statuses in Arabic


def test_annex_follows_the_selection(report_services: Services, tmp_path: Path) -> None:
    selection = ActivityFilter(domains=(2,))
    path = report_services.reports.summary_pdf(tmp_path / "annex-d2.pdf", selection, annex=True)
    actions = [row[1] for _header, rows in _annex_pages(path, "en") for row in rows]
    assert len(actions) == report_services.activities.count(selection)
    assert actions == sorted(actions) and all(action.startswith("2.") for action in actions)


def _cell(value: str) -> Cell:
    return Cell((Run(LATIN, value, 10.0),), 10.0)


def test_annex_stream_reads_rows_only_as_pages_need_them() -> None:
    consumed = 0

    def rows() -> Iterator[list[Cell]]:
        nonlocal consumed
        for number in range(5000):
            consumed += 1
            yield [_cell(str(number))] * len(COLUMNS)

    layout = AnnexLayout([70.0] * len(COLUMNS), rtl=False)
    stream: AnnexStream | None = AnnexStream(layout, [_cell(name) for name in COLUMNS], rows())
    per_page = int((700 - HEADER_HEIGHT) // ROW_HEIGHT)
    assert stream is not None and stream.split(490, HEADER_HEIGHT + ROW_HEIGHT / 2) == []  # no room for a row
    listed: list[str] = []
    while stream is not None:
        _width, height = stream.wrap(490, 700)
        assert consumed - len(listed) <= per_page + 1  # never more than a page ahead
        if height <= 700:
            page, stream = stream, None
        else:
            page, stream = stream.split(490, 700)
        assert page.wrap(490, 700)[1] <= 700
        listed += [row[0].runs[0].text for row in page._buffer]
    assert listed == [str(number) for number in range(5000)]


def test_cells_of_any_script_are_cut_to_their_column() -> None:
    latin_page = CellMaker(LATIN, False, [120.0])
    mixed = latin_page.cell(0, "በNairobi ስለ የሰዎች ንግድ መከላከል ስልጠና and a long English tail")
    assert mixed.width <= 120 and mixed.runs[-1].text.endswith("…")
    assert {ETHIOPIC, LATIN} <= {run.font for run in mixed.runs}
    assert latin_page.cell(0, "Short") == Cell((Run(LATIN, "Short", 0.0),), 0.0)  # placed from the left: no width
    arabic_page = CellMaker(ARABIC, True, [120.0])
    long_arabic = "حملة توعية بشأن مكافحة الاتجار بالبشر وتهريب المهاجرين في الخرطوم وكسلا"
    cut = arabic_page.cell(0, long_arabic)
    drawn = "".join(run.text for run in cut.runs)
    assert cut.width <= 120 and drawn.startswith("…")  # the logical end is on the left
    assert not re.search("[\u0621-\u064a]", drawn)
    assert _drawn_from(drawn, long_arabic, True)
    assert arabic_page.cell(0, long_arabic) is cut  # made once per distinct text
    right = AnnexLayout([100.0, 50.0], rtl=True)
    assert right.lefts == [50.0, 0.0] and right.text_x(1, Cell((), 20.0)) == 50.0 - PADDING - 20.0
