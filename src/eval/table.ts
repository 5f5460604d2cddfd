import type { CaseScores, Scores } from './score.js';
import type { ContentScores } from './content.js';

const SYSTEMS = ['system', 'even', 'textTiling'] as const;
const LABEL: Record<(typeof SYSTEMS)[number], string> = {
  system: 'castwright',
  even: 'even (true count)',
  textTiling: 'TextTiling',
};

/** A plain-text table: one row per episode, then the mean of each group of episodes. */
export function formatTable(rows: readonly CaseScores[]): string {
  const header = ['episode', 'words', 'ref', ...SYSTEMS.flatMap((s) => [`${LABEL[s]} Pk`, 'WD', 'F1', 'segs'])];
  const lines: string[][] = [header];
  for (const r of rows)
    lines.push([r.name, String(r.words), String(r.referenceSegments), ...SYSTEMS.flatMap((s) => cells(r[s]))]);
  for (const kind of ['changelog', 'ami'] as const) {
    const group = rows.filter((r) => r.kind === kind);
    if (group.length === 0) continue;
    lines.push([
      `mean ${kind} (${group.length})`,
      '',
      '',
      ...SYSTEMS.flatMap((s) => cells(mean(group.map((r) => r[s])))),
    ]);
  }
  return layout(lines);
}

function cells(s: Scores): string[] {
  return [
    s.pk.toFixed(3),
    s.windowDiff.toFixed(3),
    s.f1.toFixed(3),
    s.segments.toFixed(Number.isInteger(s.segments) ? 0 : 1),
  ];
}

export function mean(list: readonly Scores[]): Scores {
  const avg = (f: (s: Scores) => number) => list.reduce((a, s) => a + f(s), 0) / (list.length || 1);
  return {
    pk: avg((s) => s.pk),
    windowDiff: avg((s) => s.windowDiff),
    f1: avg((s) => s.f1),
    segments: avg((s) => s.segments),
  };
}

/** The content scores: one row per episode, then the means. */
export function formatContentTable(rows: readonly ContentScores[]): string {
  const header = ['episode', 'quote hits@10', 'title ROUGE-1', 'baseline', 'junk', 'items', 'junk rate'];
  const fixed = (x: number) => x.toFixed(3);
  const lines: string[][] = [header];
  for (const r of rows) {
    lines.push([
      r.name,
      r.quoteHits === undefined ? '–' : String(r.quoteHits),
      fixed(r.titleRouge),
      fixed(r.baselineRouge),
      String(r.junk),
      String(r.items),
      fixed(r.junk / Math.max(1, r.items)),
    ]);
  }
  const average = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const picked = rows.filter((r) => r.quoteHits !== undefined);
  const junk = rows.reduce((n, r) => n + r.junk, 0);
  const items = rows.reduce((n, r) => n + r.items, 0);
  for (const [label, group] of [
    ['mean changelog', rows.filter((r) => r.name.startsWith('changelog'))],
    ['mean all', rows],
  ] as const) {
    if (group.length === 0) continue;
    lines.push([
      `${label} (${group.length})`,
      label === 'mean all' && picked.length > 0 ? average(picked.map((r) => r.quoteHits!)).toFixed(1) : '',
      fixed(average(group.map((r) => r.titleRouge))),
      fixed(average(group.map((r) => r.baselineRouge))),
      label === 'mean all' ? String(junk) : '',
      label === 'mean all' ? String(items) : '',
      label === 'mean all' ? fixed(junk / Math.max(1, items)) : '',
    ]);
  }
  return layout(lines);
}

/** Rows as aligned columns: the first left-aligned, the rest right-aligned, a rule under the header. */
function layout(lines: readonly string[][]): string {
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines
    .map(
      (l, row) =>
        l.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ') +
        (row === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''),
    )
    .join('\n');
}
