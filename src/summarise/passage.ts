import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { leadingMarkers } from '../text/discourse.js';
import { punctuationAfter } from '../text/punctuation.js';

/**
 * The words of a passage exactly as spoken, minus fillers and stutters:
 * `verbatim` joins the kept words with single spaces (every word is a word of
 * the source, in order); `display` adds back the punctuation that followed
 * each kept word, applies the corrections glossary and capitalises the first
 * letter, for people to read. With `trimMarkers`, discourse markers that
 * open the passage ("You know, …", "So …") are left out of both: what is
 * left is still the speaker's words, in order.
 */
export function passageText(t: Transcript, firstWord: number, endWord: number, correct: Corrector, trimMarkers = false): { verbatim: string; display: string } {
  let kept: string[] = [];
  let shown: string[] = [];
  // Whether a shown word runs into the next without a space, as the source writes "4,000".
  let glued: boolean[] = [];
  for (let i = firstWord; i < endWord; i++) {
    const w = t.words[i]!;
    if (w.disfluent) continue;
    const next = i + 1 < endWord ? t.words[i + 1] : undefined;
    const gap = next ? t.text.slice(w.end, next.start) : '';
    const joins = next !== undefined && !next.disfluent && gap.length > 0 && gap.length <= 2 && !/\s/.test(gap);
    const punctuation = punctuationAfter(t.text, w.end).trimStart();
    kept.push(w.text);
    shown.push(w.text + (joins ? gap : punctuation));
    glued.push(joins);
  }
  if (trimMarkers) {
    const drop = leadingMarkers(kept, (k) => shown[k]!.endsWith(','));
    kept = kept.slice(drop);
    shown = shown.slice(drop);
    glued = glued.slice(drop);
  }
  const joined = shown.map((x, k) => (k + 1 < shown.length && !glued[k] ? `${x} ` : x)).join('');
  let display = correct(joined).replace(/[,;:]+$/, '');
  // Speech recognisers often start sentences in lower case; display text starts each with a capital.
  display = (display.charAt(0).toUpperCase() + display.slice(1)).replace(/([.?!…]\s+)(\p{Ll})/gu, (_, stop: string, letter: string) => stop + letter.toUpperCase());
  return { verbatim: kept.join(' '), display };
}
