/**
 * Dogfood (issue 14): the Welsh texts of every shipped rule and pack go through smpolicy's own
 * Welsh spelling rule (welsh/spelling, with the pack's extra words) and its language
 * identifier, so no English slips into the Welsh and no misspelling ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseConfig } from '../../src/engine/config.js';
import { buildRuleSet, configCitations } from '../../src/engine/rule-set.js';
import { parseAccount } from '../../src/inputs/account.js';
import { lintDocument } from '../../src/engine/lint.js';
import { parseDraft } from '../../src/inputs/draft.js';
import { identifyLanguage } from '../../src/language/identify.js';
import type { PackSpec } from '../../src/model/index.js';
import { BUILTINS } from '../../src/packs/registry.js';
import { loadShippedPacks, ROOT } from '../../scripts/docs.js';
import { context } from '../support/engine.js';
import { setLanguage } from '../../src/i18n/index.js';

/**
 * Genuine technical terms a Welsh text names as they are: program and library names, file
 * types and formats. Keep this list short; a Welsh word the dictionary lacks belongs in
 * policies/welsh-language/spelling.extra-words.txt, where the spelling rule learns it for everyone.
 */
const TECHNICAL_TERMS = new Set([
  'libphonenumber', 'gitleaks', 'exifr', 'exiftool', 'gps', // libraries and programs the rules use or name
  'dictionary-cy', 'hunspell-cy', // the Welsh dictionaries welsh/spelling is built from
  'metadata', 'fetadata', // image metadata (EXIF), and its soft mutation after "ei"
  'mailto', 'com', // parts of e-mail links quoted as written
  'dd-mm-bb', // a date format
]);

/** Misspellings and broken forms a rule's text quotes on purpose, as examples of what it reports. */
const QUOTED_EXAMPLES: Record<string, string[]> = {
  'welsh/spelling': ['wyd', 'ol', 'tim', 'copiau', 'ysgolon', 'lau', 'lonawr', 'lechyd', 'haner', 'gafod', 'arbenig'],
  'welsh/mangled-diacritics': ['yl'],
  'account/schema': ['yes'], // a wrong value for true or false, quoted as users type it
};

interface WelshText { id: string; field: string; text: string }

/** Every Welsh text of the shipped packs: a pack's title, description and source; a rule's message, remediation, why, policy title and citation. */
function welshTexts(packs: PackSpec[]): WelshText[] {
  const out: WelshText[] = [];
  for (const pack of packs) {
    for (const field of ['title', 'description', 'source'] as const) if (pack.cy?.[field]) out.push({ id: pack.pack, field: `cy.${field}`, text: pack.cy[field]! });
    for (const rule of pack.rules) {
      const cy = rule.cy ?? {};
      for (const [field, text] of Object.entries({ message: cy.message, remediation: cy.remediation, why: cy.why, 'policy.title': cy.policy?.title, 'policy.ref': cy.policy?.ref })) if (text) out.push({ id: rule.id, field: `cy.${field}`, text });
    }
  }
  return out;
}

/**
 * A text as prose: placeholders, code, configuration keys with their values, file names, rule
 * ids, links, handles and HTML entities taken out (they are the contract, never translated).
 */
export function prose(text: string, contractWords: Set<string>): string {
  return text
    .replace(/\{[\w-]+\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/&\w+;/g, ' ')
    .replace(/\S*\w[./:=@_*?\\<>]\w\S*/g, ' ')
    .replace(/(^|\s)[?@#]\w\S*/g, ' ')
    .replace(/[\w-]+/g, (word) => (contractWords.has(word.toLowerCase()) ? ' ' : word));
}

/** Keys and values users type (docs/glossary.md: never translated): the schemas' property names and enum values, and the builtins' parameters. */
async function contractWords(): Promise<Set<string>> {
  const words = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) words.add(name.toLowerCase());
      if ((key === 'enum' || key === 'const') && value !== null) for (const v of [value].flat()) if (typeof v === 'string' && /^[a-z][\w-]*$/i.test(v)) words.add(v.toLowerCase());
      walk(value);
    }
  };
  for (const name of ['pack', 'config', 'front-matter', 'account']) walk(JSON.parse(readFileSync(join(ROOT, 'policies', 'schema', `${name}.schema.json`), 'utf8')));
  for (const load of Object.values(BUILTINS)) walk((await load()).paramsSchema);
  return words;
}

/** Words of the text that welsh/spelling reports, through the real rule and engine. */
async function misspellings(text: string): Promise<string[]> {
  const welsh = packs.find((p) => p.pack === 'welsh-language')!;
  const { ruleSet } = buildRuleSet({ packs: [{ ...welsh, rules: welsh.rules.filter((r) => r.id === 'welsh/spelling') }], registry: BUILTINS });
  const parsed = await parseDraft(text, 'text.txt');
  return (await lintDocument(parsed.doc!, ruleSet, context(), { redact: false })).map((f) => f.actual ?? f.excerpt);
}

/**
 * The text as a whole (six words or more) when it is not Welsh, and each sentence of four words
 * or more that is English. A citation (a list of document titles) need only not be English.
 */
function notWelsh(text: string, citation = false): string[] {
  const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const problems: string[] = [];
  const whole = identifyLanguage(text).lang;
  if (words(text) >= 6 && (citation ? whole === 'en' : whole !== 'cy')) problems.push(`${whole}: ${text.trim()}`);
  for (const sentence of text.split(/(?<=[.!?;:])\s+/)) {
    if (words(sentence) >= 4 && identifyLanguage(sentence).lang === 'en') problems.push(`English sentence: ${sentence.trim()}`);
  }
  return problems;
}

let packs: PackSpec[];
let texts: WelshText[];
let contract: Set<string>;

beforeAll(async () => {
  packs = await loadShippedPacks();
  texts = welshTexts(packs);
  contract = await contractWords();
}, 60_000);

describe('the Welsh texts of the shipped rules', () => {
  it('are there to check (every pack and rule has some)', () => {
    expect(texts.length).toBeGreaterThan(packs.reduce((n, p) => n + p.rules.length, 0) * 4);
  });

  it('take out code, keys and placeholders, and keep the Welsh words', () => {
    const words = new Set(['welsh', 'order', 'in-reply-to', 'language', 'cy']);
    expect(prose("Rhowch y Gymraeg yn gyntaf (welsh.order: welsh-first) gydag 'in-reply-to: { language: cy }' yn {where-cy}", words).split(/\W+/).filter(Boolean)).toEqual(['Rhowch', 'y', 'Gymraeg', 'yn', 'gyntaf', 'welsh', 'first', 'gydag', 'yn']);
  });

  it("have no spelling mistakes by welsh/spelling, with the pack's own extra words", async () => {
    const problems: string[] = [];
    for (const t of texts) {
      const allowed = new Set(QUOTED_EXAMPLES[t.id] ?? []);
      const misspelt = (await misspellings(prose(t.text, contract))).filter((w) => !TECHNICAL_TERMS.has(w.toLowerCase()) && !allowed.has(w.toLowerCase()));
      if (misspelt.length) problems.push(`${t.id} ${t.field}: ${misspelt.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('are Welsh by the language identifier, whole and sentence by sentence (no English slips in)', () => {
    const problems = texts.flatMap((t) => notWelsh(prose(t.text, contract), t.field === 'cy.policy.ref').map((p) => `${t.id} ${t.field}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('would be caught: a misspelt word, an English sentence, an English text', async () => {
    expect(await misspellings('Tynnwch y rhiff ffôn ac atebwch drwy neges uniongyrchol.')).toEqual(['rhiff']);
    expect(notWelsh('Tynnwch y rhif ffôn. Reply to the resident by direct message instead.')).toContain('English sentence: Reply to the resident by direct message instead.');
    expect(notWelsh('Remove the number and reply by direct message')).toContain('en: Remove the number and reply by direct message');
  });
});

describe("in a Welsh run, the builtins' own messages and the words they insert are Welsh", () => {
  /** The findings of one rule, with every shipped rule's text in Welsh. */
  async function welshFindings(ruleId: string, text: string, file = 'draft.md'): Promise<string[]> {
    const { ruleSet } = buildRuleSet({ packs, registry: BUILTINS, lang: 'cy', citations: configCitations(normaliseConfig({}), 'cy') });
    const parsed = file.endsWith('.md') ? await parseDraft(text, file) : await parseAccount(text, file);
    const findings = await lintDocument(parsed.doc!, ruleSet, context({}, { channel: 'twitter' }), { redact: true });
    return findings.filter((f) => f.ruleId === ruleId).map((f) => f.message);
  }

  it.each([
    ['welsh/unequal-content', 'Road closed today on the A48.\n\nRoad closed today on the A48.', "Mae'r un testun yn ymddangos ddwywaith: roedd yr ail gopi i fod yn yr iaith arall, mae'n debyg"],
    [
      'welsh/unequal-content',
      'Ffordd ar gau ar yr A48 yr wythnos hon. / Road closed on the A48 at Cross Hands from Monday to Friday while the surface is replaced.',
      /^Mae'r fersiwn Gymraeg yn llawer byrrach na'r Saesneg \(\d+ o nodau, a \d+ yn y Saesneg\): gwiriwch nad oes dim wedi'i adael allan$/,
    ],
    ['dp/image-location', "---\nattachments:\n  - path: https://example.org/photo.jpg\n---\nOur new library.", "Methu darllen yr atodiad 'https://example.org/photo.jpg' i chwilio am ddata lleoliad: cyfeiriad pell yw hwn; gwiriwch y ffeil ei hun, neu atodwch gopi lleol"],
    ['welsh/missing-welsh', 'Road closed today on the A48 while the surface is replaced.', 'Testun Saesneg heb fersiwn Gymraeg'],
    ['welsh/truncation-risk', `Ffordd ar gau. ${'Mae gwaith ar y ffordd. '.repeat(8)}\n\nRoad closed. ${'There are roadworks on the road. '.repeat(4)}`, /^Mae'r neges yn \d+ o nodau; 280 yw'r terfyn ar twitter: byddai'r testun o'r fan hon, yn un o'r ddwy iaith, yn cael ei dorri$/],
    ['dp/special-category', 'Diolch i Sian Evans, sydd â chanser, am ei gwaith.', /^Data categori arbennig \(iechyd\) am berson y gellir ei adnabod: /],
    ['dp/bank-details', 'Talwch Mr Jones: cod didoli 20-00-00, rhif cyfrif 55779911.', /^Manylion banc mewn neges \(cod didoli a rhif cyfrif\): /],
  ])('%s: %s', async (ruleId, text, message) => {
    const messages = await welshFindings(ruleId, text);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  });

  it('notes are Welsh too: a date of birth without its year, a slur', async () => {
    const { ruleSet } = buildRuleSet({ packs, registry: BUILTINS, lang: 'cy' });
    const notes = async (text: string, ruleId: string) => {
      const parsed = await parseDraft(text, 'draft.md');
      return (await lintDocument(parsed.doc!, ruleSet, context(), { redact: true })).filter((f) => f.ruleId === ruleId).map((f) => f.note);
    };
    expect(await notes('Ganwyd Mrs Jones ar 23 Tachwedd.', 'dp/date-of-birth')).toEqual(["Diwrnod a mis heb y flwyddyn: mae'n dal yn rhan o ddyddiad geni."]);
    expect(await notes('The retards at the depot lost our bins again.', 'conduct/discriminatory-language')).toEqual(["term sarhaus: peidiwch â'i ddefnyddio"]);
  });

  it("account/schema: the problem in Welsh, the schema's own words (keys, values) as written, whatever language the run started in", async () => {
    const account = 'kind: social-account\nplatform: facebook\nhandle: "@CarmsCouncil"\ntype: corporate\ntwo_factor: true\n';
    expect(await welshFindings('account/schema', account, 'account.yaml')).toEqual(["Nid yw ffeil y cyfrif yn dilyn sgema'r cyfrif: allwedd anhysbys 'two_factor'"]);
  });

  it('account/schema: the same fingerprint in a Welsh and an English run, so one baseline serves both', async () => {
    const account = 'kind: social-account\nplatform: facebook\nhandle: "@CarmsCouncil"\ntype: corporate\ntwo_factor: true\nlocation-tagging: maybe\n';
    const prints = async (lang: 'en' | 'cy') => {
      const { ruleSet } = buildRuleSet({ packs, registry: BUILTINS, lang });
      const parsed = await parseAccount(account, 'account.yaml');
      setLanguage(lang);
      try {
        const findings = await lintDocument(parsed.doc!, ruleSet, context(), { redact: true });
        return findings.filter((f) => f.ruleId === 'account/schema').map((f) => f.fingerprint);
      } finally {
        setLanguage('en');
      }
    };
    const english = await prints('en');
    expect(english).toHaveLength(2);
    expect(await prints('cy')).toEqual(english);
  });

  it("the builtins' own Welsh strings (messageCy, noteCy, {name-cy} values) pass the same checks", async () => {
    const dir = join(ROOT, 'src', 'packs');
    // A Welsh string literal after its key (a condition before it allowed: `noteCy: a ? 'x' : undefined`).
    const literal = /(?:\b(?:message|note)Cy\b|'[\w-]+-cy')\s*[:=]\s*(?:[^'"`\n,{}]*\?\s*)?(['"`])((?:\\.|(?!\1).)*)\1/g;
    const problems: string[] = [];
    let checked = 0;
    for (const pack of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(dir, pack.name)).filter((f) => f.endsWith('.ts'))) {
        for (const m of readFileSync(join(dir, pack.name, file), 'utf8').matchAll(literal)) {
          const text = prose(m[2].replace(/\$\{[^}]*\}/g, ' ').replace(/\\'/g, "'"), contract);
          checked++;
          const misspelt = (await misspellings(text)).filter((w) => !TECHNICAL_TERMS.has(w.toLowerCase()));
          for (const p of [...misspelt.map((w) => `misspelt '${w}'`), ...notWelsh(text)]) problems.push(`${pack.name}/${file}: ${p}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(25);
    expect(problems).toEqual([]);
  });

  it('every builtin that writes its own message or note writes it in Welsh too', () => {
    const dir = join(ROOT, 'src', 'packs');
    const lacking: string[] = [];
    for (const pack of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(dir, pack.name)).filter((f) => f.endsWith('.ts'))) {
        const source = readFileSync(join(dir, pack.name, file), 'utf8');
        for (const key of ['message', 'note']) {
          const english = source.match(new RegExp(`\\b${key}(?::| =) `, 'g'))?.length ?? 0;
          const welsh = source.match(new RegExp(`\\b${key}Cy(?::| =) `, 'g'))?.length ?? 0;
          if (welsh < english) lacking.push(`${pack.name}/${file}: ${english} ${key}, ${welsh} ${key}Cy`);
        }
      }
    }
    expect(lacking).toEqual([]);
  });
});
