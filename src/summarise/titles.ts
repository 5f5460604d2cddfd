import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { titleCase } from '../text/title-case.js';
import { commonForm, type PhraseCount } from './phrases.js';

const MAX_TITLE = 60;

/**
 * Title a chapter from its own key phrases: the best phrase not already used
 * as another chapter's lead, joined with a second where both fit in 60
 * characters ("Reasoning Models and Reinforcement Learning"). Cold opens and
 * introductions get the names producers give them.
 */
export function titleChapter(span: ChapterSpan, ranked: readonly PhraseCount[], used: Set<string>, correct: Corrector, guestName: string | undefined): string {
  if (span.kind === 'cold-open') return 'Cold Open';
  if (span.kind === 'introduction') return guestName ? `Introducing ${guestName}` : 'Introduction';
  const fresh = ranked.filter((p) => !used.has(p.key));
  const lead = fresh[0] ?? ranked[0];
  if (!lead) return 'Conversation';
  used.add(lead.key);
  const leadText = correct(commonForm(lead));
  const second = fresh.slice(1).find((p) => !overlapsKey(p.key, lead.key) && !used.has(p.key));
  let title = titleCase(leadText);
  if (second) {
    const both = `${title} and ${titleCase(correct(commonForm(second)))}`;
    if (both.length <= MAX_TITLE) {
      title = both;
      used.add(second.key);
    }
  }
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '')}…`;
}

/** "model" and "reasoning model" share a stem: don't pair them in one title. */
function overlapsKey(a: string, b: string): boolean {
  const as = new Set(a.split(' '));
  return b.split(' ').some((w) => as.has(w));
}
