/**
 * Accuracy on real public text and on contextual personal data, out of the box.
 *
 *   npm run real-text [-- --verbose] [-- --json FILE]
 *
 * 1. eval/real-text: 240 published items (OGL; see its README). Each goes through the real
 *    CLI in-process with no configuration (`smpolicy check items/<id>.txt --format json`, from
 *    an empty folder so no .smpolicy.yaml applies; a paired item with its pair). A finding of
 *    warning or error severity whose rule is in neither the item's `expect` nor `allow` is a
 *    false alarm; an `expect` rule with no such finding is a miss. Info findings are counted
 *    apart ("check this" level, not an alarm).
 * 2. eval/contextual: 272 drafts (141 positives, 131 look-alike negatives), scored as its README
 *    says: with its smpolicy.yaml, only the scored rules, warning or error.
 * 3. eval/contextual-heldout: 84 more drafts of the same classes, written before the detectors
 *    were tuned on the misses of 2 and never used to tune them; scored the same way, its own table.
 *
 * Prints, per rule, false alarms and misses, then the headline figures against the targets
 * of issue 11 (at most 3% of real items with any false alarm; at least 0.9 of contextual
 * positives found).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alarm, check, DATE, type Finding } from './check-in-process.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const verbose = process.argv.includes('--verbose');
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

interface ManifestItem { id: string; file: string; kind: string; language: string; pair?: string; expect: string[]; allow: string[] }

async function realText(set = 'eval/real-text') {
  const folder = join(ROOT, set);
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as ManifestItem[];
  const work = mkdtempSync(join(tmpdir(), 'smpolicy-real-'));
  const byId = new Map(manifest.map((m) => [m.id, m]));
  const falseAlarms = new Map<string, number>();
  const misses = new Map<string, number>();
  const expected = new Map<string, number>();
  const infos = new Map<string, number>();
  const itemsWithAlarm: Array<{ id: string; kind: string; rules: string[]; examples: string[] }> = [];
  const missed: Array<{ id: string; rule: string }> = [];
  const byKind = new Map<string, { items: number; withAlarm: number }>();
  try {
    for (const item of manifest) {
      const dir = join(work, item.id);
      mkdirSync(dir);
      const name = `${item.id}.txt`;
      let text = readFileSync(join(folder, item.file), 'utf8');
      const pair = item.pair ? byId.get(item.pair) : undefined;
      if (pair) {
        copyFileSync(join(folder, pair.file), join(dir, `${pair.id}.txt`));
        text = `---\npair: ./${pair.id}.txt\n---\n${text}`;
      }
      writeFileSync(join(dir, name), text);
      const { report, stderr } = await check([name], dir);
      if (!report) throw new Error(`${item.id}: no report: ${stderr}`);
      const findings = report.results.flatMap((r) => r.findings);
      for (const f of findings) if (f.severity === 'info') bump(infos, f.ruleId);
      const bad = findings.filter((f) => alarm(f) && !item.expect.includes(f.ruleId) && !item.allow.includes(f.ruleId));
      const k = byKind.get(item.kind) ?? { items: 0, withAlarm: 0 };
      k.items++;
      if (bad.length) {
        k.withAlarm++;
        itemsWithAlarm.push({ id: item.id, kind: item.kind, rules: [...new Set(bad.map((f) => f.ruleId))], examples: bad.slice(0, 3).map((f) => `${f.line}: ${f.ruleId}: ${f.excerpt || f.message}`) });
        for (const rule of new Set(bad.map((f) => f.ruleId))) bump(falseAlarms, rule);
      }
      byKind.set(item.kind, k);
      for (const rule of item.expect) {
        bump(expected, rule);
        if (!findings.some((f) => alarm(f) && f.ruleId === rule)) {
          bump(misses, rule);
          missed.push({ id: item.id, rule });
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { items: manifest.length, itemsWithAlarm, falseAlarms, misses, expected, missed, infos, byKind };
}

interface Case { id: string; expect: string[]; language: string; class: string; text: string; batch?: number }
const SCORED = new Set(['dp/postal-address', 'dp/postcode', 'dp/special-category', 'dp/case-reference', 'dp/child-details', 'dp/unconsented-quote', 'dp/email-address', 'dp/phone-number', 'welsh/mangled-diacritics']);

async function contextual(set = 'eval/contextual') {
  const folder = join(ROOT, set);
  const cases = JSON.parse(readFileSync(join(folder, 'cases.json'), 'utf8')) as Case[];
  const work = mkdtempSync(join(tmpdir(), 'smpolicy-ctx-'));
  try {
    for (const c of cases) writeFileSync(join(work, `${c.id}.md`), `${c.text}\n`);
    copyFileSync(join(folder, 'smpolicy.yaml'), join(work, 'smpolicy.yaml'));
    const { report, stderr } = await check([...cases.map((c) => `${c.id}.md`), '--config', 'smpolicy.yaml'], work);
    if (!report) throw new Error(`contextual: no report: ${stderr}`);
    const found = new Map(report.results.map((r) => [r.file.replace(/^.*\//, '').replace(/\.md$/, ''), new Set(r.findings.filter((f) => alarm(f) && SCORED.has(f.ruleId)).map((f) => f.ruleId))]));
    const classes = new Map<string, { n: number; ok: number; language: Map<string, { n: number; ok: number }> }>();
    const failures: Array<{ id: string; want: string[]; got: string[] }> = [];
    let pos = 0, posOk = 0, neg = 0, negOk = 0;
    const batches = new Map<number, { pos: number; posOk: number; neg: number; negOk: number }>();
    for (const c of cases) {
      const got = found.get(c.id) ?? new Set<string>();
      const positive = c.expect.length > 0;
      const ok = positive ? c.expect.every((r) => got.has(r)) : got.size === 0;
      if (positive) { pos++; if (ok) posOk++; } else { neg++; if (ok) negOk++; }
      if (c.batch !== undefined) {
        const b = batches.get(c.batch) ?? { pos: 0, posOk: 0, neg: 0, negOk: 0 };
        if (positive) { b.pos++; if (ok) b.posOk++; } else { b.neg++; if (ok) b.negOk++; }
        batches.set(c.batch, b);
      }
      const key = `${positive ? 'pos' : 'neg'} ${c.class}`;
      const k = classes.get(key) ?? { n: 0, ok: 0, language: new Map() };
      k.n++;
      if (ok) k.ok++;
      const l = k.language.get(c.language) ?? { n: 0, ok: 0 };
      l.n++;
      if (ok) l.ok++;
      k.language.set(c.language, l);
      classes.set(key, k);
      if (!ok) failures.push({ id: c.id, want: c.expect, got: [...got] });
    }
    return { pos, posOk, neg, negOk, classes, failures, batches };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface HeldoutItem { id: string; file: string; typos: string[] }

/**
 * 4. eval/real-text-heldout: Welsh text kept apart to tell a general fix from one fitted to
 *    eval/real-text (see its README). Scored for welsh/spelling only: a finding on a word the
 *    item's `typos` does not list is a false alarm; a listed typo not reported is a miss.
 */
async function heldoutSpelling() {
  const folder = join(ROOT, 'eval/real-text-heldout');
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as HeldoutItem[];
  const work = mkdtempSync(join(tmpdir(), 'smpolicy-heldout-'));
  const alarms: Array<{ id: string; words: string[] }> = [];
  let typos = 0, found = 0;
  try {
    for (const item of manifest) writeFileSync(join(work, `${item.id}.txt`), readFileSync(join(folder, item.file), 'utf8'));
    const { report, stderr } = await check(manifest.map((m) => `${m.id}.txt`), work);
    if (!report) throw new Error(`heldout: no report: ${stderr}`);
    const byId = new Map(report.results.map((r) => [r.file.replace(/^.*\//, '').replace(/\.txt$/, ''), r.findings]));
    for (const item of manifest) {
      const words = (byId.get(item.id) ?? []).filter((f) => f.ruleId === 'welsh/spelling' && alarm(f)).map((f) => (f as Finding & { actual?: string }).actual ?? f.excerpt);
      const bad = words.filter((w) => !item.typos.includes(w));
      if (bad.length) alarms.push({ id: item.id, words: bad });
      typos += item.typos.length;
      found += item.typos.filter((t) => words.includes(t)).length;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { items: manifest.length, alarms, typos, found };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

const real = await realText();
console.log(`\nReal public text (eval/real-text, ${real.items} items, no configuration, --date ${DATE})\n`);
console.log('| rule | items with a false alarm | expected | missed |');
console.log('| --- | ---: | ---: | ---: |');
for (const rule of [...new Set([...real.falseAlarms.keys(), ...real.expected.keys()])].sort()) {
  console.log(`| ${rule} | ${real.falseAlarms.get(rule) ?? 0} | ${real.expected.get(rule) ?? 0} | ${real.misses.get(rule) ?? 0} |`);
}
console.log('\n| kind | items | with a false alarm |');
console.log('| --- | ---: | ---: |');
for (const [kind, k] of [...real.byKind].sort()) console.log(`| ${kind} | ${k.items} | ${k.withAlarm} (${pct(k.withAlarm, k.items)}) |`);
if (real.infos.size) console.log(`\nInfo findings (not counted as alarms): ${[...real.infos].map(([r, n]) => `${r} ${n}`).join(', ')}`);
const expectedTotal = [...real.expected.values()].reduce((a, b) => a + b, 0);
const missedTotal = real.missed.length;

type Contextual = Awaited<ReturnType<typeof contextual>>;
function printContextual(title: string, set: string, c: Contextual) {
  console.log(`\n${title} (${set}, ${c.pos} positives, ${c.neg} negatives)\n`);
  console.log('| class | cases | passed | en | cy |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [key, k] of [...c.classes].sort()) {
    const lang = (l: string) => (k.language.get(l) ? `${k.language.get(l)!.ok}/${k.language.get(l)!.n}` : '');
    console.log(`| ${key} | ${k.n} | ${k.ok} | ${lang('en')} | ${lang('cy')} |`);
  }
}
const ctx = await contextual();
printContextual('Contextual personal data', 'eval/contextual', ctx);
// A second set written after the detectors, never used to tune them (see its README).
const ctxHeldout = await contextual('eval/contextual-heldout');
printContextual('Contextual personal data, held out', 'eval/contextual-heldout', ctxHeldout);

console.log('\nHeadline (targets from issue 11)');
console.log(`  real items with any false alarm: ${real.itemsWithAlarm.length}/${real.items} = ${pct(real.itemsWithAlarm.length, real.items)} (target at most 3%)`);
console.log(`  real expected findings found:    ${expectedTotal - missedTotal}/${expectedTotal} = ${pct(expectedTotal - missedTotal, expectedTotal)}`);
console.log(`  contextual positives found:      ${ctx.posOk}/${ctx.pos} = ${(ctx.posOk / ctx.pos).toFixed(3)} (target at least 0.9)`);
console.log(`  contextual negatives clean:      ${ctx.negOk}/${ctx.neg} = ${pct(ctx.negOk, ctx.neg)}`);
console.log(`  held-out contextual positives:   ${ctxHeldout.posOk}/${ctxHeldout.pos} = ${(ctxHeldout.posOk / ctxHeldout.pos).toFixed(3)}`);
console.log(`  held-out contextual negatives:   ${ctxHeldout.negOk}/${ctxHeldout.neg} = ${pct(ctxHeldout.negOk, ctxHeldout.neg)}`);
for (const [n, b] of [...ctxHeldout.batches].sort((a, z) => a[0] - z[0])) {
  console.log(`    batch ${n}: positives ${b.posOk}/${b.pos}, negatives clean ${b.negOk}/${b.neg}`);
}

// Collected after all of the above by helpers who never ran the tool (see their READMEs): each
// set's first measurement is blind, and is kept in docs/accuracy.md as it was.
for (const set of ['eval/real-text-blind', 'eval/real-text-blind2', 'eval/real-text-blind3', 'eval/real-text-blind4', 'eval/real-text-blind5', 'eval/real-text-blind6', 'eval/real-text-blind7', 'eval/real-text-blind8', 'eval/real-text-blind9', 'eval/real-text-blind10', 'eval/real-text-blind11', 'eval/real-text-blind12', 'eval/real-text-blind13', 'eval/real-text-blind14', 'eval/real-text-blind15', 'eval/real-text-blind16', 'eval/real-text-blind17', 'eval/real-text-blind18', 'eval/real-text-blind19', 'eval/real-text-blind20', 'eval/real-text-blind21', 'eval/real-text-blind22', 'eval/real-text-blind23', 'eval/real-text-blind24', 'eval/real-text-blind25', 'eval/real-text-blind26', 'eval/real-text-blind27', 'eval/real-text-blind28', 'eval/real-text-blind29', 'eval/real-text-blind30', 'eval/real-text-blind31', 'eval/real-text-blind32', 'eval/real-text-blind33', 'eval/real-text-blind34', 'eval/real-text-blind35', 'eval/real-text-blind36', 'eval/real-text-blind37', 'eval/real-text-blind38', 'eval/real-text-blind39', 'eval/real-text-blind40', 'eval/real-text-blind41', 'eval/real-text-blind42', 'eval/real-text-blind43', 'eval/real-text-blind44', 'eval/real-text-blind45', 'eval/real-text-blind46', 'eval/real-text-blind47', 'eval/real-text-blind48', 'eval/real-text-blind49', 'eval/real-text-blind50', 'eval/real-text-blind51', 'eval/real-text-blind52', 'eval/real-text-blind53', 'eval/real-text-blind54', 'eval/real-text-blind55', 'eval/real-text-blind56', 'eval/real-text-blind57', 'eval/real-text-blind58', 'eval/real-text-blind59', 'eval/real-text-blind60', 'eval/real-text-blind61', 'eval/real-text-blind62', 'eval/real-text-blind63', 'eval/real-text-blind64', 'eval/real-text-blind65', 'eval/real-text-blind66', 'eval/real-text-blind67', 'eval/real-text-blind68', 'eval/real-text-blind69', 'eval/real-text-blind70', 'eval/real-text-blind71', 'eval/real-text-blind72', 'eval/real-text-blind73', 'eval/real-text-blind74', 'eval/real-text-blind75', 'eval/real-text-blind76', 'eval/real-text-blind77', 'eval/real-text-blind78', 'eval/real-text-blind79', 'eval/real-text-blind80', 'eval/real-text-blind81', 'eval/real-text-blind82', 'eval/real-text-blind83', 'eval/real-text-blind84', 'eval/real-text-blind85', 'eval/real-text-blind86', 'eval/real-text-blind87', 'eval/real-text-blind88', 'eval/real-text-blind89', 'eval/real-text-blind90', 'eval/real-text-blind91', 'eval/real-text-blind92', 'eval/real-text-blind93', 'eval/real-text-blind94', 'eval/real-text-blind95', 'eval/real-text-blind96', 'eval/real-text-blind97', 'eval/real-text-blind98', 'eval/real-text-blind99', 'eval/real-text-blind100', 'eval/real-text-blind101', 'eval/real-text-blind102', 'eval/real-text-blind103', 'eval/real-text-blind104', 'eval/real-text-blind105', 'eval/real-text-blind106', 'eval/real-text-blind107', 'eval/real-text-blind108', 'eval/real-text-blind109', 'eval/real-text-blind110', 'eval/real-text-blind111', 'eval/real-text-blind112', 'eval/real-text-blind113', 'eval/real-text-blind114', 'eval/real-text-blind115', 'eval/real-text-blind116', 'eval/real-text-blind117', 'eval/real-text-blind118', 'eval/real-text-blind119', 'eval/real-text-blind120', 'eval/real-text-blind121', 'eval/real-text-blind122', 'eval/real-text-blind123', 'eval/real-text-blind124', 'eval/real-text-blind125', 'eval/real-text-blind126', 'eval/real-text-blind127', 'eval/real-text-blind128', 'eval/real-text-blind129', 'eval/real-text-blind130', 'eval/real-text-blind131', 'eval/real-text-blind132', 'eval/real-text-blind133', 'eval/real-text-blind134', 'eval/real-text-blind135', 'eval/real-text-blind136', 'eval/real-text-blind137', 'eval/real-text-blind138', 'eval/real-text-blind139', 'eval/real-text-blind140', 'eval/real-text-blind141', 'eval/real-text-blind142', 'eval/real-text-blind143', 'eval/real-text-blind144', 'eval/real-text-blind145', 'eval/real-text-blind146', 'eval/real-text-blind147', 'eval/real-text-blind148', 'eval/real-text-blind149', 'eval/real-text-blind150', 'eval/real-text-blind151', 'eval/real-text-blind152', 'eval/real-text-blind153', 'eval/real-text-blind154', 'eval/real-text-blind155', 'eval/real-text-blind156', 'eval/real-text-blind157', 'eval/real-text-blind158', 'eval/real-text-blind159', 'eval/real-text-blind160', 'eval/real-text-blind161', 'eval/real-text-blind162', 'eval/real-text-blind163', 'eval/real-text-blind164', 'eval/real-text-blind165', 'eval/real-text-blind166', 'eval/real-text-blind167', 'eval/real-text-blind168', 'eval/real-text-blind169', 'eval/real-text-blind170', 'eval/real-text-blind171', 'eval/real-text-blind172', 'eval/real-text-blind173', 'eval/real-text-blind174', 'eval/real-text-blind175', 'eval/real-text-blind176', 'eval/real-text-blind177', 'eval/real-text-blind178', 'eval/real-text-blind179', 'eval/real-text-blind180', 'eval/real-text-blind181', 'eval/real-text-blind182', 'eval/real-text-blind183', 'eval/real-text-blind184', 'eval/real-text-blind185', 'eval/real-text-blind186', 'eval/real-text-blind187', 'eval/real-text-blind188', 'eval/real-text-blind189', 'eval/real-text-blind190', 'eval/real-text-blind191', 'eval/real-text-blind192', 'eval/real-text-blind193', 'eval/real-text-blind194', 'eval/real-text-blind195', 'eval/real-text-blind196', 'eval/real-text-blind197', 'eval/real-text-blind198', 'eval/real-text-blind199', 'eval/real-text-blind200', 'eval/real-text-blind201', 'eval/real-text-blind202', 'eval/real-text-blind203', 'eval/real-text-blind204', 'eval/real-text-blind205', 'eval/real-text-blind206', 'eval/real-text-blind207', 'eval/real-text-blind208', 'eval/real-text-blind209', 'eval/real-text-blind210', 'eval/real-text-blind211', 'eval/real-text-blind212', 'eval/real-text-blind213', 'eval/real-text-blind214', 'eval/real-text-blind215', 'eval/real-text-blind216', 'eval/real-text-blind217', 'eval/real-text-blind218', 'eval/real-text-blind219', 'eval/real-text-blind220', 'eval/real-text-blind221', 'eval/real-text-blind222', 'eval/real-text-blind223', 'eval/real-text-blind224', 'eval/real-text-blind225', 'eval/real-text-blind226', 'eval/real-text-blind227', 'eval/real-text-blind228', 'eval/real-text-blind229', 'eval/real-text-blind230', 'eval/real-text-blind231', 'eval/real-text-blind232', 'eval/real-text-blind233', 'eval/real-text-blind234', 'eval/real-text-blind235', 'eval/real-text-blind236', 'eval/real-text-blind237', 'eval/real-text-blind238', 'eval/real-text-blind239', 'eval/real-text-blind240', 'eval/real-text-blind241', 'eval/real-text-blind242', 'eval/real-text-blind243', 'eval/real-text-blind244', 'eval/real-text-blind245', 'eval/real-text-blind246', 'eval/real-text-blind247', 'eval/real-text-blind248', 'eval/real-text-blind249', 'eval/real-text-blind250', 'eval/real-text-blind251', 'eval/real-text-blind252', 'eval/real-text-blind253', 'eval/real-text-blind254', 'eval/real-text-blind255', 'eval/real-text-blind256', 'eval/real-text-blind257', 'eval/real-text-blind258', 'eval/real-text-blind259', 'eval/real-text-blind260', 'eval/real-text-blind261', 'eval/real-text-blind262', 'eval/real-text-blind263', 'eval/real-text-blind264', 'eval/real-text-blind265', 'eval/real-text-blind266', 'eval/real-text-blind267', 'eval/real-text-blind268', 'eval/real-text-blind269', 'eval/real-text-blind270', 'eval/real-text-blind271', 'eval/real-text-blind272', 'eval/real-text-blind273', 'eval/real-text-blind274', 'eval/real-text-blind275', 'eval/real-text-blind276', 'eval/real-text-blind277', 'eval/real-text-blind278', 'eval/real-text-blind279', 'eval/real-text-blind280', 'eval/real-text-blind281', 'eval/real-text-blind282', 'eval/real-text-blind283', 'eval/real-text-blind284', 'eval/real-text-blind285', 'eval/real-text-blind286', 'eval/real-text-blind287', 'eval/real-text-blind288', 'eval/real-text-blind289', 'eval/real-text-blind290', 'eval/real-text-blind291', 'eval/real-text-blind292', 'eval/real-text-blind293', 'eval/real-text-blind294', 'eval/real-text-blind295', 'eval/real-text-blind296', 'eval/real-text-blind297', 'eval/real-text-blind298', 'eval/real-text-blind299', 'eval/real-text-blind300', 'eval/real-text-blind301', 'eval/real-text-blind302', 'eval/real-text-blind303', 'eval/real-text-blind304', 'eval/real-text-blind305', 'eval/real-text-blind306', 'eval/real-text-blind307', 'eval/real-text-blind308', 'eval/real-text-blind310', 'eval/real-text-blind311', 'eval/real-text-blind313', 'eval/real-text-blind309', 'eval/real-text-blind312', 'eval/real-text-blind314', 'eval/real-text-blind315', 'eval/real-text-blind316', 'eval/real-text-blind317', 'eval/real-text-blind318', 'eval/real-text-blind319', 'eval/real-text-blind320', 'eval/real-text-blind321', 'eval/real-text-blind322', 'eval/real-text-blind323', 'eval/real-text-blind324', 'eval/real-text-blind325', 'eval/real-text-blind326', 'eval/real-text-blind327', 'eval/real-text-blind328', 'eval/real-text-blind329', 'eval/real-text-blind330', 'eval/real-text-blind331', 'eval/real-text-blind332', 'eval/real-text-blind333', 'eval/real-text-blind334', 'eval/real-text-blind335', 'eval/real-text-blind336', 'eval/real-text-blind337', 'eval/real-text-blind338', 'eval/real-text-blind339', 'eval/real-text-blind340', 'eval/real-text-blind341', 'eval/real-text-blind342', 'eval/real-text-blind343']) {
  const blind = await realText(set);
  console.log(`\nBlind real public text (${set}, ${blind.items} items, no configuration, --date ${DATE})\n`);
  console.log('| rule | items with a false alarm | expected | missed |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const rule of [...new Set([...blind.falseAlarms.keys(), ...blind.expected.keys()])].sort()) {
    console.log(`| ${rule} | ${blind.falseAlarms.get(rule) ?? 0} | ${blind.expected.get(rule) ?? 0} | ${blind.misses.get(rule) ?? 0} |`);
  }
  const expectedCount = [...blind.expected.values()].reduce((a, b) => a + b, 0);
  console.log(`  blind items with any false alarm: ${blind.itemsWithAlarm.length}/${blind.items} = ${pct(blind.itemsWithAlarm.length, blind.items)}`);
  console.log(`  blind expected findings found:    ${expectedCount - blind.missed.length}/${expectedCount} = ${pct(expectedCount - blind.missed.length, expectedCount)}`);
  if (verbose) {
    for (const i of blind.itemsWithAlarm) console.log(`  ${i.id} [${i.kind}] ${i.rules.join(', ')}\n    ${i.examples.join('\n    ')}`);
    for (const m of blind.missed) console.log(`  missed ${m.id}: ${m.rule}`);
  }
}

const held = await heldoutSpelling();
console.log(`\nHeld-out Welsh text (eval/real-text-heldout, ${held.items} items, welsh/spelling only)`);
console.log(`  items with a spelling false alarm: ${held.alarms.length}/${held.items} = ${pct(held.alarms.length, held.items)}`);
console.log(`  published typos found:             ${held.found}/${held.typos}`);
if (verbose) for (const a of held.alarms) console.log(`    ${a.id}: ${a.words.join(', ')}`);

if (verbose) {
  console.log('\nReal items with a false alarm:');
  for (const i of real.itemsWithAlarm) console.log(`  ${i.id} [${i.kind}] ${i.rules.join(', ')}\n    ${i.examples.join('\n    ')}`);
  console.log('\nReal misses:');
  for (const m of real.missed) console.log(`  ${m.id}: ${m.rule}`);
  console.log('\nContextual failures:');
  for (const f of ctx.failures) console.log(`  ${f.id}: want [${f.want.join(', ')}] got [${f.got.join(', ')}]`);
  console.log('\nHeld-out contextual failures:');
  for (const f of ctxHeldout.failures) console.log(`  ${f.id}: want [${f.want.join(', ')}] got [${f.got.join(', ')}]`);
}
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ real: { items: real.items, itemsWithAlarm: real.itemsWithAlarm, missed: real.missed }, contextual: { pos: ctx.pos, posOk: ctx.posOk, neg: ctx.neg, negOk: ctx.negOk, failures: ctx.failures }, contextualHeldout: { pos: ctxHeldout.pos, posOk: ctxHeldout.posOk, neg: ctxHeldout.neg, negOk: ctxHeldout.negOk, failures: ctxHeldout.failures } }, null, 2));
}
