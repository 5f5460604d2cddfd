/**
 * Phrases with which hosts move a conversation to a new topic. Matched at the
 * start of a turn's first sentences; each adds to the boundary score.
 */
const TOPIC_CUES = [
  /\blet'?s (?:talk|switch|move|turn|dig|go|get|shift|jump|pivot|zoom)\b/i,
  /\b(?:switch(?:ing)? gears|change (?:of )?(?:topic|subject)|moving on|on a different note|speaking of)\b/i,
  /\b(?:(?:a |one )?(?:last|final|next|another|other) question|my (?:next|last) question)\b/i,
  /\bi(?:'d| would) love to (?:talk|ask|hear|get|dig|go|do|spend)\b/i,
  /\bi want(?:ed)? to (?:ask|talk|go|get|switch|turn|dig)\b/i,
  /\b(?:tell (?:me|us) (?:about|more)|what about|how about)\b/i,
  /\b(?:let me ask|can i ask|i'm curious|i am curious|so what is|so how do|so why)\b/i,
];

const OUTRO_CUES = /\b(?:thank(?:s| you) (?:so much )?for (?:coming|joining|being)|that'?s (?:all|it) for (?:today|this)|where can (?:people|folks|listeners) (?:find|follow)|before we (?:go|wrap|let you go)|to wrap (?:up|things up)|as a last question)\b/i;

export function topicCueScore(opening: string): number {
  let score = 0;
  for (const cue of TOPIC_CUES) if (cue.test(opening)) score += 1;
  return Math.min(score, 2);
}

export function isOutroCue(text: string): boolean {
  return OUTRO_CUES.test(text);
}
