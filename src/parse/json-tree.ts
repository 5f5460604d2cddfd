import { type Node, type ParseError, parseTree, printParseErrorCode, findNodeAtLocation } from 'jsonc-parser';
import { CastwrightError, lineColumn } from '../errors.js';
import { checkJsonDepth } from './json-depth.js';

/**
 * Parse JSON into a tree that keeps the offset of every value, so a string's
 * characters can be pointed at in the source. Strict JSON: comments and
 * trailing commas are errors with line and column, and so is nesting deeper
 * than `MAX_JSON_DEPTH` (the parser recurses once per level).
 */
export function parseJsonTree(text: string, file: string): Node {
  checkJsonDepth(text, file);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || !root) {
    const { line, column } = lineColumn(text, first?.offset ?? 0);
    const what = first ? printParseErrorCode(first.error) : 'empty document';
    throw new CastwrightError(`invalid JSON (${what})`, { file, line, column });
  }
  return root;
}

export function child(node: Node, key: string): Node | undefined {
  return findNodeAtLocation(node, [key]);
}

/** The span of a string value's characters, between its quotes. */
export function stringSpan(node: Node): { start: number; end: number } {
  return { start: node.offset + 1, end: node.offset + node.length - 1 };
}

export function numberValue(node: Node | undefined): number | undefined {
  return node?.type === 'number' && typeof node.value === 'number' ? node.value : undefined;
}

export function jsonError(message: string, text: string, node: Node, file: string): CastwrightError {
  const { line, column } = lineColumn(text, node.offset);
  return new CastwrightError(message, { file, line, column });
}

/**
 * The speech in a string value as spans of the source, split around escape
 * sequences (`\n`, `\"`, `\u00e9`): an escape is JSON syntax, not a
 * character of the source, so no word may contain one.
 */
export function stringPieces(node: Node, text: string): { start: number; end: number }[] {
  const { start, end } = stringSpan(node);
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) pieces.push({ start: a, end: b });
  };
  // A bounded scan: indexOf would search past the string, to the end of the file, for every string.
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 0x5c) continue;
    push(from, i);
    from = i + (text[i + 1] === 'u' ? 6 : 2);
    i = from - 1;
  }
  push(from, end);
  return pieces;
}

/**
 * A segment's start and end in seconds; an end before the start, or a
 * negative or non-numeric time, is an error at the value.
 */
export function timeRange(
  item: Node,
  keys: readonly [string, string],
  text: string,
  file: string,
): { startTime?: number; endTime?: number } {
  const [startKey, endKey] = keys;
  const read = (key: string) => {
    const node = child(item, key);
    if (node === undefined || node.type === 'null') return undefined;
    const value = numberValue(node);
    if (value === undefined || value < 0)
      throw jsonError(`malformed timestamp in "${key}": expected a number of seconds`, text, node, file);
    return { value, node };
  };
  const start = read(startKey);
  const end = read(endKey);
  if (start && end && end.value < start.value)
    throw jsonError(`segment ends (${end.value}) before it starts (${start.value})`, text, end.node, file);
  return { ...(start ? { startTime: start.value } : {}), ...(end ? { endTime: end.value } : {}) };
}
