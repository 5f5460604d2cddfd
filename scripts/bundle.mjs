// Bundle the command line into dist/bin/ with esbuild.
//
// Node 20 loads an ES module graph file by file: resolving, reading and
// linking the ~600 small modules behind the CLI took about half a second
// before any work began. Each thread that runs code (the CLI, the episode
// worker, the card worker, the tagger) gets one CommonJS bundle,
// `<name>.cjs`, and a small ES module entry, `<name>.js`, that runs it with
// V8's code cache (src/launch.ts, src/code-cache.ts). tsc's dist/ stays as
// the library and the typings.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// A new bundle makes the old caches useless (their names carry the bundle's hash).
rmSync('dist/bin', { recursive: true, force: true });
rmSync('dist/code-cache', { recursive: true, force: true });

const THREADS = ['castwright', 'episode-worker', 'card-worker', 'tagger-worker'];
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none', outdir: 'dist/bin' };

// The entries: one small ES module per thread, each the same launcher.
await build({
  ...common,
  entryPoints: Object.fromEntries(THREADS.map((name) => [name, 'src/launch.ts'])),
  format: 'esm',
});

// The one module the bundles must import as an ES module (see src/esm-import.ts).
await build({ ...common, entryPoints: { 'esm-import': 'src/esm-import.ts' }, format: 'esm' });

const esmImport = {
  name: 'esm-import',
  setup(b) {
    b.onResolve({ filter: /esm-import\.js$/ }, () => ({ path: './esm-import.js', external: true }));
  },
};

await build({
  ...common,
  entryPoints: {
    castwright: 'src/cli/main.ts',
    'episode-worker': 'src/build/worker.ts',
    'card-worker': 'src/render/cards/worker.ts',
    'tagger-worker': 'src/text/tagger-worker.ts',
  },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // ES module builds first: some packages' "main" is a UMD file that requires by relative path.
  mainFields: ['module', 'main'],
  // Code run from V8's cache cannot call import() in Node 20: what the bundles load at run time they require.
  supported: { 'dynamic-import': false },
  // Native code, WebAssembly and data files resolved at run time, and what loads only on demand, stay packages.
  external: ['satori', 'sharp', 'harfbuzzjs', 'esbuild', 'wink-eng-lite-web-model', '@fontsource/*', 'an-array-of-english-words', 'music-metadata', 'playwright-core'],
  plugins: [esmImport],
  // The sources find castwright's files from their own URL (src/paths.ts).
  define: { 'import.meta.url': '__castwright_url' },
  banner: { js: 'var __castwright_url = require("node:url").pathToFileURL(__filename).href;' },
});

// satori loads on demand, with a cache of its own (src/render/cards/engines.ts). Bundled rather
// than imported as a package: Node would scan its CommonJS dependencies (css-to-react-native…)
// to link them, about 70 ms on the card worker's way to its first card.
await build({ ...common, entryPoints: { satori: 'satori' }, outExtension: { '.js': '.cjs' }, format: 'cjs' });
