export type ChapterKind = 'cold-open' | 'introduction' | 'topic' | 'outro';

/** A chapter as a run of sentences; titles and summaries come in the next stage. */
export interface ChapterSpan {
  kind: ChapterKind;
  firstSentence: number;
  endSentence: number;
  startTime: number;
  endTime: number;
  /** Offsets into the transcript text. */
  start: number;
  end: number;
}

export interface SegmentOptions {
  /** Aim for one chapter every this many minutes of conversation. */
  minutesPerChapter: number;
  /** No chapter shorter than this many seconds. */
  minChapterSeconds: number;
}

/** A stretch of the body between two places a chapter may start. */
export interface Unit {
  /** Sentence where the unit starts (a possible chapter start). */
  sentence: number;
  startTime: number;
  /** Term ids of the unit's content words. */
  terms: number[];
  /** Structural evidence that a chapter starts here (questions, cues, breaks). */
  bonus: number;
}
