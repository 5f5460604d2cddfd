import { CastwrightError, lineColumn } from '../errors.js';

/**
 * How deeply a transcript's JSON may nest. Real transcripts nest a handful
 * of levels; the JSON parser and the tree walks after it recurse once per
 * level, so a file of thousands of nested brackets would overflow the stack.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * Refuse JSON nested deeper than `MAX_JSON_DEPTH`, at the bracket that goes
 * too deep, before anything recursive reads it. One pass, no recursion;
 * brackets inside strings are skipped. Syntax errors are left to the parser.
 */
export function checkJsonDepth(text: string, file: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string, escapes included; an unclosed one is the parser's error to report.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) {
        const { line, column } = lineColumn(text, i);
        throw new CastwrightError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`, { file, line, column });
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}
