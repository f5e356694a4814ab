"""aiogram routers: parse the update, call one service, render, answer. Nothing more."""

from aiogram import Dispatcher, Router

from handlers import (
    channels,
    common,
    errors,
    facts,
    fallback,
    latest,
    operators,
    search,
    subscriptions,
)
from handlers.middlewares import CallbackAnswers, TextsMiddleware


def get_routers() -> list[Router]:
    """Feature routers in the order they must match; the catch-alls and errors come last."""
    modules = (
        common,
        latest,
        search,
        facts,
        subscriptions,
        channels,
        operators,
        fallback,
        errors,
    )
    return [module.create_router() for module in modules]


def setup(dispatcher: Dispatcher) -> None:
    """Attach the middlewares and every router to the dispatcher."""
    dispatcher.update.outer_middleware(TextsMiddleware())
    dispatcher.callback_query.middleware(CallbackAnswers())
    dispatcher.include_routers(*get_routers())
