import { type Node, type ParseError, parseTree, printParseErrorCode, findNodeAtLocation } from 'jsonc-parser';
import { CastwrightError, lineColumn } from '../errors.js';

/**
 * Parse JSON into a tree that keeps the offset of every value, so a string's
 * characters can be pointed at in the source. Strict JSON: comments and
 * trailing commas are errors with line and column.
 */
export function parseJsonTree(text: string, file: string): Node {
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
