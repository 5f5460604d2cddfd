import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { leadingMarkers } from '../text/discourse.js';
import { punctuationAfter, signsAround } from '../text/punctuation.js';
import { pauseEndsThought, sentenceEnds } from '../text/sentence-end.js';
import { asWritten, normalise } from '../text/words.js';
import { printFillers, type PrintFillers } from './print-fillers.js';
import { closesAbbreviation } from '../text/abbreviations.js';

/**
 * The words of a passage exactly as spoken, minus fillers and stutters:
 * `verbatim` joins the kept words with single spaces (every word is a word of
 * the source, in order); `display` adds back the punctuation that followed
 * each kept word, applies the corrections glossary and capitalises the first
 * letter, for people to read. With `trimMarkers` (print: quotes, takeaways,
 * summaries), discourse markers that open the passage ("You know, …",
 * "So …") are left out of both, a filler set off by commas inside it
 * ("tasks, you know, making slides") or said without commas ("over like a
 * Cursor", "is you know learning") is left out of the display, and the
 * display ends on a full stop: what is left is still the speaker's words,
 * in order.
 */
export function passageText(
  t: Transcript,
  firstWord: number,
  endWord: number,
  correct: Corrector,
  trimMarkers = false,
  /** Show the transcriber's notes ("[laughter]") where they stand, as readable transcripts do. */
  withNotes = false,
): { verbatim: string; display: string } {
  let kept: string[] = [];
  let shown: string[] = [];
  // Whether a shown word runs into the next without a space, as the source writes "4,000".
  let glued: boolean[] = [];
  const notes = withNotes ? notesWithin(t, firstWord, endWord) : [];
  // In a JSON transcript a bare quotation mark is the string's own delimiter; the speaker's are escaped (\").
  const json = isJsonFormat(t.format);
  // Only caption text has sentences that end without a stop: a punctuated transcript's ends are its own.
  const ends: ReadonlyMap<number, boolean> = t.unpunctuated ? sentenceEnds(t) : NO_ENDS;
  const fillers = trimMarkers ? printFillers(t, firstWord, endWord) : NO_FILLERS;
  for (let i = firstWord; i < endWord; i++) {
    const w = t.words[i]!;
    for (const n of notes) {
      if (n.word !== i || !n.before) continue;
      shown.push(n.label);
      kept.push('');
      glued.push(false);
    }
    if (w.disfluent) continue;
    const next = i + 1 < endWord ? t.words[i + 1] : undefined;
    const gap = next ? t.text.slice(w.end, next.start) : '';
    const joins =
      next !== undefined &&
      !next.disfluent &&
      gap.length > 0 &&
      gap.length <= 2 &&
      !/\s/.test(gap) &&
      !/["“”]/.test(gap);
    // "$50" and "10%": a sign written onto a number is part of what was said, though not of the word.
    const signs = signsAround(t.text, w.start, w.end);
    const sign = signs.before;
    const percent = joins ? '' : signs.after;
    const end = w.end + percent.length;
    let punctuation = punctuationAfter(t.text, end).trimStart();
    // A sentence the transcript left unpunctuated (caption text) ends on a stop in print, as it was split.
    const asks = ends.get(i);
    if (!punctuation && asks !== undefined && i + 1 < endWord && !joins) punctuation = asks ? '?' : '.';
    // A dash set off by spaces ("some of our - again, shameless plug - wonderful hosts") is a break the speaker made,
    // printed as one: without it the aside runs into the sentence around it.
    if (!punctuation && SPACED_DASH.test(gap)) punctuation = ' —';
    // The transcript's own quotation marks stay: a passage that reads someone else's words shows it.
    const before = w.start - sign.length;
    const opening =
      (json ? JSON_OPENING : OPENING_QUOTE).exec(t.text.slice(Math.max(0, before - 3), before))?.[1] ?? '';
    const closing = joins
      ? ''
      : ((json ? JSON_CLOSING : CLOSING_QUOTE).exec(t.text.slice(end, end + 7))?.[1] ?? '').replace('\\', '');
    // "&" or a character reference set off between two words is text as written ("Tom &amp; Jerry"), never a word.
    const symbol = next && !next.disfluent ? (STANDALONE_SYMBOL.exec(gap)?.[1] ?? '') : '';
    kept.push(asWritten(w.text));
    // A filler ("an advantage over like a Cursor", "is you know learning") is said, so it stays in the verbatim words,
    // not in print. Where a clause starts after it, a comma takes its place; the full stop after a closing one stays.
    const silent = trimMarkers && !opening && fillers.silent.has(i);
    const mark = silent ? (fillers.commaBefore.has(i) ? ',' : punctuation) : '';
    if (mark) {
      const last = shown.findLastIndex((x) => x !== '');
      if (last >= 0 && /[\p{L}\p{N}]$/u.test(shown[last]!)) shown[last] += mark;
    }
    shown.push(
      silent
        ? ''
        : opening +
            sign +
            asWritten(w.text) +
            percent +
            // A doubled apostrophe ("it''s") is a slip of the keyboard, printed as the one meant.
            (joins ? gap.replace(/^(['’])\1$/, '$1') : closing ? closing : punctuation) +
            (symbol && ` ${symbol}`),
    );
    glued.push(joins);
  }
  for (const n of notes) {
    if (n.word !== endWord || n.before) continue;
    shown.push(n.label);
    kept.push('');
    glued.push(false);
  }
  if (trimMarkers) {
    // Caption text has no commas to set a marker off: "right it was…" opens on one all the same.
    const drop = leadingMarkers(kept, (k) => t.unpunctuated === true || shown[k]!.endsWith(','));
    kept = kept.slice(drop);
    shown = shown.slice(drop);
    glued = glued.slice(drop);
  }
  if (trimMarkers) dropAsides(kept, shown, glued);
  // A word shown as '' (a filler "like") is left out of print.
  const printed = shown.flatMap((x, k) => (x === '' ? [] : [{ x, glued: glued[k] }]));
  const joined = printed.map(({ x, glued: g }, k) => (k + 1 < printed.length && !g ? `${x} ` : x)).join('');
  let display = correct(joined).replace(/[,;:]+$/, '');
  // Speech recognisers often start sentences in lower case; display text starts each with a capital, except a name
  // written with capitals inside it ("eBPF", "iOS"), which keeps its own.
  // Not after an abbreviation's stop: "a.k.a. a load balancer".
  display = display.replace(
    /(^|[.?!…]\s+)(\p{Ll})(?![\p{L}\p{N}]*\p{Lu})/gu,
    (_, stop: string, letter: string, at: number, whole: string) =>
      stop + (stop.startsWith('.') && closesAbbreviation(whole, at) ? letter : letter.toUpperCase()),
  );
  // Caption text writes "I" in lower case too.
  display = display.replace(/(?<![\p{L}\p{N}'’.])i(?=['’]\p{L}|\s|[,;:.?!]|$)/gu, 'I');
  if (trimMarkers && ends.get(endWord - 1) === true && !/[.?!"”')\]]$/.test(display)) display += '?';
  if (trimMarkers) display = closeSentence(display, kept.filter(Boolean).at(-1) ?? '');
  return { verbatim: kept.filter(Boolean).join(' '), display };
}

/** A hyphen, two, or an en or em dash with a space on each side. */
const SPACED_DASH = /^\s+(?:--?|[–—])\s+$/;

const NO_ENDS: ReadonlyMap<number, boolean> = new Map();
const NO_FILLERS: PrintFillers = { silent: new Set(), commaBefore: new Set() };

/** Fillers a speaker sets off by commas mid-sentence: "…economic tasks, you know, making slides…". */
const ASIDES = [['you', 'know'], ['i', 'mean'], ['like'], ['sort', 'of'], ['kind', 'of']];

/**
 * Leave the asides out of the shown words (and their glue), in place. Only
 * between two commas and before the passage's last word: "you know the
 * answer" and a closing "…, you know" are not asides.
 */
function dropAsides(kept: readonly string[], shown: string[], glued: boolean[]): void {
  // Word k of `kept` is shown as `shown[k]`: going from the end, a drop never moves a word still to be checked.
  for (let k = shown.length - 2; k >= 1; k--) {
    const words = (size: number) => kept.slice(k, k + size).map(normalise);
    const aside = ASIDES.find((a) => words(a.length).join(' ') === a.join(' '));
    if (!aside || k + aside.length >= shown.length) continue;
    if (!shown[k - 1]!.endsWith(',') || !shown[k + aside.length - 1]!.endsWith(',')) continue;
    shown.splice(k, aside.length);
    glued.splice(k, aside.length);
  }
}

/**
 * A printed line ends on a full stop: a pause after a whole thought ("…the
 * sins of the past...") and a statement whose tag question was left out
 * ("…a few layers down, you know?") end as the thought does. Punctuation
 * only: the words stay as spoken.
 */
function closeSentence(display: string, lastWord: string): string {
  if (/(?:\.\.\.|…)$/.test(display))
    return pauseEndsThought(lastWord) ? display.replace(/(?:\.\.\.|…)$/, '.') : display;
  return /[.?!"”')\]]$/.test(display) ? display : `${display}.`;
}

/** An ampersand, or one character reference, standing alone between two words. */
const STANDALONE_SYMBOL = /^\s+(&(?:[a-zA-Z][a-zA-Z0-9]{1,31};|#\d+;|#x[0-9a-fA-F]+;)?)\s+$/;

/** Whether a transcript was read from JSON, where the text's own quotation marks are escaped. */
export function isJsonFormat(format: string): boolean {
  return /json/.test(format);
}

/** An escaped quotation mark opening on a word inside a JSON string (`\"Hey`). */
const JSON_OPENING = /(?:^|[\s(—–-])\\(")$/u;
/** An escaped closing quotation mark inside a JSON string (`it.\"`). */
const JSON_CLOSING = /^([.,;:?!…]*\\"[.,;:?!…]*)(?=\s|$|\\|")/u;

/** A quotation mark opening on a word ("“Hey", "\"You"). */
const OPENING_QUOTE = /(?:^|[\s(—–-])(["“])$/u;
/** Closing marks after a word, punctuation and quotation mark together ("it.”", "this\","). */
const CLOSING_QUOTE = /^([.,;:?!…]*["”][.,;:?!…]*)(?=\s|$|\\)/u;

/**
 * The notes that stand inside [firstWord, endWord), or right after it in the
 * same turn; `before` says whether a note goes before its word or closes
 * what came before (a line break after it means it ended the turn).
 */
function notesWithin(
  t: Transcript,
  firstWord: number,
  endWord: number,
): { word: number; label: string; before: boolean }[] {
  const out = [];
  let lo = 0;
  let hi = t.notes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.notes[mid]!.word < firstWord) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < t.notes.length && t.notes[k]!.word <= endWord; k++) {
    const n = t.notes[k]!;
    // A line break after the note means it closed its turn: it belongs after the words before it.
    const closesTurn = /\n/.test(t.text.slice(n.end, t.words[n.word]?.start ?? t.text.length));
    if (closesTurn ? n.word > firstWord : n.word < endWord) {
      out.push({ word: n.word, label: n.label, before: n.word < endWord });
    }
  }
  return out;
}
