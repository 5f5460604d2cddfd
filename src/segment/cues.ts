/**
 * Phrases with which hosts move a conversation to a new topic. Matched at the
 * start of a turn's first sentences; each adds to the boundary score.
 */
const TOPIC_CUES = [
  /\blet'?s (?:talk|switch|move|turn|dig|go|get|shift|jump|pivot|zoom|start|begin|chat|focus)\b/i,
  /\b(?:switch(?:ing)? gears|change (?:of )?(?:topic|subject)|moving on|on a different note|speaking of|(?:i want to|let me|let's) transition|shifting gears|going back to|back to (?:the|your))\b/i,
  /\b(?:(?:a |one )?(?:last|final|next|another|other|one more|different) (?:question|topic|thing i (?:want|wanted))|my (?:next|last) question)\b/i,
  /\bi(?:'d| would) (?:love|like) to (?:talk|ask|hear|get|dig|go|do|spend|move|turn|switch)\b/i,
  /\bi want(?:ed)?(?: to)? (?:ask|talk|go|get|switch|turn|dig|move|touch)\b/i,
  /\b(?:tell (?:me|us) (?:about|more)|what about|how about|talk (?:to me|to us) about)\b/i,
  /\b(?:let me ask|can i ask|i'm curious|i am curious|i was (?:gonna|going to) ask|one question)\b/i,
];

const OUTRO_CUES =
  /\b(?:thank(?:s| you) (?:so much |very much )?for (?:coming|joining|being|having|listening|doing|spending)|that'?s (?:all|it) for (?:today|this)|where can (?:people|folks|listeners) (?:find|follow)|before we (?:go|wrap|let you go)|to wrap (?:up|things up)|as a (?:last|final|closing) (?:question|thought)|(?:getting|coming) close on time|we(?:'re| are) (?:about )?out of time|(?:any|some) (?:closing|final|last) (?:thoughts|words))\b/i;

/** How strongly an opening signals a new topic: 0, 1 or 2. */
export function topicCueScore(opening: string): number {
  let score = 0;
  for (const cue of TOPIC_CUES) if (cue.test(opening)) score += 1;
  return Math.min(score, 2);
}

/** A host wrapping up the conversation. */
export function isOutroCue(text: string): boolean {
  return OUTRO_CUES.test(text);
}
