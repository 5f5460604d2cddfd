import * as z from 'zod';

/**
 * The schema of `pipeline.config.ts`. It is the single source of truth: the
 * user-facing `UserConfig` type is its input type and `ResolvedConfig` its
 * output type (defaults filled in), so docs, types and validation never drift.
 */

const person = z.strictObject({
  /** Display name, spelled as it should appear everywhere ("Łukasz Kaiser"). */
  name: z.string().min(1),
  /** Other spellings the transcript uses ("Lucas Kaiser", "Luc"). Matched whole-word, case-insensitive. */
  aliases: z.array(z.string().min(1)).default([]),
  /** A short role line for cards ("Research scientist, OpenAI"). */
  title: z.string().optional(),
  /** Link for `podcast:person href`. */
  href: z.string().url('expected a URL such as "https://example.com/"').optional(),
  /** Portrait image: URL for the feed, or a local file for cards. */
  img: z.string().optional(),
});

const hexColour = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'a hex colour such as "#1a1a2e"');

const duration = z.union([
  z.number().nonnegative(),
  z.string().regex(/^(?:\d+:)?\d{1,2}:\d{2}$/, 'a duration in seconds or "h:mm:ss"'),
]);

const episode = z.strictObject({
  /** Episode title; defaults to a title derived from the transcript file name. */
  title: z.string().min(1).optional(),
  /** Output folder name under `out/`; defaults to a slug of the transcript file name. */
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens')
    .optional(),
  number: z.number().int().positive().optional(),
  season: z.number().int().positive().optional(),
  /** Publication date, ISO 8601 ("2025-11-26"). Required in the feed; a warning when missing. */
  date: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date such as "2025-11-26"')
    .optional(),
  type: z.enum(['full', 'trailer', 'bonus']).default('full'),
  /** The feed item's guid; default a UUID derived from the show and the slug. Set it to keep an already-published episode's guid. */
  guid: z.string().min(1).optional(),
  description: z.string().optional(),
  audio: z
    .strictObject({
      url: z.string().url('expected a URL such as "https://example.com/"').optional(),
      /** Size in bytes for the RSS enclosure. */
      length: z.number().int().nonnegative().optional(),
      type: z.string().default('audio/mpeg'),
      /** A local audio file whose header gives the duration when the transcript has no times. */
      file: z.string().optional(),
    })
    .optional(),
  /** Episode length; used to place an untimed transcript on the clock. */
  duration: duration.optional(),
  /** Guests of this episode (overrides `people.guests` for the episode). */
  guests: z.array(person).optional(),
  /** Transcript format override (otherwise detected from the content). */
  format: z.string().optional(),
});

/** The default of `maxTranscriptBytes`: 16 MiB, some 250 hours of talk as plain text. */
export const MAX_TRANSCRIPT_BYTES = 16 * 1024 * 1024;

const presetName = z.enum(['square', 'portrait', 'story', 'landscape']);

export const configSchema = z.strictObject({
  podcast: z.strictObject({
    title: z.string().min(1),
    author: z.string().optional(),
    description: z.string().optional(),
    /** The show's website; episode links are built from it. */
    siteUrl: z.string().url('expected a URL such as "https://example.com/"').optional(),
    /** Where `feed.xml` will be published; needed for `podcast:guid` and `atom:link`. */
    feedUrl: z.string().url('expected a URL such as "https://example.com/"').optional(),
    /** `podcast:guid`; default the UUIDv5 of `feedUrl`. Set it to keep the show's guid when the feed moves. */
    guid: z.string().uuid('expected a UUID such as "ead4c236-bf58-58c6-a2c6-a6b28d128cb6"').optional(),
    /** Base URL where the contents of `out/` are published (chapters, transcripts, cards). */
    assetsUrl: z.string().url('expected a URL such as "https://example.com/"').optional(),
    language: z.string().default('en'),
    /** Show artwork: URL for the feed (1400–3000 px square). */
    artwork: z.string().optional(),
    categories: z.array(z.string()).default([]),
    explicit: z.boolean().default(false),
    owner: z.strictObject({ name: z.string(), email: z.string().email('expected an email address') }).optional(),
    copyright: z.string().optional(),
    /** Hashtags added to social captions (without "#"). */
    hashtags: z.array(z.string()).default([]),
  }),
  people: z
    .strictObject({
      hosts: z.array(person).default([]),
      guests: z.array(person).default([]),
    })
    .default({ hosts: [], guests: [] }),
  /** Per-transcript facts, keyed by the transcript's file name (with or without extension). */
  episodes: z.record(z.string(), episode).default({}),
  brand: z
    .strictObject({
      colors: z
        .strictObject({
          background: hexColour.default('#101828'),
          foreground: hexColour.default('#f9fafb'),
          accent: hexColour.default('#f59e0b'),
          muted: hexColour.default('#98a2b3'),
        })
        .default({ background: '#101828', foreground: '#f9fafb', accent: '#f59e0b', muted: '#98a2b3' }),
      /** Local font files (.woff, .ttf, .otf) for cards; defaults to the bundled Inter. */
      fonts: z
        .strictObject({
          body: z.array(z.string()).optional(),
          heading: z.array(z.string()).optional(),
        })
        .default({}),
      /** Local logo or show artwork (PNG, JPEG, SVG) shown on cards. */
      logo: z.string().optional(),
    })
    .default({
      colors: { background: '#101828', foreground: '#f9fafb', accent: '#f59e0b', muted: '#98a2b3' },
      fonts: {},
    }),
  cards: z
    .strictObject({
      presets: z.array(presetName).default(['square', 'portrait', 'story', 'landscape']),
      /** How many quotes become cards. */
      count: z.number().int().min(0).max(20).default(3),
      /** Card design: a file name under `templates/cards/` (built in: "bold", "editorial"). */
      design: z.string().default('bold'),
    })
    .default({ presets: ['square', 'portrait', 'story', 'landscape'], count: 3, design: 'bold' }),
  /** Artifacts to produce; default all. See `castwright build --help`. */
  outputs: z.array(z.string()).optional(),
  /** Glossary of mis-transcriptions: wrong → right, whole-word and case-aware. */
  corrections: z.record(z.string(), z.string()).default({}),
  segmentation: z
    .strictObject({
      /** Aim for one chapter every this many minutes. */
      minutesPerChapter: z.number().positive().default(5),
      /** No chapter shorter than this many seconds. */
      minChapterSeconds: z.number().nonnegative().default(90),
    })
    .default({ minutesPerChapter: 5, minChapterSeconds: 90 }),
  quotes: z
    .strictObject({
      count: z.number().int().min(0).max(50).default(10),
      minWords: z.number().int().positive().default(8),
      maxWords: z.number().int().positive().default(40),
    })
    .default({ count: 10, minWords: 8, maxWords: 40 }),
  timing: z
    .strictObject({
      /** Speaking rate used to estimate times when nothing else gives them. */
      wordsPerMinute: z.number().positive().default(160),
    })
    .default({ wordsPerMinute: 160 }),
  /**
   * The largest transcript file built, in bytes; a larger one fails before it is read. Far above any
   * episode (an hour of talk is about 60 KB); it keeps a stray file from taking the machine's memory.
   * @default 16 MiB (16777216)
   */
  maxTranscriptBytes: z.number().int().positive().default(MAX_TRANSCRIPT_BYTES),
  /** A folder whose files override the built-in templates, file by file. */
  templates: z.string().optional(),
  /** An optional language model (OpenAI-compatible chat completions) that rewrites chapter titles, one-liners and takeaways; off when absent. */
  llm: z
    .strictObject({
      /** The API's base URL, e.g. "http://127.0.0.1:11434/v1" (Ollama); `/chat/completions` is appended. */
      baseUrl: z.string().url('expected a URL such as "http://127.0.0.1:11434/v1"'),
      model: z.string().min(1),
      /** The environment variable holding the API key; the key itself never goes in the config. */
      apiKeyEnv: z.string().optional(),
      temperature: z.number().min(0).max(2).default(0),
      /** Requests in flight at once, per episode. */
      maxConcurrency: z.number().int().positive().default(2),
      /** Seconds before a request is abandoned (the extractive item is kept). */
      timeoutSeconds: z.number().positive().default(60),
      /** Approximate tokens of transcript sent per request (about four characters a token). */
      contextBudget: z.number().int().positive().default(6000),
      /** Where replies are cached; the command line sets `<out>/.castwright-cache/llm`. */
      cacheDir: z.string().optional(),
    })
    .optional(),
});

export type UserConfig = z.input<typeof configSchema>;
export type ResolvedConfig = Readonly<z.output<typeof configSchema>>;
export type EpisodeOptions = z.output<typeof episode>;
export type PersonOptions = z.output<typeof person>;
export type CardPreset = z.output<typeof presetName>;
export type LlmOptions = NonNullable<z.output<typeof configSchema>['llm']>;
