// Record V8's code cache for the command line's bundles (see src/code-cache.ts):
// build the seed episode into a temporary folder, with every thread recording
// the bytecode it compiled, once under V8's default flags and once under a
// short build's. Run by `npm run build` after the bundle.
// Without the seed or its config (a copy of dist/ elsewhere) there is nothing
// to record, and the command line simply runs without a cache.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const seeds = 'seeds';
const config = 'pipeline.config.ts';
if (!existsSync(seeds) || !existsSync(config)) {
  console.log('code cache: no seeds/ or pipeline.config.ts here, nothing recorded');
  process.exit(0);
}
for (const flags of ['default', 'short']) {
  const out = mkdtempSync(path.join(tmpdir(), 'castwright-code-cache-'));
  try {
    const run = spawnSync(process.execPath, ['dist/bin/castwright.js', 'build', seeds, '--config', config, '--out', out, '--json'], {
      env: { ...process.env, CASTWRIGHT_RECORD_CODE_CACHE: flags },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`recording the code cache: the seed build exited with ${run.status}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
console.log(`code cache: ${readdirSync('dist/code-cache').join(', ')}`);
