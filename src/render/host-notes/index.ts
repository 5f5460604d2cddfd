import type { EpisodeArtifact, OutputFile } from '../types.js';
import { HOST_PROFILES, renderHostNotes, type HostProfile } from './render.js';

export { renderHostNotes, HOST_PROFILES, type HostProfile } from './render.js';

/**
 * Notes to paste into hosting platforms: Apple and generic host HTML and
 * Spotify HTML (only p, ol, ul, li, a; at most 4000 bytes), a YouTube
 * description and plain text, each from its template in `templates/host-notes/`.
 */
export const hostNotes: EpisodeArtifact = {
  name: 'host-notes',
  description: 'host-notes/: Apple, generic and Spotify HTML, YouTube description, plain text',
  render({ episode, options, config, warn }) {
    const files: OutputFile[] = [];
    for (const profile of Object.keys(HOST_PROFILES) as HostProfile[]) {
      files.push({
        path: HOST_PROFILES[profile].file,
        contents: renderHostNotes(profile, episode, options, config, warn),
      });
    }
    return files;
  },
};
