/**
 * Where an audit's time goes, rule by rule: `npx tsx scripts/bench/engine-costs.ts [posts]`.
 * Lints the audit benchmark's posts (scripts/bench/audit-corpus.mjs) through the engine
 * (lintDocument, with the published view and masking) with every recommended rule alone, and
 * prints µs per post for each, the fixed cost with no rule, reading (plainDraft) and all together.
 */
// @ts-expect-error plain JavaScript module without types
import { auditTexts } from './audit-corpus.mjs';
import { normaliseConfig, runContext } from '../../src/engine/config.js';
import { lintDocument } from '../../src/engine/lint.js';
import { buildRuleSet } from '../../src/engine/rule-set.js';
import { plainDraft } from '../../src/inputs/draft.js';
import type { PostDocument } from '../../src/model/index.js';
import { BUILTINS } from '../../src/packs/registry.js';
import { builtinPacks } from '../../src/support/generated.js';
import { privacyScan } from '../../src/workspace/privacy.js';

const N = Number(process.argv[2] ?? 5000);
const texts: string[] = [...auditTexts(N)];
const ctx = runContext(normaliseConfig({}), { date: '2026-11-23' });
const packs = (await builtinPacks()).filter((p) => !p.optional);
const read = () => texts.map((t, i) => plainDraft(t, { file: 'posts.csv', row: i + 1 }, {}) as PostDocument);

async function time(rules: (id: string) => boolean): Promise<number> {
  const chosen = packs.map((p) => ({ ...p, rules: p.rules.filter((r) => rules(r.id)) }));
  const { ruleSet } = buildRuleSet({ packs: chosen, registry: BUILTINS });
  const warm = read().slice(0, 300);
  for (const d of warm) await lintDocument(d, ruleSet, ctx, { redact: true, privacy: privacyScan });
  const docs = read();
  // CPU time of this thread, not wall time: the figures hold on a busy machine.
  const c0 = process.cpuUsage();
  for (const d of docs) await lintDocument(d, ruleSet, ctx, { redact: true, privacy: privacyScan });
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / docs.length;
}

const c0 = process.cpuUsage();
read();
const c = process.cpuUsage(c0);
console.log(`posts: ${N}; reading (plainDraft) ${((c.user + c.system) / N).toFixed(1)} µs/post (CPU time)`);
const none = await time(() => false);
console.log(`no rules: ${none.toFixed(1)} µs/post`);
const rows: Array<[string, number]> = [];
for (const p of packs) for (const r of p.rules) if (r['applies-to'] !== 'account') rows.push([r.id, (await time((id) => id === r.id)) - none]);
rows.sort((a, b) => b[1] - a[1]);
for (const [id, us] of rows) console.log(`${id.padEnd(34)} ${us.toFixed(1).padStart(8)} µs/post`);
const all = await time(() => true);
console.log(`all post rules together: ${all.toFixed(1)} µs/post (sum of the rules alone ${(rows.reduce((a, r) => a + r[1], 0) + none).toFixed(1)})`);
