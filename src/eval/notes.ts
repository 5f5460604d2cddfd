import type { Summary } from '../summarise/index.js';
import type { ContentScores } from './content.js';
import type { EvalCase } from './dataset.js';

/** One case's notes as plain text, to be read as an editor would, with what was scored against them. */
export function notesForReading(c: EvalCase, summary: Summary, scores: ContentScores): string {
  const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
  const hit = (q: Summary['quotes'][number]) =>
    c.picks?.some((p) => q.source.start < p.end && p.start < q.source.end) ? '*' : ' ';
  return [
    `# ${c.name}`,
    '',
    '## Summary',
    summary.summary,
    '',
    '## Takeaways',
    ...summary.takeaways.map((k) => `- ${k.text} (${clock(k.startTime)})`),
    '',
    '## Chapters',
    // A chapter of housekeeping alone has no one-liner: no empty line under it.
    ...summary.chapters.flatMap((ch) => [
      `- ${clock(ch.startTime)} ${ch.title}`,
      ...(ch.summary ? [`    ${ch.summary}`] : []),
    ]),
    '',
    "## Creators' chapters",
    ...c.chapters.map((ch) => `- ${clock(c.transcript.words[ch.word]?.time ?? 0)} ${ch.title}`),
    '',
    "## Titles against the creators' (ROUGE-1; the baseline's words and score after the bar)",
    ...scores.titles.map(
      (s) => `${s.rouge.toFixed(2)} ${s.title} ~ ${s.against} | ${s.baselineRouge.toFixed(2)} ${s.baseline}`,
    ),
    '',
    "## Quotes (* overlaps an editor's pick)",
    ...summary.quotes.map((q) => `${hit(q)} ${q.display} — ${q.speaker} (${clock(q.startTime)})`),
    '',
    '## Junk',
    ...scores.junkItems,
    '',
  ].join('\n');
}
