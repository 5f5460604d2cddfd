/*
 * The show talking about itself rather than its subject: no quote, takeaway
 * or one-liner is made of it.
 */

/**
 * The host naming themselves and the show, calls to subscribe, rate, review or write in or try the network's other shows,
 * thanks for listening or for coming on, sign-offs ("as we close out here", "I hope you enjoy the rest of the
 * conference"), how the show is recorded ("…in the Slack before we record"), following the show elsewhere ("follow
 * Changelog on Blue Sky"), its events ("Save the date") and how to write in ("send an email… gerhard@changelog.com"):
 * housekeeping in any chapter.
 */
export const HOUSEKEEPING =
  /\b(?:i'm your host|(?:hello|hi|hey),? and welcome to|subscrib\w*|leav(?:e|ing) (?:us )?a (?:positive )?(?:review|rating|comment)|rate (?:us|the show)|patreon|thanks?(?: you)?(?: \w+){0,2} for (?:listening|tuning in|watching|joining|coming on|having me|the invitation|(?:spending|taking|making) (?:\w+ ){0,2}time|being (?:here|on|with us)|stopping by|doing this)|helps? (?:us|the show)|(?:please )?(?:email|e-mail|write to|reach out to) us|tweet at|let us know|see you (?:at|in) the next|check out (?:\w+ ){0,3}(?:shows|offerings|episodes|newsletter|podcasts)|(?:as|before) we (?:close|wrap) (?:it |things )?(?:out|up)|hope you enjoy the rest of|look forward to hosting|(?:before|after|while) we (?:record|recorded|hit record|start(?:ed)? recording)|follow (?:us|[\w.]+) on (?:twitter|x|mastodon|blue ?sky|threads|linkedin|youtube|instagram|tiktok)|save the date|(?:send|drop|shoot) (?:us |me |him |her |them )?(?:an? )?(?:email|e-mail|line)|[\w.+-]+@[\w-]+\.\w+)\b/i;

/**
 * A sponsor's read, or a guest's plug for their product ("hit the Book a Demo button", "we'll start a private beta") or
 * their team's jobs ("we're looking for a developer advocate", "the website, which would host our job offers").
 */
export const AD_READ =
  /\b(?:sponsor\w*|promo code|use (?:the )?code [\w-]*\d|discount|sign up at|brought to you by|dot com slash|\.com\/|book a demo|free trial|(?:private|public|open) beta|join (?:our|the) (?:waitlist|wait list|beta)|we(?:'re| are) (?:also |really )?(?:hiring|growing (?:out )?(?:the|our) team|looking for (?:an? )?(?:\w+ ){0,2}(?:engineers?|designers?|developers?|contributors?|advocates?|maintainers?|people|folks))|our (?:open )?(?:job (?:offers|openings|postings|listings)|openings|open roles|vacancies)|we have (?:\w+ ){0,2}(?:open roles|openings|open positions|vacancies))\b/i;

/**
 * The show introducing itself or its guest ("Welcome to the show", "My guest today is…"): an introduction's words,
 * fine as its one-liner, never a quote.
 */
export const INTRODUCING =
  /\b(?:(?:welcome|welcome back) to (?:the|this)|my guest (?:today|this week)|please enjoy|today's guest)\b/i;

/** The show talking about itself ("My favorite part of the show was…"): about the recording, not its subject. */
export const ABOUT_THE_SHOW = /\b(?:the|this|our|today's) (?:show|episode|podcast)\b/i;
