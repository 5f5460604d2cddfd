import { isAlias, isNode, visit, type Document, type LineCounter } from 'yaml';

/**
 * How many nodes an edits file's aliases may expand to. yaml's own default
 * (100) is kept explicit: an edits file has no use for deep reuse, and a
 * file of nested aliases ("billion laughs") would otherwise expand to more
 * nodes than memory holds.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * The line of the alias that amplifies the expansion, for the error message:
 * yaml's "Excessive alias count" error carries no position. The first alias
 * whose anchor itself contains aliases is what multiplies; failing that, the
 * first alias of the document.
 */
export function aliasBombLine(doc: Document, lines: LineCounter): number | undefined {
  const anchored = new Map<string, unknown>();
  let first: number | undefined;
  let amplifier: number | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const line = node.range ? lines.linePos(node.range[0]).line : undefined;
        first ??= line;
        const target = anchored.get(node.source);
        if (amplifier === undefined && target !== undefined && containsAlias(target)) amplifier = line;
      } else if (node.anchor) anchored.set(node.anchor, node);
    },
  });
  return amplifier ?? first;
}

function containsAlias(node: unknown): boolean {
  let found = false;
  if (!isNode(node)) return false;
  visit(node, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}
