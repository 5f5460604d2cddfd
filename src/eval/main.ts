import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../config/load.js';
import { segment } from '../segment/index.js';
import { loadCases } from './dataset.js';
import { scoreCase } from './score.js';
import { formatTable } from './table.js';

/**
 * `npm run eval`: score the product's chapters against the human chapters in
 * ../shared/eval/dev (Pk, WindowDiff, boundary F1 within 60 s), next to two
 * baselines computed in the same run. Uses the real parse() and segment()
 * with the default configuration, so it measures what users get.
 */
function main(): void {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dir = process.env.CASTWRIGHT_EVAL_DIR ?? path.resolve(repoRoot, '../shared/eval/dev');
  if (!existsSync(dir)) {
    console.log(`eval: skipped, no evaluation set at ${dir}`);
    return;
  }
  const options = resolveConfig({ podcast: { title: 'eval' } }).segmentation;
  const rows = loadCases(dir).map((c) => {
    const spans = segment(c.transcript, options);
    const starts = spans.map((s) => c.transcript.sentences[s.firstSentence]!.firstWord);
    return scoreCase(c, starts);
  });
  console.log(`Chapter segmentation against ${path.relative(process.cwd(), dir) || dir} (Pk, WindowDiff: lower is better; F1 within 60 s / 150 words: higher is better)\n`);
  console.log(formatTable(rows));
}

main();
