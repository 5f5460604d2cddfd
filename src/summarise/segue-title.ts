import type { Transcript } from '../model/transcript.js';
import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { wordTags } from '../text/pos.js';
import { stem } from '../text/stem.js';
import { titleCase } from '../text/title-case.js';
import { normalise } from '../text/words.js';
import { speakerNameWords } from './about.js';
import type { PhraseCount } from './phrases.js';

/** Sentences at the top of a chapter where the host says what comes next. */
const OPENING = 6;
/** Words of a call to the topic ("Let's talk about the fun") short enough to be the title as said. */
const SHORT_CALL = 6;
/** Words of the topic a segue names, at most. */
const MAX_TOPIC = 6;

/** Verbs that name the topic after them once the host means to: "talk about", "transition to talking about". */
const SEGUE_VERB = /^(?:talk|talking|chat|chatting|dig|digging|dive|diving|turn|turning)$/;
/** The word that joins the verb to the topic. */
const SEGUE_JOIN = /^(?:about|into|to)$/;
/** The host meaning to go there: "I want to…", "let's…", "we're here to…". */
const INTENT = /\b(?:want(?:ed)? to|wanna|like to|let's|let me|here to|going to|gonna)\b/;
/** A sentence that puts the announced topic off: "But to do that…", "But first…". */
const DEFERRED = /^(?:but |and |so )?(?:first|to do that|before (?:that|we do|we get)|before I do)\b/i;
/** Words before the topic that say no more than "the": "these AI agents" is "AI agents". */
const POINTING = new Set(['these', 'those', 'this', 'that', 'your', 'our', 'my']);
/** Tags a topic is made of, with "of", "for"… between its nouns. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const INSIDE = new Set(['of', 'for', 'in', 'on', 'and', 'with', 'between']);

/**
 * The topic a host announces at the top of a chapter, as its title: "Now, I
 * want to transition to talking about the future of TypeScript a little
 * bit" → "The Future of TypeScript"; "we're here to talk about measuring
 * these AI agents that are…" → "Measuring AI Agents"; "speaking of domain
 * hacks" → "Domain Hacks". Producers title a chapter the way the host opens
 * it. The topic must hold one of the chapter's key words; the words are the
 * host's own, in order (a pointing "these" or "your" left out).
 */
export function segueTitle(
  t: Transcript,
  span: ChapterSpan,
  keyPhrases: readonly PhraseCount[],
  correct: Corrector,
): string | undefined {
  const hosts = new Set(t.speakers.filter((s) => s.role === 'host').map((s) => s.id));
  const panel = !t.speakers.some((s) => s.role === 'guest');
  const keyStems = new Set(keyPhrases.slice(0, 12).flatMap((p) => p.key.split(' ')));
  const tags = wordTags(t);
  const names = speakerNameWords(t);
  for (let s = span.firstSentence; s < Math.min(span.endSentence, span.firstSentence + OPENING); s++) {
    const sentence = t.sentences[s]!;
    if (!panel && !hosts.has(t.turns[sentence.turn]!.speaker)) continue;
    const at: number[] = [];
    for (let i = sentence.firstWord; i < sentence.endWord; i++) if (!t.words[i]!.disfluent) at.push(i);
    const lower = at.map((i) => normalise(t.words[i]!.text));
    const start = topicStart(lower);
    if (start === undefined) continue;
    const topic = topicAt(
      at.slice(start).map((i) => ({
        text: t.words[i]!.text,
        tag: tags[i],
        gap: t.text.slice(t.words[i]!.end, t.words[i]!.end + 1),
      })),
      names,
    );
    if (!topic || !topic.words.some((w) => keyStems.has(stem(normalise(w))))) continue;
    // "Let's talk about TypeScript.": a short call to the topic is the title as said, as producers keep it (not one
    // that points: "Let's talk about these agents").
    // The call may close a longer sentence when the transcript has no stops ("where is it at let's talk about typescript").
    const end = start + topic.read;
    const call = lower.lastIndexOf("let's", start);
    const whole =
      call !== -1 && end === at.length && topic.words.length === topic.read && at.length - call <= SHORT_CALL;
    // One noun alone ("the fun") is a word, not a title, unless the call says it.
    if (!whole && topic.words.length < 2) continue;
    // "…the future of TypeScript. But to do that, I want to talk about a trend…": that topic comes later, not here.
    const next = t.sentences[s + 1];
    if (next && next.turn === sentence.turn && DEFERRED.test(t.text.slice(next.start, next.end))) continue;
    // Caption text may run it into the same sentence: "…the future of typescript a little bit but to do that i want…".
    const after = lower.slice(end);
    if (
      after.some(
        (w, k) => (w === 'but' || w === 'and' || w === 'so') && DEFERRED.test(after.slice(k + 1, k + 4).join(' ')),
      )
    )
      continue;
    return titleCase(correct((whole ? at.slice(call).map((i) => t.words[i]!.text) : topic.words).join(' ')));
  }
  return undefined;
}

/** Where the topic starts in a sentence's lower-cased words: after "speaking of", or after "talk about" meant. */
function topicStart(lower: readonly string[]): number | undefined {
  for (let k = 0; k + 1 < lower.length; k++) {
    if (lower[k] === 'speaking' && lower[k + 1] === 'of' && k <= 2) return k + 2;
    if (!SEGUE_VERB.test(lower[k]!)) continue;
    // "talk a little bit about": a few words may stand between the verb and its "about".
    const join = lower.slice(k + 1, k + 5).findIndex((w) => SEGUE_JOIN.test(w));
    if (join === -1) continue;
    if (!INTENT.test(lower.slice(0, k).join(' '))) continue;
    return k + 2 + join;
  }
  return undefined;
}

/**
 * The noun phrase at the start of `words`: an article or an "-ing" verb may open it ("the future of TypeScript",
 * "measuring AI agents"), it ends on a noun before any comma, and a pointing word inside it is left out. `read` is how
 * many of `words` it spans, pointing words included. A speaker's name ends it: the host is addressing someone
 * ("speaking of silicon valley johnny what's…", caption text with no comma to say so).
 */
function topicAt(
  words: readonly { text: string; tag: string | undefined; gap: string }[],
  names: ReadonlySet<string>,
): { words: string[]; read: number } | undefined {
  const kept: { text: string; tag: string | undefined; at: number }[] = [];
  for (const [k, w] of words.entries()) {
    const lower = normalise(w.text);
    if (kept.length >= MAX_TOPIC) break;
    if (POINTING.has(lower)) continue;
    if (names.has(lower)) break;
    const opens = kept.length === 0 && (lower === 'the' || (w.tag === 'VERB' && /ing$/.test(lower)));
    if (!opens && !NOMINAL.has(w.tag ?? '') && !(INSIDE.has(lower) && kept.length > 0)) break;
    kept.push({ ...w, at: k });
    // A comma or a stop after a word ends the phrase there.
    if (/[,.;:?!]/.test(w.gap) || k === words.length - 1) break;
  }
  while (kept.length > 0 && !['NOUN', 'PROPN'].includes(kept.at(-1)!.tag ?? '')) kept.pop();
  if (!kept.some((w) => normalise(w.text) !== 'the')) return undefined;
  return { words: kept.map((w) => w.text), read: kept.at(-1)!.at + 1 };
}
