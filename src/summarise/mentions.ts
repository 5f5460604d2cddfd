import type { Mention } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { lookUpName } from '../text/gazetteer.js';
import { isStopword } from '../text/stopwords.js';
import { passageText } from './passage.js';
import { isCalendarWord } from './generic.js';
import { isAbbreviation } from '../text/abbreviations.js';

/** Capitalised words that are not names. */
const NOT_NAMES = new Set([
  'I',
  'I’m',
  "I'm",
  "I've",
  "I'd",
  "I'll",
  'OK',
  'Okay',
  'Oh',
  'Yes',
  'Yeah',
  'So',
  'And',
  'But',
  // "Oh my God": an exclamation.
  'God',
]);

/** Initials written with stops inside ("U.S.", "E.g."): no name, and a place when one. */
const DOTTED = /^(?:\p{L}\.){1,3}\p{L}?$/u;

/** A capitalised word that names nothing: "Yeah", "God", initials ("U.S."). */
function namesNothing(word: string): boolean {
  return NOT_NAMES.has(word) || DOTTED.test(word);
}

/** What a token is without the punctuation and quotation marks around it: `“Dune`, `Go."`, `(Docker)`. */
function bareToken(token: string): string {
  return token.replace(/^["“‘([]+/u, '').replace(/[.,;:?!…"”’)\]]+$/u, '');
}

/**
 * People, organisations and named things the episode mentions, with counts:
 * runs of capitalised words that do not start a sentence, read from the
 * corrected text so "entropic" counts as "Anthropic". Kinds by
 * `mentionKind`.
 */
export function findMentions(
  t: Transcript,
  correct: Corrector,
  people: readonly string[],
  /** The show's own name ("JS Party"): what the episode is, not what it mentions. */
  show = '',
  /** Given names of people the episode names in full (`firstNamesIn`): "Jeff" is the "Jeff Bezos" said. */
  givenNames: ReadonlySet<string> = new Set(),
): Mention[] {
  const counts = new Map<string, number>();
  for (const s of t.sentences) {
    const { display } = passageText(t, s.firstWord, s.endWord, correct);
    const tokens = display.split(/\s+/);
    let run: string[] = [];
    const flush = () => {
      const name = run.join(' ');
      if (name && !namesNothing(name) && !isStopword(name.toLowerCase())) counts.set(name, (counts.get(name) ?? 0) + 1);
      run = [];
    };
    tokens.forEach((token, i) => {
      const bare = bareToken(token);
      const capital = /^\p{Lu}/u.test(bare) && i > 0 && !/[.?!]["”’)]*$/u.test(tokens[i - 1] ?? '');
      // A quotation mark or bracket opening on a word starts a new run: a title or an aside of its own.
      if (bare !== token && /^["“‘([]/u.test(token)) flush();
      // A title or an abbreviation with its stop ("Dr. Ruth", "St. Martin") names nothing itself.
      if (capital && !namesNothing(bare) && !isAbbreviation(token)) run.push(bare);
      else flush();
      if (!token.endsWith(bare)) flush();
    });
    flush();
  }
  const known = new Set(people.flatMap((p) => [p, ...p.split(/\s+/)]));
  // "Kelsey's" is the Kelsey on the show too.
  const notMentioned = new Set([
    ...known,
    ...[...known].map((p) => `${p}'s`),
    ...[...known].map((p) => `${p}’s`),
    show,
  ]);
  return [...foldVariants(counts, givenNames).entries()]
    .filter(([name, count]) => count >= 2 && worthListing(name, notMentioned))
    .map(([name, count]): Mention => ({ name, count, kind: mentionKind(name, known) }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
    .slice(0, 30);
}

/**
 * One entry per thing: "GPUs" and "GPU", "Google's" and "Google" are counted
 * together, under the form heard most (the singular on a tie); "Pi" is
 * counted as the "Raspberry Pi" it is short for, and "Jeff" as the "Jeff Bezos" the episode names.
 */
function foldVariants(counts: ReadonlyMap<string, number>, givenNames: ReadonlySet<string>): Map<string, number> {
  const folded = new Map<string, number>();
  const base = (name: string) => {
    const bare = name.replace(/['\u2019]s$/u, '');
    return bare !== name && counts.has(bare)
      ? bare
      : /\Ss$/u.test(name) && counts.has(name.slice(0, -1))
        ? name.slice(0, -1)
        : name;
  };
  const groups = new Map<string, string[]>();
  for (const name of counts.keys()) {
    const key = base(name);
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  for (const [singular, forms] of groups) {
    const total = forms.reduce((n, f) => n + counts.get(f)!, 0);
    // A possessive is never the form shown: "Google", heard as "Google's" three times and as "Google" once.
    const possessive = (f: string) => (f !== singular && /['\u2019]s$/u.test(f) ? 1 : 0);
    const heard = [...forms].sort(
      (a, b) =>
        possessive(a) - possessive(b) ||
        counts.get(b)! - counts.get(a)! ||
        (a === singular ? -1 : b === singular ? 1 : 0),
    );
    folded.set(heard[0]!, total);
  }
  // "Pi" beside "Raspberry Pi", "Musk" beside "Elon Musk": the short form of the one longer name it ends (not "Pi Zero");
  // "Jeff" beside "Jeff Bezos": a given name, the one person it opens.
  for (const [name, count] of [...folded]) {
    if (/\s/.test(name) || lookUpName(name) !== undefined) continue;
    const longer = [...folded.keys()].filter((other) => {
      const words = other.split(/\s+/);
      // Heard in full more than once: "S3 URL" said once does not make every "URL" an S3 one.
      if (words.length < 2 || folded.get(other)! < 2) return false;
      return words.at(-1) === name || (words[0] === name && givenNames.has(name));
    });
    if (longer.length !== 1) continue;
    folded.set(longer[0]!, folded.get(longer[0]!)! + count);
    folded.delete(name);
  }
  return folded;
}

/**
 * What a listener would look up, as an editor's "Mentioned in this episode"
 * list has it: companies, products, projects and people talked about. Not
 * the people on the show (the notes name them already), not places, days or
 * months, and not the field's generic acronyms ("AI", "GPU", "PhD"), which
 * name no one thing.
 */
function worthListing(name: string, present: ReadonlySet<string>): boolean {
  if (present.has(name) || isCalendarWord(name)) return false;
  const known = lookUpName(name);
  return known !== 'place' && known !== 'term';
}

/** The last word of a company's or an institution's name. */
const ORGANISATION_SUFFIX =
  /^(?:Inc|Corp|Corporation|Industries|Labs|Technologies|Systems|Software|Group|Foundation|Capital|Ventures|Media|Studios|Partners|Holdings|Company|LLC|Ltd|GmbH|University|Institute)\.?$/;

/**
 * Person, organisation or term: configured people (and their first names)
 * are people; the gazetteer knows common places, companies and technical
 * acronyms ("AI" is a term, "San Francisco" a place, shown as a term);
 * otherwise by shape: two or three capitalised words are a person's name
 * unless one of them is a known acronym or organisation ("Frontier AI",
 * "Google Brain"), an unknown all-capitals word is an organisation, and
 * everything else (products, languages, models) is a term.
 */
export function mentionKind(name: string, people: ReadonlySet<string> = new Set()): Mention['kind'] {
  if (people.has(name)) return 'person';
  const known = lookUpName(name);
  if (known) return known === 'organisation' ? 'organisation' : 'term';
  const words = name.split(/\s+/);
  if (words.some((w) => lookUpName(w) === 'organisation')) return 'organisation';
  // "Zed Industries", "Acme Corp": a company by its name's last word, however like a person's the first one is.
  if (words.length > 1 && ORGANISATION_SUFFIX.test(words.at(-1)!)) return 'organisation';
  if (words.some((w) => lookUpName(w) !== undefined)) return 'term';
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)))
    return 'person';
  if (/^\p{Lu}{2,6}$/u.test(name)) return 'organisation';
  return 'term';
}
