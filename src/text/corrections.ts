import type { Transcript } from '../model/transcript.js';
import { writtenNames } from './gazetteer.js';
/**
 * The corrections glossary: mis-transcriptions → what was said ("GPD 5.1" →
 * "GPT-5.1"). Whole-word; a key written in lower case matches any case, a key
 * with capitals matches only as written. Applied to text the pipeline writes
 * (titles, summaries, quotes' display text, keywords), never to the source
 * offsets.
 *
 * Speech recognisers write a model name as "GPD 5.1", "GPD5.1" or "GPD51"
 * in one transcript, so inside a key a space, dot or hyphen next to a digit
 * is optional: "GPD 5.1" also matches "GPD51" and "GPD-5.1".
 */
export type Corrector = (text: string) => string;

/**
 * The corrector for one transcript: the producer's glossary, and for a
 * transcript in lower case without punctuation (caption text) the capitals
 * of the names castwright knows ("openai" → "OpenAI"); the producer's
 * entries win.
 */
export function correctorFor(
  t: Pick<Transcript, 'unpunctuated'>,
  glossary: Readonly<Record<string, string>>,
): Corrector {
  return createCorrector(t.unpunctuated ? { ...writtenNames(), ...glossary } : glossary);
}

/** Texts a corrector remembers: an hour-long episode has about 1,500 sentences. */
const REMEMBERED = 20_000;

export function createCorrector(glossary: Readonly<Record<string, string>>): Corrector {
  const entries = Object.entries(glossary).sort(
    (a, b) => compact(b[0]).length - compact(a[0]).length || b[0].length - a[0].length,
  );
  if (entries.length === 0) return (text) => text;
  const bounded = (pattern: string) => `(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}]|\\.\\p{N})`;
  const rules = entries.map(([from, to]) => ({
    pattern: new RegExp(bounded(keyPattern(from)), from === from.toLowerCase() ? 'giu' : 'gu'),
    to,
  }));
  // Most text the pipeline writes holds no key at all. One pass with every key, in any case,
  // tells so; only text it finds goes through the rules, one pass each. A rule can only match
  // text a rule before it changed when that one matched, so the check is exact.
  const anyKey = new RegExp(bounded(`(?:${entries.map(([from]) => keyPattern(from)).join('|')})`), 'iu');
  // The same sentence is corrected for the notes, the newsletter, the transcripts…: once is enough.
  // Bounded, so a transcript of millions of words does not keep a copy of each of its sentences.
  const done = new Map<string, string>();
  return (text) => {
    let out = done.get(text);
    if (out !== undefined) return out;
    out = text;
    if (anyKey.test(text)) for (const { pattern, to } of rules) out = out.replace(pattern, to);
    if (done.size >= REMEMBERED) done.clear();
    done.set(text, out);
    return out;
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A key as a pattern: separators between letters are required (any whitespace); next to a digit they are optional. */
function keyPattern(key: string): string {
  const parts = key.split(/([\s.-]+)/);
  let out = '';
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      out += escape(part);
      return;
    }
    const before = parts[i - 1] ?? '';
    const after = parts[i + 1] ?? '';
    const nearDigit = /\p{N}$/u.test(before) || /^\p{N}/u.test(after);
    out += nearDigit ? '[\\s.\\-]?' : /^\s+$/.test(part) ? '\\s+' : escape(part);
  });
  // "GPD51" for "GPD 5.1": letters and digits written together.
  return out.replace(
    /(\p{L})(\\s\+|\[\\s\.\\-\]\?)?(?=\p{N})/gu,
    (_, l: string, sep?: string) => `${l}${sep ?? '[\\s.\\-]?'}`,
  );
}

function compact(s: string): string {
  return s.replace(/[\s.-]+/g, '');
}
