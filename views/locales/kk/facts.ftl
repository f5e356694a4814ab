country-BY = Беларусь
country-KZ = Қазақстан
country-KG = Қырғызстан
country-UZ = Өзбекстан
country-RU = Ресей
country-AM = Армения
country-TJ = Тәжікстан
country-AZ = Әзербайжан

turnover-title = <b>Тауар айналымы: { $pair }</b>
turnover-year-before = бір жыл бұрынғы сол айлар
turnover-conflict = дереккөздер әртүрлі
turnover-earlier = Бұрынырақ
turnover-statements = Кезеңсіз — айтылғандай
turnover-targets = Мақсаттар
turnover-forecasts = Болжамдар
turnover-empty = { $pair } тауар айналымы туралы жаңалықтарда әзірге сандар жоқ.
chart-caption = Тауар айналымы: { $pair }
csv-button = 📄 CSV кестесі
csv-caption = Тауар айналымы: { $pair } — барлық сандар кезеңдері мен дереккөздерімен (CSV)

projects-title = <b>Бірлескен жобалар: { $pair }</b>
projects-empty = { $pair } бірлескен жобалары туралы жаңалықтарда әзірге ештеңе жоқ.
section-done = Іске асырылған
section-underway = Іске асырылуда
section-planned = Жоспарланған
section-proposed = Ұсынылған
section-stale = Көптен жаңалық жоқ
projects-stale = { section-stale }: екі жылдан астам расталмаған
button-all = Барлығы
available = Деректер бар жұптар: { $pairs }.
nothing-yet = Әзірге ешбір ел жұбы бойынша дерек жоқ.
unknown-country = «{ $word }» елін білмеймін. Былай жазуға болады: { $countries }.
unknown-country-or-status = «{ $word }» — мен білетін ел де, мәртебе де емес. Елдер: { $countries }. Мәртебелер: { $statuses }.
status-words = аяқталған, жүзеге асырылуда, жоспарланған, ұсынылған, ескі
projects-none-with-status = «{ $status }» бөлімінде жоба жоқ — міне, барлығы:

# Қазақша жалғаусыз жазу үшін: «шамамен», «дәл» — санның алдында; «астам» санға жалғау
# керек етеді, сондықтан «>» (кемінде емес: ол «≥» дегенді білдіреді).
approx = { $approx ->
    [over] > { $value }
    [about] шамамен { $value }
    [under] ≈ { $value }
    [less] < { $value }
    [exact] дәл { $value }
   *[none] { $value }
}
by-period = мерзімі: { $period }
for-period = кезеңі: { $period }
said-by = { $who }, { $date }
said-on = { $date } мәлімделді
# Қазақ тілінде сан есімнен кейін зат есім жекеше тұрады: 5 жоба, 1 400 жұмыс орны.
jobs = { $count ->
    [one] { $count } жұмыс орны
   *[other] { $count } жұмыс орны
}
project-count = { $kind ->
    [venture] { $count ->
        [one] { $count } бірлескен кәсіпорын
       *[other] { $count } бірлескен кәсіпорын
    }
    [production] { $count ->
        [one] { $count } бірлескен өндіріс
       *[other] { $count } бірлескен өндіріс
    }
   *[project] { $count ->
        [one] { $count } жоба
       *[other] { $count } жоба
    }
}
project-one = { $kind ->
    [venture] бірлескен кәсіпорын
    [production] бірлескен өндіріс
   *[project] жоба
}
companies = компаниялар: { $names }
places = қайда: { $names }
status-done = іске асырылған
status-underway = іске асырылуда
status-planned = жоспарланған
status-proposed = ұсынылған
as-of = { $month } жағдай бойынша
status-as-of = { $month } кездегі мәртебесі: { $status }
status-then = ол кезде: { $status }

amount-bn = { $digits }{"\u00A0"}млрд
amount-m = { $digits }{"\u00A0"}млн
amount-k = { $digits }{"\u00A0"}мың
amount-currency = { $figure }{"\u00A0"}{ $currency }
currency-KZT = теңге
currency-RUB = рубль
currency-BYN = Беларусь рублі
currency-KGS = сом
currency-UZS = сум
format-day = dd.MM.y
format-month = MM.y

chart-full-year = толық жыл
chart-partial = жылдың бір бөлігі
chart-statement = кезеңсіз айтылған (күні бойынша)
chart-target = мақсат
chart-forecast = болжам
chart-approx = ≈ / > / < — шамамен, айтылғандай
chart-conflict = бір жылға екі сан — дереккөздер әртүрлі
chart-sources = Дереккөздер: { $outlets }
chart-newest = Ең жаңа деректер: { $period }, хабарланған күні { $date }
chart-unit-bn = млрд АҚШ доллары
chart-unit-m = млн АҚШ доллары
