import type { Content, Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/*
 * Markdown outputs built in code are Markdown syntax trees serialised by
 * remark-stringify (mdast-util-to-markdown), never strings glued together:
 * titles, names and transcript text go in as text nodes, which the
 * serialiser escapes for the place they stand, so none can become markup,
 * raw HTML or a link. The show notes do the same with their own tree.
 */
const serialiser = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true });

/** Serialise a Markdown tree; the text ends with one newline. */
export function stringifyMarkdown(children: Content[]): string {
  const root: Root = { type: 'root', children: children as Root['children'] };
  return serialiser.stringify(root);
}

/** A text node: escaped on output. */
export const mdText = (value: string): Content => ({ type: 'text', value });
export const mdHeading = (depth: 1 | 2 | 3, ...children: Content[]): Content =>
  ({ type: 'heading', depth, children }) as Content;
export const mdParagraph = (...children: Content[]): Content => ({ type: 'paragraph', children }) as Content;
export const mdStrong = (value: string): Content => ({ type: 'strong', children: [mdText(value)] }) as Content;
export const mdEmphasis = (value: string): Content => ({ type: 'emphasis', children: [mdText(value)] }) as Content;
export const mdLink = (url: string, label: string): Content =>
  ({ type: 'link', url, children: [mdText(label)] }) as Content;
/** A fenced code block: pasted exactly as written; the fence outgrows any backticks inside. */
export const mdCode = (value: string, lang = 'text'): Content => ({ type: 'code', lang, value });
