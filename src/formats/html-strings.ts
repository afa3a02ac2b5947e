/**
 * Every word the HTML audit report shows, in English and Welsh (docs/glossary.md).
 * Placeholders `{name}` are filled with numbers, dates or already-escaped text; in the
 * Welsh strings a placeholder never sits where Welsh would mutate it (after a colon, in
 * brackets, or a figure, which is written as digits). Counted nouns and placeholders are
 * the CLI's (src/i18n: `Intl.PluralRules`, with "dim + plural", "1 + singular" and "# o +
 * plural" in Welsh), so the report and the terminal count alike.
 */
import type { Severity } from '../model/index.js';
import { countIn, type Lang } from '../i18n/index.js';

export type { Lang } from '../i18n/index.js';
export { fill, formatNumber, type Forms } from '../i18n/index.js';

export type Noun = 'post' | 'account' | 'finding' | 'error' | 'warning' | 'info' | 'document' | 'rule';

const EN = {
  docTitle: 'Social media audit report',
  skip: 'Skip to the findings table',
  contents: 'Contents',
  generatedBy: 'Generated on {date} by smpolicy {version}',
  summary: 'Summary',
  period: 'Period covered',
  noPeriod: 'The posts carried no dates',
  inputs: 'Inputs',
  judgedAsOf: 'Date checked against',
  generatedAt: 'Report generated',
  foundHeading: 'What the audit found',
  coveredHeading: 'What the audit covered',
  postsAudited: 'Posts audited',
  accountsPosting: 'Accounts that posted',
  accountFiles: 'Account settings files checked',
  documents: 'Documents checked',
  findings: 'Findings',
  errors: 'Errors',
  warnings: 'Warnings',
  infos: 'Info',
  postsWithFindings: 'Posts with findings',
  welshCompliance: 'Welsh-language compliance',
  unreadable: 'Documents that could not be read',
  ofPosts: '{pct} of posts',
  ofFindings: '{pct} of findings',
  leadAudited: 'The audit covered {posts} published by {accounts}.',
  leadAuditedNoAccounts: 'The audit covered {posts}.',
  leadDocuments: 'The audit covered {documents}.',
  leadNothing: 'Nothing was audited.',
  leadFindings: 'It raised {findings} ({errors}, {warnings}, {infos}).',
  leadNoFindings: 'It raised no findings.',
  leadUnreadable: 'Documents that could not be read: {n}. The audit’s own output names them.',
  totals: 'Totals by category, severity, account and month',
  navTotals: 'Totals',
  navRules: 'Top rules',
  navWelsh: 'Welsh language',
  navFindings: 'Findings',
  byCategory: 'Findings by category',
  bySeverity: 'Findings by severity',
  byAccount: 'Findings by account',
  byMonth: 'Posts and findings by month',
  byMonthChart: 'Findings by month',
  topRules: 'Rules with the most findings',
  topRulesNote: 'Rules with findings: {n}. The {k} with the most findings are shown.',
  welshByAccount: 'Welsh-language compliance by account',
  welshIntro: 'The share of each account’s posts with no Welsh-language finding, lowest first.',
  welshOverall: 'All accounts: {pct} of posts have no Welsh-language finding.',
  findingsTable: 'Table of findings',
  category: 'Category',
  severity: 'Severity',
  account: 'Account',
  month: 'Month',
  count: 'Findings',
  share: 'Share',
  posts: 'Posts',
  per100: 'Findings per 100 posts',
  compliantPosts: 'Posts with no Welsh-language finding',
  rate: 'Rate',
  rank: 'Rank',
  rule: 'Rule',
  policy: 'Policy',
  citation: 'Policy citation',
  howToFix: 'How to fix',
  colPost: 'Post or file',
  colDate: 'Date',
  colPosition: 'Line:col',
  colMessage: 'Finding',
  colExcerpt: 'Excerpt',
  filterHeading: 'Filter and sort',
  all: 'All',
  search: 'Search',
  searchHint: 'Words in the finding, file, account or rule',
  clear: 'Clear filters',
  shown: 'Findings shown: {shown} of {total}',
  noMatch: 'No findings match these filters.',
  sortHint: 'Select a column heading to sort the table by it; select it again to reverse the order.',
  leftOut: 'Findings not in this table: {n}. The table holds the first {shown}. The totals and charts above count every finding, and the JSON and CSV reports hold them all.',
  noFindings: 'No findings.',
  viewPost: 'View post',
  opensNewTab: '(opens in a new tab)',
  noAccount: 'No account named',
  accountFile: 'Account settings file',
  noData: 'No data',
  chart: 'Bar chart',
  chartDesc: 'Bar chart. {items}.',
  masked: 'Personal data in this report is masked (for example 0770•••••23).',
  offline: 'This file works offline: filtering and sorting happen in your browser, and nothing is sent anywhere.',
  footer: 'Made by smpolicy {version}.',
  none: '—',
} as const;

export type Strings = Record<keyof typeof EN, string>;

const CY: Strings = {
  docTitle: 'Adroddiad archwilio’r cyfryngau cymdeithasol',
  skip: 'Neidio i dabl y canfyddiadau',
  contents: 'Cynnwys',
  generatedBy: 'Crëwyd ar {date} gan smpolicy {version}',
  summary: 'Crynodeb',
  period: 'Y cyfnod dan sylw',
  noPeriod: 'Nid oedd dyddiadau ar y negeseuon',
  inputs: 'Mewnbynnau',
  judgedAsOf: 'Dyddiad y gwiriad',
  generatedAt: 'Crëwyd yr adroddiad',
  foundHeading: 'Beth a gafwyd',
  coveredHeading: 'Beth a archwiliwyd',
  postsAudited: 'Negeseuon a archwiliwyd',
  accountsPosting: 'Cyfrifon a gyhoeddodd',
  accountFiles: 'Ffeiliau gosodiadau cyfrif a wiriwyd',
  documents: 'Dogfennau a wiriwyd',
  findings: 'Canfyddiadau',
  errors: 'Gwallau',
  warnings: 'Rhybuddion',
  infos: 'Nodiadau (gwybodaeth)',
  postsWithFindings: 'Negeseuon â chanfyddiadau',
  welshCompliance: 'Cydymffurfio â Safonau’r Gymraeg',
  unreadable: 'Dogfennau na ellid eu darllen',
  ofPosts: '{pct} o’r negeseuon',
  ofFindings: '{pct} o’r canfyddiadau',
  leadAudited: 'Archwiliwyd {posts} a gyhoeddwyd gan {accounts}.',
  leadAuditedNoAccounts: 'Archwiliwyd {posts}.',
  leadDocuments: 'Archwiliwyd {documents}.',
  leadNothing: 'Ni archwiliwyd dim.',
  leadFindings: 'Cafwyd {findings} ({errors}, {warnings}, {infos}).',
  leadNoFindings: 'Ni chafwyd unrhyw ganfyddiadau.',
  leadUnreadable: 'Dogfennau na ellid eu darllen: {n}. Mae allbwn yr archwiliad yn eu henwi.',
  totals: 'Cyfansymiau yn ôl categori, difrifoldeb, cyfrif a mis',
  navTotals: 'Cyfansymiau',
  navRules: 'Prif reolau',
  navWelsh: 'Y Gymraeg',
  navFindings: 'Canfyddiadau',
  byCategory: 'Canfyddiadau yn ôl categori',
  bySeverity: 'Canfyddiadau yn ôl difrifoldeb',
  byAccount: 'Canfyddiadau yn ôl cyfrif',
  byMonth: 'Negeseuon a chanfyddiadau yn ôl mis',
  byMonthChart: 'Canfyddiadau yn ôl mis',
  topRules: 'Y rheolau â’r nifer fwyaf o ganfyddiadau',
  topRulesNote: 'Rheolau â chanfyddiadau: {n}. Dangosir y {k} sydd â’r nifer fwyaf o ganfyddiadau.',
  welshByAccount: 'Cydymffurfio â Safonau’r Gymraeg, fesul cyfrif',
  welshIntro: 'Cyfran negeseuon pob cyfrif sydd heb unrhyw ganfyddiad am y Gymraeg. Mae’r gyfran isaf yn gyntaf.',
  welshOverall: 'Pob cyfrif: nid oes canfyddiad am y Gymraeg mewn {pct} o’r negeseuon.',
  findingsTable: 'Tabl y canfyddiadau',
  category: 'Categori',
  severity: 'Difrifoldeb',
  account: 'Cyfrif',
  month: 'Mis',
  count: 'Canfyddiadau',
  share: 'Cyfran',
  posts: 'Negeseuon',
  per100: 'Canfyddiadau fesul 100 neges',
  compliantPosts: 'Negeseuon heb ganfyddiad am y Gymraeg',
  rate: 'Cyfradd',
  rank: 'Safle',
  rule: 'Rheol',
  policy: 'Polisi',
  citation: 'Cyfeirnod y polisi',
  howToFix: 'Sut i’w gywiro',
  colPost: 'Neges neu ffeil',
  colDate: 'Dyddiad',
  colPosition: 'Llinell:colofn',
  colMessage: 'Canfyddiad',
  colExcerpt: 'Detholiad',
  filterHeading: 'Hidlo a threfnu',
  all: 'Pob un',
  search: 'Chwilio',
  searchHint: 'Geiriau yn y canfyddiad, y ffeil, y cyfrif neu’r rheol',
  clear: 'Clirio’r hidlwyr',
  shown: 'Canfyddiadau a ddangosir: {shown} o {total}',
  noMatch: 'Nid oes unrhyw ganfyddiadau’n cyfateb i’r hidlwyr hyn.',
  sortHint: 'Dewiswch bennawd colofn i drefnu’r tabl yn ôl y golofn honno; dewiswch ef eto i wrthdroi’r drefn.',
  leftOut: 'Canfyddiadau nad ydynt yn y tabl hwn: {n}. Mae’r tabl yn dangos y {shown} cyntaf. Mae’r cyfansymiau a’r siartiau uchod yn cyfrif pob canfyddiad, ac mae’r adroddiadau JSON a CSV yn eu cynnwys i gyd.',
  noFindings: 'Dim canfyddiadau.',
  viewPost: 'Gweld y neges',
  opensNewTab: '(yn agor mewn tab newydd)',
  noAccount: 'Dim cyfrif wedi’i enwi',
  accountFile: 'Ffeil gosodiadau cyfrif',
  noData: 'Dim data',
  chart: 'Siart bar',
  chartDesc: 'Siart bar. {items}.',
  masked: 'Mae data personol yn yr adroddiad hwn wedi’i guddio’n rhannol (er enghraifft 0770•••••23).',
  offline: 'Mae’r ffeil hon yn gweithio all-lein: mae’r hidlo a’r trefnu’n digwydd yn eich porwr, ac nid oes dim yn cael ei anfon i unman.',
  footer: 'Gwnaed gan smpolicy {version}.',
  none: '—',
};

export const STRINGS: Record<Lang, Strings> = { en: EN, cy: CY };

/** "3 o ganfyddiadau", "1 neges", "dim gwallau"; English "1 post", "0 posts". */
export function count(lang: Lang, noun: Noun, n: number): string {
  return countIn(lang, noun, n);
}

export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${(Math.round((part / whole) * 1000) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
}

export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
  cy: { error: 'Gwall', warning: 'Rhybudd', info: 'Gwybodaeth' },
};

const CATEGORY_LABEL: Record<Lang, Record<string, string>> = {
  en: {
    'welsh-language': 'Welsh language',
    'data-protection': 'Data protection',
    'code-of-conduct': 'Code of conduct',
    equality: 'Equality',
    'information-security': 'Information security',
    accessibility: 'Accessibility',
    'account-security': 'Account security',
  },
  cy: {
    'welsh-language': 'Y Gymraeg',
    'data-protection': 'Diogelu data',
    'code-of-conduct': 'Cod ymddygiad',
    equality: 'Cydraddoldeb',
    'information-security': 'Diogelwch gwybodaeth',
    accessibility: 'Hygyrchedd',
    'account-security': 'Diogelwch cyfrifon',
  },
};

/** A category's name for people; a pack's own category keeps its id. */
export function categoryLabel(lang: Lang, category: string): string {
  return Object.hasOwn(CATEGORY_LABEL[lang], category) ? CATEGORY_LABEL[lang][category] : category;
}

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

const SHORT_MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  cy: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
};

/** "2026-03-05" → "5 March 2026" / "5 Mawrth 2026"; anything else is returned as given. */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m || +m[2] < 1 || +m[2] > 12) return iso;
  return `${+m[3]} ${MONTHS[lang][+m[2] - 1]} ${m[1]}`;
}

/** "2026-11-28T10:02:41Z" → "28 November 2026, 10:02 UTC". */
export function formatDateTime(lang: Lang, iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m) return formatDate(lang, iso);
  const zone = m[3] === 'Z' ? ' UTC' : m[3] ? ` (${m[3]})` : '';
  return `${formatDate(lang, m[1])}, ${m[2]}${zone}`;
}

/** "2026-03" → "March 2026", or short: "Mar 2026". */
export function formatMonth(lang: Lang, yyyyMm: string, short = false): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yyyyMm);
  if (!m || +m[2] < 1 || +m[2] > 12) return yyyyMm;
  return `${(short ? SHORT_MONTHS : MONTHS)[lang][+m[2] - 1]} ${m[1]}`;
}
