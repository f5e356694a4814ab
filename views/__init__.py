"""What the reader sees: texts in both languages, HTML rendering of stories and facts, keyboards
and callback data, charts and CSV. Pure: no database, no network."""
