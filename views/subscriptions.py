"""What a subscriber is shown of their subscription."""

from __future__ import annotations

from storage.models import DeliveryMode, Subscription
from views import names
from views.i18n import Texts


def delivery_mode(subscription: Subscription, texts: Texts, default_timezone: str) -> str:
    """'сразу, как прочитаю…', 'дайджест каждый день в 09:00 (Europe/Minsk)'."""
    timezone = subscription.timezone or default_timezone
    if subscription.mode == DeliveryMode.DAILY:
        return texts("mode-daily", time=subscription.digest_time, timezone=timezone)
    if subscription.mode == DeliveryMode.WEEKLY:
        weekday = texts("weekday-every", day=subscription.digest_day)
        return texts(
            "mode-weekly", weekday=weekday, time=subscription.digest_time, timezone=timezone
        )
    return texts("mode-instant")


def waiting_setting(subscription: Subscription, setting: str, texts: Texts) -> str | None:
    """A word when a time or day just saved does not apply in the chosen mode yet: a time
    is a digest's, a day a weekly digest's."""
    if setting == "time" and subscription.mode == DeliveryMode.INSTANT:
        return texts("settings-time-waits")
    if setting == "day" and subscription.mode != DeliveryMode.WEEKLY:
        return texts("settings-day-waits")
    return None


def subscription_text(subscription: Subscription, texts: Texts, default_timezone: str) -> str:
    countries = ", ".join(names.countries(subscription.countries, texts))
    if subscription.quiet_from and subscription.quiet_to:
        # Quiet hours hold back instant alerts only; a digest comes at the hour it was set.
        key = "quiet-hours" if subscription.mode == DeliveryMode.INSTANT else "quiet-hours-digest"
        quiet = texts(key, start=subscription.quiet_from, end=subscription.quiet_to)
    else:
        quiet = texts("quiet-none")
    return texts(
        "subscription",
        topics=texts(f"topic-{subscription.topics}"),
        countries=countries or texts("all-countries"),
        mode=delivery_mode(subscription, texts, default_timezone),
        quiet=quiet,
        sound=texts("sound-off" if subscription.silent else "sound-on"),
    )
