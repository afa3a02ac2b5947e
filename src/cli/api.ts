/**
 * The engine's pieces as the bundle exports them, for `npm run bench` (which measures the
 * code users run, bundled as it ships) and for worker threads that lint in parallel.
 */
export { normaliseConfig, runContext } from '../engine/config.js';
export { lintDocument } from '../engine/lint.js';
export { buildRuleSet } from '../engine/rule-set.js';
export { parseDraft } from '../inputs/draft.js';
export { BUILTINS } from '../packs/registry.js';
export { builtinPacks } from '../support/generated.js';
export { madeAlternations } from '../pii/stored-alternations.js';
