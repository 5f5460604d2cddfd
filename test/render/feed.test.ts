import { describe, expect, it } from 'vitest';
import { buildInMemory, fileText, seed } from '../helpers/build.js';
import { NS } from '../../src/render/feed/podcast-rss.js';
import { podcastGuid, uuidV5 } from '../../src/render/feed/uuid.js';
import { completeConfig, PUBLISH_OUTPUTS } from './artifacts.js';
import { elements, hasXmllint, parseXml, xmllint } from './xml.js';

describe('podcast:guid', () => {
  it('matches the Podcasting 2.0 documented example', () => {
    expect(podcastGuid('https://podnews.net/rss')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
    expect(podcastGuid('http://podnews.net/rss/')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
  });

  it('is an RFC 4122 version 5 UUID', () => {
    expect(uuidV5('example', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
});

describe('feed.xml for the seed show', async () => {
  const result = await buildInMemory([seed], completeConfig, PUBLISH_OUTPUTS);
  const xml = fileText(result.showFiles, 'feed.xml');
  const doc = parseXml(xml);
  const channel = elements(doc, null, 'channel')[0]!;
  const item = elements(doc, null, 'item')[0]!;
  const child = (parent: Element, ns: string | null, local: string) =>
    Array.from(parent.childNodes).filter(
      (n): n is Element => n.nodeType === 1 && (n as Element).localName === local && (n as Element).namespaceURI === ns,
    );

  it.skipIf(!hasXmllint)('is well-formed with every prefix declared (xmllint, empty stderr)', () => {
    const lint = xmllint(xml);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  });

  it('declares the itunes, podcast, content and atom namespaces on <rss>', () => {
    const rss = doc.documentElement;
    expect(rss.localName).toBe('rss');
    expect(rss.getAttribute('version')).toBe('2.0');
    for (const prefix of ['itunes', 'podcast', 'content', 'atom'] as const)
      expect(rss.getAttribute(`xmlns:${prefix}`)).toBe(NS[prefix]);
  });

  it('has the channel tags Apple requires and recommends', () => {
    for (const name of ['title', 'description', 'language', 'link']) expect(child(channel, null, name)).toHaveLength(1);
    expect(child(channel, NS.itunes, 'image')[0]!.getAttribute('href')).toBe('https://example.com/art.jpg');
    const categories = child(channel, NS.itunes, 'category');
    expect(categories.map((c) => c.getAttribute('text'))).toEqual(['Technology', 'Business']);
    expect(child(categories[1]!, NS.itunes, 'category')[0]!.getAttribute('text')).toBe('Entrepreneurship');
    expect(child(channel, NS.itunes, 'explicit')[0]!.textContent).toBe('false');
    expect(child(channel, NS.itunes, 'author')[0]!.textContent).toBe('Matt Turck');
    const owner = child(channel, NS.itunes, 'owner')[0]!;
    expect(child(owner, NS.itunes, 'email')[0]!.textContent).toBe('matt@example.com');
    expect(child(channel, NS.atom, 'link')[0]!.getAttribute('rel')).toBe('self');
    expect(child(channel, NS.podcast, 'guid')[0]!.textContent).toBe(
      podcastGuid('https://example.com/podcast/feed.xml'),
    );
    expect(child(channel, NS.podcast, 'person')[0]!.getAttribute('role')).toBe('host');
  });

  it('dates the feed from the episodes, not the clock', () => {
    expect(child(channel, null, 'lastBuildDate')[0]!.textContent).toBe('Thu, 27 Nov 2025 00:00:00 GMT');
    expect(child(item, null, 'pubDate')[0]!.textContent).toBe('Thu, 27 Nov 2025 00:00:00 GMT');
  });

  it('has the item tags Apple requires and recommends', () => {
    expect(child(item, null, 'title')[0]!.textContent).toBe('Łukasz Kaiser on Reasoning Models');
    const enclosure = child(item, null, 'enclosure')[0]!;
    expect(enclosure.getAttribute('url')).toBe('https://cdn.example.com/mad/ep42.mp3');
    expect(enclosure.getAttribute('length')).toBe('68160000');
    expect(enclosure.getAttribute('type')).toBe('audio/mpeg');
    expect(child(item, null, 'guid')[0]!.getAttribute('isPermaLink')).toBe('false');
    expect(Number(child(item, NS.itunes, 'duration')[0]!.textContent)).toBeGreaterThan(3600);
    expect(child(item, NS.itunes, 'episode')[0]!.textContent).toBe('42');
    expect(child(item, NS.itunes, 'season')[0]!.textContent).toBe('2');
    expect(child(item, NS.itunes, 'episodeType')[0]!.textContent).toBe('full');
    const notes = child(item, NS.content, 'encoded')[0]!.textContent!;
    expect(Buffer.byteLength(notes)).toBeLessThanOrEqual(4000);
    expect(xml).toContain('<content:encoded><![CDATA[<p>');
    expect(
      notes
        .match(/<\/?([a-z]+)/g)!
        .map((t) => t.replace(/[</]/g, ''))
        .every((t) => ['p', 'ol', 'ul', 'li', 'a'].includes(t)),
    ).toBe(true);
  });

  it('names host and guest, links chapters and four transcripts', () => {
    const persons = child(item, NS.podcast, 'person').map((p) => [
      p.getAttribute('role'),
      p.textContent,
      p.getAttribute('href'),
    ]);
    expect(persons).toEqual([
      ['host', 'Matt Turck', null],
      ['guest', 'Łukasz Kaiser', 'https://example.com/lukasz'],
    ]);
    const chapters = child(item, NS.podcast, 'chapters')[0]!;
    expect(chapters.getAttribute('url')).toBe('https://cdn.example.com/mad/mad-podcast-lukasz-kaiser/chapters.json');
    expect(chapters.getAttribute('type')).toBe('application/json+chapters');
    const transcripts = child(item, NS.podcast, 'transcript').map((t) => [
      t.getAttribute('type'),
      t.getAttribute('url'),
    ]);
    expect(transcripts.map(([type]) => type)).toEqual([
      'text/vtt',
      'application/x-subrip',
      'application/json',
      'text/html',
    ]);
    const files = result.episodes[0]!.files.map((f) => f.path);
    // Every linked file is one the build writes, at the same path under the assets URL.
    for (const [, url] of [...transcripts, [null, chapters.getAttribute('url')]]) {
      expect(files).toContain(url!.replace('https://cdn.example.com/mad/', ''));
    }
  });

  it('makes soundbites of 15–120 s with titles of at most 128 characters', () => {
    const bites = child(item, NS.podcast, 'soundbite');
    expect(bites.length).toBeGreaterThan(0);
    for (const b of bites) {
      const duration = Number(b.getAttribute('duration'));
      expect(duration).toBeGreaterThanOrEqual(15);
      expect(duration).toBeLessThanOrEqual(120);
      expect(Number(b.getAttribute('startTime')) + duration).toBeLessThanOrEqual(
        result.episodes[0]!.episode!.duration + 0.001,
      );
      expect([...b.textContent!].length).toBeLessThanOrEqual(128);
    }
  });

  it('keeps item guids across builds and title changes, and output byte-identical', async () => {
    const guid = child(item, null, 'guid')[0]!.textContent;
    const again = await buildInMemory([seed], completeConfig, PUBLISH_OUTPUTS);
    expect(fileText(again.showFiles, 'feed.xml')).toBe(xml);
    const retitled = structuredClone(completeConfig);
    retitled.episodes['mad-podcast-lukasz-kaiser'].title = 'A new title';
    const other = parseXml(fileText((await buildInMemory([seed], retitled, ['feed'])).showFiles, 'feed.xml'));
    expect(elements(other, null, 'guid')[0]!.textContent).toBe(guid);
  });

  it('warns about nothing when every publishing fact is given', () => {
    expect(result.warnings.filter((w) => w.rule?.startsWith('publish/'))).toEqual([]);
  });
});

describe('missing publishing facts', async () => {
  const result = await buildInMemory([seed], { podcast: { title: 'Bare Show' } }, ['feed']);

  it('are warnings that name the config field', () => {
    const messages = result.warnings.map((w) => `${w.file}: ${w.message}`);
    for (const field of [
      'podcast.artwork',
      'podcast.owner',
      'podcast.feedUrl',
      'podcast.categories',
      'podcast.siteUrl',
      'podcast.description',
      'episodes.mad-podcast-lukasz-kaiser.audio.url',
      'episodes.mad-podcast-lukasz-kaiser.date',
    ]) {
      expect(messages.some((m) => m.startsWith(`pipeline.config.ts: ${field} missing`))).toBe(true);
    }
  });

  it('still give a well-formed feed, without enclosure or links it cannot make', () => {
    const xml = fileText(result.showFiles, 'feed.xml');
    const doc = parseXml(xml);
    expect(elements(doc, null, 'enclosure')).toHaveLength(0);
    expect(elements(doc, NS.podcast, 'transcript')).toHaveLength(0);
    expect(elements(doc, NS.podcast, 'guid')).toHaveLength(1);
    if (hasXmllint) expect(xmllint(xml).stderr).toBe('');
  });
});
