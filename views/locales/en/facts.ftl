country-BY = Belarus
country-KZ = Kazakhstan
country-KG = Kyrgyzstan
country-UZ = Uzbekistan
country-RU = Russia
country-AM = Armenia
country-TJ = Tajikistan
country-AZ = Azerbaijan

turnover-title = <b>Trade turnover { $pair }</b>
turnover-year-before = the same months a year earlier
turnover-conflict = sources differ
turnover-earlier = Earlier
turnover-statements = Without a period — as stated
turnover-targets = Targets
turnover-forecasts = Forecasts
turnover-empty = The news has given no turnover figures for { $pair } yet.
chart-caption = Trade turnover { $pair }
csv-button = 📄 CSV table
csv-caption = Trade turnover { $pair }: every figure with its period and sources (CSV)

projects-title = <b>Joint projects { $pair }</b>
projects-empty = The news has mentioned no joint projects for { $pair } yet.
section-done = Done
section-underway = Underway
section-planned = Planned
section-proposed = Proposed
section-stale = No news for long
projects-stale = { section-stale }: not confirmed for over two years
button-all = All
available = Data is there for: { $pairs }.
nothing-yet = No data for any pair of countries yet.
unknown-country = I don't know the country “{ $word }”. Try: { $countries }.
unknown-country-or-status = “{ $word }” is neither a country nor a status I know. Countries: { $countries }. Statuses: { $statuses }.
status-words = done, underway, planned, proposed, stale
projects-none-with-status = No projects under “{ $status }” — here are all of them:

approx = { $approx ->
    [over] over { $value }
    [about] about { $value }
    [under] almost { $value }
    [less] less than { $value }
    [exact] exactly { $value }
   *[none] { $value }
}
by-period = by { $period }
for-period = for { $period }
said-by = { $who }, { $date }
said-on = stated { $date }
jobs = { $count ->
    [one] { $count } job
   *[other] { $count } jobs
}
project-count = { $kind ->
    [venture] { $count ->
        [one] { $count } joint venture
       *[other] { $count } joint ventures
    }
    [production] { $count ->
        [one] { $count } joint production
       *[other] { $count } joint productions
    }
   *[project] { $count ->
        [one] { $count } project
       *[other] { $count } projects
    }
}
project-one = { $kind ->
    [venture] joint venture
    [production] joint production
   *[project] project
}
companies = companies: { $names }
places = where: { $names }
status-done = done
status-underway = underway
status-planned = planned
status-proposed = proposed
as-of = as of { $month }
status-as-of = status as of { $month }: { $status }
status-then = then: { $status }

amount-bn = { $digits }bn
amount-m = { $digits }m
amount-k = { $digits }k
amount-currency = { $figure }{"\u00A0"}{ $currency }
currency-KZT = KZT
currency-RUB = RUB
currency-BYN = BYN
currency-KGS = KGS
currency-UZS = UZS
format-day = d MMM y
format-month = MMM y

chart-full-year = full year
chart-partial = part of the year
chart-statement = stated without a period (by date)
chart-target = target
chart-forecast = forecast
chart-approx = ≈ / > / < — approximate, as stated
chart-conflict = two figures for a year — sources differ
chart-sources = Sources: { $outlets }
chart-newest = Newest figure: { $period }, reported { $date }
chart-unit-bn = USD billion
chart-unit-m = USD million
