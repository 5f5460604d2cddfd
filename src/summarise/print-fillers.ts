import type { Transcript } from '../model/transcript.js';
import { punctuationAfter } from '../text/punctuation.js';
import { wordTags } from '../text/pos.js';
import { normalise } from '../text/words.js';

/**
 * Fillers said without commas to show them, which print leaves out: the
 * words stay in the verbatim text, only the display drops them. `silent`
 * holds the words printed as nothing; `commaBefore` the ones whose place a
 * comma takes, since a clause starts there ("be careful like you need to
 * tune" → "be careful, you need to tune").
 */
export interface PrintFillers {
  silent: ReadonlySet<number>;
  commaBefore: ReadonlySet<number>;
}

/**
 * Fillers among the words [firstWord, endWord): a filler "like", "you know", "oh", "kind of" hedging a verb, and a
 * closing "basically".
 */
export function printFillers(t: Transcript, firstWord: number, endWord: number): PrintFillers {
  const silent = new Set<number>();
  const commaBefore = new Set<number>();
  const kept: number[] = [];
  for (let i = firstWord; i < endWord; i++) if (!t.words[i]!.disfluent) kept.push(i);
  const word = (k: number) => (k >= 0 && k < kept.length ? normalise(t.words[kept[k]!]!.text) : undefined);
  // Punctuation or a quotation mark after a word sets off what follows: then the speaker's pause is written, not filler.
  const bare = (k: number) =>
    punctuationAfter(t.text, t.words[kept[k]!]!.end).trim() === '' &&
    (k + 1 >= kept.length || /^\s+$/.test(t.text.slice(t.words[kept[k]!]!.end, t.words[kept[k + 1]!]!.start)));
  const tags = wordTags(t);
  const tag = (k: number) => (k < kept.length ? tags[kept[k]!] : undefined);
  for (let k = 1; k + 1 < kept.length; k++) {
    if (!bare(k - 1) || !bare(k)) continue;
    const before = word(k - 1)!;
    if (word(k) === 'like') {
      if (LIKE_AFTER.test(before) && (tag(k + 1) === 'DET' || tag(k + 1) === 'NUM')) silent.add(kept[k]!);
      else if (HAS_LIKE.test(before) && /^(?:DET|NUM|ADJ|ADV)$/.test(tag(k + 1) ?? '')) silent.add(kept[k]!);
      // "the next like huge model": inside a noun phrase, between its determiner or adjective and the next adjective.
      else if (
        /^(?:DET|ADJ)$/.test(tag(k - 1) ?? '') &&
        /^(?:ADJ|NUM)$/.test(tag(k + 1) ?? '') &&
        !LIKE_COMPARES.test(before)
      )
        silent.add(kept[k]!);
      else if (before === 'to' && (tag(k + 1) === 'VERB' || tag(k + 1) === 'AUX')) silent.add(kept[k]!);
      else if (opensClause(k + 1, word, tag, bare) && !LIKE_COMPARES.test(before)) {
        silent.add(kept[k]!);
        commaBefore.add(kept[k]!);
      }
    } else if (
      (word(k) === 'kind' || word(k) === 'sort') &&
      word(k + 1) === 'of' &&
      k + 2 < kept.length &&
      bare(k + 1)
    ) {
      // "who've kind of come to the realization": a hedge before a verb; "that kind of problem" names a kind.
      if (tag(k + 2) === 'VERB' && tag(k - 1) !== 'DET' && !KIND_AFTER.test(before)) {
        silent.add(kept[k]!);
        silent.add(kept[k + 1]!);
      }
    } else if (word(k) === 'oh') {
      // "it also means that oh training this huge model…": a sound, where no one is quoted ("I was like oh wow").
      if (KNOW_AFTER.test(before) || CLAUSE_JOIN.test(before) || before === 'that') silent.add(kept[k]!);
    } else if (word(k) === 'you' && word(k + 1) === 'know' && k + 2 < kept.length && bare(k + 1)) {
      const after = word(k + 2)!;
      if (KNOW_AFTER.test(before) || (CLAUSE_JOIN.test(before) && CLAUSE_OPENER.test(after))) {
        silent.add(kept[k]!);
        silent.add(kept[k + 1]!);
      }
    }
  }
  // "…as part of the model basically.": a closing "basically" qualifies nothing.
  const last = kept.length - 1;
  if (last >= 4 && word(last) === 'basically' && bare(last - 1)) silent.add(kept[last]!);
  return { silent, commaBefore };
}

/** Prepositions after which "like" is a filler, not a verb's particle ("curled up like a boat") nor "kind of like a". */
const LIKE_AFTER = /^(?:for|over|about|in|at|with|from|after|within|around|than)$/;

/** Words after which "kind of" names a kind: "what kind of", "some kind of", "a different kind of". */
const KIND_AFTER =
  /^(?:a|an|the|that|this|these|those|what|which|some|any|every|each|no|one|your|my|our|their|his|her|its|different|same|other|new|whole|particular|certain)$/;

/** Verbs of having and costing, after which "like" hedges an amount or a description: "you have like very specific completions". */
const HAS_LIKE = /^(?:have|has|had|got|get|gets|take|takes|took|spend|spent|cost|costs|need|needs)$/;

/** Subjects a clause opens on after a filler "like": "…the progress like there are so many things". */
const SUBJECT = /^(?:i|you|we|they|he|she|there)$/;

/**
 * Words after which "like" compares, reports or is the verb: "feel like we should", "looks like you need", "just like
 * you said", "kind of like I think", "I was like I can't", "I'm like we should", "I would like you to".
 */
const LIKE_COMPARES =
  /^(?:feel|feels|felt|feeling|look|looks|looked|looking|seem|seems|seemed|sound|sounds|sounded|just|exactly|kind|sort|more|less|much|something|anything|nothing|is|was|are|were|be|been|being|not|would|i'd|you'd|we'd|they'd|i'm|you're|we're|they're|he's|she's|it's|that's|don't|didn't|doesn't)$/;

/**
 * Whether a whole clause starts at kept word `k`: a subject, then a verb, then more before any punctuation. "Organize
 * like we can." compares with a clause cut short; "people like you and me" names people.
 */
function opensClause(
  k: number,
  word: (k: number) => string | undefined,
  tag: (k: number) => string | undefined,
  bare: (k: number) => boolean,
): boolean {
  if (!SUBJECT.test(word(k) ?? '') || word(k + 2) === undefined || !bare(k - 1)) return false;
  return (tag(k + 1) === 'VERB' || tag(k + 1) === 'AUX') && bare(k) && bare(k + 1);
}

/**
 * Words after which "you know" cannot be someone knowing something: "training the you know largest model", "what is
 * written is you know learning in context".
 */
const KNOW_AFTER = /^(?:the|a|an|to|of|in|on|for|with|at|from|by|is|are|was|were|be|been|than)$/;
/** Conjunctions after which "you know" before a new clause ("but you know we work on it") is a filler. */
const CLAUSE_JOIN = /^(?:and|but|so|or|because|then)$/;
/** Words that open that clause, not an object of "know" ("and you know the answer"). */
const CLAUSE_OPENER = /^(?:i|we|they|he|she|there|if|when|in|at|now|recently)$/;
