import type { Election } from '../model/index.js';

/** What `smpolicy init` asks; every part may be empty (`init --yes`). */
export interface InitAnswers {
  name?: string;
  domains: string[];
  approvedApps: string[];
  order: 'welsh-first' | 'any';
  handles: string[];
  elections: Election[];
}

export const DEFAULT_ANSWERS: InitAnswers = { domains: [], approvedApps: [], order: 'any', handles: [], elections: [] };

/** The comments written into .smpolicy.yaml, in English and Welsh (NOTE_CY): the language `init` runs in. */
const NOTES_EN = {
  head: ['smpolicy configuration, written by `smpolicy init` (see README: Configuration).', 'Every key is optional; `smpolicy check` uses the nearest .smpolicy.yaml from where it runs upward.'],
  extends: ["Built-in rule packs: 'recommended', or 'all' to add the optional packs; [] for none (only your own packs).", 'extends: [recommended]'],
  policies: ['Your own rule packs: files or folders, relative to this file.', 'policies: [./policies/local]'],
  organisation: 'Your organisation.',
  name: "The organisation's name.",
  nameExample: 'name: Example County Council',
  domains: ["Its e-mail domains: addresses on them are the organisation's own (not personal data), and account", 'owners and admins must use them (account/admins).'],
  apps: ['Apps approved for connecting to the accounts; any other connected app is reported (account/third-party-apps).'],
  allow: ["The organisation's own published contact details, never reported as personal data:", 'allow:', '  emails: [dataprotection@example.gov.uk]', '  phones: ["01234 567890"]', '  addresses: ["County Hall, Example Town"]'],
  handles: ['The accounts the organisation publishes from. The configuration has no key for them: describe each in', 'an account file (`kind: social-account`, see README: Auditing your accounts) for `check` to judge its settings.'],
  handlesLabel: 'Handles: ',
  interface: ["The language of smpolicy's own messages: cy (Cymraeg) or en (English); --lang and SMPOLICY_LANG come first,", 'and without any of them the locale (LANG=cy_GB.UTF-8) decides.', 'interface:', '  language: cy'],
  welsh: 'Welsh Language Standards.',
  order: ['welsh-first: a bilingual post must give the Welsh first (English first is reported: welsh/english-first);', 'any: either order.'],
  citation: ['How your compliance notice numbers the social media standards, quoted in findings:', 'citation: "Standards 58 and 59"'],
  elections: ['Pre-election periods (first and last day): party political content is an error inside them', '(conduct/political-neutrality).'],
  electionExample: '- { name: "Senedd election 2026", from: "2026-03-26", to: "2026-05-07" }',
  rules: ["A rule's severity: off, info, warning or error (`smpolicy rules` lists them).", 'rules:', '  a11y/camelcase-hashtag: off'],
  ignore: ['Files and folders `check` skips when given a folder (patterns as in .gitignore).', 'ignore: ["archive/**"]'],
} as const;

type Notes = { [K in keyof typeof NOTES_EN]: (typeof NOTES_EN)[K] extends string ? string : readonly string[] };

/** The same comments in Welsh (docs/glossary.md); the keys and values in them stay as YAML needs them. */
export const NOTE_CY: Notes = {
  head: ['Ffurfweddiad smpolicy, a ysgrifennwyd gan `smpolicy init` (gweler README: Configuration).', "Mae pob allwedd yn ddewisol; mae `smpolicy check` yn defnyddio'r .smpolicy.yaml agosaf, o'r fan lle mae'n rhedeg i fyny."],
  extends: ["Pecynnau rheolau adeiledig: 'recommended', neu 'all' i ychwanegu'r pecynnau dewisol; [] am ddim (eich pecynnau eich hun yn unig).", 'extends: [recommended]'],
  policies: ["Eich pecynnau rheolau eich hun: ffeiliau neu ffolderi, o'u cymharu â'r ffeil hon.", 'policies: [./policies/local]'],
  organisation: 'Eich sefydliad.',
  name: "Enw'r sefydliad.",
  nameExample: 'name: Cyngor Sir Enghreifftiol',
  domains: ["Ei barthau e-bost: mae cyfeiriadau arnynt yn perthyn i'r sefydliad (nid data personol ydynt), a rhaid i", "berchnogion a gweinyddwyr y cyfrifon eu defnyddio (account/admins)."],
  apps: ["Apiau a gymeradwywyd i'w cysylltu â'r cyfrifon; caiff unrhyw ap arall sydd wedi'i gysylltu ei nodi (account/third-party-apps)."],
  allow: ["Manylion cyswllt y sefydliad ei hun sydd wedi'u cyhoeddi, na chânt byth eu nodi fel data personol:", 'allow:', '  emails: [dataprotection@example.gov.uk]', '  phones: ["01234 567890"]', '  addresses: ["County Hall, Example Town"]'],
  handles: ["Y cyfrifon y mae'r sefydliad yn cyhoeddi ohonynt. Nid oes allwedd ar eu cyfer yn y ffurfweddiad: disgrifiwch bob un", "mewn ffeil cyfrif (`kind: social-account`, gweler README: Auditing your accounts) er mwyn i `check` farnu ei osodiadau."],
  handlesLabel: 'Enwau defnyddiwr: ',
  interface: ["Iaith negeseuon smpolicy ei hun: cy (Cymraeg) neu en (Saesneg); daw --lang a SMPOLICY_LANG yn gyntaf,", 'a heb yr un ohonynt mae iaith y system (LANG=cy_GB.UTF-8) yn penderfynu.', 'interface:', '  language: cy'],
  welsh: "Safonau'r Gymraeg.",
  order: ["welsh-first: rhaid i neges ddwyieithog roi'r Gymraeg yn gyntaf (caiff Saesneg yn gyntaf ei nodi: welsh/english-first);", "any: y naill drefn neu'r llall."],
  citation: ["Sut mae eich hysbysiad cydymffurfio yn rhifo safonau'r cyfryngau cymdeithasol, a ddyfynnir yn y canfyddiadau:", 'citation: "Safonau 58 a 59"'],
  elections: ["Cyfnodau cyn etholiad (y diwrnod cyntaf a'r olaf): mae cynnwys gwleidyddol pleidiol yn wall yn ystod y cyfnodau hyn", '(conduct/political-neutrality).'],
  electionExample: '- { name: "Etholiad y Senedd 2026", from: "2026-03-26", to: "2026-05-07" }',
  rules: ["Difrifoldeb rheol: off, info, warning neu error (mae `smpolicy rules` yn eu rhestru).", 'rules:', '  a11y/camelcase-hashtag: off'],
  ignore: ["Ffeiliau a ffolderi y mae `check` yn eu hepgor pan roddir ffolder iddo (patrymau fel yn .gitignore).", 'ignore: ["archive/**"]'],
};

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
const quote = (s: string) => JSON.stringify(s);
const comment = (lines: string | readonly string[], indent = '') => (typeof lines === 'string' ? [lines] : lines).map((l) => `${indent}# ${l}`.trimEnd());
const flow = (items: string[], q = false) => `[${items.map((i) => (q ? quote(i) : i)).join(', ')}]`;

/**
 * The text of a commented .smpolicy.yaml holding the answers, with only keys the config
 * schema accepts (policies/schema/config.schema.json): the optional ones are shown as comments.
 */
export function configText(a: InitAnswers, lang: 'en' | 'cy' = 'en'): string {
  const NOTE: Notes = lang === 'cy' ? NOTE_CY : NOTES_EN;
  const out: string[] = [...comment(NOTE.head), ''];
  out.push(...comment(NOTE.extends[0]), NOTE.extends[1], '');
  out.push(...comment(NOTE.policies), '');
  out.push(...comment(NOTE.organisation), 'organisation:');
  out.push(...comment(NOTE.name, '  '), a.name ? `  name: ${quote(a.name)}` : `  # ${NOTE.nameExample}`);
  out.push(...comment(NOTE.domains, '  '), `  domains: ${flow(a.domains)}`);
  out.push(...comment(NOTE.apps, '  '), `  approved-apps: ${flow(a.approvedApps, true)}`);
  out.push(...comment(NOTE.allow, '  '), '');
  if (a.handles.length) out.push(...comment([...NOTE.handles, `${NOTE.handlesLabel}${a.handles.join(', ')}`]), '');
  out.push(...comment(NOTE.interface), '');
  out.push(...comment(NOTE.welsh), 'welsh:');
  out.push(...comment(NOTE.order, '  '), `  order: ${a.order}`);
  out.push(...comment(NOTE.citation, '  '), '');
  out.push(...comment(NOTE.elections));
  if (a.elections.length) {
    out.push('elections:');
    for (const e of a.elections) out.push(`  - { name: ${quote(e.name)}, from: ${quote(e.from)}, to: ${quote(e.to)} }`);
  } else {
    out.push(...comment(['elections:', `  ${NOTE.electionExample}`]), 'elections: []');
  }
  out.push('', ...comment(NOTE.rules), '', ...comment(NOTE.ignore), '');
  return out.join('\n');
}
