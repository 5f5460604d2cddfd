import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../src/render/templates.js';

/** The block kinds of a Markdown document's top level. */
const blocks = (md: string) =>
  unified()
    .use(remarkParse)
    .parse(md)
    .children.map((n) => n.type);

async function renderMarkdown(summary: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'castwright-md-'));
  await mkdir(path.join(dir, 'newsletter'), { recursive: true });
  await writeFile(path.join(dir, 'newsletter/newsletter.md.hbs'), 'Intro paragraph.\n\n{{summary}}\n');
  return loadTemplate('newsletter/newsletter.md.hbs', 'markdown', dir)({ summary });
}

describe('a value at the start of a line in a Markdown template', () => {
  it.each([
    ['a numbered list', '1. We start with looms.'],
    ['a numbered list with a parenthesis', '2) Then the cards.'],
    ['a bullet', '- a point'],
    ['a plus bullet', '+ another point'],
    ['a thematic break', '---'],
    ['a setext heading underline', '==='],
    ['a code block', '    indented text'],
    ['a heading', '# Big news'],
    ['a quote', '> quoted'],
  ])('stays a paragraph when it looks like %s', async (_kind, summary) => {
    const md = await renderMarkdown(summary);
    expect(blocks(md)).toEqual(['paragraph', 'paragraph']);
  });

  it('keeps numbers that only look like the start of a list', async () => {
    expect(await renderMarkdown('3.5 million listeners')).toBe('Intro paragraph.\n\n3.5 million listeners\n');
  });
});
