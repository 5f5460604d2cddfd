import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { boundaryScores } from '../../src/segment/features.js';
import { episodeFrame } from '../../src/segment/frame.js';

/** A panel show: Nick hosts, Jerod co-hosts, Josh is the guest; times every few turns so the intro lasts a while. */
const PANEL = [
  "**Nick Nisi:** \\[00:00\\] Welcome to JS Party. I'm your host, Nick Nisi, and with me as always is Jerod Santo.",
  '**Jerod Santo:** \\[00:30\\] Hey-hey! Happy to be here. Josh, what are you wearing over there today?',
  '**Josh Goldberg:** TypeScript socks, and a shirt I forgot to put on this morning.',
  '**Nick Nisi:** \\[00:50\\] Josh, welcome back to the show. So how did you first get into TypeScript?',
  '**Josh Goldberg:** I joined a team that had just moved a large codebase over, and the editor support sold me within a week of using it.',
  '**Jerod Santo:** \\[01:40\\] And did the team like it?',
  '**Josh Goldberg:** Most of them did after the first month, once the build stopped getting in the way.',
].join('\n\n');

const people = {
  hosts: [
    { name: 'Nick Nisi', aliases: [] },
    { name: 'Jerod Santo', aliases: [] },
  ],
  guests: [{ name: 'Josh Goldberg', aliases: [] }],
};

describe('a panel show with a co-host', () => {
  const { transcript: t } = parse('panel.md', new TextEncoder().encode(PANEL), { people, wordsPerMinute: 160 });
  const startOfTurn = (k: number) => t.turns[k]!.firstSentence;

  it("ends the introduction at the host's first real question, not a co-host's banter", () => {
    const { forced, bodyStart } = episodeFrame(t);
    expect(forced.get(0)).toBe('introduction');
    expect(bodyStart).toBe(startOfTurn(3));
  });

  it('weighs a turn of the host who runs the show above the same turn by a co-host', () => {
    const scores = boundaryScores(t, { ...zeroed(), host: 1 });
    expect(scores[startOfTurn(3)]).toBe(1);
    expect(scores[startOfTurn(5)]).toBe(0);
  });
});

/** Every boundary weight at zero, so one feature can be read alone. */
function zeroed() {
  return {
    depth: 0,
    window: 3,
    turnStart: 0,
    host: 0,
    question: 0,
    answered: 0,
    cue: 0,
    shortTurn: 0,
    midTurn: 0,
    break: 0,
    afterNote: 0,
  };
}
