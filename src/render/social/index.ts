import type { Content } from 'mdast';
import type { EpisodeCard } from '../../model/episode.js';
import { planCards } from '../cards/plan.js';
import {
  mdCode as code,
  mdHeading,
  mdLink as link,
  mdParagraph as paragraph,
  mdText as text,
  stringifyMarkdown,
} from '../markdown.js';
import type { EpisodeArtifact } from '../types.js';
import { captionLength, LIMITS, overLimit } from './captions.js';
import { episodeLink } from './episode-link.js';

const PLATFORMS: { key: keyof EpisodeCard['captions']; label: string }[] = [
  { key: 'x', label: 'X' },
  { key: 'linkedin', label: 'LinkedIn' },
  { key: 'instagram', label: 'Instagram' },
  { key: 'mastodon', label: 'Mastodon' },
  { key: 'bluesky', label: 'Bluesky' },
];

/** A heading holding one text. */
const heading = (depth: 1 | 2 | 3, value: string) => mdHeading(depth, text(value));

/**
 * `social.md`: per card, the images, the alt text and a caption draft per
 * platform, to copy and paste. Uses the cards recorded by the `cards` output
 * when it ran, otherwise plans the same quotes without images. Built as a
 * Markdown tree (see `render/markdown.ts`), so titles, names and config text
 * are escaped; captions and alt text are code blocks, pasted as written.
 */
export const social: EpisodeArtifact = {
  name: 'social',
  description: 'social.md: alt text and caption drafts per platform for each quote card',
  render(ctx) {
    const cards: EpisodeCard[] =
      ctx.episode.cards ??
      planCards(ctx).map((c) => ({
        quote: c.quoteIndex,
        speaker: c.speaker,
        alt: c.alt,
        images: [],
        captions: c.captions,
      }));
    const url = episodeLink(ctx.config, ctx.episode.slug);
    const children: Content[] = [heading(1, `Social posts: ${ctx.episode.title}`)];
    children.push(
      url
        ? paragraph(text('Episode link: '), link(url, url))
        : paragraph(
            text('No episode link: set '),
            { type: 'inlineCode', value: 'podcast.siteUrl' },
            text(' in the config to add one to the captions.'),
          ),
    );
    if (cards.length === 0) children.push(paragraph(text('No quote cards for this episode.')));
    cards.forEach((card, i) => {
      children.push(heading(2, `Card ${i + 1}: ${card.speaker}`));
      if (card.images.length > 0) {
        children.push({
          type: 'list',
          ordered: false,
          spread: false,
          children: card.images.map((image) => ({
            type: 'listItem',
            spread: false,
            children: [
              paragraph(text(`${image.preset} (${image.width}×${image.height}): `), link(image.path, image.path)),
            ],
          })),
        } as Content);
      }
      children.push(heading(3, 'Alt text'), code(card.alt));
      for (const { key, label } of PLATFORMS) {
        const length = captionLength(key, card.captions[key], url);
        // The captions already dropped what they could; what is left over needs a person to cut.
        const over = overLimit(key, card.captions[key], url);
        if (over > 0) {
          ctx.warn({
            file: `${ctx.episode.slug}/social.md`,
            message: `card ${i + 1} (${card.speaker}): the ${label} caption is ${length} of ${LIMITS[key]} characters even without hashtags or links; shorten it by ${over} before posting`,
            rule: 'social/caption-too-long',
          });
        }
        children.push(
          heading(3, `${label} (${length} of ${LIMITS[key]} characters${over > 0 ? ', too long' : ''})`),
          code(card.captions[key]),
        );
      }
    });
    return [{ path: 'social.md', contents: stringifyMarkdown(children) }];
  },
};
