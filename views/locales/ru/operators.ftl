not-allowed = Эта команда только для операторов бота.
sources-title = <b>Источники</b> ({ $count })
sources-empty = Источников нет. Добавьте: /addsource URL [название]
source-line = { $icon } #{ $id } { $name } — статей: { $articles }
source-line-note = { $icon } #{ $id } { $name } — статей: { $articles } · { $state }
source-state-ok = работает
source-state-new = ещё не опрашивался
source-state-failing = { $failures ->
    [one] { $failures } ошибка подряд
    [few] { $failures } ошибки подряд
   *[many] { $failures } ошибок подряд
}
source-state-paused = на паузе
source-state-paused-failing = на паузе после ошибок ({ $failures } подряд)
source-state-garbled = искажённый текст
card =
    <b>#{ $id } { $name }</b>
    { $url }
    Состояние: { $state }
    Статей: { $articles }
    Последний успех: { $success }
    Ошибок подряд: { $failures }
    Последняя ошибка: { $error }
    Интервал: { $interval } мин, следующая проверка: { $next }
    Кодировка: { $decoding }
# «Текст 21 записи», «текст 2 записей» (родительный падеж: текст двух записей).
garbled = { $count ->
    [one] ⚠️ Текст { $count } записи выглядит искажённым (неверная кодировка в ленте): сообщите изданию или удалите источник
    [few] ⚠️ Текст { $count } записей выглядит искажённым (неверная кодировка в ленте): сообщите изданию или удалите источник
   *[many] ⚠️ Текст { $count } записей выглядит искажённым (неверная кодировка в ленте): сообщите изданию или удалите источник
}
decoding-declared = { $charset } (объявлена лентой)
decoding-detected = { $charset } (определена по тексту)
decoding-unknown = ещё не читалась
never = ещё не было
no-error = —
button-pause = ⏸ Пауза
button-resume = ▶️ Возобновить
button-check = 🔄 Проверить сейчас
button-remove = 🗑 Удалить
button-confirm = Да, удалить
button-cancel = Отмена
button-back = « К списку
confirm-remove = Удалить источник #{ $id } { $name }? Его статьи останутся в архиве.
usage-add = Так: /addsource URL [название] — например, /addsource https://www.belta.by/rss БелТА
usage-id = Так: /{ $command } ID (номер из /sources)
usage-interval = Так: /interval ID МИНУТЫ (от 1 до 10080)
added = Добавлен источник #{ $id } «{ $title }»: в ленте { $items ->
    [one] { $items } запись
    [few] { $items } записи
   *[many] { $items } записей
}.
refused = Источник не добавлен: { $reason }.
refusal-not-url = это не адрес http(s); нужна ссылка вида https://сайт/rss
refusal-duplicate = такой источник уже есть — #{ $id }
refusal-duplicate-any = такой источник уже есть
removed = Источник #{ $id } удалён.
paused-done = Источник #{ $id } на паузе.
resumed-done = Источник #{ $id } снова опрашивается.
interval-done = Источник #{ $id } будет проверяться { $minutes ->
    [1] каждую минуту
    [one] каждые { $minutes } минуту
    [few] каждые { $minutes } минуты
   *[many] каждые { $minutes } минут
}.
fetch-all = { $count ->
    [one] Проверю при следующем опросе { $count } источник.
    [few] Проверю при следующем опросе { $count } источника.
   *[many] Проверю при следующем опросе { $count } источников.
}
fetch-none = Проверять нечего: источников нет или все на паузе (/sources).
fetch-one = Источник #{ $id } проверю при следующем опросе.
fetch-paused = Источник #{ $id } на паузе. Сначала включите его: /resumesource { $id }
no-such-source = Источника #{ $id } нет. Номера источников — в /sources.
import-report = Импорт OPML: добавлено { $added }, уже были { $duplicates }, отклонено { $refused }.
import-too-large = Файл слишком большой для OPML (больше { $limit } КБ).
import-size-unknown = Telegram не сообщил размер файла, а я принимаю OPML не больше { $limit } КБ. Пришлите файл ещё раз документом.
import-refused = Импорт OPML отклонён: { $reason }.
import-too-many = лент в файле: { $count }, а можно не больше { $limit }
import-file-too-big = файл больше { $limit } КБ
import-not-opml = это не файл OPML
out-of-range = Число { $value } вне допустимого диапазона: от { $low } до { $high }.
undelivered-title = <b>Не доставлено</b> (последние { $count }). Отправить снова: /retry ID или /retry all
undelivered-line = #{ $id } → { $chat } · { $kind } · { $state }: { $error }
undelivered-empty = Недоставленных сообщений нет.
undelivered-failed = не доставлено
undelivered-uncertain = ответа не было — могло дойти, повтор может задвоить
message-kind-alert = оповещение
message-kind-digest = дайджест
message-kind-notice = уведомление
usage-retry = Так: /retry ID (номер из /failed) или /retry all
retry-done = Снова в очереди: { $count }.
retry-none = Сообщения #{ $id } нет среди недоставленных. Список: /failed
retry-nothing = Недоставленных сообщений нет — повторять нечего.
stats =
    <b>Статистика</b>
    Статей: { $articles } (о сотрудничестве: { $relevant })
    Историй: { $stories }
    Фактов о товарообороте: { $turnover }, о проектах: { $projects }
    Источников: { $sources }, на паузе: { $paused }, с ошибками: { $failing }
    Подписчиков: { $subscribers }, каналов: { $channels }
    Очередь отправки: ждут { $pending }, отправлено { $sent }, не доставлено { $failed }, без ответа { $uncertain } (/failed)
outage = ⚠️ Источник #{ $id } { $name } не отвечает ({ $failures ->
    [one] { $failures } раз
    [few] { $failures } раза
   *[many] { $failures } раз
} подряд): { $error }
recovered = ✅ Источник #{ $id } { $name } снова работает.

error-dns = адрес сайта не найден (DNS)
error-dns-host = сайт { $host } не найден (DNS)
error-timeout = сайт не ответил за { $seconds } с
error-budget = опрос занял больше { $seconds } с
error-refused = сайт отказал в соединении
error-tls = ошибка сертификата HTTPS
error-connection = не удалось соединиться с сайтом
error-not-public = адрес во внутренней сети: такие не опрашиваются
error-http-404 = страница не найдена (HTTP 404)
error-http-gone = лента удалена (HTTP 410)
error-http-forbidden = сайт не пускает (HTTP { $status })
error-http-limit = сайт просит опрашивать реже (HTTP 429)
error-http-server = ошибка на стороне сайта (HTTP { $status })
error-http = сайт ответил ошибкой (HTTP { $status })
error-too-large = ответ больше { $size } КБ
error-redirects = слишком много переадресаций
error-not-feed = по адресу не лента RSS или Atom
error-page-no-feed = по адресу веб-страница без ссылки на ленту RSS или Atom
error-malformed = лента повреждена (ошибка XML)
error-internal = внутренняя ошибка бота (подробности в журнале)
error-not-url = это не адрес http(s)
error-no-host = в адресе нет сайта
error-bad-port = в адресе неверный порт
error-flood = Telegram просит подождать { $seconds } с
error-no-answer = Telegram не ответил
error-telegram-down = Telegram недоступен
error-bad-message = Telegram не принял текст сообщения
error-other = ошибка: { $detail }
