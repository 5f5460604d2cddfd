import type { Content, List, ListItem, Root } from 'mdast';
import type { PersonOptions } from '../../config/schema.js';
import { httpUrl } from '../feed/urls.js';
import { QUOTES_IN_NOTES, type Episode } from '../../model/episode.js';
import { formatClock } from '../../text/clock.js';
import { inQuotationMarks } from '../../text/punctuation.js';
import { chaptersHeading } from '../chapter-formats/label.js';

const text = (value: string) => ({ type: 'text' as const, value });
const paragraph = (...children: Content[]) => ({ type: 'paragraph' as const, children }) as Content;
const heading = (depth: 1 | 2 | 3, value: string) =>
  ({ type: 'heading' as const, depth, children: [text(value)] }) as Content;
const item = (...children: Content[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: children as ListItem['children'],
});
const list = (ordered: boolean, items: ListItem[]): List => ({ type: 'list', ordered, spread: false, children: items });

/**
 * The show notes as a Markdown syntax tree (mdast): one source for the
 * Markdown and the HTML versions, so escaping is the serialisers' job and
 * transcript text can never inject markup. `people` are the configured
 * guests: a guest's role line and link come from there.
 */
export function showNotesTree(episode: Episode, people: readonly PersonOptions[] = []): Root {
  const children: Content[] = [heading(1, episode.title)];
  if (episode.summary) children.push(paragraph(text(episode.summary)));

  const configured = (name: string) => people.find((p) => p.name.toLowerCase() === name.toLowerCase());
  const guests = episode.speakers.filter((s) => s.role === 'guest' && !/^guest$/i.test(s.name));
  if (guests.length > 0) {
    children.push(heading(2, guests.length > 1 ? 'Guests' : 'Guest'));
    children.push(
      list(
        false,
        guests.map((g) => item(paragraph(...guestLine(g.name, configured(g.name))))),
      ),
    );
  }

  if (episode.takeaways.length > 0) {
    children.push(heading(2, 'Key takeaways'));
    children.push(
      list(
        false,
        episode.takeaways.map((k) => item(paragraph(text(`${k.text} (${formatClock(k.startTime)})`)))),
      ),
    );
  }

  if (episode.chapters.length > 0) {
    // One labelling rule for every output: generated until a person reviewed them all.
    children.push(heading(2, chaptersHeading(episode.chapters)));
    // A loose list: each chapter's title and summary stay separate paragraphs in the HTML too.
    const chapters = list(
      false,
      episode.chapters.map((c) => ({
        ...item(
          paragraph({ type: 'strong', children: [text(formatClock(c.startTime))] } as Content, text(` ${c.title}`)),
          // An outro of thanks alone has no one-liner.
          ...(c.summary ? [paragraph(text(c.summary))] : []),
        ),
        spread: true,
      })),
    );
    children.push({ ...chapters, spread: true });
  }

  if (episode.quotes.length > 0) {
    children.push(heading(2, 'Quotes'));
    for (const q of episode.quotes.slice(0, QUOTES_IN_NOTES)) {
      children.push({
        type: 'blockquote',
        children: [
          paragraph(text(inQuotationMarks(q.display))),
          paragraph(text(`— ${q.speaker} (${formatClock(q.startTime)})`)),
        ],
      } as Content);
    }
  }

  if (episode.mentions.length > 0) {
    children.push(heading(2, 'Mentioned in this episode'));
    children.push(
      paragraph(
        text(
          episode.mentions
            .slice(0, 12)
            .map((m) => m.name)
            .join(', '),
        ),
      ),
    );
  }
  if (episode.keywords.length > 0) {
    children.push(heading(2, 'Topics'));
    children.push(paragraph(text(episode.keywords.join(', '))));
  }
  return { type: 'root', children };
}

/** "Łukasz Kaiser, Research scientist, OpenAI": the name, linked when the config gives a web page, and the role line. */
function guestLine(name: string, person: PersonOptions | undefined): Content[] {
  const url = httpUrl(person?.href);
  const shown: Content = url ? ({ type: 'link', url, children: [text(name)] } as Content) : text(name);
  return person?.title ? [shown, text(`, ${person.title}`)] : [shown];
}
