import type { RuleInfo, SeverityOrOff } from '../model/index.js';

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

export function rulesTable(rows: RuleRow[]): string {
  const header = { id: 'RULE', severity: 'SEVERITY', category: 'CATEGORY', ref: 'POLICY' };
  const w = {
    id: Math.max(header.id.length, ...rows.map((r) => r.id.length)),
    severity: Math.max(header.severity.length, ...rows.map((r) => r.severity.length)),
    category: Math.max(header.category.length, ...rows.map((r) => r.category.length)),
  };
  const line = (id: string, sev: string, cat: string, ref: string) => `${pad(id, w.id)}  ${pad(sev, w.severity)}  ${pad(cat, w.category)}  ${ref}`.trimEnd();
  return [line(header.id, header.severity, header.category, header.ref), ...rows.map((r) => line(r.id, r.severity, r.category, `${r.policy.ref}: ${r.policy.title}`))].join('\n') + '\n';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README's rule table (between the rules markers), generated, never edited by hand. */
export function rulesMarkdown(rows: RuleRow[]): string {
  return [
    '| rule | severity | category | policy | message |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.category} | ${cell(r.policy.ref)}: ${cell(r.policy.title)} | ${cell(r.message)} |`),
  ].join('\n') + '\n';
}

export function explainText(r: RuleInfo, severity: SeverityOrOff, source?: string): string {
  const out = [
    `${r.id}  (${severity}, ${r.category})`,
    '',
    `Policy:   ${r.policy.ref}: ${r.policy.title}`,
    `Pack:     ${r.pack}: ${r.packTitle}`,
    ...(source ? [`Source:   ${source}`] : []),
    `Message:  ${r.message}`,
    '',
  ];
  if (r.why) out.push('Why it matters:', wrap(r.why), '');
  out.push('How to fix:', wrap(r.remediation), '');
  // A multi-line example (front matter and body) is indented under its mark.
  const example = (mark: string) => (e: string) => `  ${mark} ${e.replace(/\n/g, '\n    ')}`;
  if (r.examples.bad.length) out.push('Examples that are reported:', ...r.examples.bad.map(example('✗')), '');
  if (r.examples.good.length) out.push('Examples that are fine:', ...r.examples.good.map(example('✓')), '');
  if (r.url) out.push(`More: ${r.url}`, '');
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
