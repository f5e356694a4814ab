country-BY = Беларусь
country-KZ = Казахстан
country-KG = Кыргызстан
country-UZ = Узбекистан
country-RU = Россия
country-AM = Армения
country-TJ = Таджикистан
country-AZ = Азербайджан

turnover-title = <b>Товарооборот { $pair }</b>
turnover-year-before = те же месяцы годом раньше
turnover-conflict = источники расходятся
turnover-earlier = Ранее
turnover-statements = Без периода — как сказано
turnover-targets = Цели
turnover-forecasts = Прогнозы
turnover-empty = О товарообороте { $pair } в новостях пока нет цифр.
chart-caption = Товарооборот { $pair }
csv-button = 📄 Таблица CSV
csv-caption = Товарооборот { $pair }: все цифры с периодами и источниками (CSV)

projects-title = <b>Совместные проекты { $pair }</b>
projects-empty = О совместных проектах { $pair } в новостях пока ничего нет.
section-done = Реализованы
section-underway = Реализуются
section-planned = Планируются
section-proposed = Предложены
section-stale = Давно без новостей
projects-stale = { section-stale }: больше двух лет без подтверждения
button-all = Все
available = Есть данные по парам: { $pairs }.
nothing-yet = Данных пока нет ни по одной паре стран.
unknown-country = Не знаю страну «{ $word }». Можно так: { $countries }.
unknown-country-or-status = Не знаю ни страну, ни статус «{ $word }». Страны: { $countries }. Статусы: { $statuses }.
status-words = реализованы, реализуются, планируются, предложены, давние
projects-none-with-status = В разделе «{ $status }» проектов нет — вот все:

# Сумма с приближением, как его сказали издания.
approx = { $approx ->
    [over] более { $value }
    [about] около { $value }
    [under] почти { $value }
    [less] менее { $value }
    [exact] ровно { $value }
   *[none] { $value }
}
by-period = к { $period }
for-period = на { $period }
said-by = { $who }, { $date }
said-on = заявлено { $date }
jobs = { $count ->
    [one] { $count } рабочее место
    [few] { $count } рабочих места
   *[many] { $count } рабочих мест
}
project-count = { $kind ->
    [venture] { $count ->
        [one] { $count } совместное предприятие
        [few] { $count } совместных предприятия
       *[many] { $count } совместных предприятий
    }
    [production] { $count ->
        [one] { $count } совместное производство
        [few] { $count } совместных производства
       *[many] { $count } совместных производств
    }
   *[project] { $count ->
        [one] { $count } проект
        [few] { $count } проекта
       *[many] { $count } проектов
    }
}
project-one = { $kind ->
    [venture] совместное предприятие
    [production] совместное производство
   *[project] проект
}
companies = компании: { $names }
places = где: { $names }
status-done = реализован
status-underway = реализуется
status-planned = планируется
status-proposed = предложен
as-of = по данным на { $month }
status-as-of = статус на { $month }: { $status }
status-then = тогда: { $status }

# Суммы: цифры уже отформатированы Babel.
amount-bn = { $digits }{"\u00A0"}млрд
amount-m = { $digits }{"\u00A0"}млн
amount-k = { $digits }{"\u00A0"}тыс.
amount-currency = { $figure }{"\u00A0"}{ $currency }
currency-KZT = тенге
currency-RUB = руб.
currency-BYN = бел. руб.
currency-KGS = сомов
currency-UZS = сумов
format-day = dd.MM.y
format-month = MM.y
months-short = янв фев мар апр май июн июл авг сен окт ноя дек

chart-full-year = полный год
chart-partial = часть года
chart-statement = сказано без периода (по дате)
chart-target = цель
chart-forecast = прогноз
chart-approx = ≈ / > / < — приблизительно, как сказано
chart-conflict = две цифры за год — источники расходятся
chart-sources = Источники: { $outlets }
chart-newest = Новейшие данные: { $period }, сообщено { $date }
chart-unit-bn = млрд долл. США
chart-unit-m = млн долл. США
