import type { Warning } from '../errors.js';
import type { Chapter } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import { passageText } from '../summarise/passage.js';
import { formatClock } from '../text/clock.js';
import type { Corrector } from '../text/corrections.js';
import { firstWordFrom } from '../model/word-index.js';
import { closestPhrase, excerpt, findPhrase, wordAtTime } from './locate.js';
import type { ChapterAddition, ChapterChange, Edits, StartTarget } from './types.js';

/** How far (seconds) a generated chapter may have drifted from an entry's `at` and still be the same chapter. */
export const AT_TOLERANCE = 15;

interface Working {
  chapter: Chapter;
  /** Index among the generated chapters; undefined for added ones. */
  origin?: number;
  /** Line of the entry that added or moved it, for messages. */
  line?: number;
  removed: boolean;
}

type Warn = (message: string, line: number, rule: string) => void;

/**
 * Apply the chapter entries of an edits file: identify each generated
 * chapter, then rename, move, remove, add and mark reviewed. Chapters end
 * where the next begins; only chapters whose neighbour changed get new ends,
 * so an edits file that changes nothing changes nothing.
 */
export function applyChapterEdits(
  chapters: readonly Chapter[],
  t: Transcript,
  edits: Edits,
  correct: Corrector,
  warnings: Warning[],
): Chapter[] {
  const warn: Warn = (message, line, rule) => warnings.push({ file: edits.file, line, message, rule });
  const work: Working[] = chapters.map((chapter, origin) => ({
    chapter: { ...chapter, source: { ...chapter.source } },
    origin,
    removed: false,
  }));
  const claimed = new Map<number, number>();

  for (const entry of edits.chapters) {
    if (entry.type === 'add') {
      const added = addChapter(entry, t, correct, warn);
      if (added) work.push({ chapter: added, line: entry.line, removed: false });
      continue;
    }
    const index = identify(entry, chapters, warn);
    if (index === undefined) continue;
    const earlier = claimed.get(index);
    if (earlier !== undefined) {
      warn(
        `chapter ${index + 1} ("${chapters[index]!.title}") is already edited on line ${earlier}; this entry is not applied`,
        entry.line,
        'edits/duplicate-chapter',
      );
      continue;
    }
    claimed.set(index, entry.line);
    const w = work[index]!;
    if (entry.remove) {
      w.removed = true;
      w.line = entry.line;
      continue;
    }
    if (entry.title !== undefined) w.chapter.title = entry.title;
    if (entry.summary !== undefined) w.chapter.summary = entry.summary;
    if (entry.reviewed !== undefined) w.chapter.reviewed = entry.reviewed;
    if (entry.start !== undefined) {
      const moved = resolveStart(
        entry.start,
        t,
        w.chapter.startTime,
        entry.fields.start ?? entry.line,
        `chapter ${index + 1} ("${chapters[index]!.title}")`,
        warn,
      );
      if (moved) {
        w.chapter.startTime = moved.time;
        w.chapter.source.start = moved.offset;
        w.line = entry.line;
      }
    }
  }
  if (edits.reviewed) for (const w of work) w.chapter.reviewed = edits.reviewed.value;

  const kept = orderChapters(
    work.filter((w) => !w.removed),
    warn,
  );
  const removedFirst = work.find((w) => w.origin === 0 && w.removed);
  const first = kept[0];
  if (first && first.chapter.startTime > 0 && chapters.length > 0 && chapters[0]!.startTime === 0) {
    warn(
      `the first chapter now starts at ${formatClock(first.chapter.startTime)}; Apple and YouTube expect a chapter at 0:00`,
      first.line ?? removedFirst?.line ?? 1,
      'edits/first-chapter',
    );
  }
  return closeChapters(kept, chapters, t);
}

/**
 * Which generated chapter an entry means: by its generated title (`was`),
 * else by its generated start (`at`, within a few seconds), else, when the
 * entry gives only a number, by number. A number alone is the weakest: when
 * the generator finds different chapters, number 3 is another chapter.
 */
function identify(entry: ChapterChange, chapters: readonly Chapter[], warn: Warn): number | undefined {
  const near = (c: Chapter) => (entry.at === undefined ? 0 : Math.abs(c.startTime - entry.at));
  const byNumber = (i: number) => (entry.chapter === undefined ? 0 : Math.abs(i + 1 - entry.chapter));
  const best = (indices: number[]) =>
    indices.sort((a, b) => near(chapters[a]!) - near(chapters[b]!) || byNumber(a) - byNumber(b) || a - b)[0];
  const all = chapters.map((_, i) => i);

  if (entry.was !== undefined) {
    const wanted = entry.was.trim().toLowerCase();
    const titled = all.filter((i) => chapters[i]!.title.trim().toLowerCase() === wanted);
    if (titled.length > 0) return best(titled);
  }
  if (entry.at !== undefined) {
    const timed = all.filter((i) => near(chapters[i]!) <= AT_TOLERANCE);
    if (timed.length > 0) return best(timed);
  }
  if (entry.was === undefined && entry.at === undefined && entry.chapter !== undefined && chapters[entry.chapter - 1])
    return entry.chapter - 1;

  const wanted = [
    ...(entry.was === undefined ? [] : [`titled "${entry.was}"`]),
    ...(entry.at === undefined ? [] : [`starting near ${formatClock(entry.at)}`]),
    ...(entry.was === undefined && entry.at === undefined ? [`number ${entry.chapter}`] : []),
  ].join(' or ');
  const now =
    entry.chapter !== undefined && chapters[entry.chapter - 1]
      ? ` (chapter ${entry.chapter} is now "${chapters[entry.chapter - 1]!.title}" at ${formatClock(chapters[entry.chapter - 1]!.startTime)})`
      : '';
  warn(
    `no generated chapter ${wanted} any more${now}; this entry is not applied — update \`was\`/\`at\` or remove the entry`,
    entry.line,
    'edits/chapter-not-found',
  );
  return undefined;
}

function addChapter(entry: ChapterAddition, t: Transcript, correct: Corrector, warn: Warn): Chapter | undefined {
  const at = resolveStart(
    entry.start,
    t,
    undefined,
    entry.fields.start ?? entry.line,
    `new chapter "${entry.title}"`,
    warn,
  );
  if (!at) return undefined;
  return {
    title: entry.title,
    startTime: at.time,
    endTime: at.time,
    summary: entry.summary ?? openingSentence(t, at.word, correct),
    source: { start: at.offset, end: at.offset },
    kind: 'topic',
    reviewed: entry.reviewed,
  };
}

/**
 * A chapter start as a time and a transcript offset. A phrase said more
 * than once goes to the occurrence nearest the chapter's current start (or
 * the first, for a new chapter), with a warning so the producer can quote
 * more words.
 */
function resolveStart(
  target: StartTarget,
  t: Transcript,
  current: number | undefined,
  line: number,
  what: string,
  warn: Warn,
): { time: number; offset: number; word: number } | undefined {
  if (t.words.length === 0) {
    warn(
      `${what}: the transcript has no words to place a chapter on; start not changed`,
      line,
      'edits/start-not-found',
    );
    return undefined;
  }
  if ('time' in target) {
    if (target.time > t.duration) {
      warn(
        `${what}: ${formatClock(target.time)} is after the end of the episode (${formatClock(t.duration)}); start not changed`,
        line,
        'edits/start-out-of-range',
      );
      return undefined;
    }
    const word = wordAtTime(t, target.time);
    return { time: target.time, offset: t.words[word]!.start, word };
  }
  const runs = findPhrase(t, target.phrase);
  if (runs.length === 0) {
    const close = closestPhrase(t, target.phrase);
    const hint = close
      ? `; closest: "${excerpt(t, close.run)}" at ${formatClock(t.words[close.run.firstWord]!.time)}${close.next ? `, followed by "${close.next}"` : ''}`
      : '';
    warn(
      `${what}: the phrase "${target.phrase}" is not in the transcript${hint}; start not changed`,
      line,
      'edits/phrase-not-found',
    );
    return undefined;
  }
  const distance = (r: (typeof runs)[number]) =>
    current === undefined ? 0 : Math.abs(t.words[r.firstWord]!.time - current);
  const chosen = [...runs].sort((a, b) => distance(a) - distance(b) || a.firstWord - b.firstWord)[0]!;
  const word = t.words[chosen.firstWord]!;
  if (runs.length > 1) {
    warn(
      `${what}: the phrase "${target.phrase}" is said ${runs.length} times; used the one at ${formatClock(word.time)} — quote more words to choose another`,
      line,
      'edits/phrase-ambiguous',
    );
  }
  return { time: word.time, offset: word.start, word: chosen.firstWord };
}

/** Chapters in the order they are heard; two at the same place keep the one a person touched. */
function orderChapters(work: Working[], warn: Warn): Working[] {
  const sorted = [...work].sort(
    (a, b) =>
      a.chapter.source.start - b.chapter.source.start ||
      a.chapter.startTime - b.chapter.startTime ||
      (a.origin ?? Infinity) - (b.origin ?? Infinity),
  );
  const out: Working[] = [];
  for (const w of sorted) {
    const previous = out.at(-1);
    if (previous && previous.chapter.source.start === w.chapter.source.start) {
      const [keep, drop] = previous.line === undefined && w.line !== undefined ? [w, previous] : [previous, w];
      warn(
        `chapter "${drop.chapter.title}" would start where "${keep.chapter.title}" starts (${formatClock(keep.chapter.startTime)}); kept "${keep.chapter.title}"`,
        w.line ?? previous.line ?? 1,
        'edits/chapter-clash',
      );
      out[out.length - 1] = keep;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Each chapter ends where the next starts; the last ends where the generated last one did. */
function closeChapters(kept: readonly Working[], generated: readonly Chapter[], t: Transcript): Chapter[] {
  const last = generated.at(-1);
  return kept.map((w, i) => {
    const next = kept[i + 1];
    const c = w.chapter;
    if (!next) {
      if (last) {
        c.endTime = last.endTime;
        c.source.end = last.source.end;
      } else {
        c.endTime = t.duration;
        c.source.end = t.words.length > 0 ? t.words.at(-1)!.end : c.source.start;
      }
      return c;
    }
    const original = w.origin === undefined ? undefined : generated[w.origin + 1];
    const unchanged =
      original !== undefined && next.origin === w.origin! + 1 && next.chapter.source.start === original.source.start;
    if (!unchanged) {
      c.endTime = next.chapter.startTime;
      const lastWord = firstWordFrom(t, next.chapter.source.start) - 1;
      // Like the generated chapters: up to the end of the last word, closing punctuation aside.
      c.source.end =
        lastWord >= 0 && t.words[lastWord]!.start >= c.source.start ? t.words[lastWord]!.end : c.source.start;
    }
    return c;
  });
}

/** A new chapter's summary: its first full sentence of 8–40 words that is not a question. */
function openingSentence(t: Transcript, word: number, correct: Corrector): string {
  const first = t.sentences.findIndex((s) => s.endWord > word);
  if (first === -1) return '';
  for (let s = first; s < Math.min(t.sentences.length, first + 12); s++) {
    const sentence = t.sentences[s]!;
    const size = sentence.endWord - Math.max(word, sentence.firstWord);
    if (size >= 8 && size <= 40 && !sentence.question)
      return passageText(t, Math.max(word, sentence.firstWord), sentence.endWord, correct).display;
  }
  const sentence = t.sentences[first]!;
  return passageText(t, Math.max(word, sentence.firstWord), sentence.endWord, correct).display;
}
