export { defineConfig } from './config/define.js';
export type { UserConfig, ResolvedConfig } from './config/schema.js';
export { resolveConfig, loadConfig } from './config/load.js';
export { build } from './build/build.js';
export type { BuildOptions, BuildResult, EpisodeResult, OutputFile } from './build/types.js';
export { CastwrightError } from './errors.js';
