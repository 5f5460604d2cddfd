import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardElement, compileCardTemplate, useCompiledTemplate } from '../../src/render/cards/template.js';
import { root } from '../helpers/build.js';

describe('card templates compiled in another thread', () => {
  it('give the same element as the template compiled where it is used', () => {
    const source = readFileSync(path.join(root, 'templates/cards/bold.hbs'), 'utf8');
    const context = {
      width: 1080, height: 1080, safe: { top: 65, right: 65, bottom: 65, left: 65 }, size: { xs: 24, sm: 29, md: 37, lg: 49, xl: 216, mark: 130, gap: 43, rule: 6, photo: 119, logo: 65 },
      colors: { background: '#101828', foreground: '#ffffff', accent: '#f59e0b', muted: '#98a2b3' }, fonts: { body: 'Inter', serif: 'SourceSerif', heading: 'SourceSerif', sans: 'Inter' },
      quote: { text: 'Tabs & <spaces> “matter”.', fontSize: 64 }, speaker: { name: 'Ada', role: 'Guest' }, show: { title: 'Show' }, episode: { label: 'Episode 1' },
    };
    const here = cardElement(source, context);
    // A copy of the source string is a new cache key only in name: compiled elsewhere, it must render the same.
    const other = `${source}\n`;
    useCompiledTemplate(other, compileCardTemplate(other));
    expect(cardElement(other, context)).toEqual(here);
    expect(JSON.stringify(here)).toContain('Tabs & <spaces> “matter”.');
  });
});
