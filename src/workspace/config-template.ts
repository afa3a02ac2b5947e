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

/** The comments written into .smpolicy.yaml, one table (to be translated with the interface: issue 14). */
const NOTE = {
  head: ['smpolicy configuration, written by `smpolicy init` (see README: Configuration).', 'Every key is optional; `smpolicy check` uses the nearest .smpolicy.yaml from where it runs upward.'],
  extends: ["Built-in rule packs: 'recommended', or 'all' to add the optional packs; [] for none (only your own packs).", 'extends: [recommended]'],
  policies: ['Your own rule packs: files or folders, relative to this file.', 'policies: [./policies/local]'],
  organisation: 'Your organisation.',
  name: "The organisation's name.",
  nameExample: 'name: Example County Council',
  domains: ["Its e-mail domains: addresses on them are the organisation's own (not personal data), and account", 'owners and admins must use them (account/admins).'],
  apps: ['Apps approved for connecting to the accounts; any other connected app is reported (account/third-party-apps).'],
  allow: ["The organisation's own published contact details, never reported as personal data:", 'allow:', '  emails: [dataprotection@example.gov.uk]', '  phones: ["01234 567890"]', '  addresses: ["County Hall, Example Town"]'],
  handles: ['The accounts the organisation publishes from. The configuration has no key for them: describe each in', 'an account file (`kind: social-account`, see README: Account configurations) for `check` to judge its settings.'],
  handlesLabel: 'Handles: ',
  welsh: 'Welsh Language Standards.',
  order: ['welsh-first: a bilingual post must give the Welsh first (English first is reported: welsh/english-first);', 'any: either order.'],
  citation: ['How your compliance notice numbers the social media standards, quoted in findings:', 'citation: "Standards 58 and 59"'],
  elections: ['Pre-election periods (first and last day): party political content is an error inside them', '(conduct/political-neutrality).'],
  electionExample: '- { name: "Senedd election 2026", from: "2026-03-26", to: "2026-05-07" }',
  rules: ["A rule's severity: off, info, warning or error (`smpolicy rules` lists them).", 'rules:', '  a11y/camelcase-hashtag: off'],
  ignore: ['Files and folders `check` skips when given a folder (patterns as in .gitignore).', 'ignore: ["archive/**"]'],
} as const;

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
const quote = (s: string) => JSON.stringify(s);
const comment = (lines: string | readonly string[], indent = '') => (typeof lines === 'string' ? [lines] : lines).map((l) => `${indent}# ${l}`.trimEnd());
const flow = (items: string[], q = false) => `[${items.map((i) => (q ? quote(i) : i)).join(', ')}]`;

/**
 * The text of a commented .smpolicy.yaml holding the answers, with only keys the config
 * schema accepts (policies/schema/config.schema.json): the optional ones are shown as comments.
 */
export function configText(a: InitAnswers): string {
  const out: string[] = [...comment(NOTE.head), ''];
  out.push(...comment(NOTE.extends[0]), NOTE.extends[1], '');
  out.push(...comment(NOTE.policies), '');
  out.push(...comment(NOTE.organisation), 'organisation:');
  out.push(...comment(NOTE.name, '  '), a.name ? `  name: ${quote(a.name)}` : `  # ${NOTE.nameExample}`);
  out.push(...comment(NOTE.domains, '  '), `  domains: ${flow(a.domains)}`);
  out.push(...comment(NOTE.apps, '  '), `  approved-apps: ${flow(a.approvedApps, true)}`);
  out.push(...comment(NOTE.allow, '  '), '');
  if (a.handles.length) out.push(...comment([...NOTE.handles, `${NOTE.handlesLabel}${a.handles.join(', ')}`]), '');
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
