"""News acquisition: fetching, parsing and extraction. No aiogram, no SQL."""
