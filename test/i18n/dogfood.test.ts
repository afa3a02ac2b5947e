/**
 * Dogfood (issue 14): smpolicy's own Welsh spelling rule and language identifier run over
 * every Welsh string the tool prints itself (the CLI catalogue, counted nouns, `--help`, the
 * HTML report's words), so no English slips into the Welsh interface and no misspelling
 * ships. Placeholders are filled or dropped, and what is code rather than Welsh is taken out
 * first: option and command names, rule ids, file names, formats, example domains and handles.
 */
import { describe, expect, it } from 'vitest';
import { HELP_CY, VALUE_NAMES_CY } from '../../src/i18n/help-cy.js';
import { CY } from '../../src/i18n/messages-cy.js';
import { EN } from '../../src/i18n/messages-en.js';
import { NOUNS } from '../../src/i18n/nouns.js';
import { SEVERITY_LABEL, STRINGS } from '../../src/formats/html-strings.js';
import { NOTE_CY } from '../../src/workspace/config-template.js';
import { identifyLanguage } from '../../src/language/identify.js';
import { foundBy } from '../support/rule-tester.js';
import { parseJson, ROOT, runCli } from '../support/cli.js';

/**
 * Words of the interface that are Welsh but not in the dictionary, or technical terms with
 * no Welsh form (each checked against Geiriadur Prifysgol Cymru or TermCymru by hand).
 */
const ALLOWED = new Set<string>([]);

/** Every Welsh string, by where it comes from. */
function welshStrings(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, text] of Object.entries(CY)) out.push([`messages ${key}`, text]);
  for (const [noun, forms] of Object.entries(NOUNS.cy)) for (const [category, form] of Object.entries(forms)) out.push([`noun ${noun} ${category}`, form.replace('#', '3')]);
  for (const [key, text] of Object.entries(HELP_CY)) out.push([`help ${key || 'smpolicy'}`, text]);
  for (const [name, text] of Object.entries(VALUE_NAMES_CY)) out.push([`argument name ${name}`, text.replace(/[-=]/g, ' ')]);
  for (const [key, text] of Object.entries(STRINGS.cy)) out.push([`report ${key}`, text]);
  for (const [key, text] of Object.entries(SEVERITY_LABEL.cy)) out.push([`severity ${key}`, text]);
  for (const [key, lines] of Object.entries(NOTE_CY)) out.push([`config comment ${key}`, (typeof lines === 'string' ? [lines] : lines).filter((l) => !/^\s*[\w-]+:|^\s*-|^\s*\w+: \[/.test(l)).join(' ')]);
  return out;
}

/** The Welsh prose of a string: code, names and placeholders taken out. */
export function prose(text: string): string {
  return text
    .replace(/<!--.*?-->/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    .replace(/'[^'\s]*[-/.:@_=|][^'\s]*'/g, ' ') // 'smpolicy explain dp/x', '--formt', 'kind: social-account'
    .replace(/'(?:smpolicy|main|git|kind)[^']*'/g, ' ')
    .replace(/'[a-z][\w-]*: ?[\w|-]*\s*'/g, ' ') // YAML a user writes: 'applies-to: account'
    .replace(/(?:^|\s)--?[\w-]+(?: <[^>]+>)?/g, ' ') // options
    .replace(/\S*[./@|=_~][\w./@|=~-]*\S*/g, ' ') // file names, paths, rule ids, domains, handles, value lists
    .replace(/\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*\b/g, ' ') // YYYY-MM-DD, UTF-8, JSON, CSV, HTML, CI, ID
    .replace(/\b(?:smpolicy|git|cy|en|stylish|table|json|markdown|review|check|init|explain|rules|audit|html|glob|Sprout Social|Facebook|X|Enter|front matter|pair|scheduled|kind|file|rule|fingerprint|count|channel|attachments|disable|off|info|warning|error)\b/g, ' ')
    .replace(/[0-9•—–%]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const strings = welshStrings();
const wordCount = (text: string) => text.split(' ').filter((w) => /\p{L}{2}/u.test(w)).length;

describe('dogfood: the Welsh interface passes smpolicy’s own Welsh checks', () => {
  it('has strings to check', () => {
    expect(strings.length).toBeGreaterThan(300);
    expect(prose("Rhedwch 'smpolicy explain dp/x' (neu unrhyw ID rheol uchod) i weld --format {x}.")).toBe('Rhedwch (neu unrhyw rheol uchod) i weld');
  });

  it.each(strings)('%s: no misspelt Welsh (welsh/spelling)', async (_, text) => {
    const words = prose(text);
    if (!/[a-zâêîôûŵŷ]{2}/i.test(words)) return;
    // In a Welsh sentence, so that even a one-word label is judged as Welsh.
    const found = (await foundBy('welsh/spelling', { text: `Dyma destun Cymraeg y rhyngwyneb. ${words}`, file: 'draft.txt' })).filter((w) => !ALLOWED.has(w.toLowerCase()));
    expect(found).toEqual([]);
  });

  it.each(strings.filter(([, text]) => wordCount(prose(text)) >= 3))('%s: reads as Welsh (the language identifier)', (_, text) => {
    const words = prose(text);
    expect(identifyLanguage(words).lang, words).toBe('cy');
  });

  it('the checks bite: an English message reads as English, a misspelt Welsh word is found', async () => {
    const english = Object.values(EN).filter((text) => wordCount(prose(text)) >= 3);
    expect(english.filter((text) => identifyLanguage(prose(text)).lang === 'en').length).toBe(english.length);
    expect(await foundBy('welsh/spelling', { text: `Dyma destun Cymraeg y rhyngwyneb. ${prose('Hepgorr')}`, file: 'draft.txt' })).toEqual(['Hepgorr']);
    expect(await foundBy('welsh/spelling', { text: prose("Mae'r ffeil yn annilis: cadwch hi eto fel UTF-8."), file: 'draft.txt' })).toEqual(['annilis']);
  });
});

describe('dogfood: README.cy.md', () => {
  it('has no misspelt Welsh (smpolicy check, welsh/spelling)', async () => {
    const r = await runCli(['check', 'README.cy.md', '--format', 'json'], { cwd: ROOT });
    const words = parseJson(r.stdout).results[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'welsh/spelling').map((f: { excerpt: string; message: string }) => /'([^']+)'/.exec(f.message)?.[1]);
    // "Node.js": a product name.
    expect(words.filter((w: string) => w !== 'js')).toEqual([]);
  });
});
