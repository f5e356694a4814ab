subscription =
    <b>Падпіска</b>
    Дасылаю: { $topics }
    Краіны: { $countries }
    Калі: { $mode }
    Ціхія гадзіны: { $quiet }
    Апавяшчэнні: { $sound }

    Час, дзень і ціхія гадзіны: /settings help
topic-all = усе гісторыі пра супрацоўніцтва
topic-turnover = толькі навіны з лічбамі тавараабароту
topic-projects = толькі навіны пра сумесныя праекты
topic-button-all = Усе гісторыі
topic-button-turnover = Тавараабарот
topic-button-projects = Праекты
all-countries = усе
button-all-countries = Усе краіны
mode-instant = адразу, як прачытаю; некалькі за раз — адным паведамленнем
mode-daily = дайджэст кожны дзень у { $time } ({ $timezone })
mode-weekly = дайджэст { $weekday } у { $time } ({ $timezone })
weekday-every = { $day ->
    [0] па панядзелках
    [1] па аўторках
    [2] па серадах
    [3] па чацвяргах
    [4] па пятніцах
    [5] па суботах
   *[6] па нядзелях
}
quiet-none = няма
quiet-hours = з { $start } да { $end } — што прыйдзе ў гэты час, дашлю ў { $end }
quiet-hours-digest = з { $start } да { $end } — для імгненных апавяшчэнняў; зводка прыходзіць у свой час
sound-on = з гукам
sound-off = без гуку
button-mode-instant = ⚡ Адразу
button-mode-daily = 📅 Раз на дзень
button-mode-weekly = 🗓 Раз на тыдзень
button-silent = 🔕 Без гуку
button-subscribe = Падпісацца
button-unsubscribe = Адпісацца
button-done = Гатова
saved = Захавана
subscribed-now = ✅ Падпіска ўключана. Старыя навіны не дашлю — толькі новыя.
not-subscribed = Вы не падпісаныя. /subscribe — падпісацца.
unsubscribed = Падпіска адключана, налады захаваныя. Вярнуцца: /subscribe
was-not-subscribed = Падпіскі і не было. /subscribe — падпісацца.
private-only = Падпіска — у асабістым чаце са мной. Для канала або групы ёсць штодзённы дайджэст: /channel
settings-help =
    <b>Налады падпіскі</b>
    /settings time 09:00 [горад або часавы пояс] — час дайджэсту
    /settings day пн — дзень штотыднёвага дайджэсту
    /settings quiet 22-08 — ціхія гадзіны (выкл — без іх)
    /settings sound выкл — без гуку (укл — з гукам)
    Тэмы, краіны і рэжым — кнопкамі ў /settings.
settings-time-waits = Час захаваны. Ён для дайджэсту, а цяпер гісторыі прыходзяць адразу: выберыце «{ button-mode-daily }» або «{ button-mode-weekly }».
settings-day-waits = Дзень захаваны. Ён для штотыднёвага дайджэсту: выберыце «{ button-mode-weekly }».
settings-bad-time = Час — так: 09:00 або 18:30. Напрыклад: /settings time 18:30 Мінск
settings-bad-day = Не ведаю дзень «{ $word }». Так: пн, аў, ср, чц, пт, сб, нд.
settings-bad-quiet = Ціхія гадзіны — так: /settings quiet 22-08 або /settings quiet 23:00-07:30; без іх: /settings quiet выкл
settings-bad-switch = Напішыце укл або выкл: { $example } выкл — без гуку, { $example } укл — з гукам.
bad-timezone = Не ведаю часавы пояс «{ $timezone }». Можна горад — Мінск, Алматы, Астана, Ташкент, Бішкек, Масква — або пояс: Europe/Minsk, Asia/Almaty, UTC+5.

alert-title = 🆕 <b>Новая гісторыя</b>
alerts-title = 🆕 <b>Новых гісторый: { $count }</b>
turnover-label = 💰 Тавараабарот
projects-label = 🏗 Праекты
kind-forecast = прагноз
kind-target = мэта
digest-title = { $period ->
    [week] <b>Дайджэст coopnews за тыдзень · { $date }</b>
   *[day] <b>Дайджэст coopnews · { $date }</b>
}
    Гісторый пра супрацоўніцтва: { $count }
digest-more = …і яшчэ { $count } — у боце: /latest
digest-empty = За гэты час навін пра супрацоўніцтва не было.

channel-usage =
    <b>Штодзённы дайджэст у канал або групу</b>
    1. Дадайце мяне ў канал адміністратарам з правам публікаваць паведамленні.
    2. Тут: /channel add @канал (або спасылку t.me/канал, або перашліце мне пост з канала).

    /channel list — вашы каналы
    /channel time @канал 09:00 [Мінск] — час і часавы пояс (горад або пояс накшталт Europe/Minsk)
    /channel empty @канал укл|выкл — ці пісаць «навін няма» ў пусты дзень
    /channel preview @канал — дайджэст, якім ён выйшаў бы зараз
    /channel lang @канал be — мова дайджэсту: ru, en, kk, be
    /channel remove @канал — адключыць
    У групе або тэме форуму тыя ж каманды без @імя адносяцца да яе; калі канал у вас адзін, @імя можна не пісаць.
channel-console-demo = У кансолі ёсць пробны канал { $channel }, дзе вы адміністратар: /channel add { $channel }
channel-added = ✅ { $channel } падключаны: дайджэст кожны дзень у { $time } ({ $timezone }), першы — { $next }. Змяніць: /channel time { $ref } ГГ:ХХ [горад]
channel-not-found = Не бачу { $channel }. Праверце імя і дадайце мяне ў канал або групу, потым паўтарыце.
channel-private = { $channel } — асабісты чат, а дайджэст бывае ў каналах і групах.
channel-not-admin = Падключыць { $channel } можа толькі яго стваральнік або адміністратар, а вы ў ім не адміністратар.
channel-bot-not-member = Мяне няма ў { $channel }. Дадайце мяне адміністратарам з правам публікацыі.
channel-bot-not-admin = У канале { $channel } я не адміністратар. Прызначце мяне адміністратарам з правам публікаваць паведамленні.
channel-bot-cannot-post = У мяне няма права публікаваць у { $channel }. Уключыце яго ў наладах адміністратараў.
channel-check-failed = Telegram не адказаў на праверку правоў у { $channel }. Паспрабуйце праз хвіліну.
channel-list-title = <b>Вашы каналы і групы</b>
channel-list-empty = Каналаў пакуль няма. Падключыць: /channel add @канал
channel-line = { $state } { $channel } — у { $time } ({ $timezone })
channel-line-paused = { $state } { $channel } — у { $time } ({ $timezone }) · спынены: няма доступу, падключыце нанова
channel-unknown = { $ref } не падключаны (або падключаны не вамі). Вашы каналы: /channel list
channel-which = Які канал? Пакажыце яго пасля каманды: { $channels }
channel-none-yet = У вас пакуль няма каналаў. Падключыць: /channel add @канал
channel-not-admin-now = Telegram кажа, што вы зараз не адміністратар { $channel }: кіраваць дайджэстам могуць толькі яго адміністратары.
channel-bad-ref = «{ $ref }» — не канал: пакажыце @імя або нумар чата (да 15 лічбаў), або спасылку t.me/імя.
channel-schedule = Дайджэст у { $channel }: кожны дзень у { $time } ({ $timezone }), наступны — { $next }.
channel-bad-time = Час — так: 09:00 або 18:30. Напрыклад: /channel time { $ref } 18:30 Мінск
channel-bad-empty = Напішыце укл або выкл: /channel empty { $ref } укл — пісаць «навін няма» ў пусты дзень, выкл — маўчаць.
channel-language-set = Дайджэст у { $channel } цяпер выходзіць на мове: { $language }.
channel-removed = { $channel } адключаны, дайджэстаў туды больш не будзе.
channel-empty-on = У пусты дзень у { $channel } выйдзе радок «навін няма».
channel-empty-off = У пусты дзень у { $channel } нічога не выйдзе.
channel-preview = Так выглядаў бы дайджэст { $channel } зараз:
channel-preview-sample = Новых гісторый для дайджэсту { $channel } пакуль няма. Так ён выглядае на гісторыях апошніх дзён:
channel-preview-nothing = Дайджэсту { $channel } пакуль няма чаго паказаць: гісторый яшчэ няма.
channel-gone = ⚠️ Не магу публікаваць у { $channel }: { $reason }. Дайджэст спынены. Калі правы вернуцца, падключыце нанова: /channel add
gone-kicked = мяне выдалілі з чата
gone-not-found = чат не знойдзены
gone-rights = у мяне няма права публікаваць
gone-blocked = мяне заблакавалі
gone-deleted = чат выдалены
gone-other = Telegram не пускае мяне ў гэты чат
