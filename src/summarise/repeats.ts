import type { Source } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import { isStopword } from '../text/stopwords.js';
import { wordsOf } from '../text/words.js';

/**
 * Share of the shorter passage's content words the other must contain for
 * the two to be the same line: the cold open replays a passage of the
 * conversation, sometimes clipped or with a word misheard differently.
 */
const SAME_LINE = 0.8;

/** Below this many content words, wording alone is too thin to call two passages the same. */
const MIN_WORDS = 4;

/**
 * The passages an episode's notes already show, so that each section says
 * something new. The same sentence as a quote, as a chapter's summary and as
 * a takeaway reads as padding to a listener skimming the notes. A passage
 * repeats one shown when their sources overlap, or when it says the same
 * content words elsewhere in the transcript.
 */
export class ShownPassages {
  private readonly shown: { source: Source; words: Set<string> }[] = [];

  constructor(private readonly text: Transcript['text']) {}

  add(source: Source): void {
    this.shown.push({ source, words: this.contentWords(source) });
  }

  repeats(source: Source): boolean {
    const words = this.contentWords(source);
    return this.shown.some(
      (s) => (s.source.start < source.end && source.start < s.source.end) || sameLine(s.words, words),
    );
  }

  private contentWords(source: Source): Set<string> {
    return new Set(wordsOf(this.text.slice(source.start, source.end)).filter((w) => !isStopword(w)));
  }
}

function sameLine(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_WORDS) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= SAME_LINE;
}
