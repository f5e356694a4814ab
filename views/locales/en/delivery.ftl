subscription =
    <b>Subscription</b>
    Sending: { $topics }
    Countries: { $countries }
    When: { $mode }
    Quiet hours: { $quiet }
    Notifications: { $sound }

    Time, day and quiet hours: /settings help
topic-all = every cooperation story
topic-turnover = only news with trade turnover figures
topic-projects = only news about joint projects
topic-button-all = All stories
topic-button-turnover = Turnover
topic-button-projects = Projects
all-countries = all
button-all-countries = All countries
mode-instant = as soon as I have read them; several at once come as one message
mode-daily = a digest every day at { $time } ({ $timezone })
mode-weekly = a digest { $weekday } at { $time } ({ $timezone })
weekday-every = { $day ->
    [0] on Mondays
    [1] on Tuesdays
    [2] on Wednesdays
    [3] on Thursdays
    [4] on Fridays
    [5] on Saturdays
   *[6] on Sundays
}
quiet-none = none
quiet-hours = { $start } to { $end } — what comes then arrives at { $end }
quiet-hours-digest = { $start } to { $end } — for instant alerts; your digest comes at its own time
sound-on = with sound
sound-off = silent
button-mode-instant = ⚡ At once
button-mode-daily = 📅 Daily
button-mode-weekly = 🗓 Weekly
button-silent = 🔕 Silent
button-subscribe = Subscribe
button-unsubscribe = Unsubscribe
button-done = Done
saved = Saved
subscribed-now = ✅ Subscribed. No old news — only what comes next.
not-subscribed = You are not subscribed. /subscribe to start.
unsubscribed = Unsubscribed; your choices are kept. Come back with /subscribe
was-not-subscribed = There was no subscription. /subscribe to start.
private-only = Subscriptions live in a private chat with me. Channels and groups get a daily digest: /channel
settings-help =
    <b>Subscription settings</b>
    /settings time 09:00 [city or timezone] — the digest's time
    /settings day mon — the day of a weekly digest
    /settings quiet 22-08 — quiet hours (off — none)
    /settings sound off — silent (on — with sound)
    Topics, countries and how often — with the buttons in /settings.
settings-time-waits = Time saved. It is a digest's time, and stories now come at once: choose “{ button-mode-daily }” or “{ button-mode-weekly }”.
settings-day-waits = Day saved. It is a weekly digest's day: choose “{ button-mode-weekly }”.
settings-bad-time = Give the time like 09:00 or 18:30. For example: /settings time 18:30 Minsk
settings-bad-day = I don't know the day “{ $word }”. Like this: mon, tue, wed, thu, fri, sat, sun.
settings-bad-quiet = Quiet hours like this: /settings quiet 22-08 or /settings quiet 23:00-07:30; none: /settings quiet off
settings-bad-switch = Write on or off: { $example } off — silent, { $example } on — with sound.
bad-timezone = Unknown timezone “{ $timezone }”. A city will do — Minsk, Almaty, Astana, Tashkent, Bishkek, Moscow — or a timezone: Europe/Minsk, Asia/Almaty, UTC+5.

alert-title = 🆕 <b>New story</b>
alerts-title = 🆕 <b>{ $count ->
    [one] { $count } new story
   *[other] { $count } new stories
}</b>
turnover-label = 💰 Turnover
projects-label = 🏗 Projects
kind-forecast = forecast
kind-target = target
digest-title = { $period ->
    [week] <b>coopnews weekly digest · { $date }</b>
   *[day] <b>coopnews digest · { $date }</b>
}
    Cooperation stories: { $count }
digest-more = …and { $count } more in the bot: /latest
digest-empty = No cooperation news this time.

channel-usage =
    <b>A daily digest in your channel or group</b>
    1. Add me to the channel as an administrator who may post messages.
    2. Here: /channel add @channel (or a t.me/channel link, or forward me a post from the channel).

    /channel list — your channels
    /channel time @channel 09:00 [Almaty] — time and timezone (a city or a timezone like Asia/Almaty)
    /channel empty @channel on|off — post “no news” on an empty day or not
    /channel preview @channel — the digest as it would be posted now
    /channel lang @channel kk — the digest's language: ru, en, kk, be
    /channel remove @channel — stop
    In a group or forum topic the same commands without @name mean that chat; with one channel, @name may be left out.
channel-console-demo = The console has a pretend channel { $channel } where you are the administrator: /channel add { $channel }
channel-added = ✅ { $channel } added: a digest every day at { $time } ({ $timezone }), the first at { $next }. Change it: /channel time { $ref } HH:MM [city]
channel-not-found = I cannot see { $channel }. Check the name, add me to the channel or group, then try again.
channel-private = { $channel } is a private chat; digests go to channels and groups.
channel-not-admin = Only the creator or an administrator of { $channel } can add it, and you are not one.
channel-bot-not-member = I am not in { $channel }. Add me as an administrator who may post.
channel-bot-not-admin = I am not an administrator of { $channel }. Make me one with the right to post.
channel-bot-cannot-post = I may not post in { $channel }. Turn that right on in the administrator settings.
channel-check-failed = Telegram did not answer the rights check in { $channel }. Please try again in a minute.
channel-list-title = <b>Your channels and groups</b>
channel-list-empty = No channels yet. Add one: /channel add @channel
channel-line = { $state } { $channel } — at { $time } ({ $timezone })
channel-line-paused = { $state } { $channel } — at { $time } ({ $timezone }) · stopped: no access, add it again
channel-unknown = { $ref } is not added (or not by you). Your channels: /channel list
channel-which = Which channel? Name it after the command: { $channels }
channel-none-yet = You have no channels yet. Add one: /channel add @channel
channel-not-admin-now = Telegram says you are not an administrator of { $channel } now: only its administrators manage its digest.
channel-bad-ref = “{ $ref }” is not a channel: give its @name or chat id (up to 15 digits), or a t.me/name link.
channel-schedule = Digest in { $channel }: every day at { $time } ({ $timezone }), next at { $next }.
channel-bad-time = Give the time like 09:00 or 18:30. For example: /channel time { $ref } 18:30 Almaty
channel-bad-empty = Write on or off: /channel empty { $ref } on — post “no news” on an empty day, off — stay silent.
channel-language-set = The digest in { $channel } now comes in { $language }.
channel-removed = { $channel } removed; no more digests there.
channel-empty-on = On an empty day { $channel } gets a “no news” line.
channel-empty-off = On an empty day nothing is posted in { $channel }.
channel-preview = The digest of { $channel } as it would be posted now:
channel-preview-sample = Nothing new for the digest of { $channel } yet. This is how it looks with the last days' stories:
channel-preview-nothing = Nothing to show in the digest of { $channel } yet: there are no stories at all.
channel-gone = ⚠️ I cannot post in { $channel }: { $reason }. The digest is stopped. When I may post again, add it anew: /channel add
gone-kicked = I was removed from the chat
gone-not-found = the chat was not found
gone-rights = I may not post there
gone-blocked = I was blocked
gone-deleted = the chat was deleted
gone-other = Telegram does not let me into that chat
