"""Application services, one module per capability: ingestion and analysis of the news, latest
stories, facts, search, subscriptions and their alerts, channels and their digests, operators."""
