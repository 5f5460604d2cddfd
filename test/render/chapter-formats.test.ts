import { describe, expect, it } from 'vitest';
import { chaptersFfmetadata } from '../../src/render/chapter-formats/ffmetadata.js';
import { chaptersHeading } from '../../src/render/chapter-formats/label.js';
import { chaptersPodlove, normalPlayTime, PSC_NAMESPACE } from '../../src/render/chapter-formats/podlove.js';
import { chaptersVtt } from '../../src/render/chapter-formats/webvtt.js';
import { youtubeChapters } from '../../src/render/chapter-formats/youtube.js';
import type { Chapter } from '../../src/model/episode.js';
import { expectGolden, fixtureEpisode } from './golden.js';
import { elements, hasXmllint, parseXml, xmllint } from './xml.js';

const chapter = (startTime: number, title: string, reviewed = false): Chapter => ({
  title,
  startTime,
  endTime: startTime + 1,
  summary: '',
  source: { start: 0, end: 0 },
  kind: 'topic',
  reviewed,
});

describe('chapter formats', () => {
  const episode = fixtureEpisode();

  it('writes WebVTT chapters with escaped titles and the automatic label', () => {
    const vtt = chaptersVtt(episode);
    expect(vtt.startsWith('WEBVTT\n\nNOTE Chapters automatically created')).toBe(true);
    expect(vtt).toContain('00:01:35.250 --> 00:10:10.000\nWhy tabs &amp; spaces matter');
    expectGolden('chapters.vtt', vtt);
  });

  it('writes Podlove Simple Chapters 1.2 in Normal Play Time', () => {
    const xml = chaptersPodlove(episode);
    if (hasXmllint) expect(xmllint(xml).stderr).toBe('');
    const doc = parseXml(xml);
    expect(doc.documentElement.namespaceURI).toBe(PSC_NAMESPACE);
    expect(doc.documentElement.getAttribute('version')).toBe('1.2');
    const starts = elements(doc, PSC_NAMESPACE, 'chapter').map((c) => [
      c.getAttribute('start'),
      c.getAttribute('title'),
    ]);
    expect(starts[1]).toEqual(['00:01:35.250', 'Why tabs & spaces matter']);
    expect(normalPlayTime(3723.5)).toBe('01:02:03.500');
    expectGolden('chapters.psc.xml', xml);
  });

  it('writes FFMETADATA with millisecond chapters and escaped values', () => {
    const meta = chaptersFfmetadata(episode, 'Show = #1; the best');
    expect(meta.split('\n')[0]).toBe(';FFMETADATA1');
    expect(meta).toContain('album=Show \\= \\#1\\; the best');
    expect(meta).toContain('[CHAPTER]\nTIMEBASE=1/1000\nSTART=610000\nEND=1402750\ntitle=Editors\\; config \\= law');
    expectGolden('chapters.ffmetadata.txt', meta);
  });

  it('writes YouTube chapter lines that meet YouTube rules', () => {
    const yt = youtubeChapters(episode.chapters, episode.duration);
    expect(yt).toEqual({
      ok: true,
      lines: ['0:00 Welcome', '1:35 Why tabs & spaces matter', '10:10 Editors; config = law', "23:22 What's next"],
    });
  });

  it('refuses YouTube chapters that break the rules, saying which', () => {
    expect(youtubeChapters([chapter(0, 'A'), chapter(60, 'B')], 200)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('at least 3'),
    });
    expect(youtubeChapters([chapter(5, 'A'), chapter(60, 'B'), chapter(120, 'C')], 200)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('0:00'),
    });
    expect(youtubeChapters([chapter(0, 'A'), chapter(60, 'B'), chapter(65, 'C')], 200)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('chapter 2'),
    });
    expect(youtubeChapters([chapter(0, 'A'), chapter(60, 'B'), chapter(195, 'C')], 200)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('chapter 3'),
    });
    expect(youtubeChapters([chapter(0, 'A'), chapter(3600, 'B'), chapter(7200, 'C')], 8000)).toEqual({
      ok: true,
      lines: ['0:00 A', '1:00:00 B', '2:00:00 C'],
    });
  });

  it('labels chapters as automatically created until every one is reviewed', () => {
    expect(chaptersHeading([chapter(0, 'A', true), chapter(60, 'B', false)])).toBe('Chapters (automatically created)');
    expect(chaptersHeading([chapter(0, 'A', true), chapter(60, 'B', true)])).toBe('Chapters');
    const reviewed = { ...episode, chapters: episode.chapters.map((c) => ({ ...c, reviewed: true })) };
    expect(chaptersVtt(reviewed)).not.toContain('NOTE');
    expect(chaptersPodlove(reviewed)).not.toContain('automatically');
  });
});
