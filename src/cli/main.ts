#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { runBuild } from './build-command.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command()
  .name('castwright')
  .description('Turn podcast transcripts into show notes, chapters, quote cards, a feed and a newsletter draft.')
  .version(pkg.version, '-v, --version')
  .showHelpAfterError();

program
  .command('build')
  .description('build every transcript (default: all files in seeds/) into out/<episode-slug>/')
  .argument('[files...]', 'transcript files or folders')
  .option('-c, --config <file>', 'config file', 'pipeline.config.ts')
  .option('-o, --out <dir>', 'output folder', 'out')
  .option('--only <artifacts>', 'comma-separated artifacts to produce', (v: string) => {
    const names = v.split(',').map((s) => s.trim()).filter(Boolean);
    if (names.length === 0) throw new InvalidArgumentError('expected artifact names separated by commas');
    return names;
  })
  .option('--format <name>', 'transcript format, instead of detecting it')
  .option('--json', 'print a machine-readable build report')
  .action(async (files: string[], opts: { config: string; out: string; only?: string[]; format?: string; json?: boolean }) => {
    process.exitCode = await runBuild(files, opts);
  });

await program.parseAsync(process.argv);
