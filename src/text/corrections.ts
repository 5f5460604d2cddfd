/**
 * The corrections glossary: mis-transcriptions → what was said ("GPD 5.1" →
 * "GPT-5.1"). Whole-word; a key written in lower case matches any case, a key
 * with capitals matches only as written. Applied to text the pipeline writes,
 * never to the source offsets.
 */
export type Corrector = (text: string) => string;

export function createCorrector(glossary: Readonly<Record<string, string>>): Corrector {
  const entries = Object.entries(glossary).sort((a, b) => b[0].length - a[0].length);
  if (entries.length === 0) return (text) => text;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const rules = entries.map(([from, to]) => ({
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(from)}(?![\\p{L}\\p{N}])`, from === from.toLowerCase() ? 'giu' : 'gu'),
    to,
  }));
  return (text) => {
    let out = text;
    for (const { pattern, to } of rules) out = out.replace(pattern, to);
    return out;
  };
}
