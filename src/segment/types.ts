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
