# English. Messages are Telegram HTML: the code escapes values before they go in.

language-name = English

start =
    <b>coopnews</b> follows economic cooperation between Belarus and Kazakhstan and their partners: Kyrgyzstan, Uzbekistan, Russia, Armenia, Tajikistan.

    I read BelTA, Kazinform, Sputnik, Kursiv and other outlets, keep the news about trade and joint projects and show each story once.

    Type any word and I will find it in the news. Or press a button; all commands: /help
start-tour =
    <b>How it works</b>
    📰 /latest — the newest stories, each once, with every outlet that told it. Filters: /latest KZ, /latest since 2024, /latest outlet:BelTA
    🔎 A word or phrase without a command searches the archive in any word form.
    💰 /turnover — trade turnover of a pair of countries: the latest figures, history, targets, a chart and a table. For example, /turnover Kyrgyzstan
    🏗 /projects — joint projects by status: /projects Uzbekistan planned
    🔔 /subscribe — new stories as they come, or a daily or weekly digest, with quiet hours; /settings — your choices
    📢 /channel — a daily digest in your channel or group
    🌐 /lang — the language: Russian, English, Kazakh, Belarusian
start-button-latest = 📰 Latest news
start-button-turnover = 💰 Turnover
start-button-projects = 🏗 Projects
start-button-subscribe = 🔔 Subscribe
start-button-language = 🌐 Language
start-button-tour = ❓ How it works

help =
    <b>Commands</b>
    /latest [filters] — the newest stories, with paging back
    /search query — search the archive in any word form. Without the command too: just type a word.
    Filters: a country (KZ, Kyrgyzstan), a date (since 2024, since:2024-01), an outlet (outlet:BelTA). In any chat: @bot query.
    /turnover [country] — trade turnover: latest figure, history, targets and a chart
    /projects [country] [status] — joint projects by status (done, underway, planned, proposed)
    A country is a name or a code: Kyrgyzstan, KG, Uzbekistan. Belarus — Kazakhstan by default.
    /subscribe — get new stories as they come or as a digest; /settings — what, when and for which countries; /unsubscribe — stop
    /channel — a daily digest in your channel or group
    /lang — the bot's language
    /start — what the bot does
    /help — this help
help-operators =
    <b>Operators' commands</b>
    /sources — the sources and their state
    /addsource URL [title] — add a source (or send an OPML file)
    /pausesource ID, /resumesource ID, /removesource ID — pause, resume, remove
    /interval ID MINUTES — how often to check
    /fetchnow [ID] — check now
    /export — the sources as OPML
    /stats — statistics
    /failed — undelivered messages; /retry ID or /retry all — send again

unknown-command = I don't know the command { $command }. All commands: /help
plain-text = Send me a word or a phrase and I will search the news for it. All commands: /help
page-gone = That page is out of date: open the list again.
error = Something went wrong; please try again a little later.
number-too-large = A number in that command is too large. All commands: /help

lang-choose = Choose a language. Now: { $current }.
lang-set = Done: I speak English now. The command menu too.
lang-unknown = I don't know the language “{ $word }”. Available: { $languages }.

cmd-latest = The newest stories
cmd-search = Search the archive
cmd-turnover = Trade turnover and chart
cmd-projects = Joint projects
cmd-subscribe = Subscribe to news
cmd-settings = Subscription settings
cmd-channel = A digest in your channel or group
cmd-lang = The bot's language
cmd-help = All commands
cmd-start = What the bot does
cmd-sources = Sources and their state
cmd-addsource = Add a source
cmd-fetchnow = Check sources now
cmd-export = Export sources as OPML
cmd-stats = Statistics
cmd-failed = Undelivered messages

page-of = page { $page } of { $pages }
button-newer = « Newer
button-older = Older »
read-more = read
list-and = { $first } and { $last }

console-welcome = coopnews console chat. Try /start or /latest; Ctrl+D quits.
console-prompt = you ›
console-press = type a number to press a button
console-updated = updated
console-photo = photo
console-document = document
