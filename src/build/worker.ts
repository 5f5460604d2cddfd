import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/schema.js';
import { buildEpisode } from './episode.js';

/** A build worker: builds the episodes the pool sends it, one at a time. */
interface Data {
  config: ResolvedConfig;
  selected: string[];
}

const { config, selected } = workerData as Data;
const names = new Set(selected);

parentPort!.on('message', async (task: { id: number; input: string; slug: string }) => {
  const result = await buildEpisode(task.input, task.slug, config, names);
  parentPort!.postMessage({ id: task.id, result });
});
