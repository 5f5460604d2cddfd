import type { OutputFile } from '../types.js';
import { byteLength } from './html.js';

export interface FileLink {
  /** Relative to the page that links it. */
  path: string;
  bytes: number;
}

/** Groups in the order a producer looks for them; the first whose test matches a path wins. */
const GROUPS: readonly [string, RegExp][] = [
  ['Show notes', /(?:^|\/)(?:show-notes|host-notes)[./]/],
  ['Newsletter', /(?:^|\/)newsletter[./]/],
  ['Social', /(?:^|\/)(?:social\.|cards\/)/],
  ['Chapters', /(?:^|\/)chapters[./]/],
  ['Transcripts', /(?:^|\/)transcripts?[./]/],
  ['Feeds', /(?:^|\/)(?:feed\.xml|web-feed\/|.*\.(?:rss|atom)$)/],
  ['Data', /\.json$/],
];

/**
 * The files of an episode (or of the show), grouped for people, with sizes.
 * `prefix` is removed from each path so links are relative to the page.
 */
export function groupFiles(files: readonly OutputFile[], prefix = ''): { group: string; files: FileLink[] }[] {
  const groups = new Map<string, FileLink[]>(GROUPS.map(([name]) => [name, []]));
  groups.set('Other', []);
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const path = prefix && file.path.startsWith(prefix) ? file.path.slice(prefix.length) : file.path;
    const group = GROUPS.find(([, test]) => test.test(path))?.[0] ?? 'Other';
    groups.get(group)!.push({ path, bytes: byteLength(file.contents) });
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([group, list]) => ({ group, files: list }));
}
