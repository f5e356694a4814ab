"""What a subscriber is shown of their subscription."""

from __future__ import annotations

from domain.pairs import country_name
from storage.models import Subscription
from views.texts import DeliveryTexts


def subscription_text(subscription: Subscription, delivery: DeliveryTexts) -> str:
    countries = ", ".join(country_name(code, delivery.language) for code in subscription.countries)
    return delivery.subscription.format(
        topics=delivery.topics[subscription.topics],
        countries=countries or delivery.all_countries,
    )
