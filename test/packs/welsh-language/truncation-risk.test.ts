import { describe, expect, it } from 'vitest';
import { parseJson, runCli, tempDir } from '../../support/cli.js';
import type { Channel, Finding } from '../../../src/model/index.js';
import { lintRule, ruleTester, type InvalidCase } from '../../support/rule-tester.js';

// Over the channel limit, one language is cut.
const RULE = 'welsh/truncation-risk';
const fm = (front: string, body: string) => `---\n${front}\n---\n${body}`;
const ch = (channel: string, body: string) => fm(`channel: ${channel}`, body);

// 179 and 164 characters: 345 with the blank line, over X's 280 and Bluesky's 300.
const CY = "Bydd y ffordd ar gau ar yr A48 yn Cross Hands o ddydd Llun tan ddydd Gwener tra bod yr wyneb yn cael ei ailosod. Defnyddiwch y gwyriad sydd wedi'i arwyddo. Diolch am eich amynedd.";
const EN = 'The road will be closed on the A48 at Cross Hands from Monday to Friday while the surface is replaced. Please use the signed diversion. Thank you for your patience.';
const BILINGUAL = `${CY}\n\n${EN}`;
// 294 characters of English only.
const ENGLISH =
  'The road will be closed on the A48 at Cross Hands from Monday to Friday while the surface is replaced. Please use the signed diversion and allow extra time for your journey. Buses will still stop at the usual places. Thank you for your patience while the work is carried out by our contractors.';
// Over 500 characters, Welsh then English: for Threads. CY_LONG alone is 313 characters of Welsh.
const CY_LONG = `${CY} Bydd bysiau yn dal i stopio yn y mannau arferol, a bydd mynediad i gerddwyr a beicwyr bob amser. Mae rhagor o fanylion ar ein gwefan.`;
const EN_LONG = `${EN} Buses will still stop at the usual places, and there will be access for people walking and cycling at all times. There are more details on our website.`;
const BILINGUAL_LONG = `${CY_LONG}\n\n${EN_LONG}`;

/**
 * One finding: an error (the second language is cut) when `bilingual`, else a warning; `run.channel`
 * is --channel, `at` where the finding must be.
 */
function over(name: string, text: string, channel: string, length: number, limit: number, bilingual: boolean, run: { channel?: Channel } = {}, at: Partial<Finding> = {}): InvalidCase {
  const consequence = bilingual ? 'the text from here, in one of the two languages, would be cut' : 'the text from here would be cut';
  const message = `Post is ${length} characters where ${channel} allows ${limit}: ${consequence}`;
  return { name, text, ...run, errors: [{ severity: bilingual ? 'error' : 'warning', message, ...at }] };
}

describe(`${RULE}: the test texts`, () => {
  it('are the lengths the tests assume', () => {
    expect(BILINGUAL.length).toBe(345);
    expect(ENGLISH.length).toBe(294);
    expect(BILINGUAL_LONG.length).toBeGreaterThan(500);
    expect(CY_LONG.length).toBe(313);
  });
});

ruleTester(RULE, {
  invalid: [
    // Pointing where the cut falls: in the English, after the Welsh. Front matter is lines 1-3,
    // the Welsh line 4, the English line 6; character 281 is in it.
    over('a bilingual post on twitter, at the cut', ch('twitter', BILINGUAL), 'twitter', 345, 280, true, {}, { line: 6, column: 280 - CY.length - 2 + 1, endLine: 6 }),
    over('a bilingual post on x', ch('x', BILINGUAL), 'x', 345, 280, true),
    over('a bilingual post on bluesky', ch('bluesky', BILINGUAL), 'bluesky', 345, 300, true),
    over('a long bilingual post on threads', ch('threads', BILINGUAL_LONG), 'threads', BILINGUAL_LONG.length, 500, true),
    over('an English-only post on twitter', ch('twitter', ENGLISH), 'twitter', 294, 280, false),
    over('150 emoji on twitter (each weighs 2)', ch('twitter', '🌳'.repeat(150)), 'twitter', 300, 280, false),
    over('301 emoji on bluesky (one grapheme each)', ch('bluesky', '🌳'.repeat(301)), 'bluesky', 301, 300, false),
    over('281 characters on twitter', ch('twitter', `Diolch ${'i '.repeat(137)}`.trimEnd().padEnd(281, '!')), 'twitter', 281, 280, false),
    // A channel given as an option (--channel) overrides front matter.
    over('--channel twitter on a post whose front matter says facebook', ch('facebook', BILINGUAL), 'twitter', 345, 280, true, { channel: 'twitter' }),
    over('--channel bluesky on a post with no front matter', BILINGUAL, 'bluesky', 345, 300, true, { channel: 'bluesky' }),
    // Added: Welsh alone over the limit, and English alone through --channel.
    over('added: a Welsh-only post on twitter', ch('twitter', CY_LONG), 'twitter', 313, 280, false),
    over('added: a Welsh-only post on bluesky', ch('bluesky', CY_LONG), 'bluesky', 313, 300, false),
    over('added: an English-only post given --channel x', ENGLISH, 'x', 294, 280, false, { channel: 'x' }),
  ],
  valid: [
    { name: 'the same bilingual post on facebook', text: ch('facebook', BILINGUAL) },
    { name: 'the same bilingual post without a channel', text: BILINGUAL },
    { name: 'the same bilingual post on threads', text: ch('threads', BILINGUAL) },
    { name: 'a short bilingual post on twitter', text: ch('twitter', 'Ffordd ar gau ar yr A48 heddiw. / Road closed on the A48 today.') },
    { name: '140 emoji on twitter (280 weighted)', text: ch('twitter', '🌳'.repeat(140)) },
    { name: '150 emoji on bluesky (150 graphemes)', text: ch('bluesky', '🌳'.repeat(150)) },
    { name: '280 characters on twitter', text: ch('twitter', 'Diolch!'.padEnd(280, '!')) },
    { name: 'ŵ and ŷ count once on twitter', text: ch('twitter', 'ŵŷ'.repeat(140)) },
    {
      name: 'long links on twitter (each counts 23)',
      text: ch('twitter', `Gweler https://example.org/${'a'.repeat(300)} / See https://example.org/${'b'.repeat(300)}`),
    },
    { name: 'an HTML comment, which is not published', text: ch('twitter', `Ffordd ar gau heddiw. / Road closed today.\n<!-- ${'note '.repeat(80)}-->`) },
    {
      name: 'front matter, which is not published',
      text: fm(
        `channel: twitter\naccount: "@CyngorSirGar"\nattachments:\n  - path: ./a.jpg\n    alt: "${'A road closed sign on the A48 '.repeat(10)}"\n    alt-cy: "Arwydd"`,
        'Ffordd ar gau heddiw. / Road closed today.',
      ),
    },
    { name: '--channel facebook on a post whose front matter says twitter', text: ch('twitter', BILINGUAL), channel: 'facebook' },
    // From the other rules' tests, which ran the whole Welsh pack (no channel, so never this rule).
    {
      name: 'an English-first reply to a Welsh message (english-first only)',
      text: fm('in-reply-to: { language: cy }', 'Thanks for your message. / Diolch am eich neges.'),
      config: { welsh: { order: 'welsh-first' } },
    },
    { name: 'an English reply to a Welsh message (missing-welsh and reply-language only)', text: fm('in-reply-to: { language: cy }', 'Thanks for your message, we will look into it.') },
    { name: 'an English reply to an English message (nothing at all)', text: fm('in-reply-to: { language: en }', 'Thanks for getting in touch, the crew will call tomorrow.') },
    {
      name: 'NAME.en.md with its Welsh pair',
      text: 'Llanelli Leisure Centre pool is closed on Saturday 29 November for maintenance.\n\nSorry for any inconvenience.',
      file: 'pool.en.md',
      pair: "Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn 29 Tachwedd ar gyfer gwaith cynnal a chadw.\n\nMae'n ddrwg gennym am unrhyw anghyfleustra.",
    },
    {
      name: 'NAME.cy.md with its English pair',
      text: "Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn 29 Tachwedd ar gyfer gwaith cynnal a chadw.\n\nMae'n ddrwg gennym am unrhyw anghyfleustra.",
      file: 'pool.cy.md',
      pair: 'Llanelli Leisure Centre pool is closed on Saturday 29 November for maintenance.\n\nSorry for any inconvenience.',
    },
    // Added look-alikes: long, but within the channel's limit.
    { name: 'added: 294 characters of English on bluesky (300)', text: ch('bluesky', ENGLISH) },
    { name: 'added: 313 characters of Welsh on threads (500)', text: ch('threads', CY_LONG) },
    { name: 'added: 179 characters of Welsh on twitter', text: ch('twitter', CY) },
  ],
});

describe(`${RULE}: through the CLI`, () => {
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

describe('threads (DESIGN §2: a line holding only --- separates the posts)', () => {
  const post = (n: number, lang: 'cy' | 'en') =>
    (lang === 'cy' ? `Neges ${n}: bydd y ffordd ar gau ar yr A48 yn Cross Hands o ddydd Llun tan ddydd Gwener tra bod yr wyneb yn cael ei ailosod. ` : `Post ${n}: the road will be closed on the A48 at Cross Hands from Monday to Friday while the surface is replaced. `).repeat(3);

  it('each post of a thread is judged on its own: three posts under the limit are not a finding', async () => {
    const text = `---\nchannel: twitter\n---\n${post(1, 'cy').slice(0, 270)}\n---\n${post(2, 'en').slice(0, 270)}\n---\n${post(3, 'cy').slice(0, 270)}\n`;
    expect(await lintRule('welsh/truncation-risk', text)).toEqual([]);
  });

  it('a post of a thread over the limit is reported, naming its post', async () => {
    const text = `---\nchannel: twitter\n---\n${post(1, 'cy').slice(0, 270)}\n---\n${post(2, 'en')}\n---\n${post(3, 'cy').slice(0, 270)}\n`;
    const findings = await lintRule('welsh/truncation-risk', text);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/\(post 2 of 3\)$/);
    expect(findings[0].thread).toEqual({ post: 2, posts: 3 });
    expect(findings[0].line).toBe(6);
  });

  it('in a plain text draft too, and a --- inside a Markdown code block is not a separator', async () => {
    const txt = `${post(1, 'en').slice(0, 200)}\n---\n${post(2, 'en')}\n`;
    const findings = await lintRule('welsh/truncation-risk', { text: txt, file: 'thread.txt', channel: 'twitter' });
    expect(findings.map((f) => f.thread)).toEqual([{ post: 2, posts: 2 }]);
    const md = `${post(1, 'en')}\n\n\`\`\`\n---\n\`\`\`\n`;
    expect((await lintRule('welsh/truncation-risk', { text: md, file: 'x.md', channel: 'twitter' }))[0].thread).toBeUndefined();
  });

  it('Welsh: a thread whose posts alternate Welsh and English is bilingual, not missing Welsh', async () => {
    const text = `${post(1, 'en').slice(0, 200)}\n---\n${post(1, 'cy').slice(0, 200)}\n`;
    expect(await lintRule('welsh/missing-welsh', { text, file: 'thread.md' })).toEqual([]);
  });
});
