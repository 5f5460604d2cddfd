// Bundle the command line into dist/bin/ with esbuild.
//
// Node 20 loads an ES module graph file by file: resolving, reading and
// linking the ~600 small modules behind the CLI took about half a second
// before any work began. One entry per thread that runs code (the CLI, the
// episode worker, the card worker, the tagger) with shared chunks loads in a fraction
// of that. tsc's dist/ stays as the library and the typings.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear the folder so old chunks do not pile up.
rmSync('dist/bin', { recursive: true, force: true });

await build({
  entryPoints: {
    castwright: 'src/cli/main.ts',
    'episode-worker': 'src/build/worker.ts',
    'card-worker': 'src/render/cards/worker.ts',
    'tagger-worker': 'src/text/tagger-worker.ts',
  },
  outdir: 'dist/bin',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ES module builds first: some packages' "main" is a UMD file that requires by relative path.
  mainFields: ['module', 'main'],
  // Native code, WebAssembly and data files resolved at run time, and what loads only on demand, stay packages.
  // satori is bundled although it loads on demand: imported as a package, Node scans its CommonJS
  // dependencies (css-to-react-native…) to link them, about 70 ms on the card worker's way to its
  // first card (imports of 145–197 ms against 88–119 ms bundled, measured alternately).
  external: ['sharp', 'harfbuzzjs', 'esbuild', 'wink-eng-lite-web-model', '@fontsource/*', 'an-array-of-english-words', 'music-metadata', 'playwright-core'],
  // Bundled CommonJS code calls require(); give the ES module output one.
  banner: { js: "import { createRequire as __castwrightRequire } from 'node:module'; const require = __castwrightRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
