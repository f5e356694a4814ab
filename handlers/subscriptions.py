"""/subscribe, /settings, /unsubscribe and the subscription menu."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ChatType
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from news.gazetteer import BY_CODE
from services.subscriptions import TOPICS, SubscriptionService
from storage import Subscription
from views.texts import DeliveryTexts

COUNTRIES_PER_ROW = 3


class SubscriptionAction(CallbackData, prefix="sub1"):
    action: str  # topic | country | all | on | off | done
    value: str = ""


def _flag(code: str) -> str:
    return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in code)


def _country_name(code: str, language: str) -> str:
    country = BY_CODE.get(code)
    if country is None:
        return code
    return country.name_en if language == "en" else country.name_ru


def _menu_text(subscription: Subscription, delivery: DeliveryTexts) -> str:
    countries = ", ".join(_country_name(code, delivery.language) for code in subscription.countries)
    return delivery.subscription.format(
        topics=delivery.topics[subscription.topics],
        countries=countries or delivery.all_countries,
    )


def _menu(
    subscription: Subscription, countries: tuple[str, ...], delivery: DeliveryTexts
) -> InlineKeyboardMarkup:
    def mark(chosen: bool, label: str) -> str:
        return f"✓ {label}" if chosen else label

    builder = InlineKeyboardBuilder()
    for topic in TOPICS:
        builder.button(
            text=mark(subscription.topics == topic, delivery.topic_buttons[topic]),
            callback_data=SubscriptionAction(action="topic", value=topic),
        )
    for code in countries:
        label = f"{_flag(code)} {_country_name(code, delivery.language)}"
        builder.button(
            text=mark(code in subscription.countries, label),
            callback_data=SubscriptionAction(action="country", value=code),
        )
    builder.button(
        text=mark(not subscription.countries, delivery.all_countries.capitalize()),
        callback_data=SubscriptionAction(action="all"),
    )
    builder.button(text=delivery.button_unsubscribe, callback_data=SubscriptionAction(action="off"))
    builder.button(text=delivery.button_done, callback_data=SubscriptionAction(action="done"))
    country_rows = [COUNTRIES_PER_ROW] * (len(countries) // COUNTRIES_PER_ROW)
    if len(countries) % COUNTRIES_PER_ROW:
        country_rows.append(len(countries) % COUNTRIES_PER_ROW)
    builder.adjust(len(TOPICS), *country_rows, 1, 2)
    return builder.as_markup()


def _subscribe_button(delivery: DeliveryTexts) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=delivery.button_subscribe, callback_data=SubscriptionAction(action="on"))
    return builder.as_markup()


async def subscribe(
    message: Message, subscriptions: SubscriptionService, delivery_texts: DeliveryTexts
) -> None:
    if message.chat.type != ChatType.PRIVATE:
        await message.answer(delivery_texts.private_only)
        return
    language = message.from_user.language_code if message.from_user else None
    subscription = await subscriptions.subscribe(message.chat.id, language)
    await message.answer(
        f"{delivery_texts.subscribed_now}\n\n{_menu_text(subscription, delivery_texts)}",
        reply_markup=_menu(subscription, subscriptions.countries, delivery_texts),
    )


async def settings(
    message: Message, subscriptions: SubscriptionService, delivery_texts: DeliveryTexts
) -> None:
    subscription = await subscriptions.get(message.chat.id)
    if subscription is None or not subscription.active:
        await message.answer(
            delivery_texts.not_subscribed, reply_markup=_subscribe_button(delivery_texts)
        )
        return
    await message.answer(
        _menu_text(subscription, delivery_texts),
        reply_markup=_menu(subscription, subscriptions.countries, delivery_texts),
    )


async def unsubscribe(
    message: Message, subscriptions: SubscriptionService, delivery_texts: DeliveryTexts
) -> None:
    stopped = await subscriptions.unsubscribe(message.chat.id)
    await message.answer(
        delivery_texts.unsubscribed if stopped else delivery_texts.was_not_subscribed
    )


async def menu_button(
    query: CallbackQuery,
    callback_data: SubscriptionAction,
    shown: Message,
    subscriptions: SubscriptionService,
    delivery_texts: DeliveryTexts,
) -> None:
    chat_id = shown.chat.id
    action, value = callback_data.action, callback_data.value
    subscription: Subscription | None
    if action == "off":
        await subscriptions.unsubscribe(chat_id)
        await _show(shown, delivery_texts.unsubscribed, None)
        await query.answer(delivery_texts.saved)
        return
    if action == "on":
        subscription = await subscriptions.subscribe(chat_id, query.from_user.language_code)
    elif action == "topic" and value in TOPICS:
        subscription = await subscriptions.choose_topics(chat_id, value)
    elif action == "country":
        subscription = await subscriptions.toggle_country(chat_id, value)
    elif action == "all":
        subscription = await subscriptions.all_countries(chat_id)
    else:
        subscription = await subscriptions.get(chat_id)
    if subscription is None or not subscription.active:
        await _show(shown, delivery_texts.not_subscribed, _subscribe_button(delivery_texts))
    elif action == "done":
        await _show(shown, _menu_text(subscription, delivery_texts), None)
    else:
        keyboard = _menu(subscription, subscriptions.countries, delivery_texts)
        await _show(shown, _menu_text(subscription, delivery_texts), keyboard)
    await query.answer(delivery_texts.saved)


async def _show(shown: Message, text: str, keyboard: InlineKeyboardMarkup | None) -> None:
    try:
        await shown.edit_text(text, reply_markup=keyboard)
    except TelegramBadRequest as error:
        if "message is not modified" not in error.message:
            raise


def create_router() -> Router:
    router = Router(name="subscriptions")
    router.message.register(subscribe, Command("subscribe"))
    router.message.register(settings, Command("settings"))
    router.message.register(unsubscribe, Command("unsubscribe"))
    router.callback_query.register(menu_button, SubscriptionAction.filter(), F.message.as_("shown"))
    return router
