import type { EpisodeOptions, ResolvedConfig } from '../../config/schema.js';
import type { Warning } from '../../errors.js';
import type { Episode } from '../../model/episode.js';
import { youtubeChapters, youtubeText } from '../chapter-formats/youtube.js';
import { loadTemplate, type TemplateKind } from '../templates.js';
import { notesContext } from './context.js';
import { MAX_NOTES_BYTES, sanitiseNotesHtml, trimNotesHtml } from './html-policy.js';

/** YouTube's description limit, in characters. */
const YOUTUBE_MAX_CHARS = 5000;

export type HostProfile = 'apple' | 'generic' | 'spotify' | 'youtube' | 'plain';

interface ProfileSpec {
  template: string;
  kind: TemplateKind;
  file: string;
  /** HTML for hosts: restricted tags, trimmed to 4000 bytes. */
  hostHtml: boolean;
}

export const HOST_PROFILES: Readonly<Record<HostProfile, ProfileSpec>> = {
  apple: { template: 'host-notes/apple.html.hbs', kind: 'html', file: 'host-notes/apple.html', hostHtml: true },
  generic: { template: 'host-notes/generic.html.hbs', kind: 'html', file: 'host-notes/generic.html', hostHtml: true },
  spotify: { template: 'host-notes/spotify.html.hbs', kind: 'html', file: 'host-notes/spotify.html', hostHtml: true },
  youtube: { template: 'host-notes/youtube.txt.hbs', kind: 'text', file: 'host-notes/youtube.txt', hostHtml: false },
  plain: { template: 'host-notes/plain.txt.hbs', kind: 'text', file: 'host-notes/plain.txt', hostHtml: false },
};

/**
 * Render one host profile's notes from its template. Pure apart from
 * reading the template: the feed calls it for `content:encoded`, the
 * `host-notes` artifact for the files.
 */
export function renderHostNotes(
  profile: HostProfile,
  episode: Episode,
  options: EpisodeOptions,
  config: ResolvedConfig,
  warn: (w: Warning) => void,
): string {
  const spec = HOST_PROFILES[profile];
  const context = notesContext(episode, options, config);
  const where = { file: episode.source.path };

  if (profile === 'youtube') {
    const youtube = youtubeChapters(episode.chapters, episode.duration);
    if (!youtube.ok && episode.chapters.length > 0) {
      warn({
        ...where,
        message: `YouTube chapters left out (description and chapters-youtube.txt): ${youtube.reason}`,
        rule: 'notes/youtube-chapters',
      });
    }
    const text = youtubeContext({
      ...context,
      ...(youtube.ok ? { youtubeChapters: { heading: context.chapters.heading, lines: youtube.lines } } : {}),
    });
    const out = finishText(loadTemplate(spec.template, spec.kind, config.templates)(text));
    if (out.length > YOUTUBE_MAX_CHARS)
      warn({
        ...where,
        message: `YouTube description is ${out.length} characters; YouTube allows ${YOUTUBE_MAX_CHARS}`,
        rule: 'notes/youtube-length',
      });
    return out;
  }

  const raw = loadTemplate(spec.template, spec.kind, config.templates)(context);
  if (!spec.hostHtml) return finishText(raw);

  const { html, dropped } = sanitiseNotesHtml(raw);
  if (dropped.length > 0) {
    warn({
      file: spec.template,
      message: `${profile} notes: removed tags hosts do not render (${dropped.join(', ')}); only p, ol, ul, li and a are kept`,
      rule: 'notes/tags',
    });
  }
  const fitted = trimNotesHtml(html, MAX_NOTES_BYTES, context.episode.url);
  if (fitted.trimmed) {
    warn({
      ...where,
      message: `${profile} notes trimmed to ${MAX_NOTES_BYTES} bytes at a paragraph boundary${context.episode.url ? ', with a link to the full notes' : ''}`,
      rule: 'notes/trimmed',
    });
  }
  return `${fitted.html}\n`;
}

/** Collapse the blank lines template conditionals leave behind. */
function finishText(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Every string of the context with YouTube's forbidden angle brackets replaced. */
function youtubeContext<T>(value: T): T {
  if (typeof value === 'string') return youtubeText(value) as T;
  if (Array.isArray(value)) return value.map(youtubeContext) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, youtubeContext(v)])) as T;
  return value;
}
