country-BY = Беларусь
country-KZ = Казахстан
country-KG = Кыргызстан
country-UZ = Узбекістан
country-RU = Расія
country-AM = Арменія
country-TJ = Таджыкістан
country-AZ = Азербайджан

turnover-title = <b>Тавараабарот { $pair }</b>
turnover-year-before = тыя ж месяцы годам раней
turnover-conflict = крыніцы разыходзяцца
turnover-earlier = Раней
turnover-statements = Без перыяду — як сказана
turnover-targets = Мэты
turnover-forecasts = Прагнозы
turnover-empty = Пра тавараабарот { $pair } у навінах пакуль няма лічбаў.
chart-caption = Тавараабарот { $pair }
csv-button = 📄 Табліца CSV
csv-caption = Тавараабарот { $pair }: усе лічбы з перыядамі і крыніцамі (CSV)

projects-title = <b>Сумесныя праекты { $pair }</b>
projects-empty = Пра сумесныя праекты { $pair } у навінах пакуль нічога няма.
section-done = Рэалізаваныя
section-underway = Рэалізуюцца
section-planned = Плануюцца
section-proposed = Прапанаваныя
section-stale = Даўно без навін
projects-stale = { section-stale }: больш за два гады без пацвярджэння
button-all = Усе
available = Ёсць даныя па парах: { $pairs }.
nothing-yet = Даных пакуль няма ні па адной пары краін.
unknown-country = Не ведаю краіну «{ $word }». Можна так: { $countries }.
unknown-country-or-status = Не ведаю ні краіну, ні статус «{ $word }». Краіны: { $countries }. Статусы: { $statuses }.
status-words = рэалізаваныя, рэалізуюцца, плануюцца, прапанаваныя, даўнія
projects-none-with-status = У раздзеле «{ $status }» праектаў няма — вось усе:

approx = { $approx ->
    [over] больш за { $value }
    [about] каля { $value }
    [under] амаль { $value }
    [less] менш за { $value }
    [exact] роўна { $value }
   *[none] { $value }
}
by-period = да { $period }
for-period = на { $period }
said-by = { $who }, { $date }
said-on = заяўлена { $date }
jobs = { $count ->
    [one] { $count } рабочае месца
    [few] { $count } рабочыя месцы
   *[many] { $count } рабочых месцаў
}
project-count = { $kind ->
    [venture] { $count ->
        [one] { $count } сумеснае прадпрыемства
        [few] { $count } сумесныя прадпрыемствы
       *[many] { $count } сумесных прадпрыемстваў
    }
    [production] { $count ->
        [one] { $count } сумесная вытворчасць
        [few] { $count } сумесныя вытворчасці
       *[many] { $count } сумесных вытворчасцей
    }
   *[project] { $count ->
        [one] { $count } праект
        [few] { $count } праекты
       *[many] { $count } праектаў
    }
}
project-one = { $kind ->
    [venture] сумеснае прадпрыемства
    [production] сумесная вытворчасць
   *[project] праект
}
companies = кампаніі: { $names }
places = дзе: { $names }
status-done = рэалізаваны
status-underway = рэалізуецца
status-planned = плануецца
status-proposed = прапанаваны
as-of = паводле даных на { $month }
status-as-of = статус на { $month }: { $status }
status-then = тады: { $status }

amount-bn = { $digits }{"\u00A0"}млрд
amount-m = { $digits }{"\u00A0"}млн
amount-k = { $digits }{"\u00A0"}тыс.
amount-currency = { $figure }{"\u00A0"}{ $currency }
currency-KZT = тэнге
currency-RUB = руб.
currency-BYN = бел. руб.
currency-KGS = сомаў
currency-UZS = сумаў
format-day = dd.MM.y
format-month = MM.y
# Скарачэнні месяцаў, як іх піша прэса (Babel дае формы роднага склону: «мая»).
months-short = студз лют сак крас май чэрв ліп жн вер кастр ліст снеж

chart-full-year = поўны год
chart-partial = частка года
chart-statement = сказана без перыяду (па даце)
chart-target = мэта
chart-forecast = прагноз
chart-approx = ≈ / > / < — прыблізна, як сказана
chart-conflict = дзве лічбы за год — крыніцы разыходзяцца
chart-sources = Крыніцы: { $outlets }
chart-newest = Найноўшыя даныя: { $period }, паведамлена { $date }
chart-unit-bn = млрд долараў ЗША
chart-unit-m = млн долараў ЗША
