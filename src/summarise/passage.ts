import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { leadingMarkers } from '../text/discourse.js';

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
  for (let i = firstWord; i < endWord; i++) {
    const w = t.words[i]!;
    if (w.disfluent) continue;
    kept.push(w.text);
    const punctuation = /^[.,;:?!…]+/.exec(t.text.slice(w.end, w.end + 4))?.[0] ?? '';
    shown.push(w.text + punctuation);
  }
  if (trimMarkers) {
    const drop = leadingMarkers(kept, (k) => shown[k]!.endsWith(','));
    kept = kept.slice(drop);
    shown = shown.slice(drop);
  }
  let display = correct(shown.join(' ')).replace(/[,;:]+$/, '');
  display = display.charAt(0).toUpperCase() + display.slice(1);
  return { verbatim: kept.join(' '), display };
}
