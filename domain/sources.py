"""What operators see of a news source."""

from __future__ import annotations

from dataclasses import dataclass

from storage.models import Source


@dataclass(frozen=True, slots=True)
class SourceStatus:
    source: Source
    articles: int
