latest-title = <b>Свежие новости</b>
latest-title-filtered = <b>Свежие новости</b> · { $filters }
latest-empty = Новостей о сотрудничестве пока нет: источники ещё не опрошены или молчат. Загляните позже.
latest-empty-filtered = По фильтрам «{ $filters }» историй нет. Все свежие новости: /latest
filter-since = с { $date }
filter-outlet = издание { $outlet }

filter-hint = Фильтры: страна (KZ, Кыргызстан), дата (с 2024, since:2024-03), издание (outlet:БелТА).
filter-not-country = «{ $word }» — не страна и не фильтр. Страны: { $countries }. Искать слово в новостях: /search { $word }
filter-year = «{ $year }» — это год? Новости начиная с него: /latest с { $year }
filter-bad-date = Не понимаю дату «{ $word }»: нужен год от 1990 до 2100 и месяц от 1 до 12 — например, с 2024 или since:2024-03.
filter-unknown-outlet = Не знаю издание «{ $word }». Есть: { $outlets }.
filter-no-outlets = Не знаю издание «{ $word }»: источники ещё не опрошены.
filter-ambiguous-outlet = «{ $word }» — это { $outlets }? Уточните: outlet:название.

search-usage = Так: /search запрос — например, /search комбайны KZ с 2024. Фильтры: страна, «с ГОД» или since:ГГГГ-ММ, outlet:ИЗДАНИЕ. Можно и без команды: просто напишите слово.
search-nothing = По запросу «{ $query }» ничего не нашлось. Попробуйте другие слова или без фильтров.
plain-nothing = По запросу «{ $query }» в новостях ничего не нашлось. Я ищу в новостях о сотрудничестве; команды — /help, свежие новости — /latest
search-title = <b>Поиск</b> «{ $query }»: { $total }
