import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { CastwrightError } from '../errors.js';
import { formatClock } from '../text/clock.js';
import { phraseWords } from './locate.js';

/** Fields of a chapter a reviewer can change; `start` is a time or a phrase, as in the file. */
export interface ChapterFields {
  title?: string;
  start?: string;
  summary?: string;
  remove?: boolean;
  reviewed?: boolean;
}

/**
 * One change made on the review page. Chapters and quotes are named as the
 * page shows them (the edited episode), not by their entry in the file:
 * `patchEdits` finds the entry that made them, or adds one.
 */
export type EditChange =
  | { kind: 'chapter'; title: string; at: number; set: ChapterFields }
  | { kind: 'add-chapter'; title: string; start: string }
  | { kind: 'reject-quote'; text: string; at: number }
  | { kind: 'promote-quote'; text: string }
  | { kind: 'add-quote'; text: string }
  | { kind: 'summary'; text: string }
  | { kind: 'takeaways'; items: { text: string; at?: string }[] }
  | { kind: 'reviewed'; value: boolean };

/** The text an edits file starts from when a reviewer makes the first change and there is none. */
export const NEW_EDITS_FILE = 'version: 1\n';

/** A piece of the source replaced by new text. */
interface Splice {
  start: number;
  end: number;
  insert: string;
}

/** A YAML double-quoted string, as `edits init` writes them. */
const q = (value: string) => JSON.stringify(value);

/**
 * Apply one change to the text of an edits file and return the new text.
 * The document is parsed with `yaml`'s `parseDocument` only to find where
 * entries are; the change is spliced into the source text, so every byte
 * the change does not touch (comments, blank lines, quoting, the spaces
 * before a comment) stays as the producer or `edits init` wrote it, which
 * re-printing the whole document would not guarantee.
 */
export function patchEdits(source: string, change: EditChange, file = 'edits file'): string {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) throw new CastwrightError(`cannot change an invalid edits file: fix it first`, { file });
  const top = doc.contents;
  if (top !== null && !isMap(top))
    throw new CastwrightError('expected the edits file to be a list of fields', { file });
  const edit = new SourceEdit(source, top);
  switch (change.kind) {
    case 'chapter':
      return edit.apply(changeChapter(edit, change));
    case 'add-chapter':
      return edit.apply(
        edit.appendEntry('chapters', [
          ['add', q(change.title)],
          ['start', q(change.start)],
        ]),
      );
    case 'reject-quote':
      return edit.apply(rejectQuote(edit, change));
    case 'promote-quote':
      return edit.apply(promoteQuote(edit, change.text));
    case 'add-quote':
      return edit.apply(edit.appendEntry('quotes', [['add', q(change.text)]]));
    case 'summary':
      return edit.apply([edit.setTop('summary', q(change.text))]);
    case 'reviewed':
      return edit.apply([edit.setTop('reviewed', String(change.value))]);
    case 'takeaways':
      return edit.apply(edit.setTakeaways(change.items));
  }
}

/** Which entry made a chapter the page shows: renamed to it, added as it, or written for it unrenamed. */
function changeChapter(edit: SourceEdit, change: Extract<EditChange, { kind: 'chapter' }>): Splice[] {
  const same = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();
  const entries = edit.entries('chapters');
  const added = entries.find((m) => same(m.get('add'), change.title));
  const entry =
    added ??
    entries.find((m) => !m.has('add') && same(m.get('title'), change.title)) ??
    entries.find((m) => !m.has('add') && !m.has('title') && same(m.get('was'), change.title));
  const { set } = change;
  if (added && set.remove) return [edit.deleteEntry(added)];
  const fields: [string, string][] = [];
  if (set.title !== undefined) fields.push([added ? 'add' : 'title', q(set.title)]);
  if (set.start !== undefined) fields.push(['start', q(set.start)]);
  if (set.summary !== undefined) fields.push(['summary', q(set.summary)]);
  if (set.remove !== undefined) fields.push(['remove', String(set.remove)]);
  if (set.reviewed !== undefined) fields.push(['reviewed', String(set.reviewed)]);
  if (entry) return fields.map(([key, value]) => edit.setField(entry, key, value));
  // A generated chapter the file does not mention yet: name it as `edits init` does, by title and start.
  return edit.appendEntry('chapters', [['was', q(change.title)], ['at', q(formatClock(change.at))], ...fields]);
}

const sameWords = (a: unknown, b: string) =>
  typeof a === 'string' && phraseWords(a).join(' ') === phraseWords(b).join(' ');

/** Rejecting an added quote takes its entry out; a generated one is marked `reject: true`. */
function rejectQuote(edit: SourceEdit, change: Extract<EditChange, { kind: 'reject-quote' }>): Splice[] {
  const entries = edit.entries('quotes');
  const added = entries.find((m) => sameWords(m.get('add'), change.text));
  if (added) return [edit.deleteEntry(added)];
  const entry = entries.find((m) => sameWords(m.get('quote'), change.text));
  if (entry) return [edit.setField(entry, 'reject', 'true')];
  return edit.appendEntry('quotes', [
    ['quote', q(change.text)],
    ['at', q(formatClock(change.at))],
    ['reject', 'true'],
  ]);
}

/**
 * Added quotes become the cards, in the order written. Promoting a
 * generated quote adds it after the quotes already chosen; promoting a
 * chosen one moves it one place up.
 */
function promoteQuote(edit: SourceEdit, text: string): Splice[] {
  const adds = edit.entries('quotes').filter((m) => m.has('add'));
  const at = adds.findIndex((m) => sameWords(m.get('add'), text));
  if (at === -1) return edit.appendEntry('quotes', [['add', q(text)]]);
  if (at === 0) return [];
  return edit.swapEntries(adds[at - 1]!, adds[at]!);
}

/** Positions in the source of the edits file, and the splices that change it. */
class SourceEdit {
  constructor(
    private readonly text: string,
    private readonly top: YAMLMap | null,
  ) {}

  apply(splices: Splice[]): string {
    let out = this.text;
    for (const s of [...splices].sort((a, b) => b.start - a.start))
      out = out.slice(0, s.start) + s.insert + out.slice(s.end);
    return out;
  }

  private pair(map: YAMLMap, key: string): Pair | undefined {
    return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
  }

  /** The map entries of a top-level list (`chapters`, `quotes`). */
  entries(key: string): YAMLMap[] {
    const value = this.top ? this.pair(this.top, key)?.value : undefined;
    return isSeq(value) ? value.items.filter((i): i is YAMLMap => isMap(i)) : [];
  }

  private lineStart(pos: number): number {
    return this.text.lastIndexOf('\n', pos - 1) + 1;
  }

  /** The start of the line after the one holding `pos` (the end of the text when there is none). */
  private nextLine(pos: number): number {
    if (pos > 0 && this.text[pos - 1] === '\n') return pos;
    const at = this.text.indexOf('\n', pos);
    return at === -1 ? this.text.length : at + 1;
  }

  private column(pos: number): number {
    return pos - this.lineStart(pos);
  }

  /** A line to insert at `pos`, with a newline before it when the text there does not end one. */
  private line(pos: number, content: string): string {
    const needsBreak = pos > 0 && this.text[pos - 1] !== '\n';
    return `${needsBreak ? '\n' : ''}${content}\n`;
  }

  /** Where an entry's text ends: after its last value and the commented-out fields indented under it. */
  private entryEnd(map: YAMLMap): number {
    const indent = this.column(map.range![0]);
    let end = this.nextLine(map.range![1]);
    for (;;) {
      const next = this.text.indexOf('\n', end);
      const line = this.text.slice(end, next === -1 ? this.text.length : next);
      const m = /^( *)#/.exec(line);
      if (!m || m[1]!.length < indent || end >= this.text.length) return end;
      end = next === -1 ? this.text.length : next + 1;
    }
  }

  /** From the start of the line holding the entry's `- ` to its end. */
  private entrySpan(map: YAMLMap): { start: number; end: number } {
    return { start: this.lineStart(map.range![0]), end: this.entryEnd(map) };
  }

  /**
   * Set one field of an entry: its value is replaced where it is written; a
   * commented-out line for it (`# title: …`, as `edits init` writes them) is
   * uncommented, as a person would; otherwise a line goes after the entry's last field.
   */
  setField(map: YAMLMap, key: string, value: string): Splice {
    const pair = this.pair(map, key);
    const node = pair?.value as Node | null | undefined;
    if (node?.range) return { start: node.range[0], end: node.range[1], insert: value };
    const indent = this.column(map.range![0]);
    const span = this.entrySpan(map);
    const commented = this.findLine(span.start, span.end, new RegExp(`^ {${indent}}# ?${key}:`));
    const content = `${' '.repeat(indent)}${key}: ${value}`;
    if (commented) return { ...commented, insert: content };
    const at = this.nextLine(map.range![1]);
    return { start: at, end: at, insert: this.line(at, content) };
  }

  /** The first line between two offsets that matches, without its newline. */
  private findLine(from: number, to: number, pattern: RegExp): { start: number; end: number } | undefined {
    let start = from;
    while (start < to) {
      const next = this.text.indexOf('\n', start);
      const end = next === -1 || next > to ? to : next;
      if (pattern.test(this.text.slice(start, end))) return { start, end };
      start = end + 1;
    }
    return undefined;
  }

  deleteEntry(map: YAMLMap): Splice {
    return { ...this.entrySpan(map), insert: '' };
  }

  swapEntries(first: YAMLMap, second: YAMLMap): Splice[] {
    const a = this.entrySpan(first);
    const b = this.entrySpan(second);
    return [
      { ...a, insert: this.text.slice(b.start, b.end) },
      { ...b, insert: this.text.slice(a.start, a.end) },
    ];
  }

  /** Entry lines in the list's own layout: `- key: value` at the indent of the entries already there. */
  private entryLines(dash: number, fields: readonly [string, string][]): string {
    return fields.map(([key, value], i) => `${' '.repeat(dash)}${i === 0 ? '- ' : '  '}${key}: ${value}`).join('\n');
  }

  /** Add an entry at the end of a top-level list, creating the list when there is none. */
  appendEntry(key: string, fields: readonly [string, string][]): Splice[] {
    const pair = this.top ? this.pair(this.top, key) : undefined;
    const seq = pair?.value as YAMLSeq | null | undefined;
    const last = isSeq(seq) ? seq.items.filter((i): i is YAMLMap => isMap(i)).at(-1) : undefined;
    if (last) {
      const dash = this.text.lastIndexOf('-', last.range![0]);
      const at = this.entryEnd(last);
      return [{ start: at, end: at, insert: this.line(at, this.entryLines(this.column(dash), fields)) }];
    }
    return [this.setTopBlock(key, this.entryLines(2, fields))];
  }

  /**
   * Give a top-level key a block value (the lines under it). It replaces
   * what the key holds (an empty `[]` or nothing), else a commented-out
   * `# key:` block is replaced, else the key is added.
   */
  private setTopBlock(key: string, block: string): Splice {
    const pair = this.top ? this.pair(this.top, key) : undefined;
    if (pair) {
      const keyNode = pair.key as Node;
      const node = pair.value as Node | null;
      const from = keyNode.range![1];
      const colon = this.text.indexOf(':', from) + 1;
      const to = node?.range ? node.range[1] : colon;
      return { start: colon, end: to, insert: `\n${block}` };
    }
    return this.addTop(key, `${key}:\n${block}`, 'end');
  }

  /** A top-level scalar: replaced where written, else uncommented, else added. */
  setTop(key: string, value: string): Splice {
    const node = this.top ? (this.pair(this.top, key)?.value as Node | null | undefined) : undefined;
    if (node?.range) return { start: node.range[0], end: node.range[1], insert: value };
    return this.addTop(key, `${key}: ${value}`);
  }

  /**
   * A top-level field not yet in the file: in place of its commented-out
   * line (and the commented list under it), else after `version` (the lists
   * of entries at the end), else first.
   */
  private addTop(key: string, content: string, where: 'after-version' | 'end' = 'after-version'): Splice {
    const commented = new RegExp(`^# ?${key}:.*\\n(?:#  +- .*\\n)*`, 'm').exec(this.text);
    if (commented)
      return { start: commented.index, end: commented.index + commented[0].length, insert: `${content}\n` };
    const version = this.top ? (this.pair(this.top, 'version')?.value as Node | undefined) : undefined;
    if (where === 'end')
      return { start: this.text.length, end: this.text.length, insert: this.line(this.text.length, content) };
    const at = version?.range ? this.nextLine(version.range[1]) : 0;
    return { start: at, end: at, insert: this.line(at, content) };
  }

  /** Replace the pinned takeaways; items kept from the file keep their text as written. */
  setTakeaways(items: readonly { text: string; at?: string }[]): Splice[] {
    const pair = this.top ? this.pair(this.top, 'takeaways') : undefined;
    const seq = pair?.value;
    const old = isSeq(seq) ? seq.items : [];
    const itemText = (node: unknown) => (isScalar(node) ? node.value : isMap(node) ? node.get('text') : undefined);
    const itemAt = (node: unknown) => (isMap(node) ? node.get('at') : undefined);
    const lines = items.map((item) => {
      const kept = old.find((n) => itemText(n) === item.text && String(itemAt(n) ?? '') === (item.at ?? ''));
      if (kept && (kept as Node).range) {
        const node = kept as Node;
        const start = this.lineStart(node.range![0]);
        const end = isMap(node) ? this.entryEnd(node) : this.nextLine(node.range![2]);
        return this.text.slice(start, end).replace(/\n$/, '');
      }
      return item.at === undefined ? `  - ${q(item.text)}` : `  - text: ${q(item.text)}\n    at: ${q(item.at)}`;
    });
    if (items.length === 0) {
      if (pair)
        return [
          { start: this.lineStart((pair.key as Node).range![0]), end: this.blockEnd(pair), insert: 'takeaways: []\n' },
        ];
      return [this.addTop('takeaways', 'takeaways: []')];
    }
    if (pair) {
      return [
        {
          start: this.lineStart((pair.key as Node).range![0]),
          end: this.blockEnd(pair),
          insert: `takeaways:\n${lines.join('\n')}\n`,
        },
      ];
    }
    return [this.addTop('takeaways', `takeaways:\n${lines.join('\n')}`)];
  }

  /** Where a top-level pair's value ends, including the commented lines indented under its last item. */
  private blockEnd(pair: Pair): number {
    const value = pair.value as Node | null;
    if (isSeq(value)) {
      const last = value.items.at(-1);
      if (isMap(last)) return this.entryEnd(last);
      if (last && (last as Node).range) return this.nextLine((last as Node).range![2]);
    }
    return this.nextLine(value?.range ? value.range[2] : (pair.key as Node).range![1]);
  }
}
