import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { social } from '../../src/render/social/index.js';
import { readableMarkdown } from '../../src/render/transcripts/readable-format.js';
import type { EpisodeContext } from '../../src/render/types.js';
import { testConfig } from '../helpers/build.js';
import { fixtureEpisode } from './golden.js';

const EVIL_NAME = 'Evil [pwn](javascript:alert(2)) & Co';
const EVIL_TITLE = 'Title <script>alert(1)</script> **bold** ![img](x.png) `code` # not a heading';

/** Every node of a Markdown tree, depth first. */
function nodes(tree: Root | RootContent): RootContent[] {
  const children = 'children' in tree ? (tree.children as RootContent[]) : [];
  return children.flatMap((c) => [c, ...nodes(c)]);
}
const parse = (md: string) => unified().use(remarkParse).parse(md);
const plain = (node: RootContent): string =>
  'value' in node ? String(node.value) : 'children' in node ? (node.children as RootContent[]).map(plain).join('') : '';

async function socialMd(): Promise<string> {
  const episode = fixtureEpisode();
  const card = {
    quote: 0,
    speaker: EVIL_NAME,
    alt: 'Alt ``` with ``` fences',
    images: [{ preset: 'square', width: 1080, height: 1080, path: 'cards/quote-1-square.png' }],
    captions: { x: 'x', linkedin: 'l', instagram: 'i', mastodon: 'm', bluesky: 'b' },
  };
  const ctx = {
    episode: { ...episode, title: EVIL_TITLE, cards: [card] },
    config: testConfig({ podcast: { title: 'Radio', siteUrl: 'https://example.com/radio/' } }),
    options: { type: 'full' },
    warn: () => {},
  } as unknown as EpisodeContext;
  const [file] = await social.render(ctx);
  return String(file!.contents);
}

describe('social.md escapes Markdown in every text it did not write itself', () => {
  it('turns a speaker name holding a javascript: link into text, not a link', async () => {
    const tree = parse(await socialMd());
    const links = nodes(tree).filter((n) => n.type === 'link');
    expect(links.map((l) => l.url)).toEqual([
      'https://example.com/radio/fixture-episode/show-notes.html',
      'cards/quote-1-square.png',
    ]);
    const headings = nodes(tree)
      .filter((n) => n.type === 'heading')
      .map(plain);
    expect(headings).toContain(`Card 1: ${EVIL_NAME}`);
  });

  it('keeps raw HTML, emphasis and images in a title as the literal text', async () => {
    const tree = parse(await socialMd());
    expect(nodes(tree).filter((n) => ['html', 'image', 'strong', 'inlineCode'].includes(n.type))).toEqual([]);
    expect(plain(tree.children[0]!)).toBe(`Social posts: ${EVIL_TITLE}`);
  });

  it('keeps alt text and captions as code blocks, exactly as written', async () => {
    const tree = parse(await socialMd());
    const code = nodes(tree)
      .filter((n) => n.type === 'code')
      .map((n) => (n as { value: string }).value);
    expect(code).toEqual(['Alt ``` with ``` fences', 'x', 'l', 'i', 'm', 'b']);
  });
});

describe('the readable transcript.md escapes Markdown in names, titles and speech', () => {
  it('keeps links, raw HTML and list markers in the text as literal text', () => {
    const episode = { ...fixtureEpisode(), title: EVIL_TITLE };
    const speech = '1. See [docs](javascript:alert(3)) and <img src=x onerror=alert(4)> *now*';
    const md = readableMarkdown(episode, [
      {
        chapter: { title: '<b>Intro</b> [x](javascript:y)', startTime: 0 },
        paragraphs: [{ speaker: EVIL_NAME, startTime: 5, text: speech }],
      },
    ]);
    const tree = parse(md);
    expect(nodes(tree).filter((n) => ['link', 'html', 'image', 'list', 'inlineCode'].includes(n.type))).toEqual([]);
    expect(plain(tree.children.at(-1)!)).toBe(`${EVIL_NAME} (0:05): ${speech}`);
    expect(plain(tree.children[2]!)).toBe('0:00 <b>Intro</b> [x](javascript:y)');
  });
});
