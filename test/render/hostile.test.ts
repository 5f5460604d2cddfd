import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInMemory, root } from '../helpers/build.js';
import { PUBLISH_OUTPUTS } from './artifacts.js';
import { hasXmllint, parseXml, xmllint } from './xml.js';

const transcript = path.join(root, 'test/fixtures/render/hostile/transcript.txt');

/** Untrusted text everywhere a user or a transcript can put it. */
const hostile = {
  podcast: {
    title: 'Show <script>alert(1)</script> ]]> {{show.title}} & "Q" \'A\'',
    author: 'Ann & <Co>',
    description: 'About ]]> <script>x</script> & {{#each quotes}}',
    siteUrl: 'https://example.com/show/?a=1&b=2',
    feedUrl: 'https://example.com/feed.xml',
    artwork: 'https://example.com/art.png?size=3000&v="2"',
    categories: ['Technology > Tech & <News>'],
    owner: { name: 'Ann "Owner" <x> ]]>', email: 'ann@example.com' },
    copyright: '© Ann & Bob ]]>',
    hashtags: ['a<b>', '{{x}}'],
  },
  people: {
    hosts: [{ name: 'Ann Host', aliases: [] }],
    guests: [{ name: 'Bob Guest', aliases: [], title: 'Engineer <b>& "friend"</b> ]]>' }],
  },
  episodes: {
    transcript: {
      title: '../../evil <img src=x onerror=alert(1)> ]]> {{episode.title}} & "q"',
      date: '2025-01-02',
      description: '<script>alert("summary")</script> ]]> {{episode.summary}} & done',
      audio: { url: 'https://example.com/a.mp3?x=1&y=2', length: 123 },
    },
  },
  corrections: { Honestly: '<script>corrected</script>' },
  segmentation: { minutesPerChapter: 3, minChapterSeconds: 60 },
};

describe('untrusted text stays text', async () => {
  const result = await buildInMemory([transcript], hostile, PUBLISH_OUTPUTS);
  const episode = result.episodes[0]!;
  const files = [...episode.files, ...result.showFiles].map((f) => ({
    path: f.path,
    text: typeof f.contents === 'string' ? f.contents : Buffer.from(f.contents).toString('utf8'),
  }));
  const ofType = (re: RegExp) => files.filter((f) => re.test(f.path));

  it('builds every publish output from the hostile transcript and config', () => {
    expect(episode.error).toBeUndefined();
    const names = files.map((f) => f.path);
    for (const name of [
      'feed.xml',
      'transcript/transcript.vtt',
      'host-notes/apple.html',
      'newsletter.html',
      'chapters/chapters.psc.xml',
    ]) {
      expect(names.some((n) => n.endsWith(name))).toBe(true);
    }
    // The hostile text did reach the outputs (so the checks below test something).
    expect(files.find((f) => f.path === 'feed.xml')!.text).toContain('{{episode.title}}');
  });

  it('escapes every HTML output: no script, image or event handler becomes markup', () => {
    const html = ofType(/\.html$/);
    expect(html.length).toBeGreaterThanOrEqual(6);
    for (const f of html) {
      expect(f.text, f.path).not.toMatch(/<script|<img src=x|<b>|<x>|<Co>/i);
      expect(f.text, f.path).toMatch(/&lt;script&gt;|&lt;img/);
    }
  });

  it('keeps every XML output well-formed and the text intact', () => {
    const xml = ofType(/\.xml$/);
    expect(xml.map((f) => f.path).sort()).toEqual(
      ['feed.xml', 'transcript/chapters/chapters.psc.xml', 'web-feed/atom.xml', 'web-feed/rss.xml'].sort(),
    );
    for (const f of xml) {
      if (hasXmllint) expect(xmllint(f.text).stderr, f.path).toBe('');
      const doc = parseXml(f.text);
      expect(doc.getElementsByTagName('script'), f.path).toHaveLength(0);
      // Outside CDATA nothing is markup but the document's own elements.
      expect(f.text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''), f.path).not.toMatch(/<(script|img|b)\b/i);
      // Readers render these as HTML: their decoded text must still hold no markup.
      for (const el of Array.from(doc.getElementsByTagName('*'))) {
        if (
          ['description', 'encoded', 'summary', 'content', 'subtitle'].includes(el.localName) ||
          el.getAttribute('type') === 'html'
        ) {
          expect(el.textContent, `${f.path} ${el.localName}`).not.toMatch(/<(script|img|b)\b/i);
        }
      }
    }
    const feed = parseXml(files.find((f) => f.path === 'feed.xml')!.text);
    const title = Array.from(feed.getElementsByTagName('title')).map((t) => t.textContent);
    expect(title).toContain('../../evil <img src=x onerror=alert(1)> ]]> {{episode.title}} & "q"');
  });

  it('escapes WebVTT cue text and voices', () => {
    for (const f of ofType(/\.vtt$/)) {
      const cueText = f.text.split('\n').filter((l) => l && !/-->|^WEBVTT|^NOTE|^\d+$|^chapter-\d+$/.test(l));
      for (const line of cueText) expect(line.replace(/^<v [^<>]*>/, ''), f.path).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
    }
  });

  it('escapes Markdown so transcript text cannot become markup or links', () => {
    for (const f of ofType(/\.md$/)) {
      expect(f.text, f.path).not.toMatch(/(?<!\\)<(script|img|b)\b/i);
    }
  });

  it('leaves no unrendered or re-rendered template markers: {{ in input stays literal text', () => {
    const notes = files.find((f) => f.path.endsWith('host-notes/plain.txt'))!.text;
    expect(notes).toContain('{{episode.summary}}');
    expect(notes).toContain('<script>alert("summary")</script>');
  });

  it('writes JSON outputs that parse', () => {
    for (const f of ofType(/\.json$/)) expect(() => JSON.parse(f.text), f.path).not.toThrow();
  });

  it('keeps YouTube descriptions free of angle brackets', () => {
    const yt = files.find((f) => f.path.endsWith('host-notes/youtube.txt'))!.text;
    expect(yt).not.toMatch(/[<>]/);
    expect(yt).toContain('‹script›');
  });

  it('names output files safely whatever the title', () => {
    for (const f of files) {
      expect(f.path, f.path).toMatch(/^[a-z0-9][a-z0-9.-]*(\/[a-z0-9][a-z0-9._-]*)*$/);
      expect(f.path.split('/')).not.toContain('..');
    }
  });

  it('drops javascript: links instead of writing them', async () => {
    const evil = structuredClone(hostile) as typeof hostile & { people: { guests: { href?: string }[] } };
    evil.people.guests[0]!.href = 'javascript:alert(1)';
    const again = await buildInMemory([transcript], evil, ['host-notes', 'newsletter', 'feed']);
    const all = [...again.episodes[0]!.files, ...again.showFiles].map((f) => String(f.contents));
    expect(again.episodes[0]!.error).toBeUndefined();
    for (const text of all) expect(text).not.toMatch(/javascript:/i);
  });
});
