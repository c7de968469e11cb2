"""Counts are written the interface language's way everywhere in the window."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("lang", "written"), [("en", "12,345"), ("fr", "12\u202f345"), ("ar", "١٢٬٣٤٥")])
def test_whole_numbers_follow_the_interface_language(make_window, field_services, lang: str, written: str) -> None:
    from cairo_desktop.gui.numbers import whole

    window = make_window(field_services)
    window.set_language(lang)
    try:
        assert whole(12345) == written
    finally:
        window.set_language("en")


@pytest.mark.parametrize(("lang", "written"), [("en", "100,000,000,000,000,000,000"),
                                               ("ar", "١٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠")])
def test_a_number_beyond_64_bits_is_written_the_same_way(make_window, field_services, lang: str, written: str) -> None:
    from cairo_desktop.gui.numbers import whole

    window = make_window(field_services)
    window.set_language(lang)
    try:
        assert whole(10**20) == written
    finally:
        window.set_language("en")
