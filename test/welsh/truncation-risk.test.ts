import { describe, expect, it } from 'vitest';
import { parseJson, runCli, tempDir } from '../support/cli.js';
import { fm, lintText, only } from './helpers.js';

const RULE = 'welsh/truncation-risk';

// 174 and 159 characters: 345 with the blank line, over X's 280 and Bluesky's 300.
const CY = "Bydd y ffordd ar gau ar yr A48 yn Cross Hands o ddydd Llun tan ddydd Gwener tra bod yr wyneb yn cael ei ailosod. Defnyddiwch y gwyriad sydd wedi'i arwyddo. Diolch am eich amynedd.";
const EN = 'The road will be closed on the A48 at Cross Hands from Monday to Friday while the surface is replaced. Please use the signed diversion. Thank you for your patience.';
const BILINGUAL = `${CY}\n\n${EN}`;
// 294 characters of English only.
const ENGLISH =
  'The road will be closed on the A48 at Cross Hands from Monday to Friday while the surface is replaced. Please use the signed diversion and allow extra time for your journey. Buses will still stop at the usual places. Thank you for your patience while the work is carried out by our contractors.';
// Over 500 characters, Welsh then English: for Threads.
const CY_LONG = `${CY} Bydd bysiau yn dal i stopio yn y mannau arferol, a bydd mynediad i gerddwyr a beicwyr bob amser. Mae rhagor o fanylion ar ein gwefan.`;
const EN_LONG = `${EN} Buses will still stop at the usual places, and there will be access for people walking and cycling at all times. There are more details on our website.`;
const BILINGUAL_LONG = `${CY_LONG}\n\n${EN_LONG}`;

const ch = (channel: string, body: string) => fm(`channel: ${channel}`, body);

describe('welsh/truncation-risk: over the channel limit, one language is cut', () => {
  it('texts are the lengths the tests assume', () => {
    expect(BILINGUAL.length).toBe(345);
    expect(ENGLISH.length).toBe(294);
    expect(BILINGUAL_LONG.length).toBeGreaterThan(500);
  });

  it.each([
    ['a bilingual post on twitter', ch('twitter', BILINGUAL), 'twitter', 345, 280, 'error'],
    ['a bilingual post on x', ch('x', BILINGUAL), 'x', 345, 280, 'error'],
    ['a bilingual post on bluesky', ch('bluesky', BILINGUAL), 'bluesky', 345, 300, 'error'],
    ['a long bilingual post on threads', ch('threads', BILINGUAL_LONG), 'threads', BILINGUAL_LONG.length, 500, 'error'],
    ['an English-only post on twitter', ch('twitter', ENGLISH), 'twitter', 294, 280, 'warning'],
    ['150 emoji on twitter (each weighs 2)', ch('twitter', '🌳'.repeat(150)), 'twitter', 300, 280, 'warning'],
    ['301 emoji on bluesky (one grapheme each)', ch('bluesky', '🌳'.repeat(301)), 'bluesky', 301, 300, 'warning'],
    ['281 characters on twitter', ch('twitter', `Diolch ${'i '.repeat(137)}`.trimEnd().padEnd(281, '!')), 'twitter', 281, 280, 'warning'],
  ])('reports %s', async (_name, text, channel, length, limit, severity) => {
    const found = only(await lintText(text), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(severity);
    const consequence = severity === 'error' ? 'the text from here, in one of the two languages, would be cut' : 'the text from here would be cut';
    expect(found[0].message).toBe(`Post is ${length} characters where ${channel} allows ${limit}: ${consequence}`);
  });

  it('points where the cut falls: in the English, after the Welsh', async () => {
    const found = only(await lintText(ch('twitter', BILINGUAL)), RULE);
    // Front matter is lines 1-3, the Welsh line 4, the English line 6; character 281 is in it.
    expect(found.map((f) => `${f.line}:${f.column}`)).toEqual([`6:${280 - CY.length - 2 + 1}`]);
    expect(found[0].endLine).toBe(6);
  });

  it.each([
    ['the same bilingual post on facebook', ch('facebook', BILINGUAL)],
    ['the same bilingual post without a channel', BILINGUAL],
    ['the same bilingual post on threads', ch('threads', BILINGUAL)],
    ['a short bilingual post on twitter', ch('twitter', 'Ffordd ar gau ar yr A48 heddiw. / Road closed on the A48 today.')],
    ['140 emoji on twitter (280 weighted)', ch('twitter', '🌳'.repeat(140))],
    ['150 emoji on bluesky (150 graphemes)', ch('bluesky', '🌳'.repeat(150))],
    ['280 characters on twitter', ch('twitter', 'Diolch!'.padEnd(280, '!'))],
    ['ŵ and ŷ count once on twitter', ch('twitter', 'ŵŷ'.repeat(140))],
    [
      'long links on twitter (each counts 23)',
      ch('twitter', `Gweler https://example.org/${'a'.repeat(300)} / See https://example.org/${'b'.repeat(300)}`),
    ],
    ['an HTML comment, which is not published', ch('twitter', `Ffordd ar gau heddiw. / Road closed today.\n<!-- ${'note '.repeat(80)}-->`)],
    ['front matter, which is not published', fm(`channel: twitter\naccount: "@CyngorSirGar"\nattachments:\n  - path: ./a.jpg\n    alt: "${'A road closed sign on the A48 '.repeat(10)}"\n    alt-cy: "Arwydd"`, 'Ffordd ar gau heddiw. / Road closed today.')],
  ])('does not report %s', async (_name, text) => {
    expect(only(await lintText(text), RULE)).toEqual([]);
  });

  it('a channel given as an option (--channel) overrides front matter', async () => {
    expect(only(await lintText(ch('facebook', BILINGUAL), { channel: 'twitter' }), RULE)).toHaveLength(1);
    expect(only(await lintText(ch('twitter', BILINGUAL), { channel: 'facebook' }), RULE)).toEqual([]);
    expect(only(await lintText(BILINGUAL, { channel: 'bluesky' }), RULE)).toHaveLength(1);
  });

  describe('through the CLI', () => {
    const check = async (dir: string, file: string, ...extra: string[]) => {
      const { code, stdout, stderr } = await runCli(['check', file, '--format', 'json', '--date', '2026-11-23', ...extra], { cwd: dir });
      expect(stderr).toBe('');
      const report = parseJson(stdout);
      return { code, truncation: report.results[0].findings.filter((f: { ruleId: string }) => f.ruleId === RULE) };
    };

    it('--channel twitter reports a post whose front matter says facebook', async () => {
      const dir = tempDir({ 'post.md': ch('facebook', BILINGUAL), '.smpolicy.yaml': 'extends: [recommended]\n' });
      expect((await check(dir.path, 'post.md')).truncation).toEqual([]);
      const { code, truncation } = await check(dir.path, 'post.md', '--channel', 'twitter');
      expect(truncation.map((f: { line: number; severity: string }) => `${f.line} ${f.severity}`)).toEqual(['6 error']);
      expect(code).toBe(1);
    });

    it('--channel facebook silences a post whose front matter says twitter', async () => {
      const dir = tempDir({ 'post.md': ch('twitter', BILINGUAL), '.smpolicy.yaml': 'extends: [recommended]\n' });
      expect((await check(dir.path, 'post.md')).truncation).toHaveLength(1);
      expect((await check(dir.path, 'post.md', '--channel', 'facebook')).truncation).toEqual([]);
    });

    it('--channel applies to a draft with no front matter, and a monolingual post is a warning', async () => {
      const dir = tempDir({ 'post.txt': `${ENGLISH}\n`, '.smpolicy.yaml': 'extends: [recommended]\nrules:\n  welsh/missing-welsh: off\n' });
      const { code, truncation } = await check(dir.path, 'post.txt', '--channel', 'x');
      expect(truncation.map((f: { severity: string }) => f.severity)).toEqual(['warning']);
      expect(code).toBe(0);
    });
  });
});
