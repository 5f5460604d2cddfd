import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { titleCase } from '../text/title-case.js';
import { commonForm, subsumedIn, type countPhrases, type PhraseCount } from './phrases.js';
import { spanAt } from './span-at.js';
import { isTopic } from './titles.js';

/** Share of topic chapters a phrase must be heard in to be the episode's subject rather than one chapter's. */
const EPISODE_WIDE_SHARE = 0.6;

/** Phrases heard in most topic chapters ("AI" in an AI podcast). */
export function episodeWidePhrases(whole: ReturnType<typeof countPhrases>, spans: readonly ChapterSpan[]): Set<string> {
  const topics = spans.filter((s) => s.kind === 'topic');
  const wide = new Set<string>();
  for (const p of whole.values()) {
    if (p.count < topics.length) continue;
    const heard = new Set(
      p.at.map((at) =>
        spanAt(
          topics,
          at,
          (s) => s.firstSentence,
          (s) => s.endSentence,
        ),
      ),
    );
    heard.delete(-1);
    if (heard.size >= EPISODE_WIDE_SHARE * topics.length) wide.add(p.key);
  }
  return wide;
}

export function episodeKeywords(
  whole: ReturnType<typeof countPhrases>,
  spans: readonly ChapterSpan[],
  correct: Corrector,
  speakerWords: ReadonlySet<string>,
  /** Phrases that are no topic of this episode whatever their count (the show's name, an aside's subject). */
  leaveOut: (p: PhraseCount) => boolean = () => false,
  /** Phrases the episode's own title names: what the producer says the episode is about. */
  titled: (p: PhraseCount) => boolean = () => false,
): string[] {
  const ranked = [...whole.values()]
    .filter((p) => p.count >= 3 && isTopic(p, speakerWords) && !leaveOut(p))
    // A lone common noun ("security", "robotics") is a topic only when it is heard far more than names and terms.
    // What the episode is about runs through several chapters; one chapter's aside ("Indian Ocean") does not.
    .map((p) => ({
      p,
      score:
        p.count *
        (1 + 1.5 * (p.words - 1)) *
        (p.words === 1 && !/\p{Lu}/u.test(commonForm(p)) ? 0.5 : 1) *
        Math.sqrt(chaptersHeard(p, spans)) *
        (titled(p) ? TITLED : 1),
    }))
    .sort((a, b) => b.score - a.score || (a.p.key < b.p.key ? -1 : 1));
  const chosen: PhraseCount[] = [];
  const subsumed = subsumedIn(whole);
  for (const { p } of ranked) {
    if (subsumed(p)) continue;
    // "Raspberry Pi" after "Pi": the full name of the thing already listed, when said often enough to be its name.
    const shortFor = chosen.findIndex((k) => p.key.endsWith(` ${k.key}`) && p.count >= FULL_NAME_SHARE * k.count);
    if (shortFor >= 0 && !chosen.some((k) => k !== chosen[shortFor] && overlaps(p, k))) {
      chosen[shortFor] = p;
      continue;
    }
    if (chosen.some((k) => overlaps(p, k) || isInitialism(p, k.key))) continue;
    chosen.push(p);
    if (chosen.length >= 10) break;
  }
  // A name written with a capital inside it keeps its own first letter: "iPhone", "eBPF".
  return chosen.map((p) =>
    titleCase(correct(commonForm(p))).replace(/^\p{Ll}(?![\p{L}\p{N}-]*\p{Lu})/u, (c) => c.toUpperCase()),
  );
}

/** How much more a phrase the episode's title names weighs among its topics. */
const TITLED = 3;

/** Share of a word's mentions its longer name needs to be listed instead ("Raspberry Pi" for "Pi"). */
const FULL_NAME_SHARE = 0.3;

/** One keyword inside the other: "models" and "language models". */
function overlaps(a: PhraseCount, b: PhraseCount): boolean {
  return a.key.includes(b.key) || b.key.includes(a.key);
}

/** In how many chapters a phrase is heard. */
function chaptersHeard(p: { at: readonly number[] }, spans: readonly ChapterSpan[]): number {
  return spans.filter((s) => p.at.some((at) => s.firstSentence <= at && at < s.endSentence)).length;
}

/** "RL" next to "reinforcement learning": the same keyword twice. */
function isInitialism(
  p: ReturnType<typeof countPhrases> extends Map<string, infer P> ? P : never,
  key: string,
): boolean {
  const form = commonForm(p);
  if (!/^\p{Lu}{2,5}s?$/u.test(form)) return false;
  const initials = key
    .split(' ')
    .map((w) => w[0])
    .join('');
  return initials === form.replace(/s$/, '').toLowerCase();
}
