// `npm run bench`, audit (DESIGN §7): `smpolicy audit` end to end on 100,000 generated posts
// (and on 1,000,000 to show memory stays flat), timed with /usr/bin/time for wall time and
// peak memory; alex and textlint (alex's rules plus a terminology dictionary) on the same
// posts, in-process on one core, for the ratios. BENCH_AUDIT_POSTS sets the corpus size;
// BENCH_AUDIT_TENFOLD=0 skips the tenfold run; BENCH_PEER_POSTS the peers' sample.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { auditTexts, writeAuditCorpus } from './audit-corpus.mjs';

const fmt = (n) => Math.round(n).toLocaleString('en-GB');

function audit(root, dir, file) {
  const args = ['-f', '%e %M', process.execPath, join(root, 'bin', 'smpolicy.js'), 'audit', file, '--text-column', 'text', '--date-column', 'date', '--account-column', 'account', '--id-column', 'id', '--report', 'json', '--out', 'report.json', '--quiet'];
  const r = spawnSync('/usr/bin/time', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`smpolicy audit exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const [seconds, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, peakMb: kb / 1024, reportMb: statSync(join(dir, 'report.json')).size / 1048576 };
}

async function peers(root, dir, sample) {
  const texts = [...auditTexts(sample)];
  const out = {};
  const { text: alex } = await import('alex');
  for (const t of texts.slice(0, 200)) alex(t);
  let t0 = performance.now();
  let messages = 0;
  for (const t of texts) messages += alex(t).messages.length;
  out.alex = { rate: texts.length / ((performance.now() - t0) / 1000), messages };

  // textlint with alex's rules and a terminology dictionary, the rules handed over as modules:
  // loading them by name from a .textlintrc fails for ESM-only rules (terminology 5), and a
  // linter with no rules would make any ratio meaningless, so a probe sentence must fire both.
  const require = createRequire(join(root, 'package.json'));
  const interop = (m) => m.default?.default ?? m.default ?? m;
  const { createLinter } = await import('textlint');
  const { TextlintKernelDescriptor } = require('@textlint/kernel');
  const descriptor = new TextlintKernelDescriptor({
    rules: [
      { ruleId: 'alex', rule: interop(await import('textlint-rule-alex')), options: true },
      { ruleId: 'terminology', rule: interop(await import('textlint-rule-terminology')), options: true },
    ],
    plugins: [{ pluginId: 'text', plugin: interop(require('@textlint/textlint-plugin-text')), options: true }],
    filterRules: [],
  });
  const linter = createLinter({ descriptor });
  const probe = await linter.lintText('The chairman uses Javascript.', 'post.txt');
  if (new Set(probe.messages.map((m) => m.ruleId)).size < 2) throw new Error(`textlint's rules did not load: ${JSON.stringify(probe.messages)}`);
  for (const t of texts.slice(0, 200)) await linter.lintText(t, 'post.txt');
  t0 = performance.now();
  messages = 0;
  for (const t of texts) messages += (await linter.lintText(t, 'post.txt')).messages.length;
  out.textlint = { rate: texts.length / ((performance.now() - t0) / 1000), messages };
  return out;
}

export async function run({ root }) {
  const n = Number(process.env.BENCH_AUDIT_POSTS ?? 100_000);
  const sample = Number(process.env.BENCH_PEER_POSTS ?? 10_000);
  const dir = join(root, '.bench', 'audit');
  mkdirSync(dir, { recursive: true });
  console.log(`audit, end to end: ${fmt(n)} generated posts (~250 chars; Welsh, English, bilingual and separate pairs; seeded violations), all default packs`);
  console.log(`  machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, node ${process.version}`);
  await writeAuditCorpus(join(dir, 'posts.csv'), n);
  const one = audit(root, dir, 'posts.csv');
  const rate = n / one.seconds;
  const rows = [['smpolicy audit (--jobs = cores)', `${fmt(n)}`, `${one.seconds.toFixed(1)} s`, `${fmt(rate)}`, `${one.peakMb.toFixed(0)} MB`, '1.00']];
  let tenfold;
  if (process.env.BENCH_AUDIT_TENFOLD !== '0') {
    await writeAuditCorpus(join(dir, 'posts-10x.csv'), n * 10);
    tenfold = audit(root, dir, 'posts-10x.csv');
    rows.push([`smpolicy audit, tenfold corpus`, `${fmt(n * 10)}`, `${tenfold.seconds.toFixed(1)} s`, `${fmt((n * 10) / tenfold.seconds)}`, `${tenfold.peakMb.toFixed(0)} MB`, '']);
  }
  const p = await peers(root, dir, sample);
  rows.push([`alex 11 (in-process, 1 core; ${fmt(sample)}-post sample)`, fmt(sample), `${(sample / p.alex.rate).toFixed(1)} s`, fmt(p.alex.rate), '', (rate / p.alex.rate).toFixed(1)]);
  rows.push([`textlint 15 + alex + terminology (same)`, fmt(sample), `${(sample / p.textlint.rate).toFixed(1)} s`, fmt(p.textlint.rate), '', (rate / p.textlint.rate).toFixed(1)]);
  console.log('\n| run | posts | wall time | posts/s | peak memory | smpolicy ÷ it |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\n  target ≥ 10,000 posts/s: ${fmt(rate)} ${rate >= 10_000 ? '✔' : '✖'}; peak < 300 MB: ${one.peakMb.toFixed(0)} MB ${one.peakMb < 300 ? '✔' : '✖'}`);
  if (tenfold) console.log(`  memory ×10 corpus: ${one.peakMb.toFixed(0)} → ${tenfold.peakMb.toFixed(0)} MB (${(tenfold.peakMb / one.peakMb).toFixed(2)}×) ${tenfold.peakMb < one.peakMb * 1.5 ? '✔ flat' : '✖ grows'}`);
  console.log(`  report.json ${one.reportMb.toFixed(1)} MB; alex found ${p.alex.messages} messages, textlint ${p.textlint.messages} in the sample\n`);
}
