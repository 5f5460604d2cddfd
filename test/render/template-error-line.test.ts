import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CastwrightError } from '../../src/errors.js';
import { loadTemplate } from '../../src/render/templates.js';

async function failingRender(source: string): Promise<CastwrightError> {
  const dir = await mkdtemp(path.join(tmpdir(), 'castwright-tpl-'));
  await mkdir(path.join(dir, 'host-notes'), { recursive: true });
  await writeFile(path.join(dir, 'host-notes/apple.html.hbs'), source);
  try {
    loadTemplate('host-notes/apple.html.hbs', 'html', dir)({ title: 'Show' });
  } catch (error) {
    expect(error).toBeInstanceOf(CastwrightError);
    return error as CastwrightError;
  }
  throw new Error('the template rendered');
}

describe('a template that fails as it runs', () => {
  it('names the template file and the line using the missing partial', async () => {
    const error = await failingRender('<h1>{{title}}</h1>\n\n<p>{{> missing-partial}}</p>\n');
    expect(error.file).toMatch(/host-notes\/apple\.html\.hbs$/);
    expect(error.line).toBe(3);
    expect(String(error)).toMatch(
      /host-notes\/apple\.html\.hbs:3: template failed: The partial missing-partial could not be found$/,
    );
  });
});
