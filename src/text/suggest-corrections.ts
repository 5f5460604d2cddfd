import { lineColumn } from '../errors.js';
import type { Span } from '../model/transcript.js';
import type { Corrector } from './corrections.js';
import { isStopword } from './stopwords.js';

/**
 * Find likely mis-transcriptions worth adding to the corrections glossary,
 * offline, from the transcript alone: a speech recogniser that mishears a
 * term usually mishears it several ways ("GPD", "GBD", "GVD" for "GPT";
 * "codeex" for "Codex"), so near-identical spellings of one term are the
 * signal. Acronyms cluster when they differ only in letters that sound
 * alike; words cluster by a small edit distance next to a proper-noun form.
 */

/** One spelling of a term in the transcript. */
export interface Variant {
  form: string;
  count: number;
  /** First occurrence, 1-based. */
  line: number;
  column: number;
  /** True when the glossary already rewrites this spelling. */
  covered: boolean;
}

export interface Suggestion {
  /** The spelling the others are probably meant to be. */
  term: string;
  kind: 'acronym' | 'word' | 'name';
  /** Every spelling, the term first, then by count. */
  variants: Variant[];
  /** Spellings with a version number ("GPD 5.1", "GPD51"), with what they probably mean. */
  versions: (Variant & { meant: string })[];
  /** Glossary entries that would fix the spellings not yet covered. */
  corrections: Record<string, string>;
}

export interface SuggestOptions {
  /** Spellings known to be right: glossary targets, people's names. They win a cluster. */
  known?: readonly string[];
  /** The current glossary, to mark spellings it already fixes. */
  correct?: Corrector;
  /**
   * Whether a lower-case word is ordinary English. Two dictionary words are
   * never taken for spellings of one term ("train" is not a mishearing of
   * "Brain"); without a dictionary every close pair is listed.
   */
  isWord?: (word: string) => boolean;
}

interface Form {
  form: string;
  spans: Span[];
  /** Uses written with a capital where a sentence does not start. */
  capitalised: number;
}

/** Letters a recogniser confuses for each other: voiced/unvoiced pairs and near neighbours. */
const CONFUSABLE = ['BPVF', 'DT', 'GKCQ', 'MN', 'SZC'];
const ACRONYM = /^([A-Z]{3,6})(\d+)?$/;
const VERSION = /^\d+(?:\.\d+)?$/;
const INFLECTION = /^(?:s|es|ed|d|ing|er|ers|ly|'s|’s)$/;

/** Suggestions, strongest first (most uses), ties by term. */
export function suggestCorrections(text: string, words: readonly Span[], options: SuggestOptions = {}): Suggestion[] {
  const correct = options.correct ?? ((s: string) => s);
  const isWord = options.isWord ?? (() => false);
  const known = new Set((options.known ?? []).flatMap((k) => k.split(/[\s-]+/)));
  const alpha = new Map<string, Form>();
  const acronyms = new Map<string, Form>();
  const versions = new Map<string, { form: Form; acronym: string; version: string }>();
  const lower = new Map<string, Form>();

  words.forEach((w, i) => {
    const word = text.slice(w.start, w.end);
    const acronym = ACRONYM.exec(word);
    if (acronym) {
      // Every use names the term ("GVD51" links GVD to GPT); only standalone uses are spellings to correct.
      add(alpha, acronym[1]!, w, false);
      if (acronym[2] === undefined) add(acronyms, acronym[1]!, w, false);
      const next = words[i + 1];
      const spaced =
        next && /^[ \t]+$/.test(text.slice(w.end, next.start)) && VERSION.test(text.slice(next.start, next.end));
      const version = acronym[2] ?? (spaced ? text.slice(next.start, next.end) : undefined);
      if (version !== undefined) {
        const span = acronym[2] ? w : { start: w.start, end: next!.end };
        const form = text.slice(span.start, span.end);
        const entry = versions.get(form) ?? {
          form: { form, spans: [], capitalised: 0 },
          acronym: acronym[1]!,
          version,
        };
        entry.form.spans.push(span);
        versions.set(form, entry);
      }
      return;
    }
    if (word.length < 5 || !/^\p{L}+$/u.test(word)) return;
    add(lower, word.toLowerCase(), w, /^\p{Lu}\p{Ll}/u.test(word) && !startsSentence(text, w.start));
  });

  const at = (f: Form): Omit<Variant, 'form' | 'count' | 'covered'> => lineColumn(text, f.spans[0]!.start);
  const variant = (f: Form, form = f.form): Variant => ({
    form,
    count: f.spans.length,
    ...at(f),
    covered: correct(form) !== form,
  });
  const suggestions: Suggestion[] = [];

  for (const cluster of clusterBy([...alpha.keys()], confusable)) {
    const term = pickTerm(
      cluster.map((a) => alpha.get(a)!),
      known,
    );
    const forms = cluster.flatMap((a) => acronyms.get(a) ?? []);
    const hyphen = (options.known ?? []).some((k) => new RegExp(`^${term}-\\d`).test(k));
    const tied = [...versions.values()]
      .filter((v) => cluster.includes(v.acronym))
      .sort((a, b) => a.form.spans[0]!.start - b.form.spans[0]!.start);
    const dotted = new Set(tied.map((v) => v.version).filter((v) => v.includes('.')));
    suggestions.push(
      finish(
        term,
        'acronym',
        forms.map((f) => variant(f)),
        tied.map((v) => {
          // "GPD51" is "5.1" said without the dot when "5.1" is said elsewhere.
          const undotted = [...dotted].find((d) => d.replace('.', '') === v.version);
          const meant = `${term}${hyphen ? '-' : ' '}${undotted ?? v.version}`;
          return { ...variant(v.form), meant };
        }),
      ),
    );
  }

  const proper = [...lower.values()].filter((f) => f.capitalised * 2 >= f.spans.length);
  const pairs: [string, string][] = [];
  for (const p of proper) {
    for (const other of lower.values()) {
      if (other.form === p.form || (isWord(p.form) && isWord(other.form))) continue;
      if (wordsConfusable(p.form, other.form)) pairs.push([p.form, other.form]);
    }
  }
  for (const cluster of clusterPairs(pairs)) {
    const forms = cluster.map((w) => lower.get(w)!);
    const displayed = forms.map((f) => ({ f, shown: mostCommonSpelling(text, f) }));
    const term = pickTerm(
      displayed.map(({ f, shown }) => ({ ...f, form: shown })),
      known,
      true,
    );
    // An ordinary word joins only when it is itself close to the term, not through a chain of others.
    const kept = displayed.filter(
      ({ f, shown }) => shown === term || !isWord(f.form) || wordsConfusable(f.form, term.toLowerCase()),
    );
    if (kept.length > 1)
      suggestions.push(
        finish(
          term,
          'word',
          kept.map(({ f, shown }) => variant(f, shown)),
          [],
        ),
      );
  }
  suggestions.push(...misheardVowels(lower, proper, isWord, variant, text));
  suggestions.push(...nearKnown(text, words, options.known ?? [], isWord, variant));
  return suggestions.sort((a, b) => uses(b) - uses(a) || a.term.localeCompare(b.term));
}

/** Shortest word whose vowel a recogniser's mishearing is worth a suggestion: "multimodel" for "multimodal". */
const MISHEARD_MIN = 7;

/**
 * Common words heard with one unstressed vowel wrong: a spelling that is no
 * English word, one vowel away from an English word the transcript also
 * uses ("multimodel" ×6 beside "multimodal" ×9). Only vowels, because a
 * consonant apart is as often a different word ("tokenizer", "tokenized").
 */
function misheardVowels(
  lower: ReadonlyMap<string, Form>,
  proper: readonly Form[],
  isWord: (word: string) => boolean,
  variant: (f: Form, form?: string) => Variant,
  text: string,
): Suggestion[] {
  const names = new Set(proper.map((f) => f.form));
  const words = [...lower.values()].filter((f) => f.form.length >= MISHEARD_MIN && !names.has(f.form));
  // English words by each vowel blanked out ("multimod*l"), so a heard spelling finds its word in one lookup per vowel.
  const byBlank = new Map<string, Form>();
  for (const w of words)
    if (isWord(w.form)) for (const blank of vowelBlanks(w.form)) if (!byBlank.has(blank)) byBlank.set(blank, w);
  const suggestions: Suggestion[] = [];
  for (const heard of words) {
    if (isWord(heard.form)) continue;
    const meant = vowelBlanks(heard.form)
      .map((blank) => byBlank.get(blank))
      .find((w) => w !== undefined && w.form !== heard.form);
    if (!meant) continue;
    const shown = mostCommonSpelling(text, meant);
    suggestions.push(
      finish(shown, 'word', [variant(meant, shown), variant(heard, mostCommonSpelling(text, heard))], []),
    );
  }
  return suggestions;
}

/** A word with each of its vowels in turn blanked out: two words one vowel apart share one of these. */
function vowelBlanks(word: string): string[] {
  const blanks: string[] = [];
  for (let i = 0; i < word.length; i++)
    if (/[aeiou]/.test(word[i]!)) blanks.push(`${word.slice(0, i)}*${word.slice(i + 1)}`);
  return blanks;
}

/**
 * Spellings that sound like a known name or term ("Lucas Kaiser" for
 * "Łukasz Kaiser", "Matt podcast" for "MAD Podcast"): one or two words
 * whose sound-alike keys are at most one edit apart.
 */
function nearKnown(
  text: string,
  words: readonly Span[],
  known: readonly string[],
  isWord: (w: string) => boolean,
  variant: (f: Form) => Variant,
): Suggestion[] {
  const phrases = new Map<string, string>();
  for (const k of known) {
    const parts = Array.from(k.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu), (m) => m[0]);
    parts.forEach((w, i) => {
      if (/^\p{Lu}/u.test(w) && w.length >= 5 && !isWord(w.toLowerCase()) && !/^\p{Lu}+$/u.test(w))
        phrases.set(soundKey(w), w);
      const next = parts[i + 1];
      if (
        next &&
        /^\p{Lu}/u.test(w) &&
        /^\p{Lu}/u.test(next) &&
        !isStopword(w.toLowerCase()) &&
        !isStopword(next.toLowerCase())
      )
        phrases.set(soundKey(`${w} ${next}`), `${w} ${next}`);
    });
  }
  const found = new Map<string, Map<string, Form>>();
  const consider = (span: Span, size: number) => {
    const form = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    if (size === 1 && isWord(form.toLowerCase())) return;
    const key = soundKey(form);
    for (const [phraseKey, phrase] of phrases) {
      if (phrase.split(' ').length !== size || phrase.toLowerCase() === form.toLowerCase()) continue;
      if (editDistance(key, phraseKey, 1) > 1) continue;
      const forms = found.get(phrase) ?? new Map<string, Form>();
      add(forms, form, span, false);
      found.set(phrase, forms);
    }
  };
  words.forEach((w, i) => {
    consider(w, 1);
    const next = words[i + 1];
    if (next && /^[ \t]+$/.test(text.slice(w.end, next.start))) consider({ start: w.start, end: next.end }, 2);
  });
  return [...found].map(([term, forms]) =>
    finish(
      term,
      'name',
      [...forms.values()].map((f) => variant(f)),
      [],
    ),
  );
}

/**
 * A key that sounds alike when spelled differently: no accents, lower case,
 * confusable letters merged (t/d, p/b/v/f, k/c/g/q, m/n, s/z), doubled letters once.
 */
function soundKey(phrase: string): string {
  const plain = phrase.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/gi, 'l').toLowerCase();
  const merged = plain.replace(
    /[a-z]/g,
    (c) => CONFUSABLE.find((g) => g.includes(c.toUpperCase()))?.[0]?.toLowerCase() ?? c,
  );
  return merged.replace(/(.)\1+/g, '$1');
}

function add(map: Map<string, Form>, key: string, span: Span, capitalised: boolean): void {
  const form = map.get(key) ?? { form: key, spans: [], capitalised: 0 };
  form.spans.push(span);
  if (capitalised) form.capitalised++;
  map.set(key, form);
}

function finish(
  term: string,
  kind: Suggestion['kind'],
  variants: Variant[],
  versions: Suggestion['versions'],
): Suggestion {
  variants.sort(
    (a, b) => Number(b.form === term) - Number(a.form === term) || b.count - a.count || a.form.localeCompare(b.form),
  );
  const corrections: Record<string, string> = {};
  for (const v of versions) if (!v.covered && v.form !== v.meant) corrections[v.form] = v.meant;
  for (const v of variants) if (!v.covered && v.form !== term) corrections[v.form] = term;
  return { term, kind, variants, versions, corrections };
}

function uses(s: Suggestion): number {
  return s.variants.reduce((n, v) => n + v.count, 0);
}

/** A known spelling wins; then the most used (for words: the most often capitalised). */
function pickTerm(forms: readonly Form[], known: ReadonlySet<string>, byCapitals = false): string {
  const score = (f: Form) => (known.has(f.form) ? 1e9 : 0) + (byCapitals ? f.capitalised * 1000 : 0) + f.spans.length;
  return [...forms].sort((a, b) => score(b) - score(a) || a.form.localeCompare(b.form))[0]!.form;
}

/** Two acronyms of one length that differ in one or two letters, each a confusable pair. */
function confusable(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++differences > 2 || !CONFUSABLE.some((g) => g.includes(a[i]!) && g.includes(b[i]!))) return false;
  }
  return differences > 0 && (differences < 2 || a.length > 3 || a[0] === b[0]);
}

/** Words one edit apart (two for long words), not merely inflections of each other. */
function wordsConfusable(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && INFLECTION.test(long.slice(short.length))) return false;
  if (short.endsWith('e') && long.startsWith(short.slice(0, -1)) && INFLECTION.test(long.slice(short.length - 1)))
    return false;
  const limit = short.length >= 8 ? 2 : 1;
  return long.length - short.length <= limit && editDistance(a, b, limit) <= limit;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

function clusterBy(keys: readonly string[], related: (a: string, b: string) => boolean): string[][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) if (related(keys[i]!, keys[j]!)) pairs.push([keys[i]!, keys[j]!]);
  return clusterPairs(pairs);
}

/** Connected groups of related keys, each sorted, in a stable order. */
function clusterPairs(pairs: readonly [string, string][]): string[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const r = find(p);
    parent.set(k, r);
    return r;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const k of new Set(pairs.flat())) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The spelling a word is most often written with ("Codex" rather than "codex"). */
function mostCommonSpelling(text: string, form: Form): string {
  const counts = new Map<string, number>();
  for (const s of form.spans) {
    const w = text.slice(s.start, s.end);
    if (!startsSentence(text, s.start)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return (
    [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ??
    text.slice(form.spans[0]!.start, form.spans[0]!.end)
  );
}

/** True when the word at `offset` opens a sentence, a line or the text (its capital says nothing). */
function startsSentence(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '"' || c === '“') continue;
    return /[.?!\n>:]/.test(c);
  }
  return true;
}
