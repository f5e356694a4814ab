latest-title = <b>Соңғы жаңалықтар</b>
latest-title-filtered = <b>Соңғы жаңалықтар</b> · { $filters }
latest-empty = Ынтымақтастық туралы жаңалықтар әзірге жоқ: дереккөздер әлі сұралмаған немесе үнсіз. Кейінірек қараңыз.
latest-empty-filtered = «{ $filters }» сүзгілері бойынша оқиға жоқ. Барлық соңғы жаңалықтар: /latest
filter-since = кезең басы: { $date }
filter-outlet = басылым: { $outlet }

filter-hint = Сүзгілер: ел (KZ, Қырғызстан), күн (2024 жылдан, since:2024-03), басылым (outlet:БелТА).
filter-not-country = «{ $word }» — ел де, сүзгі де емес. Елдер: { $countries }. Сөзді жаңалықтардан іздеу: /search { $word }
filter-year = «{ $year }» — бұл жыл ма? Сол жылдан бергі жаңалықтар: /latest { $year } жылдан
filter-bad-date = «{ $word }» күнін түсінбеймін: жыл 1990–2100, ай 1–12 болуы керек — мысалы, 2024 жылдан немесе since:2024-03.
filter-unknown-outlet = «{ $word }» басылымын білмеймін. Барлары: { $outlets }.
filter-no-outlets = «{ $word }» басылымын білмеймін: дереккөздер әлі сұралмаған.
filter-ambiguous-outlet = «{ $word }» — бұл { $outlets } бе? Нақтылаңыз: outlet:атауы.

search-usage = Былай: /search сұрау — мысалы, /search комбайн KZ since:2024. Сүзгілер: ел, since:ЖЖЖЖ-АА, outlet:БАСЫЛЫМ. Командасыз да болады: жай ғана сөз жазыңыз.
search-nothing = «{ $query }» сұрауы бойынша ештеңе табылмады. Басқа сөздерді қолданып көріңіз немесе сүзгісіз іздеңіз.
plain-nothing = «{ $query }» сұрауы бойынша жаңалықтардан ештеңе табылмады. Мен ынтымақтастық туралы жаңалықтардан іздеймін; командалар — /help, соңғы жаңалықтар — /latest
search-title = <b>Іздеу</b> «{ $query }»: { $total }
