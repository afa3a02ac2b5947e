import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/inputs/draft.js';
import { findFrontMatter } from '../../src/inputs/front-matter.js';
import { LineIndex } from '../../src/model/index.js';
import { lintText, where } from '../support/engine.js';

async function doc(text: string, file = 'draft.md') {
  const parsed = await parseDraft(text, file);
  if (!parsed.doc) throw new Error(parsed.errors.map((e) => e.format()).join('\n'));
  return parsed.doc;
}

/** The prose with runs of blanks collapsed: what detectors can read. */
const words = (prose: string) => prose.split(/\s+/).filter(Boolean);

const SAMPLES: Array<[string, string]> = [
  ['draft.md', '# Road closed\n\nThe **A48** is _closed_ today. See [the map](https://example.org/map).\n'],
  ['draft.md', 'Line one\r\nLine two with `code`\r\n\r\n```\r\nfenced\r\n```\r\n'],
  ['draft.md', '---\r\nchannel: twitter\r\n---\r\nBody 😀 text\r\n'],
  ['draft.md', '| a | b |\n|---|---|\n| c 😀 | d |\n\n* one\n* two\n\n> quote\n'],
  ['draft.md', '<div>html block</div>\n\n<!-- comment -->\ntext ![alt](https://i.example/x.png) www.example.com\n'],
  ['draft.md', '    indented code\n\npara\\*escaped\\* &amp; entity\n'],
  ['draft.txt', '---\nchannel: facebook\n---\nPlain **text** https://example.org/x?y=1. <!-- hidden -->\n'],
  ['draft.txt', 'Tabs\tand\r\nCRLF\r\n\u00a0nbsp\n'],
  ['draft.md', ''],
  ['draft.md', '\n\n\n'],
];

describe('parseDraft: prose', () => {
  it.each(SAMPLES)('%s %j: prose is the same length as text, newlines in place, other characters kept or blanked', async (file, text) => {
    const d = await doc(text, file);
    expect(d.text).toBe(text);
    expect(d.prose).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n' || text[i] === '\r') expect(d.prose[i], `offset ${i}`).toBe(text[i]);
      else expect([text[i], ' '], `offset ${i}`).toContain(d.prose[i]);
    }
  });

  it('Markdown: code spans, fenced and indented code, HTML, comments, images and link URLs are blanked; link text is kept', async () => {
    const text = [
      'Before `inline 07700 900123` after',
      '',
      '```',
      'fenced 07700 900124',
      '```',
      '',
      '    indented code block',
      '',
      '<!-- a comment -->',
      '<div class="x">html block</div>',
      '',
      'See [the link text](https://example.org/secret-path) and ![alt words](https://img.example/pic.png) done',
      '',
    ].join('\n');
    const d = await doc(text);
    expect(words(d.prose)).toEqual(['Before', 'after', 'See', 'the', 'link', 'text', 'and', 'done']);
  });

  it('Markdown: syntax characters are blanked, the words are kept at their offsets', async () => {
    const text = '# Heading\n\n> **Bold** and _em_ ~~gone~~\n\n1. item\n- [x] task\n';
    const d = await doc(text);
    for (const w of ['Heading', 'Bold', 'and', 'em', 'gone', 'item', 'task']) {
      const at = text.indexOf(w);
      expect(d.prose.slice(at, at + w.length)).toBe(w);
    }
    expect(d.prose).not.toMatch(/[#>*_~]/);
  });

  it('Markdown without links or code: emphasis and heading marks are blanked too', async () => {
    const d = await doc('# Notice\n\n**Road** closed\n');
    expect(d.prose).toBe('  Notice\n\n  Road   closed\n');
  });

  it('a phrase in emphasis is found whether or not the draft has other Markdown', async () => {
    const alone = await lintText('**Welsh** to follow\n');
    const withLink = await lintText('**Welsh** to follow\n\nSee [the map](https://example.org)\n');
    expect(withLink.map((f) => f.ruleId)).toEqual(['welsh/placeholder']);
    expect(alone.map((f) => f.ruleId)).toEqual(['welsh/placeholder']);
  });

  it('plain text keeps Markdown-like characters but blanks URLs and HTML comments', async () => {
    const text = 'Use **bold** and `code` <!-- note 07700 900123 --> at https://example.org/a?b=c.\n';
    const d = await doc(text, 'draft.txt');
    expect(words(d.prose)).toEqual(['Use', '**bold**', 'and', '`code`', 'at', '.']);
  });

  it('front matter is blanked in prose and parsed', async () => {
    const text = '---\nchannel: facebook\naccount: "@CarmsCouncil"\n---\nHello\n';
    const d = await doc(text);
    expect(d.frontMatter).toEqual({ channel: 'facebook', account: '@CarmsCouncil' });
    expect(d.bodyStart).toBe(text.indexOf('Hello'));
    expect(words(d.prose)).toEqual(['Hello']);
  });

  it.each([
    ['LF', '---\nchannel: x\n---\nBody\n'],
    ['CRLF', '---\r\nchannel: x\r\n---\r\nBody\r\n'],
    ['closed with ...', '---\nchannel: x\n...\nBody\n'],
    ['fence with trailing spaces', '---  \nchannel: x\n---  \nBody\n'],
  ])('front matter fences: %s', async (_, text) => {
    const d = await doc(text);
    expect(d.frontMatter.channel).toBe('x');
    expect(text.slice(d.bodyStart)).toMatch(/^Body\r?\n$/);
  });

  it.each([['not on the first line', '\n---\nchannel: x\n---\nBody\n']])('no front matter when %s', async (_, text) => {
    expect(findFrontMatter(text)).toBeUndefined();
    const d = await doc(text, 'draft.txt');
    expect(d.frontMatter).toEqual({});
    expect(d.bodyStart).toBe(0);
  });

  it('front matter never closed is an error at line 1, not prose whose settings go unchecked', async () => {
    const text = '---\nchannel: x\nBody\n';
    expect(findFrontMatter(text)).toBeUndefined();
    const parsed = await parseDraft(text, 'draft.txt');
    expect(parsed.doc).toBeUndefined();
    expect(parsed.errors.map((e) => e.format())).toEqual(["draft.txt:1:1: front matter opened by '---' on line 1 is never closed: add a line '---' after it, or remove the first line"]);
  });
});

describe('parseDraft: front matter problems are returned, not thrown', () => {
  it.each([
    ['unknown key', '---\ntitle: x\nchanel: twitter\n---\nHi\n', /^d\.md:3:1: front matter: unknown key 'chanel'; did you mean 'channel'\?$/],
    ['CRLF unknown key', '---\r\ntitle: x\r\nchanel: twitter\r\n---\r\nHi\r\n', /^d\.md:3:1: front matter: unknown key 'chanel'/],
    ['bad enum', '---\nchannel: myspace\n---\nHi\n', /^d\.md:2:10: front matter: 'channel' must be one of/],
    ['nested unknown key', '---\nattachments:\n  - path: a.jpg\n    alt_cy: "x"\n---\nHi\n', /^d\.md:4:5: front matter: unknown key 'alt_cy'; did you mean 'alt-cy'\?$/],
    ['not a mapping', '---\n- a\n- b\n---\nHi\n', /^d\.md:2:1: front matter must be a mapping/],
    ['YAML syntax', '---\nchannel: [twitter\n---\nHi\n', /^d\.md:\d+:\d+: invalid YAML: /],
  ])('%s', async (_, text, re) => {
    const parsed = await parseDraft(text, 'd.md');
    expect(parsed.doc).toBeUndefined();
    expect(parsed.errors.length).toBeGreaterThan(0);
    expect(parsed.errors[0].format()).toMatch(re);
  });
});

describe('parseDraft: links', () => {
  it.each([
    ['inline link', 'See [the map](https://example.org/map?x=1) now', ['https://example.org/map?x=1']],
    ['inline link with a title', 'See [map](https://example.org/m "Map") now', ['https://example.org/m']],
    // The link text is itself the URL: one link (its target), so link rules report it once.
    ['link text equal to its URL', '[https://a.example/](https://a.example/)', ['https://a.example/']],
    ['angle-bracket autolink', 'Go to <https://example.org/a> now', ['https://example.org/a']],
    ['bare URL', 'Go to https://example.org/a/b?c=d now', ['https://example.org/a/b?c=d']],
    ['bare URL before sentence punctuation', 'Go to https://example.org/a.', ['https://example.org/a']],
    ['two links on a line', '[a](https://a.example) and [b](http://b.example/x)', ['https://a.example', 'http://b.example/x']],
    ['a link inside a list, after CRLF', 'Intro\r\n\r\n* item [two](http://two.example)\r\n', ['http://two.example']],
    ['a link after an emoji', '😀 [x](https://x.example)', ['https://x.example']],
  ])('Markdown %s: text.slice(start, end) === url', async (_, text, urls) => {
    const d = await doc(text);
    expect(d.links.map((l) => l.url)).toEqual(urls);
    for (const l of d.links) expect(text.slice(l.start, l.end)).toBe(l.url);
  });

  it.each([
    ['bare https URL', 'Go to https://example.org/a?b=1 now', ['https://example.org/a?b=1']],
    ['www address', 'Visit www.example.org/x, thanks', ['www.example.org/x']],
    ['URL in parentheses', '(see https://example.org/a)', ['https://example.org/a']],
    ['after CRLF and an emoji', 'a\r\n😀 http://x.example/y', ['http://x.example/y']],
  ])('plain text %s: text.slice(start, end) === url', async (_, text, urls) => {
    const d = await doc(text, 'draft.txt');
    expect(d.links.map((l) => l.url)).toEqual(urls);
    for (const l of d.links) expect(text.slice(l.start, l.end)).toBe(l.url);
  });

  it('links are sorted by offset', async () => {
    const d = await doc('www.first.example then [second](https://second.example) then https://third.example\n');
    const starts = d.links.map((l) => l.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(d.links).toHaveLength(3);
  });

  it('Markdown www. autolink: text.slice(start, end) === url', async () => {
    // (marked autolinks www. here because of the later autolink; alone, the bare-URL pass finds it.)
    const text = 'Also www.example.com/path and <https://c.example/d>.';
    const d = await doc(text);
    expect(d.links).toHaveLength(2);
    for (const l of d.links) expect(text.slice(l.start, l.end)).toBe(l.url);
  });

  it('Markdown link whose title repeats the URL: offsets are those of the target', async () => {
    const text = 'See [t](https://t.example "https://t.example") now';
    const d = await doc(text);
    expect(d.links).toEqual([{ url: 'https://t.example', start: text.indexOf('](') + 2, end: text.indexOf('](') + 2 + 'https://t.example'.length }]);
  });
});

describe('positions: line:column of findings', () => {
  const BODY = ['Line one', 'Line two', 'Call 07700 900123 now. Welsh to follow', ''];

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('%s: a finding on line 3 is reported at line 3 with the right columns', async (_, eol) => {
    for (const file of ['draft.md', 'draft.txt']) {
      const findings = await lintText(BODY.join(eol), file);
      expect(findings.map(where), file).toEqual(['3:6-3:18 dp/phone-number', '3:24-3:39 welsh/placeholder']);
    }
  });

  it('front matter lines count: a body finding after CRLF front matter has its true line', async () => {
    const text = '---\r\nchannel: twitter\r\n---\r\n\r\nWelsh to follow\r\n';
    expect((await lintText(text)).map(where)).toEqual(['5:1-5:16 welsh/placeholder']);
  });

  it.each([
    ['emoji (astral, 2 UTF-16 units each)', '😀😀 Call 07700 900123', 11],
    ['the Welsh flag (a tag sequence of 14 UTF-16 units)', '🏴󠁧󠁢󠁷󠁬󠁳󠁿 Call 07700 900123', 21],
    ['Welsh ŵ (precomposed, 1 unit)', 'Ŵyn ŵyr: 07700 900123', 10],
    ['w + combining circumflex (2 units)', 'w\u0302yn: 07700 900123', 7],
    ['a tab', '\tCall 07700 900123', 7],
  ])('columns are UTF-16 code units after %s', async (_, line, column) => {
    const text = `First line\n${line}\n`;
    const [f] = await lintText(text, 'draft.txt');
    expect(f).toMatchObject({ ruleId: 'dp/phone-number', line: 2, column, endLine: 2, endColumn: column + 12 });
    const at = new LineIndex(text).lineStart(2) + column - 1;
    expect(text.slice(at, at + 12)).toBe('07700 900123');
    // Markdown gives the same position.
    expect((await lintText(text, 'draft.md'))[0]).toMatchObject({ line: 2, column });
  });
});

// What a reader of the published post sees is checked for personal data, though only prose
// is read for language (issue #8 §5); what is never published (comments, front matter keys) is not.
describe('what is published is checked for personal data; what is not published is not', () => {
  it.each([
    ['inline code', 'Call `07700 900123` now'],
    ['a fenced code block', 'Intro\n\n```\n07700 900123\n```\n'],
    ['a tilde code block', 'Intro\n\n~~~\n07700 900123\n~~~\n'],
    ['an indented code block', 'Intro\n\n    07700 900123\n'],
    ['an HTML block', '<div data-tel="07700 900123">x</div>\n'],
    ['a link URL query string', 'See [our form](https://example.org/form?tel=07700900123)'],
    ['a bare URL query string', 'See https://example.org/form?tel=07700900123 today'],
    ['an autolink', 'See <https://example.org/form?tel=07700900123> today'],
    ['an image URL', '![map](https://example.org/map?tel=07700900123)'],
  ])('a phone number in %s (Markdown) is reported', async (_, text) => {
    expect((await lintText(text, 'draft.md')).map((f) => f.ruleId)).toContain('dp/phone-number');
  });

  it.each([
    ['an HTML comment', 'Hi <!-- 07700 900123 --> there'],
    ['front matter', '---\naccount: "07700 900123"\n---\nHello\n'],
  ])('a phone number in %s (Markdown) is not', async (_, text) => {
    expect(await lintText(text, 'draft.md')).toEqual([]);
  });

  it('a phone number in a bare URL query string (plain text) is reported', async () => {
    expect((await lintText('See https://example.org/form?tel=07700900123 today', 'draft.txt')).map((f) => f.ruleId)).toContain('dp/phone-number');
  });

  it.each([
    ['an HTML comment', 'Hi <!-- 07700 900123 --> there'],
    ['front matter', '---\naccount: "07700 900123"\n---\nHello\n'],
  ])('a phone number in %s (plain text) is not', async (_, text) => {
    expect(await lintText(text, 'draft.txt')).toEqual([]);
  });

  it('control: the same number in prose is reported, in Markdown and in plain text', async () => {
    for (const file of ['draft.md', 'draft.txt']) expect((await lintText('Call 07700 900123 now', file)).map((f) => f.ruleId)).toEqual(['dp/phone-number']);
  });

  it('link text is prose and is checked', async () => {
    expect((await lintText('[Welsh to follow](https://example.org)')).map(where)).toEqual(['1:2-1:17 welsh/placeholder']);
  });
});
