"""/subscribe, /settings, /unsubscribe and the subscription menu."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from handlers.filters import PRIVATE_CHAT
from services.subscriptions import SubscriptionService
from views.keyboards import MenuAction, SubscriptionAction, subscribe_button, subscription_menu
from views.subscriptions import subscription_text
from views.texts import DeliveryTexts


async def subscribe(
    message: Message, subscriptions: SubscriptionService, delivery_texts: DeliveryTexts
) -> None:
    language = message.from_user.language_code if message.from_user else None
    subscription = await subscriptions.subscribe(message.chat.id, language)
    await message.answer(
        f"{delivery_texts.subscribed_now}\n\n{subscription_text(subscription, delivery_texts)}",
        reply_markup=subscription_menu(subscription, subscriptions.countries, delivery_texts),
    )


async def private_only(message: Message, delivery_texts: DeliveryTexts) -> None:
    await message.answer(delivery_texts.private_only)


async def settings(
    message: Message, subscriptions: SubscriptionService, delivery_texts: DeliveryTexts
) -> None:
    subscription = await subscriptions.get(message.chat.id)
    if subscription is None or not subscription.active:
        await message.answer(
            delivery_texts.not_subscribed, reply_markup=subscribe_button(delivery_texts)
        )
        return
    await message.answer(
        subscription_text(subscription, delivery_texts),
        reply_markup=subscription_menu(subscription, subscriptions.countries, delivery_texts),
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
    callback_answer: CallbackAnswer,
) -> None:
    callback_answer.text = delivery_texts.saved
    chat_id = shown.chat.id
    action, value = callback_data.action, callback_data.value
    if action == MenuAction.OFF:
        await subscriptions.unsubscribe(chat_id)
        await shown.edit_text(delivery_texts.unsubscribed, reply_markup=None)
        return
    if action == MenuAction.TOPIC and value in subscriptions.topics:
        subscription = await subscriptions.choose_topics(chat_id, value)
    elif action == MenuAction.ON:
        subscription = await subscriptions.subscribe(chat_id, query.from_user.language_code)
    elif action == MenuAction.COUNTRY:
        subscription = await subscriptions.toggle_country(chat_id, value)
    elif action == MenuAction.ALL:
        subscription = await subscriptions.all_countries(chat_id)
    else:
        subscription = await subscriptions.get(chat_id)
    if subscription is None or not subscription.active:
        await shown.edit_text(
            delivery_texts.not_subscribed, reply_markup=subscribe_button(delivery_texts)
        )
    elif action == MenuAction.DONE:
        await shown.edit_text(subscription_text(subscription, delivery_texts), reply_markup=None)
    else:
        keyboard = subscription_menu(subscription, subscriptions.countries, delivery_texts)
        await shown.edit_text(
            subscription_text(subscription, delivery_texts), reply_markup=keyboard
        )


def create_router() -> Router:
    router = Router(name="subscriptions")
    private = Router(name="subscriptions-private")
    private.message.filter(PRIVATE_CHAT)
    private.message.register(subscribe, Command("subscribe"))
    elsewhere = Router(name="subscriptions-elsewhere")  # alerts go to private chats only
    elsewhere.message.register(private_only, Command("subscribe"))
    router.include_routers(private, elsewhere)
    router.message.register(settings, Command("settings"))
    router.message.register(unsubscribe, Command("unsubscribe"))
    router.callback_query.register(menu_button, SubscriptionAction.filter(), F.message.as_("shown"))
    return router
