import type { Chapter, Quote, Source } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { passageText } from './passage.js';

/** A host describing the episode in the introduction. */
const EPISODE_DESCRIPTION = /\b(?:this episode|in this (?:episode|conversation)|today we|we(?:'ll| will)? (?:talk|discuss|dig|cover|explore)|we get into)\b/i;

/**
 * Two to four sentences: who talks with whom about what (from the top
 * keywords), the host's own description of the episode when the
 * introduction has one, and the strongest takeaway. Sources list the
 * transcript sentences used.
 */
export function summarise(t: Transcript, chapters: readonly Chapter[], keywords: readonly string[], takeaways: readonly Quote[], correct: Corrector): { summary: string; sources: Source[] } {
  const sentences: string[] = [];
  const sources: Source[] = [];
  const host = t.speakers.find((s) => s.role === 'host');
  const guests = t.speakers.filter((s) => s.role === 'guest');
  const topics = keywords.slice(0, 3).map((k) => asSpoken(t.text, k));
  if (topics.length > 0) {
    const who = host && guests.length > 0 && !/^(host|guest)$/i.test(guests[0]!.name) ? `${host.name} talks with ${joinList(guests.map((g) => g.name))}` : 'This episode covers';
    const about = who.endsWith('covers') ? joinList(topics) : `about ${joinList(topics)}`;
    sentences.push(`${who} ${about}.`);
  }
  const intro = chapters.find((c) => c.kind === 'introduction');
  if (intro) {
    const s = t.sentences.find((x) => x.start >= intro.source.start && x.end <= intro.source.end && EPISODE_DESCRIPTION.test(t.text.slice(x.start, x.end)));
    if (s) {
      sentences.push(passageText(t, s.firstWord, s.endWord, correct).display);
      sources.push({ start: s.start, end: s.end });
      // The host often lists the episode's themes in the sentence after ("Why the slowdown narrative is wrong, …").
      const next = t.sentences[t.sentences.indexOf(s) + 1];
      if (next && next.end <= intro.source.end && !next.question && next.endWord - next.firstWord <= 45 && !/^please\b|\benjoy\b/i.test(t.text.slice(next.start, next.end))) {
        sentences.push(passageText(t, next.firstWord, next.endWord, correct).display);
        sources.push({ start: next.start, end: next.end });
      }
    }
  }
  for (const q of takeaways.slice(0, Math.max(0, Math.min(2, 4 - sentences.length)))) {
    sentences.push(`${q.speaker === 'Guest' || q.speaker === 'Host' ? 'As it was put' : q.speaker.split(' ')[0] + ' says'}: “${q.display}”`);
    sources.push(q.source);
  }
  return { summary: sentences.join(' '), sources };
}

export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Keywords are title-cased for tags; inside a sentence a common noun reads
 * better as the transcript writes it ("reinforcement learning"), while names
 * and acronyms keep their capitals ("Google", "RL").
 */
function asSpoken(text: string, keyword: string): string {
  const lower = keyword.toLowerCase();
  if (lower === keyword || /\p{Lu}/u.test(keyword.replace(/(^|[\s-])\p{Lu}/gu, ''))) return keyword;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const count = (s: string) => (text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'gu')) ?? []).length;
  return count(lower) > count(keyword) ? lower : keyword;
}
