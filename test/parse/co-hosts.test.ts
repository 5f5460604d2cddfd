import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const nobody = { hosts: [], guests: [] };

/** Each speaker's role in a small Markdown transcript, parsed with the given people. */
function roles(
  lines: readonly string[],
  people: Parameters<typeof parse>[2]['people'] = nobody,
): Record<string, string> {
  const { transcript } = parse('episode.md', new TextEncoder().encode(lines.join('\n\n')), {
    people,
    wordsPerMinute: 160,
  });
  return Object.fromEntries(transcript.speakers.map((s) => [s.name, s.role]));
}

const opening = [
  "**Justin Garrison:** Hello and welcome to Ship It. I'm your host, Justin Garrison, and with me as always is Autumn Nash. How's it going, Autumn?",
  "**Autumn Nash:** I'm kind of tired. How are you?",
  '**Justin Garrison:** Today we have Martin Jackson with us. Martin, welcome to the show.',
  '**Martin Jackson:** Thanks for having me.',
];

describe('co-hosts in a transcript whose configuration names no host', () => {
  it('are hosts when the first speaker introduces them "as always", and the welcomed guest stays a guest', () => {
    expect(roles(opening)).toEqual({ 'Justin Garrison': 'host', 'Autumn Nash': 'host', 'Martin Jackson': 'guest' });
  });

  it('are named after "as always" and "my co-host" together', () => {
    const lines = [
      "**Daniel Whitenack:** Welcome to another episode. This is Daniel Whitenack, and I'm joined as always by my co-host, Chris Benson, who is a tech strategist. How are you doing, Chris?",
      "**Chris Benson:** Doing good today. How's it going, Daniel?",
      '**Daniel Whitenack:** We have with us Chang She, the CEO of LanceDB. Welcome.',
      '**Chang She:** Thanks for having me.',
    ];
    expect(roles(lines)).toEqual({ 'Daniel Whitenack': 'host', 'Chris Benson': 'host', 'Chang She': 'guest' });
  });

  it('are everyone on an episode of the hosts alone ("a full panel episode with our co-hosts")', () => {
    const panel = [
      "**Kris Brandow:** Welcome to Go Time. We're having a full panel episode with our co-hosts, with all of our hosts. Joining me is Jon Calhoun.",
      '**Jon Calhoun:** Good, Kris.',
      '**Kris Brandow:** Joining me as well is Johnny Boursiquot.',
      '**Johnny Boursiquot:** Hello, hello.',
    ];
    expect(roles(panel)).toEqual({ 'Kris Brandow': 'host', 'Jon Calhoun': 'host', 'Johnny Boursiquot': 'host' });
    // Someone welcomed on the show is still its guest.
    const withGuest = [...panel, '**Kris Brandow:** And Mat Ryer, welcome to the show.', '**Mat Ryer:** Thanks.'];
    expect(roles(withGuest)['Mat Ryer']).toBe('guest');
  });

  it('are named right after the phrase, alone or in a list, by first name too', () => {
    const panel = [
      '**Nick Nisi:** Welcome to the party. My co-hosts, Jerod and Amal, are here. Our guest is Josh Goldberg.',
      '**Jerod Santo:** Hey.',
      '**Amal Hussein:** Hi all.',
      '**Josh Goldberg:** Glad to be here.',
    ];
    expect(roles(panel)).toEqual({
      'Nick Nisi': 'host',
      'Jerod Santo': 'host',
      'Amal Hussein': 'host',
      'Josh Goldberg': 'guest',
    });
  });

  /** A panel show's opening: Jerod joins, Josh is welcomed. */
  const party = [
    "**Nick Nisi:** Hoy-hoy! Welcome to another JS Party. I'm your host this week, Nick Nisi, and I am joined by my friend and yours, Jerod Santo. Jerod, how's it going?",
    '**Jerod Santo:** Hey-hey! I am doing well.',
    "**Nick Nisi:** Well, that amazing voice is Josh Goldberg. Josh, welcome to the show. Welcome back to the show. How's it going?",
    "**Josh Goldberg:** Thanks. I'm good.",
  ];
  const panel = { 'Nick Nisi': 'host', 'Jerod Santo': 'host', 'Josh Goldberg': 'guest' };

  it('are the ones the host is joined by when another is welcomed as the guest', () => {
    expect(roles(party)).toEqual(panel);
    // Joined by a guest, with nobody else welcomed: the one joining is the guest.
    const interview = [
      "**Nick Nisi:** Welcome to the show. Today I'm joined by Josh Goldberg, who wrote a book about TypeScript.",
      '**Josh Goldberg:** Glad to be here.',
    ];
    expect(roles(interview)).toEqual({ 'Nick Nisi': 'host', 'Josh Goldberg': 'guest' });
  });

  it('are found in caption text too, with no capitals or punctuation after the labels', () => {
    const captions = party.map((line) =>
      line.replace(
        /^(\*\*[^*]+:\*\* )(.*)$/,
        (_, label: string, said: string) => label + said.replace(/[.,!?]/g, '').toLowerCase(),
      ),
    );
    expect(captions[2]).toContain('josh welcome to the show');
    expect(roles(captions)).toEqual(panel);
  });

  it('are left as configured when the configuration names the host', () => {
    const people = { hosts: [{ name: 'Justin Garrison', aliases: [] }], guests: [] };
    expect(roles(opening, people)['Autumn Nash']).toBe('guest');
  });
});

describe('speaker labels', () => {
  it('name a co-host the host introduces beside themselves ("I\'m Justin Garrison, and this is Autumn Nash")', () => {
    const lines = [
      "**Justin Garrison:** Hello and welcome to the 100th episode. For anyone that's new here, I'm Justin Garrison, and this is Autumn Nash, and we are the new hosts.",
      '**Autumn Nash:** I know! It feels like we just started.',
      '**Justin Garrison:** Paul, welcome to the show.',
      '**Paul Frazee✌:** Thanks for having me.',
    ];
    expect(roles(lines)).toEqual({ 'Justin Garrison': 'host', 'Autumn Nash': 'host', 'Paul Frazee': 'guest' });
  });

  it('name no person when they label a recording played on the show ("Zelda track", "Outro")', () => {
    const lines = [
      '**Jerod Santo:** Here is the track that Brian loves.',
      '**Zelda track:** La la la, the Zelda trap jazz.',
      '**Kevin Ball:** That is a great track.',
      '**Outro:** Thanks for listening.',
      '**Bette Midler Song:** From a distance.',
      '**Jae Song:** I wrote the plugin.',
    ];
    expect(roles(lines)).toEqual({
      'Jerod Santo': 'host',
      'Zelda track': 'other',
      'Kevin Ball': 'guest',
      Outro: 'other',
      'Bette Midler Song': 'other',
      'Jae Song': 'guest',
    });
  });
});
