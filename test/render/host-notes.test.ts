import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../src/errors.js';
import { renderHostNotes } from '../../src/render/host-notes/render.js';
import { sanitiseNotesHtml, topLevelBlocks, trimNotesHtml } from '../../src/render/host-notes/html-policy.js';
import { testConfig } from '../helpers/build.js';
import { expectGolden, fixtureEpisode } from './golden.js';

const config = testConfig({
  podcast: { title: 'Indent Radio', siteUrl: 'https://example.com/radio/', hashtags: ['Code', 'Tabs'] },
  people: {
    hosts: [{ name: 'Ann Host', aliases: [] }],
    guests: [{ name: 'Bob Guest', aliases: [], title: 'Formatter author', href: 'https://example.com/bob' }],
  },
});
const options = { type: 'full' as const };
const tags = (html: string) => [...html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[1]!.toLowerCase());

function render(profile: Parameters<typeof renderHostNotes>[0], episode = fixtureEpisode(), cfg = config) {
  const warnings: Warning[] = [];
  const text = renderHostNotes(profile, episode, options, cfg, (w) => warnings.push(w));
  return { text, warnings };
}

describe('host notes', () => {
  it('writes Apple, generic and Spotify HTML with only p, ol, ul, li and a', () => {
    for (const profile of ['apple', 'generic', 'spotify'] as const) {
      const { text, warnings } = render(profile);
      expect(new Set(tags(text)), profile).toSatisfy((set: Set<string>) =>
        [...set].every((t) => ['p', 'ol', 'ul', 'li', 'a'].includes(t)),
      );
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4000);
      expect(text).toContain('Chapters (automatically created)');
      expect(text).toContain('Fixture: Tabs'.length > 0 ? 'Ann Host talks with Bob Guest' : '');
      expect(warnings).toEqual([]);
      expectGolden(`host-notes-${profile}.html`, text);
    }
  });

  it('writes Apple chapter timestamps from 00:00:00', () => {
    const { text } = render('apple');
    expect(text).toContain('<li>00:00:00 Welcome</li>\n<li>00:01:35 Why tabs &amp; spaces matter</li>');
  });

  it('writes a YouTube description with valid chapters, no angle brackets and hashtags', () => {
    const { text, warnings } = render('youtube');
    expect(text).toContain(
      "Chapters (automatically created)\n0:00 Welcome\n1:35 Why tabs & spaces matter\n10:10 Editors; config = law\n23:22 What's next\n",
    );
    expect(text).toContain('#Code #Tabs');
    expect(text).not.toMatch(/[<>]/);
    expect(warnings).toEqual([]);
    expectGolden('host-notes-youtube.txt', text);
  });

  it('leaves chapters out of the YouTube description, with a warning, when they break YouTube rules', () => {
    const episode = fixtureEpisode();
    episode.chapters[2]!.startTime = 100; // 95.25 → 100: a 4.75-second chapter
    const { text, warnings } = render('youtube', episode);
    expect(text).not.toMatch(/^\d+:\d\d /m);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/YouTube chapters left out .*: chapter 2 .* at least 10 s/);
  });

  it('writes plain text notes', () => {
    const { text } = render('plain');
    expect(text).not.toMatch(/<[a-z/]/);
    expect(text).toContain('Chapters (automatically created):\n0:00 Welcome');
    expectGolden('host-notes-plain.txt', text);
  });

  it('says "Chapters" without the label once a person has reviewed every chapter', () => {
    const episode = fixtureEpisode();
    for (const c of episode.chapters) c.reviewed = true;
    for (const profile of ['apple', 'generic', 'spotify', 'youtube', 'plain'] as const) {
      const { text } = render(profile, episode);
      expect(text, profile).toContain('Chapters');
      expect(text, profile).not.toContain('automatically');
    }
  });

  it('trims long notes to 4000 bytes at a paragraph boundary with a link to the full notes', () => {
    const episode = fixtureEpisode();
    episode.takeaways = Array.from({ length: 40 }, (_, i) => ({
      ...episode.takeaways[0]!,
      text: `Takeaway ${i}: ${'ż'.repeat(60)} & more`,
    }));
    episode.chapters = Array.from({ length: 60 }, (_, i) => ({
      ...episode.chapters[0]!,
      title: `Chapter ${i} — ${'é'.repeat(30)}`,
      startTime: i * 30,
      endTime: i * 30 + 30,
    }));
    for (const profile of ['apple', 'generic', 'spotify'] as const) {
      const { text, warnings } = render(profile, episode);
      expect(Buffer.byteLength(text), profile).toBeLessThanOrEqual(4000);
      expect(
        text
          .trim()
          .endsWith(
            '<p><a href="https://example.com/radio/fixture-episode/show-notes.html">Read the full show notes</a></p>',
          ),
        profile,
      ).toBe(true);
      // Only whole blocks: every opened list or paragraph is closed.
      expect(topLevelBlocks(text).join('\n'), profile).toBe(text.trim());
      expect(
        warnings.map((w) => w.rule),
        profile,
      ).toContain('notes/trimmed');
    }
  });

  it('keeps notes under the limit untouched, and trims exactly at block boundaries', () => {
    const html = `<p>a</p>\n<ul>\n<li>b</li>\n</ul>\n<p>${'c'.repeat(200)}</p>`;
    expect(trimNotesHtml(html, 4000, undefined)).toEqual({ html, trimmed: false });
    const more = '<p><a href="https://x.test/">Read the full show notes</a></p>';
    const cut = trimNotesHtml(
      html,
      Buffer.byteLength(`<p>a</p>\n<ul>\n<li>b</li>\n</ul>\n${more}`) + 1,
      'https://x.test/',
    );
    expect(cut).toEqual({ html: `<p>a</p>\n<ul>\n<li>b</li>\n</ul>\n${more}`, trimmed: true });
  });

  it('strips tags hosts do not render from user templates, keeping their text and safe links', () => {
    const { html, dropped } = sanitiseNotesHtml(
      '<h2>Title</h2>\n<p><b>Bold</b> <a href="javascript:alert(1)" onclick="x">bad</a> <a href="https://ok.test/?a=1&amp;b=2" class="c">ok</a></p>\n<img src="x.png">',
    );
    expect(dropped).toEqual(['b', 'h2', 'img']);
    expect(html).toBe('Title<p>Bold <a>bad</a> <a href="https://ok.test/?a=1&amp;b=2">ok</a></p>');
  });

  it('uses a template from the user folder when one exists, file by file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'castwright-templates-'));
    mkdirSync(path.join(dir, 'host-notes'));
    writeFileSync(
      path.join(dir, 'host-notes', 'plain.txt.hbs'),
      'Custom: {{episode.title}} ({{chapters.items.length}} chapters)\n',
    );
    const custom = testConfig({ podcast: { title: 'Indent Radio' }, templates: dir });
    expect(render('plain', fixtureEpisode(), custom).text).toBe(
      'Custom: Fixture: Tabs & "Spaces" <Live> (4 chapters)\n',
    );
    // Other profiles still come from the built-in templates.
    expect(render('youtube', fixtureEpisode(), custom).text).toContain('0:00 Welcome');
  });
});
