/**
 * Precision and recall of the conduct, information security and accessibility rules on the
 * 98 evaluation drafts in eval/conduct-drafts (47 clean, 51 violating; see its README).
 *
 *   npx tsx scripts/eval/conduct-drafts.ts [--verbose]
 *
 * Each numbered draft goes through the real CLI in-process (`smpolicy check FILE --config
 * eval/conduct-drafts/config.yaml --date 2026-11-23 --format json`). Only conduct/*, infosec/*
 * and a11y/* findings count, scored as (line, rule id) pairs against the drafts' inline
 * `<!-- expect: RULE -->` and `# expect: RULE` markers: two findings of one rule on one line
 * are one. Prints, per rule, the expected and found pairs, the misses and the false alarms,
 * then every draft with a false alarm (and with --verbose, every miss).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FOLDER = 'eval/conduct-drafts';
const IN_SCOPE = /^(?:conduct|infosec|a11y)\//;
const MARK = /(?:<!--|#)\s*expect:\s*([a-z0-9/, -]+?)\s*(?:-->|$)/gm;

interface Pair { file: string; line: number; rule: string }

function expected(file: string, text: string): Pair[] {
  const out: Pair[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(MARK)) for (const rule of m[1].split(/[\s,]+/).filter(Boolean)) if (IN_SCOPE.test(rule)) out.push({ file, line: i + 1, rule });
  });
  return out;
}

async function check(file: string): Promise<{ pairs: Pair[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s, true), isTTY: false },
    stderr: { write: (s: string) => (stderr += s, true) },
    readStdin: async () => new Uint8Array(),
    cwd: ROOT,
    env: {},
  };
  await run(['check', file, '--config', `${FOLDER}/config.yaml`, '--format', 'json', '--date', '2026-11-23'], io);
  if (!stdout) return { pairs: [], stderr };
  const report = JSON.parse(stdout) as { results: Array<{ findings: Array<{ line: number; ruleId: string }> }> };
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  for (const f of report.results.flatMap((r) => r.findings)) {
    const key = `${f.line} ${f.ruleId}`;
    if (!IN_SCOPE.test(f.ruleId) || seen.has(key)) continue;
    seen.add(key);
    pairs.push({ file, line: f.line, rule: f.ruleId });
  }
  return { pairs, stderr };
}

const verbose = process.argv.includes('--verbose');
const files = readdirSync(join(ROOT, FOLDER))
  .filter((f) => /^\d+-.*\.(?:md|txt)$/.test(f))
  .sort()
  .map((f) => `${FOLDER}/${f}`);

const stats = new Map<string, { expected: number; found: number; missed: Pair[]; falseAlarms: Pair[] }>();
const stat = (rule: string) => {
  let s = stats.get(rule);
  if (!s) stats.set(rule, (s = { expected: 0, found: 0, missed: [], falseAlarms: [] }));
  return s;
};
const problems: string[] = [];
for (const file of files) {
  const want = expected(file, readFileSync(join(ROOT, file), 'utf8'));
  const { pairs: got, stderr } = await check(file);
  if (stderr) problems.push(`${file}: ${stderr.trim()}`);
  const same = (a: Pair, b: Pair) => a.line === b.line && a.rule === b.rule;
  for (const w of want) {
    stat(w.rule).expected++;
    if (!got.some((g) => same(g, w))) stat(w.rule).missed.push(w);
  }
  for (const g of got) {
    stat(g.rule).found++;
    if (!want.some((w) => same(g, w))) stat(g.rule).falseAlarms.push(g);
  }
}

const rows = [...stats.entries()].sort(([a], [b]) => a.localeCompare(b));
const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`${files.length} drafts in ${FOLDER} (--date 2026-11-23, ${FOLDER}/config.yaml)\n`);
console.log(`${pad('rule', 32)}${pad('expected', 10)}${pad('found', 7)}${pad('missed', 8)}false alarms`);
let totals = [0, 0, 0, 0];
for (const [rule, s] of rows) {
  console.log(`${pad(rule, 32)}${pad(s.expected, 10)}${pad(s.found, 7)}${pad(s.missed.length, 8)}${s.falseAlarms.length}`);
  totals = [totals[0] + s.expected, totals[1] + s.found, totals[2] + s.missed.length, totals[3] + s.falseAlarms.length];
}
console.log(`${pad('all', 32)}${pad(totals[0], 10)}${pad(totals[1], 7)}${pad(totals[2], 8)}${totals[3]}`);
const precision = totals[1] ? (totals[1] - totals[3]) / totals[1] : 1;
const recall = totals[0] ? (totals[0] - totals[2]) / totals[0] : 1;
console.log(`\nprecision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%`);

const alarms = rows.flatMap(([, s]) => s.falseAlarms);
console.log(`\ndrafts with a false alarm: ${alarms.length ? '' : 'none'}`);
for (const a of alarms) console.log(`  ${a.file}:${a.line} ${a.rule}`);
if (verbose) {
  const misses = rows.flatMap(([, s]) => s.missed);
  console.log(`\nmisses: ${misses.length ? '' : 'none'}`);
  for (const m of misses) console.log(`  ${m.file}:${m.line} ${m.rule}`);
}
if (problems.length) {
  console.log('\nruns that wrote to stderr:');
  for (const p of problems) console.log(`  ${p}`);
}
