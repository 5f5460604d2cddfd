import type { Mention } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { isStopword } from '../text/stopwords.js';
import { passageText } from './passage.js';

/** Capitalised words that are not names. */
const NOT_NAMES = new Set(['I', 'I’m', "I'm", "I've", "I'd", "I'll", 'OK', 'Okay', 'Oh', 'Yes', 'Yeah', 'So', 'And', 'But']);

/**
 * People, organisations and named things the episode mentions, with counts:
 * runs of capitalised words that do not start a sentence, read from the
 * corrected text so "entropic" counts as "Anthropic". Configured people are
 * people; single words are organisations or terms, told apart by shape.
 */
export function findMentions(t: Transcript, correct: Corrector, people: readonly string[]): Mention[] {
  const counts = new Map<string, number>();
  for (const s of t.sentences) {
    const { display } = passageText(t, s.firstWord, s.endWord, correct);
    const tokens = display.split(/\s+/);
    let run: string[] = [];
    const flush = () => {
      const name = run.join(' ').replace(/[.,;:?!…]+$/, '');
      if (name && !NOT_NAMES.has(name) && !isStopword(name.toLowerCase())) counts.set(name, (counts.get(name) ?? 0) + 1);
      run = [];
    };
    tokens.forEach((token, i) => {
      const bare = token.replace(/[.,;:?!…]+$/, '');
      const capital = /^\p{Lu}/u.test(bare) && i > 0 && !/[.?!]$/.test(tokens[i - 1] ?? '');
      if (capital && !NOT_NAMES.has(bare)) run.push(bare);
      else flush();
      if (bare !== token) flush();
    });
    flush();
  }
  const known = new Set(people);
  return [...counts.entries()]
    .filter(([name, count]) => count >= 2 || known.has(name))
    .map(([name, count]): Mention => ({ name, count, kind: known.has(name) || /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name) ? 'person' : /\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(name) ? 'organisation' : 'term' }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
    .slice(0, 30);
}
