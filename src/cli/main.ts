#!/usr/bin/env node
import module from 'node:module';
import { Command, InvalidArgumentError } from 'commander';
import { packageVersion } from '../paths.js';
import type { runBuild } from './build-command.js';
import type { runSuggestCorrections } from './suggest-corrections.js';

// Node 22.1 and later can keep compiled code on disk between runs; Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// Commands load their modules when they run, so --help and --version start at once.

/** `--only a,b`: artifact names; which names exist is checked by the build, with the list of known ones. */
function parseArtifactList(value: string): string[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new InvalidArgumentError('expected artifact names separated by commas');
  return names;
}

const program = new Command()
  .name('castwright')
  .description('Turn podcast transcripts into show notes, chapters, quote cards, a feed and a newsletter draft.')
  .version(packageVersion(), '-v, --version')
  .showHelpAfterError();

program
  .command('build')
  .description('build every transcript (default: all files in seeds/) into out/<episode-slug>/')
  .argument('[files...]', 'transcript files or folders')
  .option('-c, --config <file>', 'config file', 'pipeline.config.ts')
  .option('-o, --out <dir>', 'output folder', 'out')
  .option('--only <artifacts>', 'comma-separated artifacts to produce', parseArtifactList)
  .option('--format <name>', 'transcript format, instead of detecting it')
  .option('--json', 'print a machine-readable build report')
  .option('--force', 'rebuild every episode, even unchanged ones')
  .option(
    '--strict',
    'treat missing publishing facts (audio URL, artwork, dates, owner) as errors: exit 1 and write nothing',
  )
  .option('--shard <i/n>', 'build only shard i of n (then run `castwright feed`)')
  .option('--llm <mode>', '"off" ignores the config\'s language model for this run', (v: string) => {
    if (v !== 'off' && v !== 'on') throw new InvalidArgumentError('expected "off" or "on"');
    return v;
  })
  .option('--workers <n>', 'worker threads for episodes (default: one per core)', (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
    return n;
  })
  .action(async (files: string[], opts: Parameters<typeof runBuild>[1]) => {
    const { runBuild } = await import('./build-command.js');
    process.exitCode = await runBuild(files, opts, packageVersion(), { oneShot: true });
  });

program
  .command('feed')
  .description('assemble the show feed and index from the episodes already in out/ (after sharded builds)')
  .option('-c, --config <file>', 'config file', 'pipeline.config.ts')
  .option('-o, --out <dir>', 'output folder', 'out')
  .action(async (opts: { config: string; out: string }) => {
    const { runFeed } = await import('./feed-command.js');
    process.exitCode = await runFeed(opts);
  });

program
  .command('suggest-corrections')
  .description(
    'list likely mis-transcriptions (near-identical spellings of one term) worth adding to the corrections glossary',
  )
  .argument('<file>', 'transcript file')
  .option('-c, --config <file>', 'config file: its glossary and names mark what is already fixed', 'pipeline.config.ts')
  .option('--format <name>', 'transcript format, instead of detecting it')
  .option('--all', 'also list terms the glossary already fixes completely')
  .option('--json', 'print the suggestions as JSON')
  .action(async (file: string, flags: Parameters<typeof runSuggestCorrections>[1]) => {
    const { runSuggestCorrections } = await import('./suggest-corrections.js');
    process.exitCode = await runSuggestCorrections(file, flags);
  });

const edits = program
  .command('edits')
  .description("a producer's edits to the generated episode (seeds/<name>.edits.yaml), applied on every build");
edits
  .command('init')
  .description('write <name>.edits.yaml beside the transcript, pre-filled with the generated chapters and quotes')
  .argument('<transcript>', 'the transcript file')
  .option('-c, --config <file>', 'config file', 'pipeline.config.ts')
  .option('--force', 'replace an existing edits file')
  .action(async (transcript: string, opts: { config: string; force?: boolean }) => {
    const { runEditsInit } = await import('./edits.js');
    process.exitCode = await runEditsInit(transcript, opts);
  });

program
  .command('preview')
  .description(
    'build, serve out/ on localhost and rebuild when a transcript, edits file, template or the config changes',
  )
  .argument('[files...]', 'transcript files or folders (default: seeds/)')
  .option('-c, --config <file>', 'config file', 'pipeline.config.ts')
  .option('-o, --out <dir>', 'output folder', 'out')
  .option('--only <artifacts>', 'comma-separated artifacts to produce', parseArtifactList)
  .option(
    '-p, --port <n>',
    'port on localhost',
    (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535)
        throw new InvalidArgumentError('expected a port number from 0 to 65535');
      return n;
    },
    4173,
  )
  .action(async (files: string[], opts: { config: string; out: string; port: number; only?: string[] }) => {
    const { runPreview } = await import('./preview.js');
    process.exitCode = await runPreview(files, opts, packageVersion());
  });

await program.parseAsync(process.argv);
