/*
 * castwright's layers (docs/architecture.md), checked by `npm run depcruise`
 * as part of `npm test`:
 *
 *   cli → build → stages (parse, segment, summarise, refine, edits, render) → text, model, config
 *
 * The stages run in that order; one may use what an earlier one defines
 * (summarise reads segment's chapter spans), never a later one. `write`
 * writes the output and is used only by `build` and `cli`. Type-only
 * imports count.
 */
const STAGES = ['parse', 'segment', 'summarise', 'refine', 'edits', 'render'];
const later = (stage) => STAGES.slice(STAGES.indexOf(stage) + 1);
const BASE = '^src/(text|model|config)/|^src/(errors|paths)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other, directly or through others.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'base-layer-is-a-base',
      severity: 'error',
      comment: 'text, model and config are used by the stages; they use none of them, nor build, write or cli.',
      from: { path: BASE },
      to: { path: '^src/(cli|build|write|bench|eval|parse|segment|summarise|refine|edits|render)/' },
    },
    {
      name: 'stages-do-not-build',
      severity: 'error',
      comment: 'A stage is a function of its input: it knows nothing of builds, output folders or the command line.',
      from: { path: `^src/(${STAGES.join('|')})/` },
      to: { path: '^src/(cli|build|write)/' },
    },
    ...STAGES.filter((s) => later(s).length > 0).map((stage) => ({
      name: `${stage}-before-later-stages`,
      severity: 'error',
      comment: `${stage} runs before ${later(stage).join(', ')}: it must not use them.`,
      from: { path: `^src/${stage}/` },
      to: { path: `^src/(${later(stage).join('|')})/` },
    })),
    {
      name: 'build-not-cli',
      severity: 'error',
      comment: 'The command line drives the build, not the other way round.',
      from: { path: '^src/build/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'write-only-from-build-and-cli',
      severity: 'error',
      comment: 'One module writes files: the build and the command line hand it their output.',
      from: { path: '^src/', pathNot: '^src/(build|cli|write)/' },
      to: { path: '^src/write/' },
    },
    {
      name: 'write-needs-only-the-model',
      severity: 'error',
      comment: 'The writer writes files it is given; it knows nothing of how they were made.',
      from: { path: '^src/write/' },
      to: { path: '^src/', pathNot: '^src/(write|model)/|^src/errors\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
