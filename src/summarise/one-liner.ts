import type { Transcript } from '../model/transcript.js';
import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { hasVerb } from '../text/pos.js';
import { punctuationAfter } from '../text/punctuation.js';
import { normalise } from '../text/words.js';
import { listsNames, namesSomething, namesSpeaker } from './about.js';
import { claimFeatures, claimScore } from './claims.js';
import { ABOUT_THE_SHOW, AD_READ, HOUSEKEEPING } from './housekeeping.js';
import { passageText } from './passage.js';
import { loosePointers, pointsBack, someoneWithoutReferent, theyWithoutReferent, writtenAsName } from './pointers.js';
import type { ShownPassages } from './repeats.js';
import { breaksOff, standalone } from './standalone.js';

/**
 * Weight of a line's closeness to its chapter's words against how strong a claim it is: a one-liner says what the
 * chapter is mainly about ("Our goal was to get the Puppet catalog… onto every store server"), not its most striking
 * aside ("Now you're getting a worse product…").
 */
const CENTRAL = 8;

/**
 * Weight of each of the chapter title's words (up to two) a line says: the line under "Agent Hourly Rate and Budgets"
 * tells what an agent hourly rate is, not how hard cost information is to follow, and title and line read as one.
 */
const TITLED = 1;

/** Words a one-line summary reads in one breath; each word beyond costs `LONG_LINE`. */
const LINE_WORDS = 22;
const LONG_LINE = 0.04;

/**
 * A chapter's one-line summary: the sentence most central to the chapter
 * (its content words against the chapter's) that reads as a claim, 8–40
 * words, standing on its own (no leaning opener, no trailing off, no
 * question, note or quoted words), not already shown elsewhere in the
 * notes, naming something, pointing back at nothing ("these things") and,
 * outside the introduction, naming none of the speakers; among those, one
 * that says the chapter title's words ranks higher. Failing that, the best
 * that stands on its own even if shown, pointing back or naming a speaker;
 * only then any sentence. An opening or outro of the show's housekeeping
 * alone gets no line (''). It joins `shown`.
 */
export function chapterSummary(
  t: Transcript,
  span: ChapterSpan,
  terms: string[][],
  centrality: (sentence: number, stems: ReadonlySet<string>) => number,
  correct: Corrector,
  shown: ShownPassages,
  speakerWords: ReadonlySet<string>,
  titleStems: ReadonlySet<string> = new Set(),
): string {
  // Tiers: 0 new and standalone, 1 standalone but leaning on the talk around it, 2 shown elsewhere in the notes, 3
  // anything the right length.
  const best: { sentence: number; score: number }[] = [];
  for (let s = span.firstSentence; s < span.endSentence; s++) {
    const sentence = t.sentences[s]!;
    const size = sentence.endWord - sentence.firstWord;
    if (size < 8 || size > 40) continue;
    // "I'm your host…", "Thanks for listening to this episode…": the show's housekeeping is no line of the notes.
    const said = t.text.slice(sentence.start, sentence.end + 1);
    if (span.kind !== 'topic' && HOUSEKEEPING.test(said)) continue;
    const at: number[] = [];
    for (let i = sentence.firstWord; i < sentence.endWord; i++) if (!t.words[i]!.disfluent) at.push(i);
    const words = at.map((i) => normalise(t.words[i]!.text));
    // A line that says little in its own words ("Again, you need to train the model to do that") summarises nothing.
    const content = new Set(terms[s]);
    if (content.size < 4) continue;
    let inTitle = 0;
    for (const c of content) if (titleStems.has(c)) inTitle++;
    const score =
      TITLED * Math.min(2, inTitle) +
      CENTRAL * centrality(s, content) +
      claimScore(claimFeatures(words.join(' ')), words.length) +
      Math.log(readability(t, sentence)) -
      0.8 * loosePointers(words) -
      LONG_LINE * Math.max(0, words.length - LINE_WORDS);
    // A sentence without a verb is a fragment of the talk, not a summary.
    const verbless = !hasVerb(t, sentence);
    const tier =
      standalone(t, sentence.firstWord, sentence.endWord) ||
      breaksOff(t, sentence.firstWord, sentence.endWord) ||
      verbless ||
      listsNames(t, sentence.firstWord, sentence.endWord) ||
      // "…use the code mediachangelog20": an ad read or a promo, never what a chapter says; nor the show's housekeeping
      // ("If you want to follow Changelog on Blue Sky, by all means, please do.").
      AD_READ.test(said) ||
      HOUSEKEEPING.test(said)
        ? 3
        : // A line the notes already print (the summary's, a takeaway, a card) says nothing new under its chapter.
          shown.repeats(sentence)
          ? 2
          : // Past the introduction a line is about the topic: "Nick, I love how…" talks to the people present.
            (span.kind !== 'introduction' && namesSpeaker(t.text.slice(sentence.start, sentence.end), speakerWords)) ||
              // "There is a ton of extremely obvious things to fix" summarises nothing in particular.
              !namesSomething(t, sentence) ||
              // "As you work on these things…" summarises something said before it; "…that they weren't…" someone.
              pointsBack(words) ||
              theyWithoutReferent(words, true, (k) => k > 0 && writtenAsName(t.words[at[k]!]!.text)) ||
              someoneWithoutReferent(words, (k) => k > 0 && writtenAsName(t.words[at[k]!]!.text)) ||
              // "My favorite part of the show was…" is about the recording.
              ABOUT_THE_SHOW.test(t.text.slice(sentence.start, sentence.end)) ||
              // "I love drones… What's your thinking around that?": inside a chapter the host sets up a question and
              // the guest's answer is what the chapter says; the question opening the chapter frames it.
              (sentence.turn !== t.sentences[span.firstSentence]!.turn && setsUpQuestion(t, sentence)) ||
              // "I want to zoom out a little bit on a couple other things": the talk turning, not what it says.
              TURNS_TO.test(t.text.slice(sentence.start, sentence.end))
            ? 1
            : 0;
    if (!best[tier] || score > best[tier].score) best[tier] = { sentence: s, score };
  }
  // An opening or an outro of housekeeping alone has nothing to summarise: it gets no line. An outro's line must stand
  // alone and be new; anything after the thanks is a farewell.
  if (span.kind === 'outro' ? best[0] === undefined : span.kind !== 'topic' && !best.some(Boolean)) return '';
  const pick = best.find((b) => b !== undefined)?.sentence ?? span.firstSentence;
  const s = t.sentences[pick]!;
  shown.add(s);
  return passageText(t, s.firstWord, s.endWord, correct, true).display;
}

/**
 * A host's line in a turn that ends by asking a guest something: the lead-in to a question. Only in an interview (a
 * guest is on the show); on a panel of hosts every voice is the show's.
 */
function setsUpQuestion(t: Transcript, sentence: Transcript['sentences'][number]): boolean {
  const turn = t.turns[sentence.turn]!;
  const role = (id: string) => t.speakers.find((x) => x.id === id)?.role;
  if (role(turn.speaker) !== 'host' || !t.speakers.some((x) => x.role === 'guest')) return false;
  const next = t.turns[turn.index + 1];
  return (
    next !== undefined &&
    role(next.speaker) === 'guest' &&
    punctuationAfter(t.text, t.words[turn.endWord - 1]!.end)
      .trimStart()
      .startsWith('?')
  );
}

/** A speaker steering the talk somewhere else: "I want to zoom out…", "let's switch gears", "moving on to…". */
const TURNS_TO =
  /\b(?:(?:i want|i'd like|i wanna|let's|let me|we should|we can)(?: to)? (?:zoom out|switch gears|shift gears|change gears|move on|pivot|transition)|moving on to|switching gears|segue (?:into|to|over to))\b/i;

/** Spoken tics that make a sentence read badly as a summary. */
const TICS =
  /\b(?:you know|kind of|sort of|i mean|cuz|gonna|like,|or something|i guess|i don't know|probably|basically)\b/gi;
/** An unpunctuated question ("Are the releases aligned…") is no summary either. */
const QUESTION_START = /^(?:are|is|do|does|did|can|could|would|will|what|how|why|when|where|which|who)\b/i;

/**
 * How well a sentence reads on its own, 0–1: few fillers and tics, a
 * closing full stop, not a question. Multiplies the representativeness score,
 * so the summary is the most typical sentence among those that read well.
 */
function readability(t: Transcript, sentence: Transcript['sentences'][number]): number {
  const size = sentence.endWord - sentence.firstWord;
  let disfluent = 0;
  for (let i = sentence.firstWord; i < sentence.endWord; i++) if (t.words[i]!.disfluent) disfluent++;
  const text = t.text.slice(sentence.start, sentence.end + 1);
  let factor = 1 - 0.2 * Math.min(3, (text.match(TICS) ?? []).length) - (disfluent / size) * 1.5;
  if (!/^ ?[.!]/.test(punctuationAfter(t.text, t.words[sentence.endWord - 1]!.end))) factor *= 0.7;
  if (QUESTION_START.test(t.words[sentence.firstWord]!.text)) factor *= 0.5;
  if (HOUSEKEEPING.test(text) || AD_READ.test(text)) factor *= 0.01;
  return Math.max(0.05, factor);
}
