subscription =
    <b>Подписка</b>
    Присылаю: { $topics }
    Страны: { $countries }
    Когда: { $mode }
    Тихие часы: { $quiet }
    Уведомления: { $sound }

    Время, день и тихие часы: /settings help
topic-all = все истории о сотрудничестве
topic-turnover = только новости с цифрами товарооборота
topic-projects = только новости о совместных проектах
topic-button-all = Все истории
topic-button-turnover = Товарооборот
topic-button-projects = Проекты
all-countries = все
button-all-countries = Все страны
mode-instant = сразу, как прочитаю; несколько за раз — одним сообщением
mode-daily = дайджест каждый день в { $time } ({ $timezone })
mode-weekly = дайджест { $weekday } в { $time } ({ $timezone })
weekday-every = { $day ->
    [0] по понедельникам
    [1] по вторникам
    [2] по средам
    [3] по четвергам
    [4] по пятницам
    [5] по субботам
   *[6] по воскресеньям
}
quiet-none = нет
quiet-hours = с { $start } до { $end } — что придёт в это время, пришлю в { $end }
quiet-hours-digest = с { $start } до { $end } — для мгновенных уведомлений; сводка приходит в своё время
sound-on = со звуком
sound-off = без звука
button-mode-instant = ⚡ Сразу
button-mode-daily = 📅 Раз в день
button-mode-weekly = 🗓 Раз в неделю
button-silent = 🔕 Без звука
button-subscribe = Подписаться
button-unsubscribe = Отписаться
button-done = Готово
saved = Сохранено
subscribed-now = ✅ Подписка включена. Старые новости не пришлю — только новые.
not-subscribed = Вы не подписаны. /subscribe — подписаться.
unsubscribed = Подписка отключена, настройки сохранены. Вернуться: /subscribe
was-not-subscribed = Подписки и не было. /subscribe — подписаться.
private-only = Подписка — в личном чате со мной. Для канала или группы есть ежедневный дайджест: /channel
settings-help =
    <b>Настройки подписки</b>
    /settings time 09:00 [город или часовой пояс] — время дайджеста
    /settings day пн — день недельного дайджеста
    /settings quiet 22-08 — тихие часы (выкл — без них)
    /settings sound выкл — без звука (вкл — со звуком)
    Темы, страны и режим — кнопками в /settings.
settings-time-waits = Время сохранено. Оно для дайджеста, а сейчас истории приходят сразу: выберите «{ button-mode-daily }» или «{ button-mode-weekly }».
settings-day-waits = День сохранён. Он для недельного дайджеста: выберите «{ button-mode-weekly }».
settings-bad-time = Время — так: 09:00 или 18:30. Например: /settings time 18:30 Минск
settings-bad-day = Не знаю день «{ $word }». Так: пн, вт, ср, чт, пт, сб, вс.
settings-bad-quiet = Тихие часы — так: /settings quiet 22-08 или /settings quiet 23:00-07:30; без них: /settings quiet выкл
settings-bad-switch = Напишите вкл или выкл: { $example } выкл — без звука, { $example } вкл — со звуком.
bad-timezone = Не знаю часовой пояс «{ $timezone }». Можно город — Минск, Алматы, Астана, Ташкент, Бишкек, Москва — или пояс: Europe/Minsk, Asia/Almaty, UTC+5.

alert-title = 🆕 <b>Новая история</b>
alerts-title = 🆕 <b>Новых историй: { $count }</b>
turnover-label = 💰 Товарооборот
projects-label = 🏗 Проекты
kind-forecast = прогноз
kind-target = цель
digest-title = { $period ->
    [week] <b>Дайджест coopnews за неделю · { $date }</b>
   *[day] <b>Дайджест coopnews · { $date }</b>
}
    Историй о сотрудничестве: { $count }
digest-more = …и ещё { $count } — в боте: /latest
digest-empty = За это время новостей о сотрудничестве не было.

channel-usage =
    <b>Ежедневный дайджест в канал или группу</b>
    1. Добавьте меня в канал администратором с правом публиковать сообщения.
    2. Здесь: /channel add @канал (или ссылку t.me/канал, или перешлите мне пост из канала).

    /channel list — ваши каналы
    /channel time @канал 09:00 [Минск] — время и часовой пояс (город или пояс вроде Asia/Almaty)
    /channel empty @канал вкл|выкл — писать ли «новостей нет» в пустой день
    /channel preview @канал — дайджест, каким он вышел бы сейчас
    /channel lang @канал kk — язык дайджеста: ru, en, kk, be
    /channel remove @канал — отключить
    В группе или теме форума те же команды без @имени относятся к ней; если канал у вас один, @имя можно не писать.
channel-console-demo = В консоли есть пробный канал { $channel }, где вы администратор: /channel add { $channel }
channel-added = ✅ { $channel } подключён: дайджест каждый день в { $time } ({ $timezone }), первый — { $next }. Изменить: /channel time { $ref } ЧЧ:ММ [город]
channel-not-found = Не вижу { $channel }. Проверьте имя и добавьте меня в канал или группу, потом повторите.
channel-private = { $channel } — личный чат, а дайджест бывает в каналах и группах.
channel-not-admin = Подключить { $channel } может только его создатель или администратор, а вы в нём не администратор.
channel-bot-not-member = Меня нет в { $channel }. Добавьте меня администратором с правом публикации.
channel-bot-not-admin = В канале { $channel } я не администратор. Назначьте меня администратором с правом публиковать сообщения.
channel-bot-cannot-post = У меня нет права публиковать в { $channel }. Включите его в настройках администраторов.
channel-check-failed = Telegram не ответил на проверку прав в { $channel }. Попробуйте через минуту.
channel-list-title = <b>Ваши каналы и группы</b>
channel-list-empty = Каналов пока нет. Подключить: /channel add @канал
channel-line = { $state } { $channel } — в { $time } ({ $timezone })
channel-line-paused = { $state } { $channel } — в { $time } ({ $timezone }) · остановлен: нет доступа, подключите заново
channel-unknown = { $ref } не подключён (или подключён не вами). Ваши каналы: /channel list
channel-which = Какой канал? Укажите его после команды: { $channels }
channel-none-yet = У вас пока нет каналов. Подключить: /channel add @канал
channel-not-admin-now = Telegram говорит, что вы сейчас не администратор { $channel }: управлять дайджестом могут только его администраторы.
channel-bad-ref = «{ $ref }» — не канал: укажите @имя или номер чата (до 15 цифр), или ссылку t.me/имя.
channel-schedule = Дайджест в { $channel }: каждый день в { $time } ({ $timezone }), следующий — { $next }.
channel-bad-time = Время — так: 09:00 или 18:30. Например: /channel time { $ref } 18:30 Минск
channel-bad-empty = Напишите вкл или выкл: /channel empty { $ref } вкл — писать «новостей нет» в пустой день, выкл — молчать.
channel-language-set = Дайджест в { $channel } теперь выходит на языке: { $language }.
channel-removed = { $channel } отключён, дайджестов туда больше не будет.
channel-empty-on = В пустой день в { $channel } выйдет строка «новостей нет».
channel-empty-off = В пустой день в { $channel } ничего не выйдет.
channel-preview = Так выглядел бы дайджест { $channel } сейчас:
channel-preview-sample = Новых историй для дайджеста { $channel } пока нет. Так он выглядит на историях последних дней:
channel-preview-nothing = Сейчас дайджесту { $channel } нечего показать: историй ещё нет.
channel-gone = ⚠️ Не могу публиковать в { $channel }: { $reason }. Дайджест остановлен. Когда права вернутся, подключите заново: /channel add
gone-kicked = меня удалили из чата
gone-not-found = чат не найден
gone-rights = у меня нет права публиковать
gone-blocked = меня заблокировали
gone-deleted = чат удалён
gone-other = Telegram не пускает меня в этот чат
