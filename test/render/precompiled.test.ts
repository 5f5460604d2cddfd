import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { precompile, precompiledTaken } from '../../src/render/precompiled.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const recorded = existsSync(path.join(root, 'dist', 'code-cache', 'templates.json'));
const NEWSLETTER = readFileSync(path.join(root, 'templates', 'newsletter', 'newsletter.md.hbs'), 'utf8');
const OPTIONS = { noEscape: true, strict: false, knownHelpersOnly: true };

describe('templates precompiled when castwright is built', () => {
  it.skipIf(!recorded)('gives a built-in template as Handlebars compiles it, without compiling it', () => {
    const before = precompiledTaken();
    expect(precompile(NEWSLETTER, OPTIONS)).toBe(String(Handlebars.precompile(NEWSLETTER, OPTIONS)));
    expect(precompiledTaken()).toBe(before + 1);
  });

  it('compiles an edited template, or the same one with other options', () => {
    const before = precompiledTaken();
    const edited = `${NEWSLETTER}\n{{podcast.title}}`;
    expect(precompile(edited, OPTIONS)).toBe(String(Handlebars.precompile(edited, OPTIONS)));
    expect(precompile(NEWSLETTER, { ...OPTIONS, noEscape: false })).toBe(String(Handlebars.precompile(NEWSLETTER, { ...OPTIONS, noEscape: false })));
    expect(precompiledTaken()).toBe(before);
  });

  it('throws as Handlebars does for a template that does not compile', () => {
    expect(() => precompile('{{#if x}}', OPTIONS)).toThrow(/Expecting/);
  });
});
