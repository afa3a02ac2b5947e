import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PostDocument } from '../../src/model/index.js';
import { parseDraft } from '../../src/inputs/draft.js';
import { postLanguages } from '../../src/language/post-languages.js';
import { ROOT, runCli } from '../support/cli.js';

/**
 * The language identifier's labels on the shipped fixture drafts, checked against an
 * independent, deliberately simple oracle: Welsh function and common words that are not
 * English words, counted only where they are not part of a name (a capitalised word in the
 * middle of a sentence, "Canolfan Hamdden Caerfyrddin", "Heol y Parc").
 */
const DRAFTS = 'fixtures/drafts';
const files = readdirSync(join(ROOT, DRAFTS))
  .filter((f) => /\.(md|markdown|txt)$/.test(f))
  .sort();

const WELSH_WORDS = new Set(
  `mae maen mae'r mae’r bydd byddwn byddant yn yr ar gau agor ein eich ei eu gyda gan wedi oherwydd ddim
   gyfer diolch croeso da heddiw yfory hwn hon ddydd dydd wythnos gennym unrhyw i'r i’r o'r o’r a'r a’r
   ac neu hefyd chi ni fel bob pob mwy wybodaeth gwybodaeth dychwelyd penwythnos marchnad casgliadau
   casgliad biniau gwastraff gardd ailddechrau amynedd neges am-ddim rhwng tan nadolig yfed stondinau
   ger cynnal chadw ddrwg anghyfleustra pwll ffordd`.split(/\s+/).filter(Boolean),
);

/** Words of `text` the oracle takes as Welsh (outside names). */
function welshWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu)) {
    const word = m[0];
    const before = text.slice(0, m.index).trimEnd();
    const sentenceStart = before === '' || /[.!?:;/|\n#]$/u.test(before) || /\p{Extended_Pictographic}$/u.test(before);
    const capitalised = word[0] !== word[0].toLowerCase();
    if (capitalised && !sentenceStart) continue;
    if (WELSH_WORDS.has(word.toLowerCase())) out.push(word);
  }
  return out;
}

interface Fixture {
  file: string;
  doc: PostDocument;
  body: string;
  ruleIds: string[];
}

const fixtures = new Map<string, Fixture>();

beforeAll(async () => {
  for (const name of files) {
    const file = `${DRAFTS}/${name}`;
    const text = readFileSync(join(ROOT, file), 'utf8');
    const parsed = await parseDraft(text, file);
    if (!parsed.doc) throw parsed.errors[0];
    // The findings as shipped: every recommended pack and the example council configuration.
    const { stdout } = await runCli(['check', file, '--config', 'fixtures/.smpolicy.yaml', '--format', 'json', '--date', '2026-11-23'], { cwd: ROOT });
    const ruleIds = JSON.parse(stdout).results.flatMap((r: { findings: Array<{ ruleId: string }> }) => r.findings.map((f) => f.ruleId));
    fixtures.set(name, { file, doc: parsed.doc, body: parsed.doc.prose.slice(parsed.doc.bodyStart), ruleIds });
  }
});

describe('the oracle', () => {
  it('finds Welsh words in Welsh, and none in English naming Welsh places', () => {
    expect(welshWords("Mae'r ffordd ar gau heddiw.")).toEqual(["Mae'r", 'ffordd', 'ar', 'gau', 'heddiw']);
    expect(welshWords('Diolch / Thanks')).toEqual(['Diolch']);
    expect(welshWords('Canolfan Hamdden Caerfyrddin is closed. Staff at Heol y Parc and Neuadd y Sir are ready.')).toEqual([]);
  });
});

describe('identifier labels on the shipped fixture drafts', () => {
  it('there are fixtures of both kinds, so the checks below are not vacuous', () => {
    const english = files.filter((f) => welshWords(fixtures.get(f)!.body).length === 0);
    const bilingual = files.filter((f) => {
      const { summary } = postLanguages(fixtures.get(f)!.doc);
      return summary.hasWelsh && summary.hasEnglish;
    });
    expect(english).toContain('road-closure.md');
    expect(english.length).toBeGreaterThanOrEqual(2);
    expect(bilingual.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s: labelled bilingual without missing-welsh, its Welsh parts really are Welsh', (name) => {
    const { doc, ruleIds } = fixtures.get(name)!;
    const { segments, summary } = postLanguages(doc);
    if (!(summary.hasWelsh && summary.hasEnglish) || ruleIds.includes('welsh/missing-welsh')) return;
    const welsh = segments.filter((s) => s.lang === 'cy' || s.lang === 'mixed');
    expect(welsh.length).toBeGreaterThan(0);
    for (const s of welsh) expect(welshWords(s.text), `segment labelled ${s.lang}: ${JSON.stringify(s.text)}`).not.toEqual([]);
  });

  it.each(files)('%s: with no Welsh words at all, it is not labelled as having Welsh', (name) => {
    const { doc, body } = fixtures.get(name)!;
    if (welshWords(body).length > 0) return;
    const { segments, summary } = postLanguages(doc);
    expect(summary.hasWelsh, segments.map((s) => `${s.lang}: ${s.text}`).join('\n')).toBe(false);
    expect(segments.some((s) => s.lang === 'cy' || s.lang === 'mixed')).toBe(false);
  });

  it.each(files)('%s: English-only by the oracle and not a reply in English, so missing-welsh (or a Welsh pair)', (name) => {
    const { doc, body, ruleIds } = fixtures.get(name)!;
    if (welshWords(body).length > 0 || doc.frontMatter['in-reply-to']?.language === 'en') return;
    const hasPair = /\.(en|cy)\.(md|markdown|txt)$/.test(name) || Boolean(doc.frontMatter.pair);
    if (!hasPair) expect(ruleIds).toContain('welsh/missing-welsh');
  });

  it('road-closure.md, English with a "Welsh to follow" placeholder, is not labelled as having Welsh', () => {
    const { summary } = postLanguages(fixtures.get('road-closure.md')!.doc);
    expect(summary).toMatchObject({ hasWelsh: false, hasEnglish: true, first: 'en' });
  });
});
