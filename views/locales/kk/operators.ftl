not-allowed = Бұл команда тек бот операторларына арналған.
sources-title = <b>Дереккөздер</b> ({ $count })
sources-empty = Дереккөздер жоқ. Қосу: /addsource URL [атауы]
source-line = { $icon } #{ $id } { $name } — мақалалар: { $articles }
source-line-note = { $icon } #{ $id } { $name } — мақалалар: { $articles } · { $state }
source-state-ok = жұмыс істеп тұр
source-state-new = әлі сұралмаған
source-state-failing = { $failures ->
    [one] қатарынан { $failures } қате
   *[other] қатарынан { $failures } қате
}
source-state-paused = кідіртілген
source-state-paused-failing = қателерден кейін кідіртілген (қатарынан { $failures })
source-state-garbled = мәтіні бұзылған
card =
    <b>#{ $id } { $name }</b>
    { $url }
    Күйі: { $state }
    Мақалалар: { $articles }
    Соңғы сәтті сұрау: { $success }
    Қатарынан қателер: { $failures }
    Соңғы қате: { $error }
    Аралық: { $interval } мин, келесі тексеру: { $next }
    Кодтау: { $decoding }
garbled = { $count ->
    [one] ⚠️ { $count } жазбаның мәтіні бұзылған сияқты (таспадағы кодтау қате): басылымға хабарлаңыз немесе дереккөзді жойыңыз
   *[other] ⚠️ { $count } жазбаның мәтіні бұзылған сияқты (таспадағы кодтау қате): басылымға хабарлаңыз немесе дереккөзді жойыңыз
}
decoding-declared = { $charset } (таспада көрсетілген)
decoding-detected = { $charset } (мәтін бойынша анықталған)
decoding-unknown = әлі оқылмаған
never = әлі болған жоқ
no-error = —
button-pause = ⏸ Кідірту
button-resume = ▶️ Жалғастыру
button-check = 🔄 Қазір тексеру
button-remove = 🗑 Жою
button-confirm = Иә, жою
button-cancel = Болдырмау
button-back = « Тізімге
confirm-remove = #{ $id } { $name } дереккөзін жою керек пе? Оның мақалалары мұрағатта қалады.
usage-add = Былай: /addsource URL [атауы] — мысалы, /addsource https://www.inform.kz/rss/rus.xml Kazinform
usage-id = Былай: /{ $command } ID (/sources ішіндегі нөмір)
usage-interval = Былай: /interval ID МИНУТ (1-ден 10080-ге дейін)
added = #{ $id } «{ $title }» дереккөзі қосылды: таспада { $items } жазба бар.
refused = Дереккөз қосылмады: { $reason }.
refusal-not-url = бұл http(s) мекенжайы емес; https://сайт/rss түріндегі сілтеме керек
refusal-duplicate = мұндай дереккөз бұрыннан бар — #{ $id }
refusal-duplicate-any = мұндай дереккөз бұрыннан бар
removed = #{ $id } дереккөзі жойылды.
paused-done = #{ $id } дереккөзі кідіртілді.
resumed-done = #{ $id } дереккөзі қайта сұралады.
interval-done = #{ $id } дереккөзі { $minutes ->
    [1] әр минут сайын
   *[other] әр { $minutes } минут сайын
} тексеріледі.
fetch-all = Келесі сұрауда { $count } дереккөзді тексеремін.
fetch-none = Тексеретін ештеңе жоқ: дереккөздер жоқ немесе бәрі кідіртілген (/sources).
fetch-one = #{ $id } дереккөзін келесі сұрауда тексеремін.
fetch-paused = #{ $id } дереккөзі кідіртілген. Алдымен оны қосыңыз: /resumesource { $id }
no-such-source = #{ $id } дереккөзі жоқ. Дереккөздердің нөмірлері — /sources ішінде.
import-report = OPML импорты: қосылды { $added }, бұрыннан бар { $duplicates }, қабылданбады { $refused }.
import-too-large = Файл OPML үшін тым үлкен ({ $limit } КБ-тан асады).
import-size-unknown = Telegram файл өлшемін хабарламады, ал мен { $limit } КБ-тан аспайтын OPML қабылдаймын. Файлды құжат ретінде қайта жіберіңіз.
import-refused = OPML импорты қабылданбады: { $reason }.
import-too-many = файлдағы таспалар: { $count }, ал ең көбі { $limit } болуы керек
import-file-too-big = файл { $limit } КБ-тан үлкен
import-not-opml = бұл OPML файлы емес
out-of-range = { $value } саны рұқсат етілген ауқымнан тыс: { $low } – { $high }.
undelivered-title = <b>Жеткізілмеді</b> (соңғы { $count }). Қайта жіберу: /retry ID немесе /retry all
undelivered-line = #{ $id } → { $chat } · { $kind } · { $state }: { $error }
undelivered-empty = Жеткізілмеген хабарлар жоқ.
undelivered-failed = жеткізілмеді
undelivered-uncertain = жауап болмады — жетуі мүмкін, қайталау екі рет жіберуі мүмкін
message-kind-alert = хабарлама
message-kind-digest = дайджест
message-kind-notice = ескерту
usage-retry = Былай: /retry ID (/failed ішіндегі нөмір) немесе /retry all
retry-done = Қайта кезекте: { $count }.
retry-none = #{ $id } хабары жеткізілмегендер арасында жоқ. Тізім: /failed
retry-nothing = Жеткізілмеген хабарлар жоқ — қайталайтын ештеңе жоқ.
stats =
    <b>Статистика</b>
    Мақалалар: { $articles } (ынтымақтастық туралы: { $relevant })
    Оқиғалар: { $stories }
    Тауар айналымы туралы деректер: { $turnover }, жобалар туралы: { $projects }
    Дереккөздер: { $sources }, кідіртілген: { $paused }, қателері бар: { $failing }
    Жазылушылар: { $subscribers }, арналар: { $channels }
    Жіберу кезегі: күтуде { $pending }, жіберілді { $sent }, жеткізілмеді { $failed }, жауапсыз { $uncertain } (/failed)
outage = ⚠️ #{ $id } { $name } дереккөзі жауап бермейді (қатарынан { $failures } рет): { $error }
recovered = ✅ #{ $id } { $name } дереккөзі қайта жұмыс істейді.

error-dns = сайт мекенжайы табылмады (DNS)
error-dns-host = { $host } сайты табылмады (DNS)
error-timeout = сайт { $seconds } с ішінде жауап бермеді
error-budget = сұрау { $seconds } с-тан ұзаққа созылды
error-refused = сайт қосылудан бас тартты
error-tls = HTTPS сертификатының қатесі
error-connection = сайтқа қосылу мүмкін болмады
error-not-public = ішкі желідегі мекенжай: мұндайлар сұралмайды
error-http-404 = бет табылмады (HTTP 404)
error-http-gone = таспа жойылған (HTTP 410)
error-http-forbidden = сайт кіргізбейді (HTTP { $status })
error-http-limit = сайт сирегірек сұрауды өтінеді (HTTP 429)
error-http-server = сайт жағындағы қате (HTTP { $status })
error-http = сайт қатемен жауап берді (HTTP { $status })
error-too-large = жауап { $size } КБ-тан үлкен
error-redirects = қайта бағыттау тым көп
error-not-feed = бұл мекенжайда RSS не Atom таспасы жоқ
error-page-no-feed = бұл мекенжайда RSS не Atom таспасына сілтемесі жоқ веб-бет
error-malformed = таспа бұзылған (XML қатесі)
error-internal = боттың ішкі қатесі (толығы журналда)
error-not-url = бұл http(s) мекенжайы емес
error-no-host = мекенжайда сайт жоқ
error-bad-port = мекенжайдағы порт қате
error-flood = Telegram { $seconds } с күтуді сұрайды
error-no-answer = Telegram жауап бермеді
error-telegram-down = Telegram қолжетімсіз
error-bad-message = Telegram хабар мәтінін қабылдамады
error-other = қате: { $detail }
