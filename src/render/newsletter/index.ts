import type { EpisodeOptions, ResolvedConfig } from '../../config/schema.js';
import type { Episode } from '../../model/episode.js';
import { notesContext, type NotesContext } from '../host-notes/context.js';
import { loadTemplate } from '../templates.js';
import type { EpisodeArtifact } from '../types.js';

/** Inbox subject lines are cut at about 60 characters, preview text at about 90–140. */
const SUBJECT_MAX = 78;
const PREVIEW_MAX = 140;

/** The newsletter template context: the notes context plus the email's envelope. */
export interface NewsletterContext extends NotesContext {
  subject: string;
  previewText: string;
  show: NotesContext['show'] & { language: string };
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** Subject line, preview text and the notes context for one episode; one or two quotes. */
export function newsletterContext(
  episode: Episode,
  options: EpisodeOptions,
  config: ResolvedConfig,
): NewsletterContext {
  const context = notesContext(episode, options, config, 2);
  const prefix = episode.number === undefined ? '' : `Ep. ${episode.number}: `;
  const firstSentence = /^.*?[.!?](?=\s|$)/.exec(context.episode.summary)?.[0] ?? context.episode.summary;
  return {
    ...context,
    show: { ...context.show, language: config.podcast.language },
    subject: clip(`${prefix}${episode.title}`, SUBJECT_MAX),
    previewText: clip(firstSentence, PREVIEW_MAX),
  };
}

function templates(config: ResolvedConfig) {
  return {
    md: loadTemplate('newsletter/newsletter.md.hbs', 'markdown', config.templates),
    html: loadTemplate('newsletter/newsletter.html.hbs', 'html', config.templates),
  };
}

/**
 * A newsletter draft in Markdown and email-safe HTML (inline CSS, table
 * layout, text that reads without images), from `templates/newsletter/`.
 * Written beside `cards/`, so card images link as `cards/quote-1-square.png`.
 */
export const newsletter: EpisodeArtifact = {
  name: 'newsletter',
  description: 'newsletter.md and newsletter.html: Markdown and email-safe HTML newsletter draft',
  render({ episode, options, config }) {
    const context = newsletterContext(episode, options, config);
    const { md: renderMd, html: renderHtml } = templates(config);
    const md = renderMd(context);
    const html = renderHtml(context);
    return [
      { path: 'newsletter.md', contents: `${md.replace(/\n{3,}/g, '\n\n').trim()}\n` },
      { path: 'newsletter.html', contents: html },
    ];
  },
};
