latest-title = <b>Свежыя навіны</b>
latest-title-filtered = <b>Свежыя навіны</b> · { $filters }
latest-empty = Навін пра супрацоўніцтва пакуль няма: крыніцы яшчэ не апытаныя або маўчаць. Зазірніце пазней.
latest-empty-filtered = Па фільтрах «{ $filters }» гісторый няма. Усе свежыя навіны: /latest
filter-since = з { $date }
filter-outlet = выданне { $outlet }

filter-hint = Фільтры: краіна (KZ, Кыргызстан), дата (з 2024, since:2024-03), выданне (outlet:БелТА).
filter-not-country = «{ $word }» — не краіна і не фільтр. Краіны: { $countries }. Шукаць слова ў навінах: /search { $word }
filter-year = «{ $year }» — гэта год? Навіны пачынаючы з яго: /latest з { $year }
filter-bad-date = Не разумею дату «{ $word }»: патрэбны год ад 1990 да 2100 і месяц ад 1 да 12 — напрыклад, з 2024 або since:2024-03.
filter-unknown-outlet = Не ведаю выданне «{ $word }». Ёсць: { $outlets }.
filter-no-outlets = Не ведаю выданне «{ $word }»: крыніцы яшчэ не апытаныя.
filter-ambiguous-outlet = «{ $word }» — гэта { $outlets }? Удакладніце: outlet:назва.

search-usage = Так: /search запыт — напрыклад, /search камбайны KZ since:2024. Фільтры: краіна, since:ГГГГ-ММ, outlet:ВЫДАННЕ. Можна і без каманды: проста напішыце слова.
search-nothing = Па запыце «{ $query }» нічога не знайшлося. Паспрабуйце іншыя словы або без фільтраў.
plain-nothing = Па запыце «{ $query }» у навінах нічога не знайшлося. Я шукаю ў навінах пра супрацоўніцтва; каманды — /help, свежыя навіны — /latest
search-title = <b>Пошук</b> «{ $query }»: { $total }
