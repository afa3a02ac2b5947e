import type { Lang, RuleInfo, SeverityOrOff } from '../model/index.js';

/**
 * Headings and labels of `rules`, `explain` and the generated rule docs, in each interface
 * language (docs/glossary.md). Rule ids, categories and option values stay as they are.
 */
export const RULE_DOC_LABELS = {
  en: {
    columns: { id: 'RULE', severity: 'SEVERITY', category: 'CATEGORY', ref: 'POLICY' },
    markdown: ['rule', 'severity', 'category', 'policy', 'message'],
    severity: { error: 'error', warning: 'warning', info: 'info', off: 'off' } as Record<SeverityOrOff, string>,
    policy: 'Policy',
    pack: 'Pack',
    source: 'Source',
    message: 'Message',
    why: 'Why it matters',
    fix: 'How to fix',
    bad: 'Examples that are reported',
    good: 'Examples that are fine',
    more: 'More',
    reported: 'Reported',
    notReported: 'Not reported',
    optional: 'optional',
    docsTitle: 'Rules',
    docsIntro: 'Generated from `policies/<pack>/` by `npm run docs`; do not edit by hand.',
  },
  cy: {
    columns: { id: 'RHEOL', severity: 'DIFRIFOLDEB', category: 'CATEGORI', ref: 'POLISI' },
    markdown: ['rheol', 'difrifoldeb', 'categori', 'polisi', 'neges'],
    severity: { error: 'gwall', warning: 'rhybudd', info: 'gwybodaeth', off: "wedi'i diffodd" } as Record<SeverityOrOff, string>,
    policy: 'Polisi',
    pack: 'Pecyn',
    source: 'Ffynhonnell',
    message: 'Neges',
    why: 'Pam mae hyn yn bwysig',
    fix: "Sut i'w gywiro",
    bad: "Enghreifftiau sy'n cael eu nodi",
    good: "Enghreifftiau sy'n iawn",
    more: 'Rhagor',
    reported: 'Yn cael ei nodi',
    notReported: 'Ddim yn cael ei nodi',
    optional: 'dewisol',
    docsTitle: 'Rheolau',
    docsIntro: "Wedi'i gynhyrchu o `policies/<pack>/` gan `npm run docs`; peidiwch â'i olygu â llaw.",
  },
} as const;

export interface RuleRow { id: string; category: string; severity: SeverityOrOff; pack: string; policy: { ref: string; title: string }; message: string }

/** Every rule, sorted by id, with its configured severity ('off' when disabled). */
export function ruleRows(known: Map<string, RuleInfo>, enabled: Set<string>, meta: Map<string, SeverityOrOff>): RuleRow[] {
  return [...known.values()]
    .map((r) => ({
      id: r.id,
      category: r.category,
      severity: meta.get(r.id) ?? (enabled.has(r.id) ? r.severity : 'off'),
      pack: r.pack,
      policy: r.policy,
      message: r.message,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

export function rulesTable(rows: RuleRow[], lang: Lang = 'en'): string {
  const label = RULE_DOC_LABELS[lang];
  const header = label.columns;
  const sev = (s: SeverityOrOff) => label.severity[s];
  const w = {
    id: Math.max(header.id.length, ...rows.map((r) => r.id.length)),
    severity: Math.max(header.severity.length, ...rows.map((r) => [...sev(r.severity)].length)),
    category: Math.max(header.category.length, ...rows.map((r) => r.category.length)),
  };
  const line = (id: string, sev: string, cat: string, ref: string) => `${pad(id, w.id)}  ${pad(sev, w.severity)}  ${pad(cat, w.category)}  ${ref}`.trimEnd();
  return [line(header.id, header.severity, header.category, header.ref), ...rows.map((r) => line(r.id, sev(r.severity), r.category, `${r.policy.ref}: ${r.policy.title}`))].join('\n') + '\n';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README's rule table (between the rules markers), generated, never edited by hand. */
export function rulesMarkdown(rows: RuleRow[], lang: Lang = 'en'): string {
  const label = RULE_DOC_LABELS[lang];
  return [
    `| ${label.markdown.join(' | ')} |`,
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.id}\` | ${label.severity[r.severity]} | ${r.category} | ${cell(r.policy.ref)}: ${cell(r.policy.title)} | ${cell(r.message)} |`),
  ].join('\n') + '\n';
}

export function explainText(r: RuleInfo, severity: SeverityOrOff, source?: string, lang: Lang = 'en'): string {
  const label = RULE_DOC_LABELS[lang];
  // The labels of the first lines padded to one width, so their values line up.
  const width = Math.max(label.policy.length, label.pack.length, label.source.length, label.message.length) + 2;
  const field = (name: string, value: string) => `${`${name}:`.padEnd(width + 1)}${value}`;
  const out = [
    `${r.id}  (${label.severity[severity]}, ${r.category})`,
    '',
    field(label.policy, `${r.policy.ref}: ${r.policy.title}`),
    field(label.pack, `${r.pack}: ${r.packTitle}`),
    ...(source ? [field(label.source, source)] : []),
    field(label.message, r.message),
    '',
  ];
  if (r.why) out.push(`${label.why}:`, wrap(r.why), '');
  out.push(`${label.fix}:`, wrap(r.remediation), '');
  // A multi-line example (front matter and body) is indented under its mark.
  const example = (mark: string) => (e: string) => `  ${mark} ${e.replace(/\n/g, '\n    ')}`;
  if (r.examples.bad.length) out.push(`${label.bad}:`, ...r.examples.bad.map(example('✗')), '');
  if (r.examples.good.length) out.push(`${label.good}:`, ...r.examples.good.map(example('✓')), '');
  if (r.url) out.push(`${label.more}: ${r.url}`, '');
  return out.join('\n');
}

function wrap(text: string, width = 88): string {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = ' ';
  for (const w of words) {
    if (line.length + w.length + 1 > width) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${w}`;
  }
  lines.push(line);
  return lines.join('\n');
}
