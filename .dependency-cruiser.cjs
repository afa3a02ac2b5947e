/**
 * The layers of smpolicy (README: Architecture), enforced by test/architecture.test.ts.
 * A module may import its own layer and the layers listed for it, nothing else; `allowed`
 * makes every other import of ours an error, so no two layers can import each other.
 *
 *   model      ground floor: shared types and small values; imports nothing of ours
 *   i18n       ground floor: the CLI's messages in English and Welsh; imports nothing of ours
 *   support    YAML, JSON Schema and packaging helpers           -> model, i18n
 *   engine     packs, rules, suppressions; no I/O                 -> model, support, i18n
 *   inputs     document sources: bytes to documents               -> model, support, i18n
 *   language   Welsh/English identification and spelling          -> model, support
 *   pii        personal-data helpers                              -> model, support, language
 *   packs      builtin detectors beside their pack, and registry  -> model, support, language, pii
 *   formats    one file per output format                         -> model, i18n
 *   workspace  the user's files: config, packs, targets, runs     -> model, support, engine, inputs, language, packs, i18n
 *   cli        one file per command                               -> everything
 */
const LAYERS = {
  model: [],
  i18n: [],
  support: ['model', 'i18n'],
  engine: ['model', 'support', 'i18n'],
  inputs: ['model', 'support', 'i18n'],
  language: ['model', 'support'],
  pii: ['model', 'support', 'language'],
  packs: ['model', 'support', 'language', 'pii'],
  formats: ['model', 'i18n'],
  workspace: ['model', 'support', 'engine', 'inputs', 'language', 'packs', 'i18n'],
  cli: ['model', 'i18n', 'support', 'engine', 'inputs', 'language', 'pii', 'packs', 'formats', 'workspace'],
};

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'A cycle couples modules that should stand alone.', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
    { name: 'known-layer', comment: 'Every folder of src/ is a layer listed in .dependency-cruiser.cjs.', severity: 'error', from: { path: '^src/', pathNot: `^src/(${Object.keys(LAYERS).join('|')}|types)/` }, to: {} },
  ],
  allowed: [
    { from: { path: '^src/' }, to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'type-only'], pathNot: '^src/' } },
    { from: { path: '^src/([^/]+)/' }, to: { path: '^src/$1/' } },
    { from: { path: '^src/' }, to: { path: '^src/types/' } },
    ...Object.entries(LAYERS)
      .filter(([, below]) => below.length)
      .map(([layer, below]) => ({ from: { path: `^src/${layer}/` }, to: { path: `^src/(${below.join('|')})/` } })),
  ],
  allowedSeverity: 'error',
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
