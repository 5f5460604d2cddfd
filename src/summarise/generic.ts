import { stem } from '../text/stem.js';

/**
 * Words that are content words to a counter but never a topic to an editor:
 * verbs and adjectives of talk ("happening", "obvious"), vague nouns
 * ("question", "ability") and the show's own furniture ("episode",
 * "podcast"). A title or keyword never starts or ends with one.
 */
const GENERIC = new Set(
  `ability able absolutely add added amazing answer answers approach area areas aspect aspects basic beginning believe big bigger biggest build building call called case cases change changed chat clear clearly close comment common conversation correct crazy current currently deal decide decided deep definitely detail details difference direction easier effect entire episode everybody exact experience fact fantastic fascinating fine fix fixed focus follow form forward full general generally goal guest happening happy hard head help high hope huge impact incredible interested issue issues job kinds large level listen listening live lots love main matter minute moment moments mostly move moving nature number obvious obviously open order particular past perspective piece podcast position possible powerful practice pretty problem problems process question questions quick quickly real reason reasons recently result results review right role run running saying second sense serious set short side simple single situation small smaller space specific speed stage step story strong subscribing super support sure system systems talk term terms thank thanks topic topics trip turn type types understanding version view welcome wonderful working world wrong awesome beautiful multiple various several certain pure nice tiny little similar same other many few worse worst cool weird incredible terrible horrible massive enormous typical actual proper insane ridiculous lovely perfect capable smart smarter bigger smaller older newer`.split(
    /\s+/,
  ),
);

export function isGeneric(
  word: string,
  /**
   * Whether an "-ing" form counts by its stem: at a phrase's end "processing" is the vague "process", but opening a
   * phrase "reasoning" names a subject of its own ("reasoning models"), not "reason".
   */
  ingByStem = true,
): boolean {
  const w = word.toLowerCase().replace(/’/g, "'");
  return (
    GENERIC.has(w) ||
    ((ingByStem || !w.endsWith('ing')) && GENERIC.has(stem(w))) ||
    // The stemmer reads "episodes" as "episod" but "episode" as itself.
    (w.endsWith('s') && GENERIC.has(w.slice(0, -1))) ||
    (w.endsWith('ies') && GENERIC.has(`${w.slice(0, -3)}y`))
  );
}

/** Nouns that name nothing in particular ("a ton of things", "in some ways"): no topic, and no referent for an "it". */
const VAGUE_NOUNS = new Set(
  'thing things stuff lot lots ton tons bunch way ways kind sort part point bit something everything anything guy guys'.split(
    ' ',
  ),
);

export function isVagueNoun(word: string): boolean {
  return VAGUE_NOUNS.has(word.toLowerCase());
}

/** Words of talk a tagger may take for nouns: never a title or a keyword. */
const INTERJECTIONS = new Set([
  'dude',
  'man',
  'guys',
  'folks',
  'wow',
  'woo',
  'yay',
  'gosh',
  'lol',
  'kay',
  'okay',
  'mm',
  'hmm',
  'uh',
  'um',
  'haha',
  'hey',
  'ooh',
  'aha',
  'buddy',
  'bro',
  'dad',
  'mom',
  "y'all",
  'bye',
  'goodbye',
  'hello',
  'yikes',
  'whoa',
  'oops',
  'ugh',
  'huh',
  'yep',
  'yup',
  'nope',
  'wut',
]);

export function isInterjection(word: string): boolean {
  return INTERJECTIONS.has(word.toLowerCase());
}

/** Words said in exclamations ("oh my God", "thank goodness", "God knows"), and the words around them there. */
const EXCLAIMED = new Set(['god', 'lord', 'jesus', 'goodness', 'heavens', 'gosh']);
const EXCLAIMED_AFTER = new Set(['oh', 'my', 'thank', 'good', 'dear', 'for']);
const EXCLAIMED_BEFORE = new Set(['knows', 'forbid', 'bless', 'damn']);

/**
 * Whether lower-cased word `i` is said in an exclamation, not talked about: "God" in "oh my God, that's fast" is
 * no topic of the episode, though a tagger reads it as a name.
 */
export function isExclaimed(lower: readonly string[], i: number): boolean {
  return (
    EXCLAIMED.has(lower[i]!) && (EXCLAIMED_AFTER.has(lower[i - 1] ?? '') || EXCLAIMED_BEFORE.has(lower[i + 1] ?? ''))
  );
}

/**
 * Nouns every show about work and technology uses, which alone name no one
 * thing ("Company", "Developers", "Features"): fine inside a phrase
 * ("product management", "application developer"), never a topic alone.
 */
const EVERYDAY_NOUNS = new Set(
  'business businesses company companies organization organizations organisation organisations developer developers engineer engineers feature features application applications language languages team teams product products project projects user users customer customers people person industry market markets progress research tools tool technology technologies function functions button buttons software code concept concepts program programs discussion discussions improvement improvements website websites conference conferences community environment environments request requests information implication implications pattern patterns solution solutions feeling feelings'.split(
    ' ',
  ),
);

/** Days and months: when something happened, never what a chapter is about ("Bill on Monday and Audience"). */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays january february march april june july august september october november december weekend weekends'.split(
    ' ',
  ),
);

export function namesNoOneThing(word: string): boolean {
  return EVERYDAY_NOUNS.has(word.toLowerCase()) || isCalendarWord(word);
}

export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(word.toLowerCase());
}
