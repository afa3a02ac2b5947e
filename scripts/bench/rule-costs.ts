/**
 * Per-post cost of each builtin rule of a pack: `npx tsx scripts/bench/rule-costs.ts [posts] [pack]`
 * (default 20,000 posts, pack data-protection). Runs each builtin detector, with its shipped params, over the benchmark corpus
 * (scripts/bench/corpus.mjs, ~250 characters, mixed Welsh/English, seeded violations) and over
 * a harder corpus where every post names someone and has trigger words.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
// @ts-expect-error plain JavaScript module without types
import { generatePosts } from './corpus.mjs';
import { normaliseConfig, runContext } from '../../src/engine/config.js';
import { parseDraft } from '../../src/inputs/draft.js';
import type { PostDocument } from '../../src/model/index.js';
import { BUILTINS } from '../../src/packs/registry.js';
import { loadPackPaths } from '../../src/workspace/pack-files.js';

const ROOT = join(import.meta.dirname, '..', '..');
const N = Number(process.argv[2] ?? 20000);
const PACK = process.argv[3] ?? 'data-protection';
const ctx = runContext(normaliseConfig({}), { date: '2026-11-23' });

const HARD = [
  'Thanks to Mrs Davies of 14 Heol y Parc, SA19 6AB, who has dementia, for her call. “It was great,” said Sian Morgan.',
  'Llongyfarchiadau i Ffion (7) o Ysgol y Strade! Ganwyd Mrs Jones ar 23 Tachwedd 1926. Mae cyfeirnod eich cwyn CMP-2026-00123.',
  'Our resident Sian told us her case number 123456 is still open; Mr Jones was born on 01/02/1980 and was arrested.',
];

async function docs(texts: string[]): Promise<PostDocument[]> {
  const out: PostDocument[] = [];
  for (const t of texts) out.push((await parseDraft(t, 'post.txt')).doc!);
  return out;
}

const { packs, errors } = await loadPackPaths(ROOT, [join(ROOT, 'policies', PACK)], BUILTINS);
if (errors.length) throw new Error(errors.map((e) => e.format()).join('\n'));
const pack = packs[0];
const corpus = await docs(generatePosts(N));
const hard = await docs(Array.from({ length: N }, (_, i) => `${HARD[i % HARD.length]} #${i}`));
console.log(`posts: ${N}; mean length ${Math.round(corpus.reduce((n, d) => n + d.text.length, 0) / N)} (corpus), ${Math.round(hard.reduce((n, d) => n + d.text.length, 0) / N)} (hard)`);
console.log('rule'.padEnd(26), 'µs/post corpus', ' µs/post hard', ' findings (corpus/hard)');
let total = 0;
let totalHard = 0;
for (const rule of pack!.rules) {
  if (rule.detect.kind !== 'builtin') continue;
  const detector = await BUILTINS[rule.detect.name]();
  // Account rules (welsh/account-profile, account/*) read account files, not posts.
  if (detector.appliesTo !== 'post') continue;
  const params = rule.detect.params ?? {};
  const time = async (set: PostDocument[]) => {
    let found = 0;
    for (const d of set.slice(0, 500)) await detector.detect(d, params, ctx); // warm up
    const t0 = performance.now();
    for (const d of set) found += (await detector.detect(d, params, ctx)).length;
    return { us: ((performance.now() - t0) * 1000) / set.length, found };
  };
  const a = await time(corpus);
  const b = await time(hard);
  total += a.us;
  totalHard += b.us;
  console.log(rule.id.padEnd(26), a.us.toFixed(2).padStart(14), b.us.toFixed(2).padStart(13), `  ${a.found}/${b.found}`);
}
console.log(`all ${PACK} builtins`.padEnd(26), total.toFixed(2).padStart(14), totalHard.toFixed(2).padStart(13));
