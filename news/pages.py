"""Main text of an article page, for feeds that carry only a teaser."""

from __future__ import annotations

import logging

from news.text import normalize_space, strip_boilerplate

logger = logging.getLogger(__name__)


def extract_article_text(html: bytes | str, url: str | None = None) -> str | None:
    """The article's main text without navigation and boilerplate, or None when not found.

    CPU-bound (lxml): run it in a worker thread.
    """
    # Imported on first use: ~35 MB that a bot whose feeds carry full texts never needs.
    import trafilatura

    try:
        text = trafilatura.extract(
            html,
            url=url,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=True,
        )
    except Exception:  # trafilatura raises assorted parser errors on hostile pages
        logger.warning("Could not extract the article text of %s", url, exc_info=True)
        return None
    return strip_boilerplate(normalize_space(text)) or None if text else None
