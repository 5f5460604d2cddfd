import type { EpisodeCard } from '../../model/episode.js';
import { planCards } from '../cards/plan.js';
import type { EpisodeArtifact } from '../types.js';
import { captionLength, LIMITS } from './captions.js';
import { episodeLink } from './episode-link.js';

const PLATFORMS: { key: keyof EpisodeCard['captions']; label: string }[] = [
  { key: 'x', label: 'X' },
  { key: 'linkedin', label: 'LinkedIn' },
  { key: 'instagram', label: 'Instagram' },
  { key: 'mastodon', label: 'Mastodon' },
  { key: 'bluesky', label: 'Bluesky' },
];

/**
 * `social.md`: per card, the images, the alt text and a caption draft per
 * platform, to copy and paste. Uses the cards recorded by the `cards` output
 * when it ran, otherwise plans the same quotes without images.
 */
export const social: EpisodeArtifact = {
  name: 'social',
  description: 'social.md: alt text and caption drafts per platform for each quote card',
  render(ctx) {
    const cards: EpisodeCard[] =
      ctx.episode.cards ?? planCards(ctx).map((c) => ({ quote: c.quoteIndex, speaker: c.speaker, alt: c.alt, images: [], captions: c.captions }));
    const link = episodeLink(ctx.config, ctx.episode.slug);
    const lines = [`# Social posts: ${ctx.episode.title}`, ''];
    lines.push(link ? `Episode link: <${link}>` : 'No episode link: set `podcast.siteUrl` in the config to add one to the captions.', '');
    if (cards.length === 0) lines.push('No quote cards for this episode.', '');
    cards.forEach((card, i) => {
      lines.push(`## Card ${i + 1}: ${card.speaker}`, '');
      for (const image of card.images) lines.push(`- ${image.preset} (${image.width}×${image.height}): [${image.path}](${image.path})`);
      if (card.images.length > 0) lines.push('');
      lines.push('### Alt text', '', fence(card.alt), '');
      for (const { key, label } of PLATFORMS) lines.push(`### ${label} (${captionLength(key, card.captions[key], link)} of ${LIMITS[key]} characters)`, '', fence(card.captions[key]), '');
    });
    return [{ path: 'social.md', contents: `${lines.join('\n').trimEnd()}\n` }];
  },
};

/** A fenced block keeps hashtags and line breaks exactly as they are to be pasted. */
function fence(text: string): string {
  const ticks = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}text\n${text}\n${ticks}`;
}
