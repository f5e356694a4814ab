"""Delivery: the outbox sender and the limits every message to Telegram goes through."""
