not-allowed = This command is for the bot's operators only.
sources-title = <b>Sources</b> ({ $count })
sources-empty = No sources. Add one: /addsource URL [title]
source-line = { $icon } #{ $id } { $name } — articles: { $articles }
source-line-note = { $icon } #{ $id } { $name } — articles: { $articles } · { $state }
source-state-ok = working
source-state-new = not polled yet
source-state-failing = { $failures ->
    [one] { $failures } failure in a row
   *[other] { $failures } failures in a row
}
source-state-paused = paused
source-state-paused-failing = paused after failures ({ $failures } in a row)
source-state-garbled = garbled text
card =
    <b>#{ $id } { $name }</b>
    { $url }
    State: { $state }
    Articles: { $articles }
    Last success: { $success }
    Failures in a row: { $failures }
    Last error: { $error }
    Interval: { $interval } min, next check: { $next }
    Encoding: { $decoding }
garbled = { $count ->
    [one] ⚠️ The text of { $count } entry looks garbled (a wrong encoding in the feed): tell the outlet or remove the source
   *[other] ⚠️ The text of { $count } entries looks garbled (a wrong encoding in the feed): tell the outlet or remove the source
}
decoding-declared = { $charset } (declared by the feed)
decoding-detected = { $charset } (detected from the text)
decoding-unknown = not read yet
never = not yet
no-error = —
button-pause = ⏸ Pause
button-resume = ▶️ Resume
button-check = 🔄 Check now
button-remove = 🗑 Remove
button-confirm = Yes, remove
button-cancel = Cancel
button-back = « Back to list
confirm-remove = Remove source #{ $id } { $name }? Its articles stay in the archive.
usage-add = Usage: /addsource URL [title] — e.g. /addsource https://www.belta.by/rss BelTA
usage-id = Usage: /{ $command } ID (the number in /sources)
usage-interval = Usage: /interval ID MINUTES (1 to 10080)
added = Added source #{ $id } “{ $title }”: { $items ->
    [one] { $items } item
   *[other] { $items } items
} in the feed.
refused = Source not added: { $reason }.
refusal-not-url = not an http(s) address; send a link like https://site/rss
refusal-duplicate = it is already source #{ $id }
refusal-duplicate-any = it is already a source
removed = Source #{ $id } removed.
paused-done = Source #{ $id } paused.
resumed-done = Source #{ $id } is polled again.
interval-done = Source #{ $id } will be checked { $minutes ->
    [1] every minute
   *[other] every { $minutes } minutes
}.
fetch-all = { $count ->
    [one] I will check { $count } source at the next poll.
   *[other] I will check { $count } sources at the next poll.
}
fetch-none = Nothing to check: there are no sources, or all are paused (/sources).
fetch-one = I will check source #{ $id } at the next poll.
fetch-paused = Source #{ $id } is paused. Resume it first: /resumesource { $id }
no-such-source = There is no source #{ $id }. The sources' numbers are in /sources.
import-report = OPML import: { $added } added, { $duplicates } already there, { $refused } refused.
import-too-large = The file is too large for OPML (over { $limit } KB).
import-size-unknown = Telegram did not say how large the file is, and I take OPML files of at most { $limit } KB. Please send it again as a document.
import-refused = OPML import refused: { $reason }.
import-too-many = feeds in the file: { $count }, and at most { $limit } are taken
import-file-too-big = the file is over { $limit } KB
import-not-opml = it is not an OPML file
out-of-range = The number { $value } is out of range: { $low } to { $high }.
undelivered-title = <b>Undelivered</b> (latest { $count }). Send again: /retry ID or /retry all
undelivered-line = #{ $id } → { $chat } · { $kind } · { $state }: { $error }
undelivered-empty = No undelivered messages.
undelivered-failed = failed
undelivered-uncertain = no answer — it may have arrived; sending again may double it
message-kind-alert = alert
message-kind-digest = digest
message-kind-notice = notice
usage-retry = Usage: /retry ID (the number in /failed) or /retry all
retry-done = Queued again: { $count }.
retry-none = Message #{ $id } is not among the undelivered. The list: /failed
retry-nothing = No undelivered messages: nothing to send again.
stats =
    <b>Statistics</b>
    Articles: { $articles } (about cooperation: { $relevant })
    Stories: { $stories }
    Turnover facts: { $turnover }, project facts: { $projects }
    Sources: { $sources }, paused: { $paused }, failing: { $failing }
    Subscribers: { $subscribers }, channels: { $channels }
    Outbox: { $pending } pending, { $sent } sent, { $failed } failed, { $uncertain } unanswered (/failed)
outage = ⚠️ Source #{ $id } { $name } is failing ({ $failures ->
    [one] { $failures } time
   *[other] { $failures } times
} in a row): { $error }
recovered = ✅ Source #{ $id } { $name } works again.

error-dns = the site's address was not found (DNS)
error-dns-host = the site { $host } was not found (DNS)
error-timeout = the site did not answer within { $seconds } s
error-budget = the poll took longer than { $seconds } s
error-refused = the site refused the connection
error-tls = an HTTPS certificate error
error-connection = could not connect to the site
error-not-public = an address on a private network: such are not polled
error-http-404 = page not found (HTTP 404)
error-http-gone = the feed was removed (HTTP 410)
error-http-forbidden = the site does not let me in (HTTP { $status })
error-http-limit = the site asks to be polled less often (HTTP 429)
error-http-server = an error on the site's side (HTTP { $status })
error-http = the site answered with an error (HTTP { $status })
error-too-large = the answer is over { $size } KB
error-redirects = too many redirects
error-not-feed = not an RSS or Atom feed at that address
error-page-no-feed = a web page at that address, with no link to an RSS or Atom feed
error-malformed = the feed is broken (an XML error)
error-internal = an internal error of the bot (see the log)
error-not-url = not an http(s) address
error-no-host = no site in the address
error-bad-port = a wrong port in the address
error-flood = Telegram asks to wait { $seconds } s
error-no-answer = Telegram did not answer
error-telegram-down = Telegram is unavailable
error-bad-message = Telegram did not take the message's text
error-other = error: { $detail }
