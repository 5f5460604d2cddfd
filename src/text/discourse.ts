import { normalise } from './words.js';

/**
 * Discourse markers that open spoken sentences and carry no content in
 * print: "You know, our code…", "So I think…", "I mean, the model…".
 * Longest first, so "and so" goes before "and".
 */
const MARKERS = [
  // Frames that point at the claim to come ("What's really interesting is most organizations…"): the claim is the line.
  ["what's", 'really', 'interesting', 'is'],
  ["what's", 'interesting', 'is'],
  ['the', 'crazy', 'part', 'is'],
  ['the', 'funny', 'thing', 'is'],
  ['the', 'interesting', 'thing', 'is'],
  ['the', 'truth', 'is'],
  ['the', 'reality', 'is'],
  // "I will say, I know a number of people…": the speaker announcing their own line, set off by a comma.
  ['i', 'will', 'say'],
  ['i', 'would', 'say'],
  ["i'll", 'say'],
  ["i'd", 'say'],
  // Connectives that tie a sentence to the one before: in print, the sentence stands alone without them.
  ['at', 'the', 'same', 'time'],
  ['on', 'the', 'other', 'hand'],
  ['having', 'said', 'that'],
  ['that', 'being', 'said'],
  ['with', 'that', 'said'],
  ['first', 'of', 'all'],
  ['second', 'of', 'all'],
  ['in', 'any', 'case'],
  ['in', 'other', 'words'],
  ['to', 'be', 'honest'],
  ['by', 'the', 'way'],
  ['in', 'fact'],
  ['that', 'said'],
  ['of', 'course'],
  ['all', 'right'],
  ['however'],
  ['you', 'know'],
  ['i', 'mean'],
  ['and', 'so'],
  ['but', 'yeah'],
  ['so', 'yeah'],
  ['yeah', 'so'],
  ['so'],
  ['well'],
  ['like'],
  ['and'],
  ['but'],
  // "Because the accomplishments of ten years ago no longer look like accomplishments": the reason is the claim.
  ['because'],
  ['cause'],
  ["'cause"],
  ['yeah'],
  ['yes'],
  ['okay'],
  ['ok'],
  ['alright'],
  ['right'],
  ['now'],
  ['oh'],
  ['anyway'],
  ['basically'],
  ['honestly'],
  ['actually'],
  ['obviously'],
  ['frankly'],
  ['again'],
  ['also'],
  // Said to the listener, not about the topic: "Look, nobody reads the logs", "Man, that release was rough".
  ['look'],
  ['listen'],
  ['man'],
  ['dude'],
] as const;

/** Words that are markers only when a comma sets them off ("Right, …" but "Right now…", "Like every system…"). */
const NEEDS_COMMA_WORDS = new Set<string>([
  'that said',
  'of course',
  'however',
  'like',
  'right',
  'now',
  'well',
  'oh',
  'okay',
  'ok',
  'alright',
  'all right',
  'basically',
  'honestly',
  'actually',
  'obviously',
  'frankly',
  'again',
  'also',
  'look',
  'listen',
  'man',
  'dude',
  'by the way',
  'to be honest',
  'i will say',
  'i would say',
  "i'll say",
  "i'd say",
]);
const NEEDS_COMMA: ReadonlySet<readonly string[]> = new Set(MARKERS.filter((m) => NEEDS_COMMA_WORDS.has(m.join(' '))));

/** Fewest words left after trimming: a marker never leaves a fragment behind. */
const MIN_REST = 6;

/**
 * How many of `words` (as spoken) at the start are discourse markers that
 * print can drop. Markers may repeat ("So, you know, …"). Never trims into
 * the last `MIN_REST` words; words that also mean something ("like",
 * "right", "now") count only when a comma sets them off.
 */
export function leadingMarkers(words: readonly string[], commaAfter: (index: number) => boolean = () => true): number {
  const lower = words.map(normalise);
  let at = 0;
  for (;;) {
    const marker = MARKERS.find(
      (m) => m.every((w, k) => lower[at + k] === w) && (!NEEDS_COMMA.has(m) || commaAfter(at + m.length - 1)),
    );
    if (!marker || words.length - (at + marker.length) < MIN_REST) return at;
    at += marker.length;
  }
}
