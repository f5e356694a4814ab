"""The facts an article states, as the extractor hands them on: one type per concept."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from news.periods import Period


class Kind(StrEnum):
    ACTUAL = "actual"  # reported
    FORECAST = "forecast"  # expected
    TARGET = "target"  # a goal set by someone


class Approx(StrEnum):
    EXACT = "exact"
    OVER = "over"  # более, свыше, превысил
    ABOUT = "about"  # около, порядка
    UNDER = "under"  # почти, менее, приближается к


class Status(StrEnum):
    DONE = "done"  # operating, launched
    UNDERWAY = "underway"  # being built or implemented
    PLANNED = "planned"  # agreed, scheduled
    PROPOSED = "proposed"  # offered, discussed, of interest


@dataclass(frozen=True, slots=True)
class TurnoverFact:
    countries: tuple[str, ...]
    amount: float | None  # None for a change told without an amount ("вырос на 20%")
    currency: str | None
    approx: Approx | None  # None with the amount
    period: Period | None
    change_pct: float | None
    kind: Kind
    quote: str  # the sentence it was read from, as written

    def as_dict(self) -> dict[str, Any]:
        return {
            "countries": list(self.countries),
            "amount": number(self.amount),
            "currency": self.currency,
            "approx": self.approx,
            "period": self.period.as_dict() if self.period else None,
            "change_pct": self.change_pct,
            "kind": self.kind,
            "quote": self.quote,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TurnoverFact:
        return cls(
            countries=tuple(data["countries"]),
            amount=data["amount"],
            currency=data["currency"],
            approx=Approx(data["approx"]) if data["approx"] else None,
            period=Period.from_dict(data["period"]) if data["period"] else None,
            change_pct=data["change_pct"],
            kind=Kind(data["kind"]),
            quote=data["quote"],
        )


@dataclass(frozen=True, slots=True)
class ProjectFact:
    countries: tuple[str, ...]
    status: Status
    count: int | None
    value: float | None
    currency: str | None
    jobs: int | None
    companies: tuple[str, ...]
    places: tuple[str, ...]
    subject: str
    quote: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "countries": list(self.countries),
            "status": self.status,
            "count": self.count,
            "value": number(self.value),
            "currency": self.currency,
            "jobs": self.jobs,
            "companies": list(self.companies),
            "places": list(self.places),
            "subject": self.subject,
            "quote": self.quote,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProjectFact:
        return cls(
            countries=tuple(data["countries"]),
            status=Status(data["status"]),
            count=data["count"],
            value=data["value"],
            currency=data["currency"],
            jobs=data["jobs"],
            companies=tuple(data["companies"]),
            places=tuple(data["places"]),
            subject=data["subject"],
            quote=data["quote"],
        )


@dataclass(frozen=True, slots=True)
class PersonFact:
    name: str
    role: str | None
    country: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "country": self.country}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PersonFact:
        return cls(data["name"], data["role"], data["country"])


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    relevant: bool
    countries: tuple[str, ...]
    turnover: tuple[TurnoverFact, ...] = ()
    projects: tuple[ProjectFact, ...] = ()
    people: tuple[PersonFact, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "relevant": self.relevant,
            "countries": list(self.countries),
            "turnover": [fact.as_dict() for fact in self.turnover],
            "projects": [fact.as_dict() for fact in self.projects],
            "people": [person.as_dict() for person in self.people],
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ArticleFacts:
        """The facts as `to_json` stored them (the articles' facts_json column)."""
        data = json.loads(text)
        return cls(
            relevant=data["relevant"],
            countries=tuple(data["countries"]),
            turnover=tuple(TurnoverFact.from_dict(fact) for fact in data["turnover"]),
            projects=tuple(ProjectFact.from_dict(fact) for fact in data["projects"]),
            people=tuple(PersonFact.from_dict(person) for person in data["people"]),
        )


def number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
