import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { firstWordAtTime, firstWordFrom } from '../model/word-index.js';
import type { Transcript } from '../model/transcript.js';
import { parseJsonTree, stringSpan } from '../parse/json-tree.js';
import { parse } from '../parse/index.js';

/** One scored episode: the product's own parse of it and the human boundaries as word indices. */
export interface EvalCase {
  name: string;
  kind: 'changelog' | 'ami';
  transcript: Transcript;
  /** Word indices where a human-made chapter starts (0 excluded). */
  reference: number[];
  /** Whether word times are real (interpolated stamps), so tolerances can be in seconds. */
  timed: boolean;
  /** The creators' chapters (sponsor chapters left out): first word and title, in order. */
  chapters: { word: number; title: string }[];
  /** Editors' quote picks as character offsets into the transcript, when the case has them. */
  picks?: { start: number; end: number }[];
  /** The show's name and the episode's title, as a producer's config gives them, when SOURCE.md records them. */
  show?: string;
  title?: string;
}

const WORDS_PER_MINUTE = 160;

/** Every case folder under `dir` that has a transcript and a reference. */
export function loadCases(dir: string): EvalCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((name) => {
      const folder = path.join(dir, name);
      if (existsSync(path.join(folder, 'transcript.md'))) return [loadChangelog(name, folder)];
      if (existsSync(path.join(folder, 'transcript.json'))) return [loadAmi(name, folder)];
      return [];
    });
}

/**
 * A Changelog episode. Sponsor chapters are dropped (their audio is not in
 * the transcript); each remaining start time becomes the first word whose
 * time is at or after it. Word times come from parse(), which interpolates
 * linearly between the transcript's own stamps by word position, which is
 * the mapping the dataset's README asks for.
 */
function loadChangelog(name: string, folder: string): EvalCase {
  const file = path.join(folder, 'transcript.md');
  const duration = episodeSeconds(path.join(folder, 'SOURCE.md'));
  const named = showAndTitle(path.join(folder, 'SOURCE.md'));
  const { transcript } = parse(file, readFileSync(file), {
    people: { hosts: [], guests: [] },
    wordsPerMinute: WORDS_PER_MINUTE,
    ...(duration === undefined ? {} : { duration }),
  });
  const chapters = JSON.parse(readFileSync(path.join(folder, 'chapters.json'), 'utf8')) as {
    startTime: number;
    title: string;
  }[];
  const titled = chapters
    .map((c, i) =>
      isSponsor(c)
        ? undefined
        : { word: afterSponsor(transcript, chapters, i) ?? firstWordAtTime(transcript, c.startTime), title: c.title },
    )
    .filter((c): c is { word: number; title: string } => c !== undefined && c.word < transcript.words.length);
  const reference = titled.map((c) => c.word).filter((w) => w > 0);
  const picksFile = path.join(folder, 'quotes.json');
  const picks = existsSync(picksFile)
    ? (JSON.parse(readFileSync(picksFile, 'utf8')) as { start: number; end: number }[]).map(({ start, end }) => ({
        start,
        end,
      }))
    : undefined;
  return {
    name,
    kind: 'changelog',
    transcript,
    reference: [...new Set(reference)].sort((a, b) => a - b),
    timed: true,
    chapters: titled,
    ...(picks ? { picks } : {}),
    ...named,
  };
}

/** The show and episode title SOURCE.md opens with: `# Source: JS Party #289 — "Ten years of TypeScript bliss"`. */
function showAndTitle(file: string): { show?: string; title?: string } {
  if (!existsSync(file)) return {};
  const m = /^# Source: (.+?) #\d+ — "(.+)"$/m.exec(readFileSync(file, 'utf8'));
  return m ? { show: m[1]!, title: m[2]! } : {};
}

const isSponsor = (c: { title: string }) => /^sponsor:/i.test(c.title);
/** A break stamp this close to a sponsor chapter's start is that sponsor's ad break. */
const BREAK_SLACK_SECONDS = 120;

/**
 * A chapter that follows sponsor chapters starts where the ad break is
 * marked in the transcript. Interpolating its time instead would spread the
 * untranscribed ad's minutes over the words around the break and place the
 * boundary a minute or two late.
 */
function afterSponsor(
  t: Transcript,
  chapters: readonly { startTime: number; title: string }[],
  i: number,
): number | undefined {
  let first = i;
  while (first > 0 && isSponsor(chapters[first - 1]!)) first--;
  if (first === i) return undefined;
  const adStart = chapters[first]!.startTime;
  let best: { word: number; distance: number } | undefined;
  for (const m of t.markers) {
    const distance = Math.abs(m.time - adStart);
    if (distance <= BREAK_SLACK_SECONDS && (!best || distance < best.distance)) best = { word: m.word, distance };
  }
  return best?.word;
}

/** An AMI meeting: boundaries are the `startTurn` values, mapped through each turn's offset in the JSON. */
function loadAmi(name: string, folder: string): EvalCase {
  const file = path.join(folder, 'transcript.json');
  const bytes = readFileSync(file);
  const { transcript } = parse(file, bytes, { people: { hosts: [], guests: [] }, wordsPerMinute: WORDS_PER_MINUTE });
  const text = transcript.text;
  const items = parseJsonTree(text, file).children ?? [];
  const offsets = items.map((item) => {
    const body = item.children?.find((p) => p.children?.[0]?.value === 'content' || p.children?.[0]?.value === 'text')
      ?.children?.[1];
    return body ? stringSpan(body).start : item.offset;
  });
  const chapters = JSON.parse(readFileSync(path.join(folder, 'chapters.json'), 'utf8')) as {
    startTurn: number;
    title?: string;
  }[];
  const titled = chapters
    .map((c) => ({ offset: offsets[c.startTurn], title: c.title ?? '' }))
    .filter((c): c is { offset: number; title: string } => c.offset !== undefined)
    .map((c) => ({ word: firstWordFrom(transcript, c.offset), title: c.title }))
    .filter((c) => c.word < transcript.words.length);
  const reference = titled.map((c) => c.word).filter((w) => w > 0);
  return {
    name,
    kind: 'ami',
    transcript,
    reference: [...new Set(reference)].sort((a, b) => a - b),
    timed: false,
    chapters: titled,
  };
}

/** The feed duration SOURCE.md records, e.g. "1:03:39 (3819 s)". */
function episodeSeconds(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const m = /\((\d+) s\)/.exec(readFileSync(file, 'utf8'));
  return m ? Number(m[1]) : undefined;
}
