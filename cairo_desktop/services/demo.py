"""Realistic synthetic activities for trials, screenshots and benchmarks (``cairo-desktop demo``).

Deterministic for a seed. Every action and approach is used; titles and places mix English,
French, Arabic and Amharic. Rows are written in bulk inside one transaction, so 100,000
activities take seconds and a cancelled run leaves nothing behind.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from cairo_desktop.domain.activity import Activity, CountryRole, OrganisationRole, PeopleCount, content_of, normalised
from cairo_desktop.domain.catalogue import load_plan
from cairo_desktop.domain.revision import make_revision
from cairo_desktop.domain.vocabularies import load_vocabularies
from cairo_desktop.errors import UserError
from cairo_desktop.progress import Progress
from cairo_desktop.services.context import ServiceContext
from cairo_desktop.services.demo_content import FUNDERS, OFFICE_SEEDS, ORGANISATIONS, PLACES, TITLE_TEMPLATES, TOPICS
from cairo_desktop.store import activities as store
from cairo_desktop.store.installation import remember_office

BATCH = 2_000
STATUS_WEIGHTS = {"pipeline": 8, "implementation": 40, "finalisation": 10, "closed": 35, "cancelled": 3, "suspended": 4}
ROUTE_ROLES = ("origin", "transit", "destination")


class DemoGenerator:
    """Makes activity ``i`` of a run from a seeded random stream."""

    def __init__(self, seed: int, offices: list[str]) -> None:
        self.random = random.Random(seed)
        self.offices = offices
        plan = load_plan()
        vocab = load_vocabularies()
        self.actions = plan.action_codes
        self.approaches = plan.approach_codes
        self.groups = vocab.population_groups.codes
        self.sexes = vocab.sexes.codes
        self.ages = vocab.age_bands.codes
        self.types = vocab.activity_types.codes
        self.statuses = list(STATUS_WEIGHTS)
        self.status_weights = list(STATUS_WEIGHTS.values())
        self.countries = list(PLACES)

    def activity(self, index: int, office: str) -> Activity:
        rnd = self.random
        # Cycle through actions and approaches first so small runs still use every one.
        action = self.actions[index % len(self.actions)]
        approaches = {self.approaches[index % len(self.approaches)]}
        approaches.update(rnd.sample(self.approaches, rnd.randint(0, 3)))
        country = rnd.choice(self.countries)
        latin_places, local_places = PLACES[country]
        lang, template = rnd.choice(TITLE_TEMPLATES)
        if lang == "am" and country != "ETH":  # Amharic titles for Ethiopian places, in Ethiopic script
            country = "ETH"
            latin_places, local_places = PLACES[country]
        place = rnd.choice(local_places) if lang in ("ar", "am") and local_places else rnd.choice(latin_places)
        title = template.format(topic=rnd.choice(TOPICS[lang]), place=place)
        start = date(2025, 4, 9) + timedelta(days=rnd.randint(-200, 600))
        end = start + timedelta(days=rnd.randint(1, 540))
        status = rnd.choices(self.statuses, self.status_weights)[0]
        countries = [CountryRole(country, rnd.choice(ROUTE_ROLES))]
        for extra in rnd.sample(self.countries, rnd.randint(0, 2)):
            if extra != country:
                countries.append(CountryRole(extra, rnd.choice(ROUTE_ROLES)))
        implementer, org_type = rnd.choice(ORGANISATIONS)
        organisations = [OrganisationRole(implementer, "implementing", org_type),
                         OrganisationRole(rnd.choice(FUNDERS), "funding", "10")]
        people = []
        for group in rnd.sample(self.groups, rnd.randint(1, 3)):
            for sex in ("f", "m"):
                for age in rnd.sample(self.ages, rnd.randint(1, len(self.ages))):
                    targeted = rnd.randint(5, 400)
                    reached = None if status == "pipeline" else rnd.randint(0, targeted)
                    people.append(PeopleCount(group, sex, age, targeted, reached))
        has_budget = rnd.random() < 0.7
        return Activity(
            id=str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
            office=office,
            title=title,
            text_lang=lang,
            description=f"{title}. Demo activity number {index + 1}.",
            action=action,
            secondary_actions=[a for a in rnd.sample(self.actions, rnd.randint(0, 2)) if a != action],
            approaches=sorted(approaches),
            status=status,
            activity_type=rnd.choice(self.types),
            planned_start=start,
            planned_end=end,
            actual_start=start if status not in ("pipeline", "cancelled") else None,
            actual_end=end if status == "closed" else None,
            countries=countries,
            place=place,
            admin_area="",
            organisations=organisations,
            budget_amount=float(rnd.randrange(5_000, 2_000_000, 500)) if has_budget else None,
            currency=rnd.choice(("EUR", "EUR", "USD", "ETB", "KES")) if has_budget else "",
            people=people,
        )


def demo_offices(identity_office: str, is_coordinator: bool, count: int) -> list[tuple[str, str, str]]:
    if not is_coordinator:
        return [(identity_office, identity_office, "")]
    return [OFFICE_SEEDS[i % len(OFFICE_SEEDS)] if i < len(OFFICE_SEEDS) else (f"OFFICE-{i + 1:02d}", f"Office {i + 1}", "")
            for i in range(max(1, count))]


class DemoService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def generate(self, count: int, offices: int = 1, seed: int = 1, progress: Progress | None = None) -> int:
        if count < 0 or count > 2_000_000:
            raise UserError("The number of demo activities must be between 0 and 2,000,000.")
        progress = progress or Progress()
        identity = self._context.require_identity()
        office_list = demo_offices(identity.office_code, identity.is_coordinator, offices)
        generator = DemoGenerator(seed, [code for code, _, _ in office_list])
        author = f"demo ({self._context.author})"
        with self._context.database.session(immediate=True) as session:
            _refuse_a_seed_already_used(session, seed, office_list[0][0])
            for code, name, country in office_list:
                remember_office(session, code, name, country)
            for start in range(0, count, BATCH):
                progress.check_cancelled()
                activities, revisions = [], []
                for index in range(start, min(count, start + BATCH)):
                    office = office_list[index % len(office_list)][0]
                    activity = normalised(generator.activity(index, office))
                    revision = make_revision(activity.id, [], content_of(activity, is_normalised=True), author=author,
                                             office=office, owner_office=office)
                    activities.append(replace(activity, rev=revision.rev_id, heads=[revision.rev_id],
                                              created_by=author, created_at=revision.created_at,
                                              updated_by=author, updated_at=revision.created_at))
                    revisions.append(revision)
                store.insert_revisions(session, revisions, source="demo")
                store.write_views(session, activities, replace_existing=False, is_normalised=True)
                progress.report(min(count, start + BATCH), count, "Creating demo activities")
        return count


def _refuse_a_seed_already_used(session: Session, seed: int, office: str) -> None:
    """Refuse a seed whose run is already stored: the same seed makes the same activity ids, which the database
    would refuse half-way with an integrity error instead of a sentence."""
    first_id = DemoGenerator(seed, [office]).activity(0, office).id
    if store.get_activity(session, first_id) is not None:
        raise UserError(f"Demo activities made with seed {seed} are already in this database; to add more, choose "
                        f"another seed (for example --seed {seed + 1}). Nothing was added.")
