import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../config/load.js';
import { segment } from '../segment/index.js';
import { summarise } from '../summarise/index.js';
import { correctorFor } from '../text/corrections.js';
import { scoreContent } from './content.js';
import { loadCases } from './dataset.js';
import { notesForReading } from './notes.js';
import { scoreCase } from './score.js';
import { formatContentTable, formatTable } from './table.js';

/** Quotes scored per episode: hits are counted over the first ten. */
const QUOTES_SCORED = 10;

/**
 * `npm run eval`: score the product's chapters against the human chapters in
 * ../shared/eval/dev (Pk, WindowDiff, boundary F1 within 60 s), next to two
 * baselines computed in the same run; then what it writes into them (quote
 * hits against editors' picks, title ROUGE-1 against the creators' titles,
 * junk among printed items). Uses the real parse(), segment() and
 * summarise() with the default configuration, so it measures what users
 * get. The notes it scored are written to out/eval/<episode>.txt to be read.
 */
function main(): void {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dir = process.env.CASTWRIGHT_EVAL_DIR ?? path.resolve(repoRoot, '../shared/eval/dev');
  if (!existsSync(dir)) {
    console.log(`eval: skipped, no evaluation set at ${dir}`);
    return;
  }
  const config = resolveConfig({ podcast: { title: 'eval' } });
  const notesDir = path.resolve(repoRoot, 'out/eval');
  mkdirSync(notesDir, { recursive: true });
  const segmentation = [];
  const content = [];
  for (const c of loadCases(dir)) {
    const spans = segment(c.transcript, config.segmentation);
    const starts = spans.map((s) => c.transcript.sentences[s.firstSentence]!.firstWord);
    segmentation.push(scoreCase(c, starts));
    const summary = summarise(c.transcript, spans, {
      quotes: { ...config.quotes, count: Math.max(QUOTES_SCORED, config.quotes.count) },
      correct: correctorFor(c.transcript, {}),
      ...(c.show === undefined ? {} : { show: c.show }),
      ...(c.title === undefined ? {} : { title: c.title }),
    });
    const scores = scoreContent(c, spans, summary);
    content.push(scores);
    writeFileSync(path.join(notesDir, `${c.name}.txt`), notesForReading(c, summary, scores));
  }
  console.log(
    `Chapter segmentation against ${path.relative(process.cwd(), dir) || dir} (Pk, WindowDiff: lower is better; F1 within 60 s / 150 words: higher is better)\n`,
  );
  console.log(formatTable(segmentation));
  console.log(
    `\nWhat the notes say (quote hits among the first ${QUOTES_SCORED}; title ROUGE-1 against the creators' titles, beside the three-most-frequent-words baseline; junk among takeaways, chapter one-liners and the first three quotes)\n`,
  );
  console.log(formatContentTable(content));
  console.log(`\nThe notes scored are in ${path.relative(process.cwd(), notesDir) || notesDir}/`);
}

main();
