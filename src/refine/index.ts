/**
 * The language-model stage's pure part: what one chapter is sent as
 * (numbered sentences with speakers), how a reply is checked, and how an
 * accepted reply replaces the extracted title and one-liner. Requests,
 * retries and the reply cache live in the build (`src/build/llm.ts`).
 */

export { applyChapterReply, chapterReply, type ChapterReply, type ReplyContext } from './chapter-reply.js';
export { citedSentences, ungrounded, vocabulary } from './grounding.js';
export { chapterInputs, summaryInputs, type ChapterInput } from './inputs.js';
export { markEdited } from './origin.js';
export { applySummaryReply, withSummaryOrigin } from './summary-reply.js';
