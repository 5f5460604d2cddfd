import type { ResolvedConfig } from '../../config/schema.js';
import type { Episode } from '../../model/episode.js';
import type { FontSet } from './fonts.js';
import type { CardImage } from './images.js';
import type { PlannedCard } from './plan.js';
import type { PresetSize } from './presets.js';

/**
 * The data a card template sees (documented in templates/cards/README.md).
 * All sizes are pixels, already scaled to the preset, so templates hold no
 * arithmetic. `quote.text` and `quote.fontSize` are filled in by the fit.
 */
export function cardContext(input: {
  card: PlannedCard;
  preset: PresetSize;
  episode: Episode;
  config: ResolvedConfig;
  fonts: FontSet;
  logo: CardImage | undefined;
  photo: CardImage | undefined;
}): Record<string, unknown> & { quote: Record<string, unknown> } {
  const { card, preset, episode, config } = input;
  const short = Math.min(preset.width, preset.height);
  const px = (fraction: number) => Math.round(short * fraction);
  const name = preset.name;
  return {
    width: preset.width,
    height: preset.height,
    preset: name,
    isSquare: name === 'square',
    isPortrait: name === 'portrait',
    isStory: name === 'story',
    isLandscape: name === 'landscape',
    isTall: name === 'portrait' || name === 'story',
    safe: {
      top: preset.safe.top,
      left: preset.safe.left,
      right: preset.width - preset.safe.right,
      bottom: preset.height - preset.safe.bottom,
    },
    size: {
      xs: px(0.022),
      sm: px(0.027),
      md: px(0.034),
      lg: px(0.045),
      xl: px(0.2),
      mark: px(0.12),
      gap: px(0.04),
      rule: Math.max(3, px(0.006)),
      photo: px(0.11),
      logo: px(0.06),
    },
    colors: Object.fromEntries(Object.entries(config.brand.colors).map(([k, v]) => [k, longHex(v)])),
    fonts: input.fonts.families,
    quote: {},
    speaker: {
      name: card.speaker,
      role: card.role,
      photo: input.photo && { ...input.photo, src: 'image:photo' },
      initials: card.speaker
        .split(/\s+/)
        .map((w) => w[0] ?? '')
        .join('')
        .slice(0, 2)
        .toUpperCase(),
    },
    show: { title: config.podcast.title, logo: input.logo && { ...input.logo, src: 'image:logo' } },
    episode: {
      title: episode.title,
      number: episode.number,
      label: episode.number === undefined ? episode.title : `Episode ${episode.number}`,
    },
  };
}

/** "#abc" → "#aabbcc", so a template may append an alpha pair ("{{colors.accent}}40"). */
function longHex(colour: string): string {
  return colour.length === 4
    ? `#${[...colour.slice(1)].map((c) => c + c).join('')}`.toLowerCase()
    : colour.toLowerCase();
}
