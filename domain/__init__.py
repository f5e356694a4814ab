"""The vocabulary services and views share: pages, reports, briefs and the pure fact layer that
groups what outlets stated into what a reader can trust."""
