import { normalise } from './words.js';

/**
 * Discourse markers that open spoken sentences and carry no content in
 * print: "You know, our code…", "So I think…", "I mean, the model…".
 * Longest first, so "and so" goes before "and".
 */
const MARKERS = [
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
  ['right'],
  ['now'],
  ['oh'],
  ['anyway'],
  ['basically'],
  ['honestly'],
  ['actually'],
] as const;

/** Words that are markers only when a comma sets them off ("Right, …" but "Right now…", "Like every system…"). */
const NEEDS_COMMA = new Set<string>([
  'like',
  'right',
  'now',
  'well',
  'oh',
  'okay',
  'ok',
  'basically',
  'honestly',
  'actually',
]);

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
      (m) => m.every((w, k) => lower[at + k] === w) && (m.length > 1 || !NEEDS_COMMA.has(m[0]) || commaAfter(at)),
    );
    if (!marker || words.length - (at + marker.length) < MIN_REST) return at;
    at += marker.length;
  }
}
