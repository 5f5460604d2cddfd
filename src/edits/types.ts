/** Where a chapter start goes: a moment, or the first word of a phrase of the transcript. */
export type StartTarget = { time: number } | { phrase: string };

/** Line numbers (1-based) of an entry and of each of its fields in the edits file. */
export interface Lines {
  line: number;
  fields: Record<string, number>;
}

/** Changes to one generated chapter, identified by `chapter` (number), `was` (title) and/or `at` (start). */
export interface ChapterChange extends Lines {
  type: 'change';
  chapter?: number;
  was?: string;
  at?: number;
  title?: string;
  start?: StartTarget;
  summary?: string;
  remove: boolean;
  reviewed?: boolean;
}

/** A chapter a person adds. */
export interface ChapterAddition extends Lines {
  type: 'add';
  title: string;
  start: StartTarget;
  summary?: string;
  reviewed: boolean;
}

/** A generated quote kept or rejected, identified by its text (and `at`, its start). */
export interface QuoteChange extends Lines {
  type: 'change';
  quote: string;
  at?: number;
  reject: boolean;
}

/** A quote a person adds by its words, which must be found in the transcript. */
export interface QuoteAddition extends Lines {
  type: 'add';
  text: string;
}

export interface PinnedTakeaway extends Lines {
  text: string;
  at?: number;
}

/** A validated edits file: what a person changed in the generated episode. */
export interface Edits {
  /** The edits file path as given, for messages. */
  file: string;
  summary?: { text: string; line: number };
  takeaways?: { items: PinnedTakeaway[]; line: number };
  /** Mark every chapter reviewed. */
  reviewed?: { value: boolean; line: number };
  chapters: (ChapterChange | ChapterAddition)[];
  quotes: (QuoteChange | QuoteAddition)[];
}
