import type { EpisodeCard } from '../../model/episode.js';
import type { EpisodeContext, OutputFile } from '../types.js';
import { cardContext } from './context.js';
import { codePointLabel, mayMissGlyphs, missingCharacters } from './coverage.js';
import { loadDesign } from './design.js';
import { emojiImages } from './emoji.js';
import { loadSatori } from './engines.js';
import { fallbackFaces } from './fallback-fonts.js';
import { loadFonts, type FontFace } from './fonts.js';
import { loadImage, type CardImage } from './images.js';
import { planCards, quoteWarning, type PlannedCard } from './plan.js';
import { presetSize, type PresetSize } from './presets.js';
import { quoteLabel, trimQuote } from './quote-text.js';
import { pipeline } from './pipeline.js';
import { drawn, fitCard, inside, type CardJob } from './render-card.js';
import { loadShaper } from './shaping.js';
import { cardElement } from './template.js';
import { shaperOf } from './text-measure.js';

/** What the cards step made: the images, and per card its files, alt text and captions for `episode.cards`. */
export interface RenderedCards {
  /** `cards/quote-N-<preset>.png`, relative to the episode's folder. */
  files: OutputFile[];
  records: EpisodeCard[];
}

/**
 * satori lays the cards out in this thread, one after another, while sharp
 * rasterises those already laid out on libvips' threads, at most this many
 * at once (1 to 4 and 12 measured, docs/performance.md). A card worker
 * thread did not pay for the few cards of an episode.
 */
const RASTER_LANES = 3;

/**
 * How far past a preset's character budget a quote may run rather than lose the turn of its contrast ("…, but…"): the
 * card sets it smaller.
 */
const KEEP_TURN = 1.5;

/** Everything the cards of an episode need before any pixel: the jobs and what they came from. */
export interface PreparedCards {
  planned: PlannedCard[];
  design: { name: string; file: string };
  faces: FontFace[];
  jobs: { card: PlannedCard; preset: PresetSize; job: CardJob }[];
}

/** Plan the quotes and build one render job per quote and preset (fonts, design, images loaded once). */
export async function prepareCards(ctx: EpisodeContext): Promise<PreparedCards> {
  const { config, episode } = ctx;
  const planned = planCards(ctx);
  if (planned.length === 0) return { planned, design: { name: config.cards.design, file: '' }, faces: [], jobs: [] };
  // satori's files are read between the event loop's turns: started now, they load while the fonts are read
  // (a failure surfaces at the first layout, which awaits the same promise).
  loadSatori().catch(() => undefined);
  const design = loadDesign(config.cards.design, config.templates, ctx.warn);
  const fonts = await loadFonts(config.brand.fonts, ctx.warn);
  const logoFile =
    config.brand.logo ??
    (config.podcast.artwork && !/^https?:/i.test(config.podcast.artwork) ? config.podcast.artwork : undefined);
  const logo = logoFile
    ? await loadImage(logoFile, 'logo (brand.logo)', { size: 240, fit: 'inside' }, ctx.warn)
    : undefined;
  const photos = new Map<string, CardImage | undefined>();
  for (const card of planned) {
    if (card.photo && !photos.has(card.photo))
      photos.set(
        card.photo,
        await loadImage(card.photo, `photo of ${card.speaker} (people img)`, { size: 320, fit: 'cover' }, ctx.warn),
      );
  }
  const faces = [...fonts.faces, ...(await scriptFallbacks(fonts.faces, cardTexts(planned, ctx)))];
  const jobs: PreparedCards['jobs'] = [];
  for (const card of planned) {
    const emoji = emojiImages([card.text, card.speaker, card.role ?? '', config.podcast.title, episode.title]);
    for (const name of config.cards.presets) {
      const preset = presetSize(name);
      const photo = card.photo ? photos.get(card.photo) : undefined;
      const context = cardContext({ card, preset, episode, config, fonts, logo, photo });
      const texts = [
        ...new Set([1, 0.75, 0.55].map((f) => trimQuote(card.text, Math.round(preset.maxChars * f), KEEP_TURN).text)),
      ];
      const images: Record<string, string> = {
        ...(logo ? { 'image:logo': logo.src } : {}),
        ...(photo ? { 'image:photo': photo.src } : {}),
      };
      jobs.push({
        card,
        preset,
        job: {
          template: design.source,
          context,
          preset,
          texts,
          images,
          emoji,
          minSize: preset.fontRange.min,
          maxSize: preset.fontRange.max,
        },
      });
    }
  }
  return { planned, design, faces, jobs };
}

/** Characters that are emoji or parts of emoji sequences, drawn as images rather than from a font. */
const EMOJI_PART = /[\p{Default_Ignorable_Code_Point}\p{Extended_Pictographic}\p{Emoji_Component}]/u;

/** Every text the cards may show, for choosing fonts before any layout. */
function cardTexts(planned: readonly PlannedCard[], ctx: EpisodeContext): string[] {
  const { episode, config } = ctx;
  return [
    config.podcast.title,
    config.podcast.title.toUpperCase(),
    episode.title,
    ...planned.flatMap((c) => [c.text, c.speaker, c.role ?? '']),
  ].map((t) => t.normalize('NFC'));
}

/**
 * The fallback faces for characters the given faces lack (another script,
 * combining marks): none, and nothing read, for text the bundled latin
 * faces cover.
 */
async function scriptFallbacks(faces: readonly FontFace[], texts: readonly string[]): Promise<FontFace[]> {
  await loadShaper();
  const shapers = faces.flatMap((f) => shaperOf(f) ?? []);
  const lacking = new Set<number>();
  for (const text of texts)
    for (const c of text) {
      const cp = c.codePointAt(0)!;
      if (cp <= 0x7e || lacking.has(cp) || EMOJI_PART.test(c)) continue;
      if (!shapers.some((s) => s.has(cp))) lacking.add(cp);
    }
  return fallbackFaces(lacking);
}

/**
 * `cards/quote-N-<preset>.png`: the best quotes as images for each platform
 * preset. Returns the images and the records the episode keeps of them
 * (files, alt text, caption drafts); the caller puts the records on the
 * episode before rendering what shows them. A card that fails is a warning
 * naming the quote and preset; the other cards are still made.
 */
export async function renderCards(ctx: EpisodeContext): Promise<RenderedCards> {
  const { planned, design, faces, jobs } = await prepareCards(ctx);
  if (planned.length === 0) return { files: [], records: [] };
  const results = await pipeline(jobs, (j) => fitCard(j.job, faces), drawn, RASTER_LANES);

  const files: OutputFile[] = [];
  const records: EpisodeCard[] = planned.map((card) => ({
    quote: card.quoteIndex,
    speaker: card.speaker,
    alt: card.alt,
    images: [],
    captions: card.captions,
  }));
  warnMissingGlyphs(ctx, planned, jobs, faces);
  results.forEach((outcome, i) => {
    const { card, preset } = jobs[i]!;
    const at = quoteWarning(ctx, card.quote);
    if (outcome.status === 'rejected') {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      ctx.warn({
        ...at,
        message: `quote ${quoteLabel(card.text)}: ${preset.name} card not made (${reason}; design ${design.file})`,
        rule: 'cards/render-failed',
      });
      return;
    }
    const result = outcome.value;
    if (!result.fits) {
      ctx.warn({
        ...at,
        message: `quote ${quoteLabel(card.text)}: does not fit the ${preset.name} card of design "${design.name}" even at ${result.fontSize}px; check the card`,
        rule: 'cards/overflow',
      });
    }
    const outside = result.textBoxes.find((b) => !inside(b, preset.safe));
    if (result.fits && outside) {
      ctx.warn({
        file: design.file,
        message: `text "${outside.text.slice(0, 40)}" lies outside the ${preset.name} safe area`,
        rule: 'cards/safe-area',
      });
    }
    const path = `cards/quote-${card.number}-${preset.name}.png`;
    files.push({ path, contents: result.png });
    records[card.number - 1]!.images.push({
      preset: preset.name,
      path,
      width: preset.width,
      height: preset.height,
      fontSize: result.fontSize,
      text: result.text,
    });
  });
  return { files, records };
}

/**
 * A card that would still draw a character as a missing-glyph box (a
 * script no bundled font covers, a private-use character) is a warning
 * naming the card's files and the characters, at the quote's place in the
 * transcript. Checked once per quote, on its full text with every preset's
 * design, before the cards are drawn.
 */
function warnMissingGlyphs(
  ctx: EpisodeContext,
  planned: readonly PlannedCard[],
  jobs: PreparedCards['jobs'],
  faces: readonly FontFace[],
): void {
  for (const card of planned) {
    const own = jobs.filter((j) => j.card === card);
    const first = own[0];
    if (!first) continue;
    const { job } = first;
    if (!mayMissGlyphs([card.text, ...contextTexts(job.context)], faces, job.emoji)) continue;
    const element = cardElement(job.template, {
      ...job.context,
      quote: { ...job.context.quote, text: card.text, fontSize: job.minSize },
    });
    const missing = missingCharacters(element, faces, job.emoji);
    if (missing.length === 0) continue;
    const files = own.map((j) => `cards/quote-${card.number}-${j.preset.name}.png`).join(', ');
    const chars = missing
      .map((cp) => {
        const c = String.fromCodePoint(cp);
        return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(c) ? `${codePointLabel(cp)} "${c}"` : codePointLabel(cp);
      })
      .join(', ');
    ctx.warn({
      ...quoteWarning(ctx, card.quote),
      message: `quote ${quoteLabel(card.text)}: card ${card.number} of ${ctx.episode.slug} (${files}) draws ${chars} as ${missing.length === 1 ? 'a missing-glyph box: no bundled font has it' : 'missing-glyph boxes: no bundled font has them'}`,
      rule: 'cards/missing-glyph',
    });
  }
}

/** Every string in a template context (what a design may show), image keys aside. */
function contextTexts(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('image:') ? [] : [value, value.toUpperCase()];
  if (Array.isArray(value)) return value.flatMap(contextTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(contextTexts);
  return [];
}
