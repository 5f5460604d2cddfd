import { CastwrightError } from '../errors.js';
import { formatNamed, formats } from './formats/index.js';
import type { FormatParser } from './raw.js';

/** Pick the parser for `text`: the `--format` override, else the most confident detector. */
export function detectFormat(text: string, file: string, override?: string): FormatParser {
  if (override) {
    const parser = formatNamed(override);
    if (!parser) {
      throw new CastwrightError(
        `unknown format "${override}": expected one of ${formats.map((f) => f.name).join(', ')}`,
        { file },
      );
    }
    return parser;
  }
  let best: FormatParser | undefined;
  let bestScore = 0;
  for (const parser of formats) {
    const score = parser.detect(text);
    if (score > bestScore) {
      best = parser;
      bestScore = score;
    }
  }
  if (!best) {
    const known = formats.map((f) => f.name).join(', ');
    const json = /^\s*[[{]/.test(text)
      ? 'a JSON document, but not a transcript shape castwright knows'
      : 'unrecognisable transcript format';
    throw new CastwrightError(`${json}: expected one of ${known}; or pass --format`, { file, line: 1, column: 1 });
  }
  return best;
}
