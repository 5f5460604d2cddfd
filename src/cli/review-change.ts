import * as z from 'zod';
import type { EditChange } from '../edits/patch.js';

/** One line of text from the page, within reason: the whole body is capped too. */
const line = z.string().trim().min(1).max(2000);
const time = z.number().finite().nonnegative();
/** A time or phrase as the edits file takes it ("12:30", or the words a chapter starts with). */
const start = z.string().trim().min(1).max(500);

const chapterFields = z.strictObject({
  title: line.optional(),
  start: start.optional(),
  summary: line.optional(),
  remove: z.boolean().optional(),
  reviewed: z.boolean().optional(),
});

/** A change the review page sends, checked before it reaches the edits file. */
export const changeSchema: z.ZodType<EditChange> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('chapter'), title: line, at: time, set: chapterFields }),
  z.strictObject({ kind: z.literal('add-chapter'), title: line, start }),
  z.strictObject({ kind: z.literal('reject-quote'), text: line, at: time }),
  z.strictObject({ kind: z.literal('promote-quote'), text: line }),
  z.strictObject({ kind: z.literal('add-quote'), text: line }),
  z.strictObject({ kind: z.literal('summary'), text: z.string().trim().min(1).max(10_000) }),
  z.strictObject({
    kind: z.literal('takeaways'),
    items: z.array(z.strictObject({ text: line, at: start.optional() })).max(100),
  }),
  z.strictObject({ kind: z.literal('reviewed'), value: z.boolean() }),
]) as z.ZodType<EditChange>;

/** The body of a save: which episode, the version of its edits file the page saw, and the change. */
export const saveSchema = z.strictObject({
  episode: z.string().min(1).max(300),
  version: z.string().min(1).max(100),
  change: changeSchema,
});

/** The body of an undo: the episode and the version of its edits file the page saw. */
export const undoSchema = z.strictObject({
  episode: z.string().min(1).max(300),
  version: z.string().min(1).max(100),
});
