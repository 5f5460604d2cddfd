import type { Transcript } from '../model/transcript.js';
import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { titleCase } from '../text/title-case.js';
import { isGeneric } from './generic.js';
import { commonForm, type PhraseCount } from './phrases.js';
import { questionTitle } from './question-title.js';

const MAX_TITLE = 60;

/**
 * Title a chapter as an editor would: the host's opening question when it is
 * short and about the chapter ("How Does the Model Decide How Long to
 * Think?"), else the chapter's own key phrases ("Reasoning Models and
 * Reinforcement Learning"): specific phrases only, never a lone generic
 * word, never a lead phrase another chapter already used. Cold opens,
 * introductions and outros get the names producers give them.
 */
export function titleChapter(
  t: Transcript,
  span: ChapterSpan,
  ranked: readonly PhraseCount[],
  used: Set<string>,
  correct: Corrector,
  guestName: string | undefined,
): string {
  if (span.kind === 'cold-open') return 'Cold Open';
  if (span.kind === 'introduction') return guestName ? `Introducing ${guestName}` : 'Introduction';
  if (span.kind === 'outro') return 'Wrap-Up';
  const specific = ranked.filter((p) => isSpecific(p));
  const question = questionTitle(t, span, ranked, correct);
  if (question && question.length <= MAX_TITLE) {
    const lead = specific.find((p) => question.toLowerCase().includes(commonForm(p).toLowerCase()));
    if (lead) used.add(lead.key);
    return question;
  }
  const fresh = specific.filter((p) => !used.has(p.key));
  const lead = fresh[0];
  if (!lead) return 'Conversation';
  used.add(lead.key);
  let title = titleCase(correct(commonForm(lead)));
  const second = lead.key.includes(' and ') ? undefined : fresh.slice(1).find((p) => !overlapsKey(p.key, lead.key) && !p.key.includes(' and '));
  if (second) {
    const both = `${title} and ${titleCase(correct(commonForm(second)))}`;
    if (both.length <= MAX_TITLE) {
      title = both;
      used.add(second.key);
    }
  }
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * A phrase that can name a topic: no generic word at its start, and a
 * single word only when it is a name or a term (capitals, digits) or a
 * noun-like word long enough to carry meaning ("transformer", "robotics").
 */
export function isSpecific(p: PhraseCount): boolean {
  const form = commonForm(p);
  const words = form.split(/\s+/);
  if (isGeneric(words[0]!) || (words.length === 1 && isGeneric(words[0]!))) return false;
  if (words.length > 1) return !isGeneric(words.at(-1)!) || words.length > 2 || /\p{Lu}/u.test(form);
  const word = words[0]!;
  if (/^[\d.,]+$/.test(word)) return false;
  if (/\p{Lu}/u.test(word.slice(1)) || /\d/.test(word)) return true;
  if (/^\p{Lu}/u.test(word)) return true;
  return (word.length >= 7 && !/(?:ly|ed|ing|ic|al|ible|able|ive|ous|ful|ent|ant|ise|ize|ove)$/.test(word)) || /-/.test(word);
}

/** "model" and "reasoning model" share a stem: don't pair them in one title. */
function overlapsKey(a: string, b: string): boolean {
  const as = new Set(a.split(' '));
  return b.split(' ').some((w) => as.has(w));
}
