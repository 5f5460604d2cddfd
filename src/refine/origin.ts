import type { Episode } from '../model/episode.js';

/**
 * After the producer's edits: a title or summary the edits changed (or a
 * chapter the edits added) is `edited`. Only chapters that carry an origin
 * (a model was configured) are marked.
 */
export function markEdited(before: Episode, after: Episode): Episode {
  if (!before.chapters.some((c) => c.origin)) return after;
  const byStart = new Map(before.chapters.map((c) => [c.source.start, c]));
  return {
    ...after,
    ...(after.summary !== before.summary && after.summaryOrigin ? { summaryOrigin: 'edited' as const } : {}),
    // The edits file replaces the takeaways as a whole: pinned ones are the producer's.
    takeaways:
      after.takeaways === before.takeaways
        ? after.takeaways
        : after.takeaways.map((k) => ({ ...k, origin: 'edited' as const })),
    chapters: after.chapters.map((c) => {
      const was = byStart.get(c.source.start);
      const origin = was?.origin ?? c.origin;
      if (!was || !origin) return { ...c, origin: { title: 'edited', summary: 'edited' } };
      return {
        ...c,
        origin: {
          title: c.title === was.title ? origin.title : 'edited',
          summary: c.summary === was.summary ? origin.summary : 'edited',
        },
      };
    }),
  };
}
