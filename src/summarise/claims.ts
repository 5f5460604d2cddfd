/**
 * What makes a spoken line worth printing, read off its words: whether it is
 * a claim (general, present tense, a judgement, a contrast, a rule of
 * thumb) or talk around the conversation (banter, the show's logistics, a
 * life story told in the past tense, someone else's words read aloud).
 * Memorable lines say general things in the present tense with few personal
 * pronouns (Danescu-Niculescu-Mizil et al., "You had me at hello", 2012).
 * Each feature is a count a caller weighs; all take the passage's words
 * lower-cased, fillers dropped, joined by single spaces.
 */

/** A statement about how things are in general, or a rule of thumb. */
const GENERAL =
  /\b(?:always|never|every(?:one|body|thing)?|nobody|no one|all the|most (?:people|of the)|people|anyone|the (?:best|worst|key|problem|thing is|point|truth|reason|secret|trick|hard part|real)|if you|when you|you (?:can't|cannot|have to|need to|don't|shouldn't|should|want to|end up)|the more|the less|there's no|there is no|it's (?:all|never|always|not about))\b/g;
/** A judgement: the speaker takes a side. */
const JUDGEMENT =
  /\b(?:best|worst|better|worse|wrong|damaging|painful|dangerous|beautiful|amazing|terrible|broken|silly|obvious|crazy|hate|love|don't like|overrated|underrated|actively|fundamentally|hot take|mistake|lesson|matters?|important|forgiving|hard|easy|impossible|inevitable|doomed|cute|weird)\b/g;
/** Contrast: the shape of most quotable lines ("X, but Y"; "not X, Y"). */
const CONTRAST =
  /\b(?:but|not|never|no longer|instead|rather than|than|however|unless|until|can't|don't|isn't|aren't|won't)\b/g;
/** Present and future tense: a claim about now, not a story about then. */
const PRESENT =
  /\b(?:is|are|isn't|aren't|it's|that's|there's|they're|we're|you're|do|does|don't|doesn't|can|can't|will|won't|becomes?|means?|makes?|needs?)\b/g;
/** Past tense: the words of a story. */
const PAST =
  /\b(?:was|were|had|did|didn't|went|got|came|made|said|told|took|thought|knew|saw|left|joined|moved|started|worked|studied|decided|became|wrote|built|tried|asked|found|\w{3,}ed)\b/g;
/** The speaker talking about themselves. */
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself)\b/g;
/** An opinion owned as such: a strong line even with "I" in it. */
const OPINION =
  /\b(?:i (?:think|believe|don't think|don't believe|would argue|don't like|hate|love|call it|want)|my (?:take|view|bet|opinion)|hot take)\b/g;
/** A life story: where someone studied, worked or grew up, and when. */
const BIOGRAPHY =
  /\b(?:i (?:was born|grew up|studied|went to|joined|moved|left|started|worked|did my|got my|was at|was working|was doing|remember)|i(?:'ve| have) (?:never |always |only )?(?:worked(?! out)|been at|been working|lived|studied)|my (?:phd|degree|studies|career|first job|dad|mom|father|mother|wife|husband|kids|family)|(?:19|20)\d\d|years ago|back then|at the time|when i was|back in the day|(?:in|at|after|during|through) (?:high school|college|university|grad school|elementary school|middle school)|as a (?:kid|child|teenager|student|teen)|i was (?:\w+ )?(?:very |really )?(?:into|interested in|fascinated by))\b/g;
/**
 * The conversation about itself: greetings, thanks, the show, its
 * listeners and logistics, small talk about the room.
 */
const BANTER =
  /\b(?:episode|podcast|the show|on the show|this show|listeners?|listening|mic|microphone|audio|recording|water|pee|bathroom|coffee|lunch|sorry|excuse me|shout-?out|show notes|subscribe|sponsor\w*|welcome|thanks|thank you|hello|hey|bye|good to see|nice to (?:meet|see|have)|great to be|let's talk|let me|we'll get|next week|last week|this week|tonight|tomorrow|dox\w*|email|twitter|follow (?:me|us)|website|dot com|\.com|question mark|period|in the chat|youtube|laugh\w*|joke|kidding|funny|soundbite|insert|hard stop|let you go|out of time|wrap (?:it |this )?up|before (?:we|you) go|booth|free pass|tickets?|registration|register (?:at|for|now|today)|(?:use|enter) (?:the |our )?(?:code|coupon)|(?:promo|discount|coupon) code|come (?:by|see us)|(?:it's|is|are|they're) (?:so |really |well )?worth (?:going|attending|checking|a (?:look|visit|listen))|(?:go )?check (?:it|them|that|this) out|see you (?:there|at)|skip (?:this|that|ahead|over)|fast[- ]forward)\b/g;
/**
 * Someone else's words read aloud or voiced, or a source retold ("the overview here from Pragmatic Engineer points to…"):
 * not the speaker's own claim.
 */
const REPORTED =
  /\b(?:quote|unquote|end quote|(?:he|she|they|it) (?:say|said|says|wrote|writes|goes|went|was like|were like)|(?:i|you) was like|i'm like|i was like|you're like|(?:they're|he's|she's|we're|people are|everyone's|everybody's) like|(?:they|people|he|she|you)(?:'ll| will| would|'d) be like|we were like|reads?|let me read|the post says|the article says|tweeted|posted|(?:the|this|that|their|his|her|an?) (?:article|post|blog post|report|paper|write-?up|overview|summary|thread|tweet) (?:[\w'-]+ ){0,4}(?:says|said|points to|argues|claims|mentions|states))\b/g;

/** The features of one passage, as counts. */
export interface ClaimFeatures {
  general: number;
  judgement: number;
  contrast: number;
  present: number;
  past: number;
  firstPerson: number;
  opinion: number;
  biography: number;
  banter: number;
  reported: number;
}

/** Count each feature in a passage's lower-cased words. */
export function claimFeatures(text: string): ClaimFeatures {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return {
    general: count(GENERAL),
    judgement: count(JUDGEMENT),
    contrast: count(CONTRAST),
    present: count(PRESENT),
    past: count(PAST),
    firstPerson: count(FIRST_PERSON),
    opinion: count(OPINION),
    biography: count(BIOGRAPHY),
    banter: count(BANTER),
    reported: count(REPORTED),
  };
}

/**
 * How much a passage reads as a claim worth printing, roughly −6…+4: rules
 * of thumb, judgements and contrasts in the present tense score up; stories
 * in the past tense, biography, banter, logistics and reported speech score
 * down. `words` is the passage's length, so rates compare across lengths.
 */
export function claimScore(f: ClaimFeatures, words: number): number {
  const per = (n: number) => n / Math.max(1, words);
  let score = 0;
  score += 0.8 * Math.min(f.general, 2);
  score += 1.2 * Math.min(f.judgement, 2);
  score += 0.4 * Math.min(f.contrast, 2);
  score += 0.4 * Math.min(f.opinion, 1);
  // Tense as rates: a line mostly in the present is a claim, mostly in the past a story.
  score += 6 * Math.min(per(f.present), 0.15);
  score -= 10 * Math.min(per(f.past), 0.2);
  // Personal pronouns make a line about the speaker; an owned opinion is exempt.
  score -= 6 * Math.min(per(Math.max(0, f.firstPerson - f.opinion)), 0.2);
  score -= 1.2 * Math.min(f.biography, 2);
  score -= 1.0 * Math.min(f.banter, 3);
  score -= 1.5 * Math.min(f.reported, 2);
  return score;
}
