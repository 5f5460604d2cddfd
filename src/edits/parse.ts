import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { aliasBombLine, MAX_ALIAS_COUNT } from './alias-bomb.js';
import type * as z from 'zod';
import { CastwrightError } from '../errors.js';
import {
  chapterAdditionSchema,
  chapterChangeSchema,
  editsSchema,
  quoteAdditionSchema,
  quoteChangeSchema,
} from './schema.js';
import type { ChapterAddition, ChapterChange, Edits, Lines, QuoteAddition, QuoteChange } from './types.js';

/** Parse and validate the text of an edits file, keeping the line of every entry and field. */
export function parseEdits(source: string, file: string): Edits {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    let at = syntax.linePos?.[0];
    const message = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // YAML notices an unclosed quote only at the end of the file: point at the line that opened it.
    const open = syntax.code === 'MISSING_CHAR' && /quote/i.test(message) ? unclosedQuoteLine(source) : undefined;
    if (open !== undefined) at = { line: open, col: 1 };
    throw new CastwrightError(`invalid YAML: ${message}`, {
      file,
      ...(at ? { line: at.line, ...(open === undefined ? { column: at.col } : {}) } : {}),
    });
  }
  const lineOf = (path: readonly PropertyKey[]) => nodeLine(doc, path, lines);
  const fail = (issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]) => {
    const path = [...prefix, ...issue.path];
    // An unknown field is reported on its own line, not on the entry's first.
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
    throw new CastwrightError(issueMessage(issue, path), { file, line: lineOf(at) });
  };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (cause) {
    // yaml refuses an alias bomb (aliases of aliases expanding exponentially) without saying where it is.
    if (!(cause instanceof ReferenceError)) throw cause;
    const line = aliasBombLine(doc, lines);
    const reason = /alias count/i.test(cause.message)
      ? `too many aliases: their expansion exceeds ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`
      : cause.message;
    throw new CastwrightError(`invalid YAML: ${reason}`, { file, ...(line === undefined ? {} : { line }), cause });
  }
  const top = editsSchema.safeParse(raw);
  if (!top.success) fail(top.error.issues[0]!, []);
  const data = top.data!;
  const entryLines = (path: readonly PropertyKey[], value: object): Lines => ({
    line: lineOf(path),
    fields: Object.fromEntries(Object.keys(value).map((key) => [key, lineOf([...path, key])])),
  });
  const asRecord = (value: unknown, path: readonly PropertyKey[], what: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    throw new CastwrightError(
      `expected ${what} with fields such as ${path[0] === 'chapters' ? '`chapter:`, `was:`, `title:`' : '`quote:`, `reject:`'} or \`add:\``,
      { file, line: lineOf(path) },
    );
  };

  const chapters = (data.chapters ?? []).map((value, i): ChapterChange | ChapterAddition => {
    const path = ['chapters', i];
    const record = asRecord(value, path, 'a chapter');
    if ('add' in record) {
      const parsed = chapterAdditionSchema.safeParse(record);
      if (!parsed.success) return fail(parsed.error.issues[0]!, path);
      const c = parsed.data!;
      return {
        type: 'add',
        title: c.add,
        start: c.start,
        reviewed: c.reviewed,
        ...(c.summary === undefined ? {} : { summary: c.summary }),
        ...entryLines(path, record),
      };
    }
    const parsed = chapterChangeSchema.safeParse(record);
    if (!parsed.success) return fail(parsed.error.issues[0]!, path);
    const c = parsed.data!;
    return {
      type: 'change',
      remove: c.remove,
      ...(c.chapter === undefined ? {} : { chapter: c.chapter }),
      ...(c.was === undefined ? {} : { was: c.was }),
      ...(c.at === undefined ? {} : { at: c.at }),
      ...(c.title === undefined ? {} : { title: c.title }),
      ...(c.start === undefined ? {} : { start: c.start }),
      ...(c.summary === undefined ? {} : { summary: c.summary }),
      ...(c.reviewed === undefined ? {} : { reviewed: c.reviewed }),
      ...entryLines(path, record),
    };
  });

  const quotes = (data.quotes ?? []).map((value, i): QuoteChange | QuoteAddition => {
    const path = ['quotes', i];
    const record = asRecord(value, path, 'a quote');
    if ('add' in record) {
      const parsed = quoteAdditionSchema.safeParse(record);
      if (!parsed.success) return fail(parsed.error.issues[0]!, path);
      return { type: 'add', text: parsed.data!.add, ...entryLines(path, record) };
    }
    const parsed = quoteChangeSchema.safeParse(record);
    if (!parsed.success) return fail(parsed.error.issues[0]!, path);
    const q = parsed.data!;
    return {
      type: 'change',
      quote: q.quote,
      reject: q.reject,
      ...(q.at === undefined ? {} : { at: q.at }),
      ...entryLines(path, record),
    };
  });

  return {
    file,
    chapters,
    quotes,
    ...(data.summary === undefined ? {} : { summary: { text: data.summary, line: lineOf(['summary']) } }),
    ...(data.reviewed === undefined ? {} : { reviewed: { value: data.reviewed, line: lineOf(['reviewed']) } }),
    ...(data.takeaways === undefined
      ? {}
      : {
          takeaways: {
            line: lineOf(['takeaways']),
            items: data.takeaways.map((k, i) => {
              const item = typeof k === 'string' ? { text: k } : k;
              return { ...item, ...entryLines(['takeaways', i], item) };
            }),
          },
        }),
  };
}

/** The last line that leaves a double quote open (comments and single-quoted text aside). */
function unclosedQuoteLine(source: string): number | undefined {
  let opened: number | undefined;
  source.split('\n').forEach((text, i) => {
    const code = text
      .replace(/\\./g, '')
      .replace(/'[^']*'/g, '')
      .replace(/(^|\s)#.*$/, '$1');
    const quotes = (code.match(/"/g) ?? []).length;
    if (quotes % 2 === 1) opened = opened === undefined ? i + 1 : undefined;
  });
  return opened;
}

/** One line per problem: what is wrong, then what was expected. */
function issueMessage(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): string {
  const where =
    path.length > 0
      ? `${path
          .map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '')}: `
      : '';
  if (issue.code === 'unrecognized_keys') {
    const known = knownFields(path);
    return `${where}unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}${known ? `: expected one of ${known}` : ''}`;
  }
  return `${where}${issue.message}`;
}

function knownFields(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return 'version, summary, takeaways, reviewed, chapters, quotes';
  if (path[0] === 'chapters')
    return 'chapter, was, at, title, start, summary, remove, reviewed (or add, start, summary, reviewed for a new chapter)';
  if (path[0] === 'quotes') return 'quote, at, reject (or add for a new quote)';
  if (path[0] === 'takeaways') return 'text, at';
  return undefined;
}

/**
 * The line of the YAML node at `path`: the value where there is one, else
 * its key (an unknown key is reported where it is written), else the
 * nearest enclosing node, so every message can point somewhere.
 */
function nodeLine(doc: Document, path: readonly PropertyKey[], lines: LineCounter): number {
  let node: unknown = doc.contents;
  let line = node && (node as Node).range ? lines.linePos((node as Node).range![0]).line : 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = lines.linePos(keyNode.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else break;
    const range = (node as Node | null)?.range;
    if (range) line = lines.linePos(range[0]).line;
  }
  return line;
}
