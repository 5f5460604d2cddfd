import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { plainConfigModule } from '../../src/config/plain.js';
import { root } from '../helpers/build.js';
import { tempProject } from '../helpers/cli.js';

describe('configs that are plain JavaScript', () => {
  it('runs the repository config as it is, with defineConfig in place of its import', async () => {
    const source = await readFile(path.join(root, 'pipeline.config.ts'), 'utf8');
    const code = plainConfigModule(source);
    expect(code).toBeDefined();
    expect(code).not.toMatch(/from 'castwright'/);
    expect(code).toMatch(/^function defineConfig\(config\) \{ return config; \}$/m);
  });

  it('takes a config without any import for plain', () => {
    expect(plainConfigModule("export default { podcast: { title: 'Show' } };\n")).toBe(
      "export default { podcast: { title: 'Show' } };\n",
    );
  });

  it('leaves configs that load other code to the compiler', () => {
    const head = "import { defineConfig } from 'castwright';\n";
    for (const body of [
      "import { hosts } from './people';\nexport default defineConfig({ podcast: { title: 'Show' }, people: { hosts } });",
      "export default defineConfig({ podcast: { title: 'Show', description: import.meta.url } });",
      "const people = require('./people.json');\nexport default defineConfig({ podcast: { title: 'Show' }, people });",
      "export default defineConfig(await import('./show.js'));",
      "export { default } from './other.js';",
      "export * from './other.js';",
    ]) {
      expect(plainConfigModule(head + body), body).toBeUndefined();
    }
  });

  it('still loads a config that uses TypeScript syntax, and one whose text mentions "import"', async () => {
    const dir = await tempProject();
    const typed = path.join(dir, 'typed.config.ts');
    await writeFile(
      typed,
      "import { defineConfig } from 'castwright';\nconst title: string = 'Typed Show';\nexport default defineConfig({ podcast: { title } } satisfies { podcast: { title: string } });\n",
    );
    expect((await loadConfig(typed)).podcast.title).toBe('Typed Show');
    const worded = path.join(dir, 'worded.config.ts');
    await writeFile(
      worded,
      "import { defineConfig } from 'castwright';\nexport default defineConfig({ podcast: { title: 'Show', description: 'What we import and export' } });\n",
    );
    expect(plainConfigModule(await readFile(worded, 'utf8'))).toBeUndefined();
    expect((await loadConfig(worded)).podcast.description).toBe('What we import and export');
  });

  it('reports a runtime error of a plain config once, as a config that did not load', async () => {
    const dir = await tempProject();
    const file = path.join(dir, 'pipeline.config.ts');
    await writeFile(
      file,
      "import { defineConfig } from 'castwright';\nexport default defineConfig({ podcast: { title: missingName } });\n",
    );
    const error = await loadConfig(file).catch((e: unknown) => e);
    expect(String(error)).toMatch(/pipeline\.config\.ts: could not load config: missingName is not defined/);
  });
});
