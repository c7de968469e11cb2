#!/usr/bin/env python3
"""Generate the ISO 3166-1 country and ISO 4217 currency vocabularies.

Writes ``resources/vocabularies/countries.json`` and
``resources/vocabularies/currencies.json`` from the ``pycountry`` data
(English names plus French and Arabic gettext translations).  The outputs
are committed data: the application itself never imports ``pycountry``.

Usage::

    .venv/bin/python scripts/generate_iso_vocabularies.py
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "vocabularies"

LANGS = ("fr", "ar")

# Khartoum Process members in 2025 (Cairo Ministerial Declaration preamble).
KP_AFRICA = {"DJI", "EGY", "ERI", "ETH", "KEN", "LBY", "SOM", "SSD", "SDN", "TUN", "UGA"}
EU27 = {
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
    "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT",
    "ROU", "SVK", "SVN", "ESP", "SWE",
}
KP_EUROPE = EU27 | {"NOR", "CHE"}
FORMER_MEMBERS = {"GBR"}
ROUTE_NEIGHBOURS = {"TCD", "CAF"}

COMMON_CURRENCIES = {
    # main
    "EUR", "USD",
    # local currencies of African members
    "ETB", "KES", "EGP", "SDG", "SSP", "ERN", "DJF", "SOS", "UGX", "LYD", "TND",
    # European non-euro
    "CHF", "NOK", "SEK", "DKK", "PLN", "HUF", "CZK", "RON", "GBP",
}

# Hand-checked fixes where the pycountry translation is missing or unusual
# (only for codes that are prominent in this application).
COUNTRY_OVERRIDES = {
    ("LTU", "ar"): "ليتوانيا",
}
CURRENCY_OVERRIDES = {
    ("KES", "ar"): "الشلن الكيني",
    ("UGX", "ar"): "الشلن الأوغندي",
}


def _translators(domain: str) -> dict[str, gettext.NullTranslations]:
    out = {}
    for lang in LANGS:
        try:
            out[lang] = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            out[lang] = gettext.NullTranslations()
    return out


def _translate(tr: gettext.NullTranslations, *candidates: str | None) -> str:
    """Return the first candidate that has a real translation, else English."""
    names = [c for c in candidates if c]
    for name in names:
        text = tr.gettext(name)
        if text and text != name:
            return text
    return names[0]


def countries() -> list[dict]:
    tr = _translators("iso3166-1")
    rows = []
    for c in pycountry.countries:
        common = getattr(c, "common_name", None)
        en = common or c.name
        label = {"en": en}
        for lang in LANGS:
            label[lang] = COUNTRY_OVERRIDES.get(
                (c.alpha_3, lang), _translate(tr[lang], common, c.name))
        code = c.alpha_3
        if code in KP_AFRICA:
            region = "africa"
        elif code in KP_EUROPE:
            region = "europe"
        else:
            region = None
        rows.append({
            "code": code,
            "alpha2": c.alpha_2,
            "label": label,
            "kp_member": region is not None,
            "kp_region": region,
            "route_neighbour": code in ROUTE_NEIGHBOURS,
            "former_member": code in FORMER_MEMBERS,
        })
    rows.sort(key=lambda r: r["code"])
    return rows


def currencies() -> list[dict]:
    tr = _translators("iso4217")
    rows = []
    for cur in pycountry.currencies:
        label = {"en": cur.name}
        for lang in LANGS:
            label[lang] = CURRENCY_OVERRIDES.get(
                (cur.alpha_3, lang), _translate(tr[lang], cur.name))
        rows.append({
            "code": cur.alpha_3,
            "label": label,
            "common": cur.alpha_3 in COMMON_CURRENCIES,
        })
    rows.sort(key=lambda r: r["code"])
    return rows


def _write(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main() -> None:
    c = countries()
    cur = currencies()
    members = [r["code"] for r in c if r["kp_member"]]
    missing = (KP_AFRICA | KP_EUROPE) - set(members)
    if missing:
        raise SystemExit(f"KP member codes not found in pycountry: {sorted(missing)}")
    missing_cur = COMMON_CURRENCIES - {r["code"] for r in cur}
    if missing_cur:
        raise SystemExit(f"common currencies not found in pycountry: {sorted(missing_cur)}")
    _write(OUT_DIR / "countries.json", c)
    _write(OUT_DIR / "currencies.json", cur)
    print(f"wrote {len(c)} countries ({len(members)} KP members) and {len(cur)} currencies to {OUT_DIR}")


if __name__ == "__main__":
    main()
