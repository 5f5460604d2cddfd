import type { UserConfig } from './schema.js';

/**
 * Identity function that gives `pipeline.config.ts` editor types and
 * completion. Validation happens when the config is loaded, not here.
 */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}
