import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CastwrightError } from '../../src/errors.js';
import { loadTemplate } from '../../src/render/templates.js';

describe('templates', () => {
  it('name the file and line of a template that does not compile, when it is loaded', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'castwright-templates-'));
    await mkdir(path.join(dir, 'host-notes'));
    await writeFile(
      path.join(dir, 'host-notes/apple.html.hbs'),
      '<p>{{episode.title}}</p>\n{{#if episode.summary}}\n<p>{{episode.summary}}</p>\n',
    );
    const error = (() => {
      try {
        loadTemplate('host-notes/apple.html.hbs', 'html', dir);
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CastwrightError);
    expect((error as CastwrightError).file).toMatch(/host-notes\/apple\.html\.hbs$/);
    expect((error as CastwrightError).line).toBe(4);
    expect((error as CastwrightError).message).toMatch(/template does not compile: Expecting .*got 'EOF'/);
  });

  it('render as Handlebars compiles them, escaping HTML in html templates only', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'castwright-templates-'));
    await writeFile(path.join(dir, 'a.html.hbs'), '<p>{{title}}</p>{{#each items}}<i>{{this}}</i>{{/each}}');
    await writeFile(path.join(dir, 'a.txt.hbs'), '{{title}}');
    expect(loadTemplate('a.html.hbs', 'html', dir)({ title: 'Tabs & <Spaces>', items: ['a', 'b'] })).toBe(
      '<p>Tabs &amp; &lt;Spaces&gt;</p><i>a</i><i>b</i>',
    );
    expect(loadTemplate('a.txt.hbs', 'text', dir)({ title: 'Tabs & <Spaces>' })).toBe('Tabs & <Spaces>');
  });
});
