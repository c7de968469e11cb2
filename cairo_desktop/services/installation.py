"""Setting up and describing this installation (``init`` and the first-start dialog)."""

from __future__ import annotations

import re

from sqlalchemy import select

from cairo_desktop.domain.vocabularies import Vocabulary, load_vocabularies
from cairo_desktop.errors import UserError
from cairo_desktop.services.context import ServiceContext
from cairo_desktop.store.activities import ACTIVITIES
from cairo_desktop.store.installation import ROLES, Identity, get_setting, known_offices, save_identity, set_setting
from cairo_desktop.store.sync_models import PinnedKey

AGE_BAND_SETTING = "age_band_set"
OFFICE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")


def checked_office_code(given: str) -> str:
    """``given`` as an office code (trimmed, upper case), or a refusal that says what one looks like."""
    office = given.strip().upper()
    if not OFFICE_CODE.match(office):
        raise UserError(f"'{office}' is not an office code: office codes have 2 to 32 letters, digits, '-' or '_' "
                        "(for example ETH-ADD).")
    return office


class InstallationService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def identity(self) -> Identity | None:
        return self._context.identity()

    def initialise(self, office_code: str, office_name: str, role: str, country: str = "",
                   age_band_set: str = "") -> Identity:
        """Save this installation's office and role (and, if given, its age bands), all checked first, in one transaction."""
        office_code = checked_office_code(office_code)
        country = country.strip().upper()
        if not office_name.strip():
            raise UserError("Give the office a name (for example 'Addis Ababa field office').")
        if role not in ROLES:
            raise UserError(f"Role '{role}' is not known: use 'field' or 'coordinator'.")
        if country and country not in load_vocabularies().countries:
            raise UserError(f"'{country}' is not an ISO 3166 alpha-3 country code (for example ETH).")
        if age_band_set:
            _check_age_band_set(age_band_set)
        existing = self._context.identity()
        if existing and existing.office_code != office_code:
            raise UserError(
                f"This database already belongs to office {existing.office_code}. Use a new database for another office."
            )
        with self._context.database.session() as session:
            identity = save_identity(session, office_code, office_name.strip(), role, country)
            if age_band_set:
                set_setting(session, AGE_BAND_SETTING, age_band_set)
        self._context.forget_identity()
        return identity

    def age_bands(self) -> Vocabulary:
        """The age bands this installation records people in (``standard`` unless set otherwise)."""
        vocab = load_vocabularies()
        return vocab.age_band_sets.get(self.setting(AGE_BAND_SETTING), vocab.age_bands)

    def set_age_band_set(self, name: str) -> None:
        _check_age_band_set(name)
        self.set_setting(AGE_BAND_SETTING, name)

    def offices(self) -> list[tuple[str, str]]:
        with self._context.database.session() as session:
            return [(office.code, office.name) for office in known_offices(session)]

    def office_codes(self) -> set[str]:
        """Every office this database knows of: its own, those it holds activities of, and those whose key it trusts."""
        with self._context.database.session() as session:
            codes = {office.code for office in known_offices(session)}
            codes.update(session.scalars(select(ACTIVITIES.c.office).distinct()))
            codes.update(session.scalars(select(PinnedKey.office)))
        return codes

    def setting(self, key: str, default: str = "") -> str:
        with self._context.database.session() as session:
            return get_setting(session, key, default)

    def set_setting(self, key: str, value: str) -> None:
        with self._context.database.session() as session:
            set_setting(session, key, value)


def _check_age_band_set(name: str) -> None:
    sets = load_vocabularies().age_band_sets
    if name not in sets:
        raise UserError(f"Age band set '{name}' is not known: use one of {', '.join(sets)}.")
