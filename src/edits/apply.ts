import type { Warning } from '../errors.js';
import type { Episode, Takeaway } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { applyChapterEdits } from './chapters.js';
import { loadEdits } from './load.js';
import { endWithPunctuation, findPhrase, turnOfWord, wordAtTime } from './locate.js';
import { applyQuoteEdits } from './quotes.js';
import type { Edits } from './types.js';

export interface EditsOptions {
  /** The corrections glossary, for the display text of added quotes and chapter summaries. */
  correct?: Corrector;
}

/**
 * Apply the edits file beside a transcript to the generated episode, after
 * summarise and before render, so every output shows the edited episode.
 * No file means no edits. Returns a new episode (the input is not changed)
 * and a warning, with the edits file's line, for every edit that no longer
 * matches. Throws a `CastwrightError` at `file:line` when the file is
 * invalid or an added quote is not in the transcript.
 */
export async function applyEdits(
  episode: Episode,
  transcript: Transcript,
  editsFile: string,
  options: EditsOptions = {},
): Promise<{ episode: Episode; warnings: Warning[] }> {
  const edits = await loadEdits(editsFile);
  if (!edits) return { episode, warnings: [] };
  return applyParsedEdits(episode, transcript, edits, options);
}

/** `applyEdits` for edits already read and validated. Deterministic: same inputs, same episode. */
export function applyParsedEdits(
  episode: Episode,
  transcript: Transcript,
  edits: Edits,
  options: EditsOptions = {},
): { episode: Episode; warnings: Warning[] } {
  const correct = options.correct ?? ((text: string) => text);
  const warnings: Warning[] = [];
  const edited: Episode = { ...episode };
  edited.chapters = applyChapterEdits(episode.chapters, transcript, edits, correct, warnings);
  edited.quotes = applyQuoteEdits(episode.quotes, transcript, edits, correct, warnings);
  if (edits.summary) {
    edited.summary = edits.summary.text;
    // A person wrote it: it no longer points at transcript passages.
    edited.summarySources = [];
  }
  if (edits.takeaways) {
    edited.takeaways = edits.takeaways.items.map((item) => pinTakeaway(item, transcript, edits.file, warnings));
  }
  return { episode: edited, warnings };
}

/**
 * A pinned takeaway keeps the producer's words. When they are the
 * transcript's own words it links to where they are said; otherwise `at`
 * places it, and without `at` it is a warning (it would show 0:00).
 */
function pinTakeaway(
  item: { text: string; at?: number; line: number },
  t: Transcript,
  file: string,
  warnings: Warning[],
): Takeaway {
  const runs = findPhrase(t, item.text);
  const run = runs.find((r) => !t.turns[turnOfWord(t, r.firstWord)]!.coldOpen) ?? runs[0];
  if (run) {
    const first = t.words[run.firstWord]!;
    const speaker = t.speakers.find((s) => s.id === t.turns[turnOfWord(t, run.firstWord)]?.speaker);
    return {
      text: item.text,
      speaker: speaker?.name ?? '',
      startTime: item.at ?? first.time,
      source: { start: first.start, end: endWithPunctuation(t, run.endWord - 1) },
    };
  }
  if (item.at !== undefined && t.words.length > 0) {
    const word = wordAtTime(t, item.at);
    const speaker = t.speakers.find((s) => s.id === t.turns[turnOfWord(t, word)]?.speaker);
    const sentence = t.sentences.find((s) => s.firstWord <= word && word < s.endWord);
    const source = sentence
      ? { start: sentence.start, end: sentence.end }
      : { start: t.words[word]!.start, end: t.words[word]!.end };
    return { text: item.text, speaker: speaker?.name ?? '', startTime: item.at, source };
  }
  warnings.push({
    file,
    line: item.line,
    message: `takeaway "${item.text.slice(0, 50)}" is not the transcript's own words, so it has no time; add \`at: "12:30"\` to link it to a moment`,
    rule: 'edits/takeaway-unplaced',
  });
  return { text: item.text, speaker: '', startTime: 0, source: { start: 0, end: 0 } };
}
