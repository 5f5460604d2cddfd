import * as z from 'zod';
import { parseTime } from './time.js';
import type { StartTarget } from './types.js';

/**
 * The shape of an edits file (`seeds/<name>.edits.yaml`). Every message says
 * what was expected, because a producer, not a developer, reads it.
 */

const text = (what: string) =>
  z
    .string({ error: `expected ${what} (text)` })
    .trim()
    .min(1, { error: `expected ${what}, not an empty value` });
const flag = (what: string) => z.boolean({ error: `expected true or false (${what})` });

export const time = z.unknown().transform((value, ctx): number => {
  const seconds = typeof value === 'string' || typeof value === 'number' ? parseTime(value) : undefined;
  if (seconds === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected a time such as "12:30", "1:02:03" or a number of seconds' });
    return z.NEVER;
  }
  return seconds;
});

const START_HINT =
  'expected a time such as "12:30" or a phrase from the transcript such as "so let\'s talk about scaling"';

/** A time, a phrase, or `{ time }` / `{ phrase }` spelled out. */
export const start = z.unknown().transform((value, ctx): StartTarget => {
  if (typeof value === 'number' || typeof value === 'string') {
    const seconds = parseTime(value);
    if (seconds !== undefined) return { time: seconds };
    // Only digits and colons is a time with a typo ("12:75"), not a phrase.
    if (typeof value === 'string' && /^[\d:.\s]+$/.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a time: expected "m:ss" or "h:mm:ss" with minutes and seconds below 60, such as "12:30"`,
      });
      return z.NEVER;
    }
    if (typeof value === 'string' && /[\p{L}\p{N}]/u.test(value)) return { phrase: value.trim() };
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const v = value as Record<string, unknown>;
    if (keys.length === 1 && typeof v.phrase === 'string' && /[\p{L}\p{N}]/u.test(v.phrase))
      return { phrase: v.phrase.trim() };
    if (keys.length === 1 && (typeof v.time === 'string' || typeof v.time === 'number')) {
      const seconds = parseTime(v.time);
      if (seconds !== undefined) return { time: seconds };
    }
  }
  ctx.addIssue({ code: 'custom', message: START_HINT });
  return z.NEVER;
});

export const chapterChangeSchema = z
  .strictObject({
    /** Number of the generated chapter (1 = first). */
    chapter: z
      .number({ error: 'expected a chapter number such as 3' })
      .int({ error: 'expected a whole chapter number' })
      .positive({ error: 'expected a chapter number from 1' })
      .optional(),
    /** The generated title this entry was written for. */
    was: text('the generated chapter title').optional(),
    /** The generated start this entry was written for. */
    at: time.optional(),
    title: text('a chapter title').optional(),
    start: start.optional(),
    summary: text('a one-sentence chapter summary').optional(),
    remove: flag('remove the chapter').default(false),
    reviewed: flag('a person has checked the chapter').optional(),
  })
  .refine((c) => c.chapter !== undefined || c.was !== undefined || c.at !== undefined, {
    error:
      'expected `chapter`, `was` or `at` to say which generated chapter this is (or `add: <title>` for a new chapter)',
  });

export const chapterAdditionSchema = z.strictObject({
  add: text("the new chapter's title"),
  start,
  summary: text('a one-sentence chapter summary').optional(),
  reviewed: flag('a person has checked the chapter').default(true),
});

export const quoteChangeSchema = z.strictObject({
  /** The generated quote's words. */
  quote: text("the generated quote's words"),
  at: time.optional(),
  reject: flag('leave the quote out').default(false),
});

export const quoteAdditionSchema = z.strictObject({
  add: text("the quote's words as spoken in the transcript"),
});

export const takeawaySchema = z.union(
  [text('a takeaway'), z.strictObject({ text: text('a takeaway'), at: time.optional() })],
  {
    error: 'expected a takeaway: a line of text, or `text:` with an optional `at: "12:30"`',
  },
);

/** The top level; `chapters` and `quotes` entries are checked one by one (by whether they `add`). */
export const editsSchema = z.strictObject({
  version: z.literal(1, { error: 'expected version: 1' }).default(1),
  summary: text('the episode summary').optional(),
  takeaways: z.array(takeawaySchema, { error: 'expected a list of takeaways (lines starting with "- ")' }).optional(),
  reviewed: flag('every chapter has been checked').optional(),
  chapters: z.array(z.unknown(), { error: 'expected a list of chapters (lines starting with "- ")' }).nullish(),
  quotes: z.array(z.unknown(), { error: 'expected a list of quotes (lines starting with "- ")' }).nullish(),
});
