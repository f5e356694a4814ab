latest-title = <b>Latest news</b>
latest-title-filtered = <b>Latest news</b> · { $filters }
latest-empty = No cooperation news yet: the sources have not been polled or had none. Please look again later.
latest-empty-filtered = No stories for “{ $filters }”. All the latest news: /latest
filter-since = since { $date }
filter-outlet = outlet { $outlet }

filter-hint = Filters: a country (KZ, Kyrgyzstan), a date (since 2024, since:2024-03), an outlet (outlet:BelTA).
filter-not-country = “{ $word }” is neither a country nor a filter. Countries: { $countries }. To search the news for a word: /search { $word }
filter-year = Is “{ $year }” a year? The news since then: /latest since { $year }
filter-bad-date = I can't read the date “{ $word }”: a year from 1990 to 2100 and a month from 1 to 12 — for example, since 2024 or since:2024-03.
filter-unknown-outlet = I don't know the outlet “{ $word }”. There are: { $outlets }.
filter-no-outlets = I don't know the outlet “{ $word }”: no source has been polled yet.
filter-ambiguous-outlet = Is “{ $word }” { $outlets }? Name one: outlet:name.

search-usage = Usage: /search query — e.g. /search combines KZ since:2024. Filters: a country, since:YYYY-MM, outlet:NAME. Without the command too: just type a word.
search-nothing = Nothing found for “{ $query }”. Try other words or fewer filters.
plain-nothing = Nothing found in the news for “{ $query }”. I search the cooperation news; commands — /help, the newest stories — /latest
search-title = <b>Search</b> “{ $query }”: { $total }
