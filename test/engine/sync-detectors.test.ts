/**
 * An await per rule per post adds up over an audit of 100,000 posts (DESIGN §7): every builtin
 * post detector answers synchronously for an ordinary post (no run of digits, no attachment,
 * no channel), and only goes asynchronous when it has something to read or a library to load.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseConfig, runContext } from '../../src/engine/config.js';
import { parseDraft } from '../../src/inputs/draft.js';
import { BUILTINS } from '../../src/packs/registry.js';
import { builtinPacks } from '../../src/support/generated.js';

const ctx = runContext(normaliseConfig({}), { date: '2026-11-23' });
const POSTS = [
  'Road closed at Cross Hands today for resurfacing works. Please use the signed diversion.',
  "Mae'r ffordd ar gau yn Cross Hands heddiw. Defnyddiwch y gwyriad.\n\nThe road is closed at Cross Hands today. Please use the diversion.",
];

describe('builtin post detectors on an ordinary post', async () => {
  const packs = await builtinPacks();
  const rules = packs.flatMap((p) => p.rules).filter((r) => r.detect.kind === 'builtin' && (r['applies-to'] ?? 'post') === 'post');
  it('has post rules to check', () => expect(rules.length).toBeGreaterThan(30));
  for (const rule of rules) {
    it(`${rule.id} answers synchronously`, async () => {
      if (rule.detect.kind !== 'builtin') return;
      const detector = await BUILTINS[rule.detect.name]();
      detector.prepare?.(rule.detect.params ?? {});
      for (const text of POSTS) {
        const doc = (await parseDraft(text, join('drafts', 'post.txt'))).doc!;
        // The first call may load a word list; the second must not wait.
        const first = detector.detect(doc, rule.detect.params ?? {}, ctx);
        if (first instanceof Promise) await first;
        expect(detector.detect(doc, rule.detect.params ?? {}, ctx)).not.toBeInstanceOf(Promise);
      }
    });
  }
});
