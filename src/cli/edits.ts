import { writeFile } from 'node:fs/promises';
import { buildEpisode } from '../build/episode.js';
import { editsPathFor } from '../build/fingerprint.js';
import { planEpisodes } from '../build/plan.js';
import { loadConfig } from '../config/load.js';
import { editsFileText } from '../edits/index.js';
import { CastwrightError } from '../errors.js';
import { reportFatal } from './build-command.js';
import { paint } from './log.js';

export interface EditsInitFlags {
  config: string;
  force?: boolean;
}

/**
 * `castwright edits init <transcript>`: write `<name>.edits.yaml` beside the
 * transcript, pre-filled with the generated chapters and quotes (built
 * without any existing edits). Refuses to replace an edits file, which holds
 * a person's work, unless `--force`. Returns the exit code.
 */
export async function runEditsInit(transcript: string, flags: EditsInitFlags): Promise<number> {
  try {
    const config = await loadConfig(flags.config);
    const [planned] = planEpisodes([transcript], config);
    const result = await buildEpisode(transcript, planned!.slug, config, new Set(), { edits: false });
    if (!result.ok || !result.episode)
      throw new CastwrightError(result.error ?? 'the transcript could not be built', { file: transcript });
    const target = editsPathFor(transcript);
    try {
      await writeFile(target, editsFileText(result.episode, transcript), { flag: flags.force ? 'w' : 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new CastwrightError(
          'an edits file already exists; edit it, or pass --force to replace it with the generated chapters and quotes',
          { file: target },
        );
      }
      throw new CastwrightError('cannot write the edits file', { file: target, cause: error });
    }
    const { chapters, quotes } = result.episode;
    process.stdout.write(
      `${paint(process.stdout, 'dim', 'Wrote')} ${target} (${chapters.length} chapters, ${quotes.length} quotes)\n`,
    );
    return 0;
  } catch (error) {
    return reportFatal(error);
  }
}
