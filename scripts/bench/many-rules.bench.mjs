// DESIGN §7: 1,000 phrase rules check a draft in well under a second. A generated pack of 1,000
// rules (three phrases each, one a hostile "wait . . . what" that once backtracked for
// minutes), loaded with --policy and run over a draft of the kind that made it backtrack.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function manyRulesPack(n) {
  const lines = ['pack: many', 'title: Many phrase rules', 'rules:'];
  for (let i = 0; i < n; i++) {
    lines.push(
      `  - id: many/rule-${i}`,
      '    category: test',
      '    severity: warning',
      '    policy: { ref: T, title: T }',
      "    message: \"Phrase '{match}'\"",
      '    remediation: r',
      `    examples: { bad: ["a phrase${i} here"], good: ["nothing"] }`,
      `    detect: { kind: phrases, phrases: ["phrase${i}", "wait${i} . . . . . . what", "OFFICIAL – SENSITIVE ${i}"] }`,
    );
  }
  return lines.join('\n') + '\n';
}

export async function run({ root }) {
  const dir = mkdtempSync(join(tmpdir(), 'smpolicy-many-'));
  try {
    writeFileSync(join(dir, 'pack.yaml'), manyRulesPack(1000));
    writeFileSync(join(dir, 'draft.md'), `Ffordd ar gau. / Road closed. phrase7 wait${'.'.repeat(100)} OFFICIAL ${'–'.repeat(40000)}\n`);
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'smpolicy.js'), 'check', 'draft.md', '--policy', 'pack.yaml', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const found = r.status === 1 ? JSON.parse(r.stdout).results[0].findings.filter((f) => f.ruleId.startsWith('many/')).length : r.stderr;
    console.log(`1,000 phrase rules (--policy), one hostile draft: ${ms.toFixed(0)} ms, ${found} finding(s) from them — target well under 1,000 ms ${ms < 1000 ? '✔' : '✖'}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
