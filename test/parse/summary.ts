import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assemble } from '../../src/parse/assemble.js';
import { decodeTranscript } from '../../src/parse/decode.js';
import { detectFormat } from '../../src/parse/detect.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const fixtures = path.join(root, 'test/fixtures/formats');

/** Fixture cases: folders holding one `input.*` file. */
export function fixtureCases(): { name: string; input: string }[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const input = readdirSync(path.join(fixtures, d.name)).find((f) => f.startsWith('input.'));
      return { name: d.name, input: path.join(fixtures, d.name, input ?? 'input.txt') };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Read a transcript through the stages this area owns (decode, detect,
 * format, assemble) and summarise it: what the golden files record.
 * Speaker attribution is left out on purpose; it is tuned elsewhere.
 */
export function parseSummary(file: string, format?: string) {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const text = decodeTranscript(readFileSync(file), relative);
  const parser = detectFormat(text, relative, format);
  const raw = parser.parse(text, relative);
  const a = assemble(raw, text, { wordsPerMinute: 150 });
  return {
    text,
    raw,
    assembled: a,
    summary: {
      format: parser.name,
      timing: a.timing,
      duration: a.duration,
      warnings: a.warnings.map((w) => `${w.line ?? '-'}:${w.column ?? '-'} ${w.rule ?? ''} ${w.message}`),
      markers: a.markers.map((m) => ({ kind: m.kind, word: m.word, time: m.time })),
      ...(a.notes.length > 0 ? { notes: a.notes.map((n) => ({ label: n.label, word: n.word })) } : {}),
      turns: a.turns.map((t, i) => ({
        speaker: a.labels[i] ?? null,
        startTime: t.startTime,
        endTime: t.endTime,
        sentences: t.endSentence - t.firstSentence,
        words: a.words
          .slice(t.firstWord, t.endWord)
          .map((w) => w.text)
          .join(' '),
      })),
    },
  };
}
