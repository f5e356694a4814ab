"""/channel add|list|time|empty|preview|remove, and adding a channel by forwarding its post."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message, MessageOriginChannel

from domain.numbers import MAX_CHAT_ID, OutOfRangeError, parse_int
from handlers.filters import GROUP_CHAT, PRIVATE_CHAT
from services.channels import ChannelService, parse_time, parse_timezone
from views.channels import channel_added, channel_list, channel_name, channel_schedule
from views.render import quote, shorten
from views.texts import DeliveryTexts


def _is_reference(word: str) -> bool:
    return word.startswith("@") or word.lstrip("-").isdigit()


def _manager(message: Message) -> tuple[int, int, bool]:
    """(requester, where notices go, whether the requester is the group itself).

    An anonymous administrator writes as the group: Telegram vouches for them, and
    notices about the group can only go to the group."""
    if message.sender_chat is not None and message.sender_chat.id == message.chat.id:
        return message.chat.id, message.chat.id, True
    user_id = message.from_user.id if message.from_user else message.chat.id
    return user_id, user_id, False


async def channel_command(
    message: Message,
    command: CommandObject,
    bot: Bot,
    channels: ChannelService,
    delivery_texts: DeliveryTexts,
) -> None:
    words = (command.args or "").split()
    action = words[0].lower() if words else "help"
    rest = words[1:]
    texts = delivery_texts
    requester, manager, is_the_chat = _manager(message)
    in_group = bool(GROUP_CHAT.resolve(message))

    if action == "add":
        if rest:
            target: int | str = rest[0]
        elif in_group:
            target = message.chat.id
        else:
            await message.answer(texts.channel_usage)
            return
        thread_id = message.message_thread_id if in_group and message.is_topic_message else None
        await _add(message, bot, channels, texts, target, thread_id)
        return
    if action == "list":
        await message.answer(channel_list(await channels.managed_by(manager), texts))
        return
    if action not in {"time", "empty", "preview", "remove"}:
        await message.answer(texts.channel_usage)
        return

    if rest and _is_reference(rest[0]):
        reference: int | str = rest[0]
        rest = rest[1:]
    elif in_group:
        reference = message.chat.id
    else:
        await message.answer(texts.channel_usage)
        return
    try:
        if isinstance(reference, str) and not reference.startswith("@"):
            parse_int(reference, low=-MAX_CHAT_ID, high=MAX_CHAT_ID)
    except OutOfRangeError:
        await message.answer(texts.channel_bad_ref.format(ref=quote(shorten(str(reference), 40))))
        return
    access = await channels.find(
        bot, reference, requester_id=requester, requester_is_the_chat=is_the_chat
    )
    channel = access.channel
    if channel is None:
        ref = quote(shorten(str(reference), 80))
        if access.problem == "not_admin":
            await message.answer(texts.channel_not_admin_now.format(channel=ref))
        elif access.problem == "check_failed":
            await message.answer(
                texts.channel_problems["check_failed"].format(
                    channel=ref, error=quote(shorten(access.error, 200))
                )
            )
        else:
            await message.answer(texts.channel_unknown.format(ref=ref))
        return

    if action == "time":
        digest_time = parse_time(rest[0]) if rest else None
        if digest_time is None:
            await message.answer(texts.channel_bad_time)
            return
        timezone = parse_timezone(rest[1]) if len(rest) > 1 else channel.timezone
        if timezone is None:
            await message.answer(
                texts.channel_bad_timezone.format(timezone=quote(shorten(rest[1], 60)))
            )
            return
        channel = await channels.set_schedule(channel, digest_time, timezone)
        await message.answer(channel_schedule(channel, texts))
    elif action == "empty":
        post_empty = bool(rest) and rest[0].lower() in {"on", "yes", "да", "вкл"}
        channel = await channels.set_post_empty(channel, post_empty)
        template = texts.channel_empty_on if post_empty else texts.channel_empty_off
        await message.answer(template.format(channel=channel_name(channel)))
    elif action == "preview":
        parts = await channels.preview(channel)
        if not parts:
            await message.answer(
                texts.channel_preview_nothing.format(channel=channel_name(channel))
            )
            return
        await message.answer(texts.channel_preview.format(channel=channel_name(channel)))
        for part in parts:
            await message.answer(part)
    else:
        await channels.remove(channel)
        await message.answer(texts.channel_removed.format(channel=channel_name(channel)))


async def forwarded_channel_post(
    message: Message, bot: Bot, channels: ChannelService, delivery_texts: DeliveryTexts
) -> None:
    """A post forwarded from a channel in a private chat means: add that channel."""
    origin = message.forward_origin
    assert isinstance(origin, MessageOriginChannel)
    await _add(message, bot, channels, delivery_texts, origin.chat.id, None)


async def _add(
    message: Message,
    bot: Bot,
    channels: ChannelService,
    texts: DeliveryTexts,
    target: int | str,
    thread_id: int | None,
) -> None:
    requester, manager, is_the_chat = _manager(message)
    language = message.from_user.language_code if message.from_user else None
    check = await channels.add(
        bot,
        target,
        requester_id=requester,
        manager_chat_id=manager,
        language=language,
        thread_id=thread_id,
        requester_is_the_chat=is_the_chat,
    )
    name = quote(shorten(check.name, 80))
    if check.channel is None:
        problem = texts.channel_problems[check.problem or "check_failed"]
        await message.answer(problem.format(channel=name, error=quote(shorten(check.error, 200))))
        return
    await message.answer(channel_added(check.channel, texts))


def create_router() -> Router:
    router = Router(name="channels")
    router.message.register(channel_command, Command("channel"))
    private = Router(name="channels-private")
    private.message.filter(PRIVATE_CHAT)
    private.message.register(forwarded_channel_post, F.forward_origin.type == "channel")
    router.include_router(private)
    return router
