"""/channel add|list|time|empty|preview|lang|remove, and adding a channel by forwarding its post.

A channel is named by @name, a t.me link or its chat number; in a group, or for a manager of
one channel, it may go unnamed. Times and timezones are read forgivingly (18:30, Минск,
Asia/Almaty, UTC+5, in either order); anything not understood is refused with what to type.
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import CommandObject
from aiogram.types import Message, MessageOriginChannel

from domain.inputs import (
    channel_reference,
    language,
    looks_like_reference,
    switch,
    time_of_day,
    timezone,
)
from domain.numbers import MAX_CHAT_ID, OutOfRangeError, parse_int
from handlers.filters import GROUP_CHAT, PRIVATE_CHAT, command
from services.channels import ChannelService
from views.channels import (
    channel_added,
    channel_choices,
    channel_list,
    channel_name,
    channel_ref,
    channel_schedule,
)
from views.i18n import LANGUAGES, Texts, texts_for
from views.render import quote, shorten

# Actions as people type them, in the bot's languages.
_ACTIONS = {
    "add": "add добавить подключить қосу дадаць",
    "list": "list список тізім спіс",
    "time": "time время уақыт час",
    "empty": "empty пусто бос пуста",
    "preview": "preview превью пример алдын прагляд",
    "lang": "lang language язык тіл мова",
    "remove": "remove delete удалить отключить жою выдаліць",
}
_ACTION_OF_WORD = {word: key for key, words in _ACTIONS.items() for word in words.split()}


def _manager(message: Message) -> tuple[int, int, bool]:
    """(requester, where notices go, whether the requester is the group itself).

    An anonymous administrator writes as the group: Telegram vouches for them, and
    notices about the group can only go to the group."""
    if message.sender_chat is not None and message.sender_chat.id == message.chat.id:
        return message.chat.id, message.chat.id, True
    user_id = message.from_user.id if message.from_user else message.chat.id
    return user_id, user_id, False


def _usage(texts: Texts, console_channel: str | None) -> str:
    usage = texts("channel-usage")
    if console_channel:
        usage += "\n\n" + texts("channel-console-demo", channel=quote(console_channel))
    return usage


async def channel_command(
    message: Message,
    command: CommandObject,
    bot: Bot,
    channels: ChannelService,
    texts: Texts,
    console_channel: str | None = None,
) -> None:
    words = (command.args or "").split()
    action = _ACTION_OF_WORD.get(words[0].lower()) if words else None
    rest = words[1:]
    requester, manager, is_the_chat = _manager(message)
    in_group = bool(GROUP_CHAT.resolve(message))

    if action == "add":
        target: int | str
        if rest:
            named = channel_reference(rest[0], bare=True)
            if named is None:
                await message.answer(texts("channel-bad-ref", ref=quote(shorten(rest[0], 40))))
                return
            target = named
        elif in_group:
            target = message.chat.id
        else:
            await message.answer(_usage(texts, console_channel))
            return
        thread_id = message.message_thread_id if in_group and message.is_topic_message else None
        await _add(message, bot, channels, texts, target, thread_id)
        return
    if action == "list":
        await message.answer(channel_list(await channels.managed_by(manager), texts))
        return
    if action is None:
        await message.answer(_usage(texts, console_channel))
        return

    reference: int | str
    if rest and looks_like_reference(rest[0]):
        named = channel_reference(rest[0])
        if named is None:
            await message.answer(texts("channel-bad-ref", ref=quote(shorten(rest[0], 40))))
            return
        reference, rest = named, rest[1:]
    elif in_group:
        reference = message.chat.id
    else:
        managed = await channels.managed_by(manager)
        if len(managed) != 1:
            await message.answer(channel_choices(managed, texts))
            return
        reference = managed[0].chat_id
    try:
        if isinstance(reference, str) and not reference.startswith("@"):
            parse_int(reference, low=-MAX_CHAT_ID, high=MAX_CHAT_ID)
    except OutOfRangeError:
        await message.answer(texts("channel-bad-ref", ref=quote(shorten(str(reference), 40))))
        return
    access = await channels.find(
        bot, reference, requester_id=requester, requester_is_the_chat=is_the_chat
    )
    channel = access.channel
    if channel is None:
        ref = quote(shorten(str(reference), 80))
        if access.problem == "not_admin":
            await message.answer(texts("channel-not-admin-now", channel=ref))
        elif access.problem == "check_failed":
            await message.answer(texts("channel-check-failed", channel=ref))
        else:
            await message.answer(texts("channel-unknown", ref=ref))
        return

    if action == "time":
        digest_time = next((t for w in rest if (t := time_of_day(w))), None)
        place = " ".join(w for w in rest if time_of_day(w) is None)
        if digest_time is None:
            await message.answer(texts("channel-bad-time", ref=channel_ref(channel)))
            return
        zone = timezone(place) if place else channel.timezone
        if zone is None:
            await message.answer(texts("bad-timezone", timezone=quote(shorten(place, 60))))
            return
        channel = await channels.set_schedule(channel, digest_time, zone)
        await message.answer(channel_schedule(channel, texts))
    elif action == "empty":
        post_empty = switch(rest[0]) if rest else None
        if post_empty is None:
            await message.answer(texts("channel-bad-empty", ref=channel_ref(channel)))
            return
        channel = await channels.set_post_empty(channel, post_empty)
        key = "channel-empty-on" if post_empty else "channel-empty-off"
        await message.answer(texts(key, channel=channel_name(channel)))
    elif action == "preview":
        preview = await channels.preview(channel)
        if not preview.parts:
            await message.answer(texts("channel-preview-nothing", channel=channel_name(channel)))
            return
        key = "channel-preview-sample" if preview.sample else "channel-preview"
        await message.answer(texts(key, channel=channel_name(channel)))
        for part in preview.parts:
            await message.answer(part)
    elif action == "lang":
        chosen = language(rest[0]) if rest else None
        if chosen is None:
            listed = ", ".join(f"{c} — {texts_for(c)('language-name')}" for c in LANGUAGES)
            word = quote(shorten(rest[0] if rest else "", 30))
            await message.answer(texts("lang-unknown", word=word, languages=listed))
            return
        channel = await channels.set_language(channel, chosen)
        await message.answer(
            texts(
                "channel-language-set",
                channel=channel_name(channel),
                language=texts_for(chosen)("language-name"),
            )
        )
    else:
        await channels.remove(channel)
        await message.answer(texts("channel-removed", channel=channel_name(channel)))


async def forwarded_channel_post(
    message: Message, bot: Bot, channels: ChannelService, texts: Texts
) -> None:
    """A post forwarded from a channel in a private chat means: add that channel."""
    origin = message.forward_origin
    assert isinstance(origin, MessageOriginChannel)
    await _add(message, bot, channels, texts, origin.chat.id, None)


async def _add(
    message: Message,
    bot: Bot,
    channels: ChannelService,
    texts: Texts,
    target: int | str,
    thread_id: int | None,
) -> None:
    requester, manager, is_the_chat = _manager(message)
    check = await channels.add(
        bot,
        target,
        requester_id=requester,
        manager_chat_id=manager,
        language=texts.language,
        thread_id=thread_id,
        requester_is_the_chat=is_the_chat,
    )
    name = quote(shorten(check.name, 80))
    if check.channel is None:
        problem = (check.problem or "check_failed").replace("_", "-")
        await message.answer(texts(f"channel-{problem}", channel=name))
        return
    await message.answer(channel_added(check.channel, texts))


def create_router() -> Router:
    router = Router(name="channels")
    router.message.register(channel_command, command("channel"))
    private = Router(name="channels-private")
    private.message.filter(PRIVATE_CHAT)
    private.message.register(forwarded_channel_post, F.forward_origin.type == "channel")
    router.include_router(private)
    return router
