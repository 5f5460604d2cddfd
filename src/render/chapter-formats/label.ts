import type { Chapter } from '../../model/episode.js';

/**
 * Apple labels machine-made chapters "Automatically Created", and listeners
 * expect the same everywhere: chapters count as generated until a person has
 * marked every one of them reviewed.
 */
export function chaptersAutomatic(chapters: readonly Chapter[]): boolean {
  return chapters.some((c) => !c.reviewed);
}

/** "Chapters" or "Chapters (automatically created)", for headings in every output. */
export function chaptersHeading(chapters: readonly Chapter[]): string {
  return chaptersAutomatic(chapters) ? 'Chapters (automatically created)' : 'Chapters';
}

/** A one-line note for chapter files that have room for a comment. */
export function chaptersNote(chapters: readonly Chapter[]): string | undefined {
  return chaptersAutomatic(chapters)
    ? 'Chapters automatically created by castwright; not yet reviewed by a person.'
    : undefined;
}
