subscription =
    <b>Жазылым</b>
    Жіберемін: { $topics }
    Елдер: { $countries }
    Қашан: { $mode }
    Тыныш сағаттар: { $quiet }
    Хабарландырулар: { $sound }

    Уақыт, күн және тыныш сағаттар: /settings help
topic-all = ынтымақтастық туралы барлық оқиғалар
topic-turnover = тек тауар айналымы сандары бар жаңалықтар
topic-projects = тек бірлескен жобалар туралы жаңалықтар
topic-button-all = Барлық оқиғалар
topic-button-turnover = Тауар айналымы
topic-button-projects = Жобалар
all-countries = барлығы
button-all-countries = Барлық елдер
mode-instant = оқысымен бірден; бірнешеуі бірге келсе — бір хабармен
mode-daily = күн сайын { $time } дайджест ({ $timezone })
mode-weekly = { $weekday } { $time } дайджест ({ $timezone })
weekday-every = { $day ->
    [0] дүйсенбі сайын
    [1] сейсенбі сайын
    [2] сәрсенбі сайын
    [3] бейсенбі сайын
    [4] жұма сайын
    [5] сенбі сайын
   *[6] жексенбі сайын
}
quiet-none = жоқ
quiet-hours = { $start } – { $end }; осы уақытта келгенін { $end } жіберемін
quiet-hours-digest = { $start } – { $end }; бұл бірден келетін хабарларға қатысты, дайджест өз уақытында келеді
sound-on = дыбыспен
sound-off = дыбыссыз
button-mode-instant = ⚡ Бірден
button-mode-daily = 📅 Күн сайын
button-mode-weekly = 🗓 Аптасына бір рет
button-silent = 🔕 Дыбыссыз
button-subscribe = Жазылу
button-unsubscribe = Жазылымнан шығу
button-done = Дайын
saved = Сақталды
subscribed-now = ✅ Жазылым қосылды. Ескі жаңалықтарды жібермеймін — тек жаңаларын.
not-subscribed = Сіз жазылмағансыз. /subscribe — жазылу.
unsubscribed = Жазылым өшірілді, баптаулар сақталды. Қайта оралу: /subscribe
was-not-subscribed = Жазылым болған жоқ. /subscribe — жазылу.
private-only = Жазылым — менімен жеке чатта. Арна немесе топ үшін күнделікті дайджест бар: /channel
settings-help =
    <b>Жазылым баптаулары</b>
    /settings time 09:00 [қала немесе уақыт белдеуі] — дайджест уақыты
    /settings day дс — апталық дайджест күні
    /settings quiet 22-08 — тыныш сағаттар (жоқ — оларсыз)
    /settings sound жоқ — дыбыссыз (иә — дыбыспен)
    Тақырыптар, елдер және режим — /settings түймелерімен.
settings-time-waits = Уақыт сақталды. Ол дайджестке арналған, ал қазір оқиғалар бірден келеді: «{ button-mode-daily }» немесе «{ button-mode-weekly }» таңдаңыз.
settings-day-waits = Күн сақталды. Ол апталық дайджестке арналған: «{ button-mode-weekly }» таңдаңыз.
settings-bad-time = Уақыт былай жазылады: 09:00 немесе 18:30. Мысалы: /settings time 18:30 Алматы
settings-bad-day = «{ $word }» күнін білмеймін. Былай: дс, сс, ср, бс, жм, сн, жс.
settings-bad-quiet = Тыныш сағаттар былай: /settings quiet 22-08 немесе /settings quiet 23:00-07:30; оларсыз: /settings quiet жоқ
settings-bad-switch = иә немесе жоқ деп жазыңыз: { $example } жоқ — дыбыссыз, { $example } иә — дыбыспен.
bad-timezone = «{ $timezone }» уақыт белдеуін білмеймін. Қаланы жазуға болады — Минск, Алматы, Астана, Ташкент, Бішкек, Мәскеу — немесе белдеуді: Europe/Minsk, Asia/Almaty, UTC+5.

alert-title = 🆕 <b>Жаңа оқиға</b>
alerts-title = 🆕 <b>Жаңа оқиғалар: { $count }</b>
turnover-label = 💰 Тауар айналымы
projects-label = 🏗 Жобалар
kind-forecast = болжам
kind-target = мақсат
digest-title = { $period ->
    [week] <b>coopnews апталық дайджесті · { $date }</b>
   *[day] <b>coopnews дайджесті · { $date }</b>
}
    Ынтымақтастық туралы оқиғалар: { $count }
digest-more = …тағы { $count } — ботта: /latest
digest-empty = Бұл уақытта ынтымақтастық туралы жаңалық болған жоқ.

channel-usage =
    <b>Арнаға немесе топқа күнделікті дайджест</b>
    1. Мені арнаға хабар жариялау құқығы бар әкімші етіп қосыңыз.
    2. Осында: /channel add @арна (немесе t.me/арна сілтемесі, не арнадағы постты маған қайта жіберіңіз).

    /channel list — арналарыңыз
    /channel time @арна 09:00 [Алматы] — уақыт және уақыт белдеуі (қала немесе Asia/Almaty сияқты белдеу)
    /channel empty @арна иә|жоқ — бос күні «жаңалық жоқ» деп жазу-жазбау
    /channel preview @арна — дайджест қазір қандай болып шығар еді
    /channel lang @арна kk — дайджест тілі: ru, en, kk, be
    /channel remove @арна — өшіру
    Топта немесе форум тақырыбында @атаусыз командалар соның өзіне қатысты; арнаңыз біреу болса, @атауын жазбауға болады.
channel-console-demo = Консольде сынақ арнасы бар — { $channel }, онда сіз әкімшісіз: /channel add { $channel }
channel-added = ✅ { $channel } қосылды: дайджест күн сайын { $time } ({ $timezone }), біріншісі — { $next }. Өзгерту: /channel time { $ref } СС:ММ [қала]
channel-not-found = { $channel } көрінбейді. Атауын тексеріп, мені арнаға немесе топқа қосыңыз да, қайталаңыз.
channel-private = { $channel } — жеке чат, ал дайджест арналар мен топтарда болады.
channel-not-admin = { $channel } арнасын тек оның иесі немесе әкімшісі қоса алады, ал сіз онда әкімші емессіз.
channel-bot-not-member = Мен { $channel } ішінде жоқпын. Мені жариялау құқығы бар әкімші етіп қосыңыз.
channel-bot-not-admin = { $channel } арнасында мен әкімші емеспін. Мені хабар жариялау құқығы бар әкімші етіп тағайындаңыз.
channel-bot-cannot-post = { $channel } ішінде жариялау құқығым жоқ. Оны әкімшілер баптауларында қосыңыз.
channel-check-failed = Telegram { $channel } ішіндегі құқықтарды тексеруге жауап бермеді. Бір минуттан кейін қайталаңыз.
channel-list-title = <b>Сіздің арналарыңыз бен топтарыңыз</b>
channel-list-empty = Әзірге арна жоқ. Қосу: /channel add @арна
channel-line = { $state } { $channel } — { $time } ({ $timezone })
channel-line-paused = { $state } { $channel } — { $time } ({ $timezone }) · тоқтатылды: қолжетім жоқ, қайта қосыңыз
channel-unknown = { $ref } қосылмаған (немесе оны сіз қоспағансыз). Арналарыңыз: /channel list
channel-which = Қай арна? Оны командадан кейін көрсетіңіз: { $channels }
channel-none-yet = Сізде әзірге арна жоқ. Қосу: /channel add @арна
channel-not-admin-now = Telegram сіздің қазір { $channel } әкімшісі емес екеніңізді айтады: дайджестті тек оның әкімшілері басқара алады.
channel-bad-ref = «{ $ref }» — арна емес: @атауын немесе чат нөмірін (15 цифрға дейін), не t.me/атауы сілтемесін көрсетіңіз.
channel-schedule = { $channel } дайджесті: күн сайын { $time } ({ $timezone }), келесісі — { $next }.
channel-bad-time = Уақыт былай жазылады: 09:00 немесе 18:30. Мысалы: /channel time { $ref } 18:30 Алматы
channel-bad-empty = иә немесе жоқ деп жазыңыз: /channel empty { $ref } иә — бос күні «жаңалық жоқ» деп жазу, жоқ — үндемеу.
channel-language-set = { $channel } дайджесті енді мына тілде шығады: { $language }.
channel-removed = { $channel } өшірілді, оған бұдан былай дайджест болмайды.
channel-empty-on = Бос күні { $channel } ішінде «жаңалық жоқ» деген жол шығады.
channel-empty-off = Бос күні { $channel } ішінде ештеңе шықпайды.
channel-preview = { $channel } дайджесті қазір былай шығар еді:
channel-preview-sample = { $channel } дайджестіне әзірге жаңа оқиға жоқ. Соңғы күндердің оқиғаларымен ол былай көрінеді:
channel-preview-nothing = { $channel } дайджестінде әзірге көрсететін ештеңе жоқ: оқиғалар әлі жоқ.
channel-gone = ⚠️ { $channel } ішінде жариялай алмаймын: { $reason }. Дайджест тоқтатылды. Құқықтар қайтқанда, қайта қосыңыз: /channel add
gone-kicked = мені чаттан шығарып тастады
gone-not-found = чат табылмады
gone-rights = жариялау құқығым жоқ
gone-blocked = мені бұғаттады
gone-deleted = чат жойылған
gone-other = Telegram мені бұл чатқа кіргізбейді
