import type { CaseScores, Scores } from './score.js';

const SYSTEMS = ['system', 'even', 'textTiling'] as const;
const LABEL: Record<(typeof SYSTEMS)[number], string> = { system: 'castwright', even: 'even (true count)', textTiling: 'TextTiling' };

/** A plain-text table: one row per episode, then the mean of each group of episodes. */
export function formatTable(rows: readonly CaseScores[]): string {
  const header = ['episode', 'words', 'ref', ...SYSTEMS.flatMap((s) => [`${LABEL[s]} Pk`, 'WD', 'F1', 'segs'])];
  const lines: string[][] = [header];
  for (const r of rows) lines.push([r.name, String(r.words), String(r.referenceSegments), ...SYSTEMS.flatMap((s) => cells(r[s]))]);
  for (const kind of ['changelog', 'ami'] as const) {
    const group = rows.filter((r) => r.kind === kind);
    if (group.length === 0) continue;
    lines.push([`mean ${kind} (${group.length})`, '', '', ...SYSTEMS.flatMap((s) => cells(mean(group.map((r) => r[s]))))]);
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines.map((l, row) => l.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ') + (row === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : '')).join('\n');
}

function cells(s: Scores): string[] {
  return [s.pk.toFixed(3), s.windowDiff.toFixed(3), s.f1.toFixed(3), s.segments.toFixed(Number.isInteger(s.segments) ? 0 : 1)];
}

export function mean(list: readonly Scores[]): Scores {
  const avg = (f: (s: Scores) => number) => list.reduce((a, s) => a + f(s), 0) / (list.length || 1);
  return { pk: avg((s) => s.pk), windowDiff: avg((s) => s.windowDiff), f1: avg((s) => s.f1), segments: avg((s) => s.segments) };
}
