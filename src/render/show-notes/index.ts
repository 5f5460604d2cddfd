import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { EpisodeArtifact } from '../types.js';
import { showNotesTree } from './tree.js';

const markdown = unified().use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });
const html = unified().use(remarkRehype).use(rehypeStringify);

/**
 * `show-notes.md` and `show-notes.html` for the show's website: one mdast
 * tree, serialised by remark-stringify and by remark-rehype + rehype-stringify.
 */
export const showNotes: EpisodeArtifact = {
  name: 'show-notes',
  description: 'show-notes.md and show-notes.html for the website',
  async render({ episode, config, options }) {
    const tree = showNotesTree(episode, options.guests ?? config.people.guests);
    const md = markdown.stringify(tree);
    const body = html.stringify(await html.run(structuredClone(tree)));
    const page = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(episode.title)}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
    return [
      { path: 'show-notes.md', contents: md },
      { path: 'show-notes.html', contents: page },
    ];
  },
};

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
