// `npm run bench`: performance figures (DESIGN §7). A script, not a test: it prints figures.
//  1. start-up: median wall time of `smpolicy check <draft>` against `node -e 0`;
//  2. throughput: posts per second through the engine with every default pack, in-process;
//  3. any further measurements that modules register in scripts/bench/ (language accuracy...).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePosts } from './bench/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'smpolicy.js');
const runs = Number(process.env.BENCH_RUNS ?? 21);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return median(times);
}

console.log(`smpolicy bench (${runs} runs each, median wall time; node ${process.version})\n`);
const baseline = time(['-e', '0']);
console.log(`node -e 0                                   ${baseline.toFixed(1)} ms`);
// The DESIGN §7 target is for one draft; a .txt reply is the common case, and the
// Markdown fixtures show the cost of front matter and Markdown parsing too.
const drafts = ['fixtures/drafts/resident-reply.txt', 'fixtures/drafts/bin-collection.md', 'fixtures/drafts/road-closure.md'];
let worst = 0;
for (const d of drafts) {
  const t = time([bin, 'check', d]);
  worst = Math.max(worst, t / baseline);
  console.log(`smpolicy check ${d.padEnd(34)} ${t.toFixed(1)} ms  (${(t / baseline).toFixed(2)}× node -e 0)`);
}
console.log(`start-up ratio (worst): ${worst.toFixed(2)}× — target ≤ 2.5× ${worst <= 2.5 ? '✔' : '✖'}\n`);

// Throughput through the engine, in-process, default packs (the audit command's inner loop).
const { lintDocument } = await import(pathToFileURL(join(root, 'dist/engine/lint.js')).href);
const { parseDraft } = await import(pathToFileURL(join(root, 'dist/inputs/draft.js')).href);
const { buildRuleSet } = await import(pathToFileURL(join(root, 'dist/engine/rule-set.js')).href);
const { builtinPacks } = await import(pathToFileURL(join(root, 'dist/support/generated.js')).href);
const { normaliseConfig, runContext } = await import(pathToFileURL(join(root, 'dist/engine/config.js')).href);
const { BUILTINS } = await import(pathToFileURL(join(root, 'dist/packs/registry.js')).href);
const all = (await builtinPacks()).filter((p) => !p.optional);
const ctx = runContext(normaliseConfig({}), { date: '2026-11-23' });
const n = Number(process.env.BENCH_POSTS ?? 20000);
const posts = generatePosts(n);
const chars = Math.round(posts.reduce((a, p) => a + p.length, 0) / n);

async function throughput(packs) {
  const { ruleSet } = buildRuleSet({ packs, registry: BUILTINS });
  for (const p of posts.slice(0, 500)) await lintDocument((await parseDraft(p, 'p.txt')).doc, ruleSet, ctx, { redact: true });
  const t0 = performance.now();
  let findings = 0;
  for (const p of posts) findings += (await lintDocument((await parseDraft(p, 'p.txt')).doc, ruleSet, ctx, { redact: true })).length;
  return { rate: n / ((performance.now() - t0) / 1000), findings, rules: ruleSet.rules.length };
}

console.log(`engine throughput, in-process, one core: ${n.toLocaleString('en-GB')} generated posts (~${chars} chars, mixed Welsh/English, seeded violations)`);
await throughput(all); // warm-up: first loads of detectors and libraries
const full = await throughput(all);
console.log(`  all recommended packs (${full.rules} rules): ${Math.round(full.rate).toLocaleString('en-GB')} posts/s, ${full.findings} findings`);
for (const name of ['data-protection', 'welsh-language']) {
  const without = await throughput(all.filter((p) => p.pack !== name));
  console.log(`  without ${name.padEnd(16)} (${without.rules} rules): ${Math.round(without.rate).toLocaleString('en-GB')} posts/s — with it: ${(full.rate / without.rate).toFixed(2)}× the rate`);
}
console.log(`  rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB\n`);

// Further measurements (one module each in scripts/bench/, exporting `run()`).
const extra = join(root, 'scripts', 'bench');
for (const f of existsSync(extra) ? readdirSync(extra).filter((f) => f.endsWith('.bench.mjs')).sort() : []) {
  const mod = await import(pathToFileURL(join(extra, f)).href);
  await mod.run({ root });
}
