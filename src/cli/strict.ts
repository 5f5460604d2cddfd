import type { ResolvedConfig } from '../config/schema.js';
import { formatWarning } from '../errors.js';
import { publishingProblems } from '../render/feed/facts.js';
import { paint } from './log.js';

/**
 * `--strict`: missing publishing facts (audio URL, artwork, dates, owner…)
 * are errors. Checked from the config before anything is built, so a
 * refused build writes nothing. Only applies when the feed is produced.
 * Returns the exit code to stop with, or undefined to go on.
 */
export function checkStrict(
  config: ResolvedConfig,
  inputs: readonly string[],
  selected: ReadonlySet<string>,
  json = false,
): number | undefined {
  if (!selected.has('feed')) return undefined;
  const problems = publishingProblems(config, inputs);
  if (problems.length === 0) return undefined;
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ ok: false, error: 'missing publishing facts (--strict)', errors: problems.map(formatWarning) }, null, 2)}\n`,
    );
  } else {
    for (const p of problems) process.stderr.write(`${paint(process.stderr, 'red', 'error')} ${formatWarning(p)}\n`);
    process.stderr.write(
      `${problems.length} missing publishing fact${problems.length === 1 ? '' : 's'} (--strict): nothing written\n`,
    );
  }
  return 1;
}
