not-allowed = Гэтая каманда толькі для аператараў бота.
sources-title = <b>Крыніцы</b> ({ $count })
sources-empty = Крыніц няма. Дадайце: /addsource URL [назва]
source-line = { $icon } #{ $id } { $name } — артыкулаў: { $articles }
source-line-note = { $icon } #{ $id } { $name } — артыкулаў: { $articles } · { $state }
source-state-ok = працуе
source-state-new = яшчэ не апытвалася
source-state-failing = { $failures ->
    [one] { $failures } памылка запар
    [few] { $failures } памылкі запар
   *[many] { $failures } памылак запар
}
source-state-paused = на паўзе
source-state-paused-failing = на паўзе пасля памылак ({ $failures } запар)
source-state-garbled = скажоны тэкст
card =
    <b>#{ $id } { $name }</b>
    { $url }
    Стан: { $state }
    Артыкулаў: { $articles }
    Апошні поспех: { $success }
    Памылак запар: { $failures }
    Апошняя памылка: { $error }
    Інтэрвал: { $interval } хв, наступная праверка: { $next }
    Кадоўка: { $decoding }
garbled = { $count ->
    [one] ⚠️ Тэкст { $count } запісу выглядае скажоным (няправільная кадоўка ў стужцы): паведаміце выданню або выдаліце крыніцу
    [few] ⚠️ Тэкст { $count } запісаў выглядае скажоным (няправільная кадоўка ў стужцы): паведаміце выданню або выдаліце крыніцу
   *[many] ⚠️ Тэкст { $count } запісаў выглядае скажоным (няправільная кадоўка ў стужцы): паведаміце выданню або выдаліце крыніцу
}
decoding-declared = { $charset } (пазначана стужкай)
decoding-detected = { $charset } (вызначана па тэксце)
decoding-unknown = яшчэ не чыталася
never = яшчэ не было
no-error = —
button-pause = ⏸ Паўза
button-resume = ▶️ Аднавіць
button-check = 🔄 Праверыць зараз
button-remove = 🗑 Выдаліць
button-confirm = Так, выдаліць
button-cancel = Адмена
button-back = « Да спісу
confirm-remove = Выдаліць крыніцу #{ $id } { $name }? Яе артыкулы застануцца ў архіве.
usage-add = Так: /addsource URL [назва] — напрыклад, /addsource https://www.belta.by/rss БелТА
usage-id = Так: /{ $command } ID (нумар з /sources)
usage-interval = Так: /interval ID ХВІЛІНЫ (ад 1 да 10080)
added = Дададзена крыніца #{ $id } «{ $title }»: у стужцы { $items ->
    [one] { $items } запіс
    [few] { $items } запісы
   *[many] { $items } запісаў
}.
refused = Крыніца не дададзена: { $reason }.
refusal-not-url = гэта не адрас http(s); патрэбна спасылка выгляду https://сайт/rss
refusal-duplicate = такая крыніца ўжо ёсць — #{ $id }
refusal-duplicate-any = такая крыніца ўжо ёсць
removed = Крыніца #{ $id } выдалена.
paused-done = Крыніца #{ $id } на паўзе.
resumed-done = Крыніца #{ $id } зноў апытваецца.
interval-done = Крыніца #{ $id } будзе правярацца { $minutes ->
    [1] кожную хвіліну
    [one] кожныя { $minutes } хвіліну
    [few] кожныя { $minutes } хвіліны
   *[many] кожныя { $minutes } хвілін
}.
fetch-all = { $count ->
    [one] Праверу пры наступным апытанні { $count } крыніцу.
    [few] Праверу пры наступным апытанні { $count } крыніцы.
   *[many] Праверу пры наступным апытанні { $count } крыніц.
}
fetch-none = Правяраць няма чаго: крыніц няма або ўсе на паўзе (/sources).
fetch-one = Крыніцу #{ $id } праверу пры наступным апытанні.
fetch-paused = Крыніца #{ $id } на паўзе. Спачатку ўключыце яе: /resumesource { $id }
no-such-source = Крыніцы #{ $id } няма. Нумары крыніц — у /sources.
import-report = Імпарт OPML: дададзена { $added }, ужо былі { $duplicates }, адхілена { $refused }.
import-too-large = Файл занадта вялікі для OPML (больш за { $limit } КБ).
import-size-unknown = Telegram не паведаміў памер файла, а я прымаю OPML не больш за { $limit } КБ. Дашліце файл яшчэ раз дакументам.
import-refused = Імпарт OPML адхілены: { $reason }.
import-too-many = стужак у файле: { $count }, а можна не больш за { $limit }
import-file-too-big = файл большы за { $limit } КБ
import-not-opml = гэта не файл OPML
out-of-range = Лік { $value } па-за дапушчальным дыяпазонам: ад { $low } да { $high }.
undelivered-title = <b>Не дастаўлена</b> (апошнія { $count }). Адправіць зноў: /retry ID або /retry all
undelivered-line = #{ $id } → { $chat } · { $kind } · { $state }: { $error }
undelivered-empty = Недастаўленых паведамленняў няма.
undelivered-failed = не дастаўлена
undelivered-uncertain = адказу не было — магло дайсці, паўтор можа задвоіць
message-kind-alert = абвестка
message-kind-digest = дайджэст
message-kind-notice = паведамленне
usage-retry = Так: /retry ID (нумар з /failed) або /retry all
retry-done = Зноў у чарзе: { $count }.
retry-none = Паведамлення #{ $id } няма сярод недастаўленых. Спіс: /failed
retry-nothing = Недастаўленых паведамленняў няма — паўтараць няма чаго.
stats =
    <b>Статыстыка</b>
    Артыкулаў: { $articles } (пра супрацоўніцтва: { $relevant })
    Гісторый: { $stories }
    Фактаў пра тавараабарот: { $turnover }, пра праекты: { $projects }
    Крыніц: { $sources }, на паўзе: { $paused }, з памылкамі: { $failing }
    Падпісчыкаў: { $subscribers }, каналаў: { $channels }
    Чарга адпраўкі: чакаюць { $pending }, адпраўлена { $sent }, не дастаўлена { $failed }, без адказу { $uncertain } (/failed)
outage = ⚠️ Крыніца #{ $id } { $name } не адказвае ({ $failures ->
    [one] { $failures } раз
    [few] { $failures } разы
   *[many] { $failures } разоў
} запар): { $error }
recovered = ✅ Крыніца #{ $id } { $name } зноў працуе.

error-dns = адрас сайта не знойдзены (DNS)
error-dns-host = сайт { $host } не знойдзены (DNS)
error-timeout = сайт не адказаў за { $seconds } с
error-budget = апытанне заняло больш за { $seconds } с
error-refused = сайт адмовіў у злучэнні
error-tls = памылка сертыфіката HTTPS
error-connection = не атрымалася злучыцца з сайтам
error-not-public = адрас ва ўнутранай сетцы: такія не апытваюцца
error-http-404 = старонка не знойдзена (HTTP 404)
error-http-gone = стужка выдалена (HTTP 410)
error-http-forbidden = сайт не пускае (HTTP { $status })
error-http-limit = сайт просіць апытваць радзей (HTTP 429)
error-http-server = памылка на баку сайта (HTTP { $status })
error-http = сайт адказаў памылкай (HTTP { $status })
error-too-large = адказ большы за { $size } КБ
error-redirects = занадта шмат перанакіраванняў
error-not-feed = па адрасе не стужка RSS або Atom
error-page-no-feed = па адрасе вэб-старонка без спасылкі на стужку RSS або Atom
error-malformed = стужка пашкоджана (памылка XML)
error-internal = унутраная памылка бота (падрабязнасці ў журнале)
error-not-url = гэта не адрас http(s)
error-no-host = у адрасе няма сайта
error-bad-port = у адрасе няправільны порт
error-flood = Telegram просіць пачакаць { $seconds } с
error-no-answer = Telegram не адказаў
error-telegram-down = Telegram недаступны
error-bad-message = Telegram не прыняў тэкст паведамлення
error-other = памылка: { $detail }
