import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

// Speaker attribution feeds segmentation (a host question opens a topic), so its behaviour is pinned here.
const people = { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [{ name: 'Ari Guest', aliases: [] }] };

/** Parse an unlabelled `>>` caption text; returns each turn as "speaker: first words". */
function turnsOf(text: string): string[] {
  // Captions put each `>>` at the start of a line.
  const lines = text.replace(/\s*>>\s*/g, '\n>> ').trim();
  const { transcript: t } = parse('episode.txt', new TextEncoder().encode(lines), { people, wordsPerMinute: 160 });
  return t.turns.map(
    (turn) =>
      `${t.speakers.find((s) => s.id === turn.speaker)!.name === 'Dana Host' ? 'host' : 'guest'}: ${t.text.slice(turn.start, turn.end).trim().split(/\s+/).slice(0, 4).join(' ')}`,
  );
}

const answer = (topic: string) =>
  `I think ${topic} is moving faster than most people realise. In my work we see it every week. I spent years on this problem and I still learn something new each month. We built our first system in a small lab and I remember how slow it was. My team now runs experiments that would have taken a year back then. I believe the next step is making it reliable, and I am fairly sure we will get there. Our results so far are encouraging and I expect them to improve a lot. I would not have guessed that when I started.`;

describe('speaker attribution of unlabelled >> captions', () => {
  it('alternates host questions and guest answers', () => {
    const turns = turnsOf(
      `>> Welcome to the Show. My guest today is Ari. >> ${answer('search')} >> How did you get into search? >> ${answer('ranking')}`,
    );
    expect(turns.map((t) => t.split(':')[0])).toEqual(['host', 'guest', 'host', 'guest']);
  });

  it("splits a guest's thanks from the host question that follows it in the same block", () => {
    const turns = turnsOf(
      `>> Welcome to the Show. My guest today is Ari. Please enjoy. >> Ari, welcome. >> Thank you very much. There was a narrative this year that progress was slowing down. What is it that people in the labs know that others miss? >> ${answer('progress')}`,
    );
    expect(turns).toEqual([
      'host: Welcome to the Show.',
      'host: Ari, welcome',
      'guest: Thank you very much',
      'host: There was a narrative',
      'guest: I think progress is',
    ]);
  });

  it('gives the guest the answer that runs on after a host question without a >> mark', () => {
    const turns = turnsOf(
      `>> Welcome to the Show. My guest today is Ari. >> ${answer('search')} >> Great. What is next for pre-training? ${answer('pre-training')} >> What about data? >> ${answer('data')}`,
    );
    expect(turns.map((t) => t.split(':')[0])).toEqual(['host', 'guest', 'host', 'guest', 'host', 'guest']);
    expect(turns[3]).toBe('guest: I think pre-training is');
  });

  it('gives the host a closing question at the end of a long guest block', () => {
    const turns = turnsOf(
      `>> Welcome to the Show. My guest today is Ari. >> ${answer('search')} And maybe as a last question, what are you most excited about? >> ${answer('agents')}`,
    );
    expect(turns).toEqual([
      'host: Welcome to the Show.',
      'guest: I think search is',
      'host: And maybe as a',
      'guest: I think agents is',
    ]);
  });

  it('keeps rhetorical and tag questions inside an answer with the guest', () => {
    const turns = turnsOf(
      `>> Welcome to the Show. My guest today is Ari. >> ${answer('search')} But why would anyone care, right? ${answer('ranking')} And what does that mean for users? ${answer('latency')} >> Fascinating. How do you test it? >> ${answer('testing')}`,
    );
    expect(turns.map((t) => t.split(':')[0])).toEqual(['host', 'guest', 'host', 'guest']);
  });
});
