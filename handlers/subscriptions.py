"""/subscribe, /settings (and its time, day, quiet and sound), /unsubscribe, and the menu."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import CommandObject
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from domain.inputs import quiet_hours, switch, time_of_day, timezone, weekday
from handlers.filters import PRIVATE_CHAT, command
from services.subscriptions import SubscriptionService, SubscriptionView
from views.i18n import Texts
from views.keyboards import MenuAction, SubscriptionAction, subscribe_button, subscription_menu
from views.render import quote, shorten
from views.subscriptions import subscription_text, waiting_setting

# What follows /settings, in the bot's languages.
_SETTINGS_WORDS = {
    "time": "time время час уақыт",
    "day": "day день күн дзень",
    "quiet": "quiet тихие тишина тыныш ціхія",
    "sound": "sound silent звук дыбыс гук",
}
_SETTING_OF_WORD = {word: key for key, words in _SETTINGS_WORDS.items() for word in words.split()}


def _shown(subscription: SubscriptionView, subscriptions: SubscriptionService, texts: Texts) -> str:
    return subscription_text(subscription, texts, subscriptions.default_timezone)


async def answer_subscribe(
    message: Message, subscriptions: SubscriptionService, texts: Texts
) -> None:
    if message.chat.type != "private":
        await message.answer(texts("private-only"))
        return
    subscription = await subscriptions.subscribe(message.chat.id, texts.language)
    await message.answer(
        f"{texts('subscribed-now')}\n\n{_shown(subscription, subscriptions, texts)}",
        reply_markup=subscription_menu(subscription, subscriptions.countries, texts),
    )


async def subscribe(message: Message, subscriptions: SubscriptionService, texts: Texts) -> None:
    await answer_subscribe(message, subscriptions, texts)


async def private_only(message: Message, texts: Texts) -> None:
    await message.answer(texts("private-only"))


async def settings(
    message: Message, command: CommandObject, subscriptions: SubscriptionService, texts: Texts
) -> None:
    words = (command.args or "").split()
    if words and _SETTING_OF_WORD.get(words[0].lower()) is None:
        await message.answer(texts("settings-help"))
        return
    subscription = await subscriptions.get(message.chat.id)
    if subscription is None or not subscription.active:
        await message.answer(texts("not-subscribed"), reply_markup=subscribe_button(texts))
        return
    lead = ""
    if words:
        changed = await _change(message, words, subscriptions, texts)
        if changed is None:
            return
        subscription = changed
        note = waiting_setting(subscription, _SETTING_OF_WORD[words[0].lower()], texts)
        lead = f"{note}\n\n" if note else ""
    await message.answer(
        lead + _shown(subscription, subscriptions, texts),
        reply_markup=subscription_menu(subscription, subscriptions.countries, texts),
    )


async def _change(
    message: Message, words: list[str], subscriptions: SubscriptionService, texts: Texts
) -> SubscriptionView | None:
    """Apply '/settings time 18:30 Минск', 'day пт', 'quiet 22-08', 'sound off'; on a
    mistake, say what to type and return None."""
    setting, rest = _SETTING_OF_WORD[words[0].lower()], words[1:]
    chat_id = message.chat.id
    if setting == "time":
        digest_time = next((t for w in rest if (t := time_of_day(w))), None)
        place = [w for w in rest if time_of_day(w) is None]
        zone = timezone(" ".join(place)) if place else None
        if digest_time is None:
            await message.answer(texts("settings-bad-time"))
            return None
        if place and zone is None:
            await message.answer(
                texts("bad-timezone", timezone=quote(shorten(" ".join(place), 60)))
            )
            return None
        return await subscriptions.set_schedule(chat_id, digest_time=digest_time, timezone=zone)
    if setting == "day":
        day = weekday(rest[0]) if rest else None
        if day is None:
            word = quote(shorten(" ".join(rest), 30))
            await message.answer(texts("settings-bad-day", word=word))
            return None
        return await subscriptions.set_schedule(chat_id, digest_day=day)
    if setting == "quiet":
        quiet = quiet_hours(" ".join(rest))
        if quiet is None:
            await message.answer(texts("settings-bad-quiet"))
            return None
        return await subscriptions.set_quiet(chat_id, quiet.span)
    sound = switch(rest[0]) if rest else None
    if sound is None:
        await message.answer(texts("settings-bad-switch", example="/settings sound"))
        return None
    return await subscriptions.set_silent(chat_id, not sound)


async def unsubscribe(message: Message, subscriptions: SubscriptionService, texts: Texts) -> None:
    stopped = await subscriptions.unsubscribe(message.chat.id)
    await message.answer(texts("unsubscribed" if stopped else "was-not-subscribed"))


async def menu_button(
    query: CallbackQuery,
    callback_data: SubscriptionAction,
    shown: Message,
    subscriptions: SubscriptionService,
    texts: Texts,
    callback_answer: CallbackAnswer,
) -> None:
    callback_answer.text = texts("saved")
    chat_id = shown.chat.id
    action, value = callback_data.action, callback_data.value
    if action == MenuAction.OFF:
        await subscriptions.unsubscribe(chat_id)
        await shown.edit_text(texts("unsubscribed"), reply_markup=None)
        return
    if action == MenuAction.TOPIC and value in subscriptions.topics:
        subscription = await subscriptions.choose_topics(chat_id, value)
    elif action == MenuAction.ON:
        subscription = await subscriptions.subscribe(chat_id, texts.language)
    elif action == MenuAction.COUNTRY:
        subscription = await subscriptions.toggle_country(chat_id, value)
    elif action == MenuAction.ALL:
        subscription = await subscriptions.all_countries(chat_id)
    elif action == MenuAction.MODE and value in subscriptions.modes:
        subscription = await subscriptions.set_mode(chat_id, value)
    elif action == MenuAction.SILENT:
        current = await subscriptions.get(chat_id)
        silent = not current.silent if current else False
        subscription = await subscriptions.set_silent(chat_id, silent)
    else:
        subscription = await subscriptions.get(chat_id)
    if subscription is None or not subscription.active:
        await shown.edit_text(texts("not-subscribed"), reply_markup=subscribe_button(texts))
    elif action == MenuAction.DONE:
        await shown.edit_text(_shown(subscription, subscriptions, texts), reply_markup=None)
    else:
        keyboard = subscription_menu(subscription, subscriptions.countries, texts)
        await shown.edit_text(_shown(subscription, subscriptions, texts), reply_markup=keyboard)


def create_router() -> Router:
    router = Router(name="subscriptions")
    private = Router(name="subscriptions-private")
    private.message.filter(PRIVATE_CHAT)
    private.message.register(subscribe, command("subscribe"))
    elsewhere = Router(name="subscriptions-elsewhere")  # alerts go to private chats only
    elsewhere.message.register(private_only, command("subscribe"))
    router.include_routers(private, elsewhere)
    router.message.register(settings, command("settings"))
    router.message.register(unsubscribe, command("unsubscribe"))
    router.callback_query.register(menu_button, SubscriptionAction.filter(), F.message.as_("shown"))
    return router
