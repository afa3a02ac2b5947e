// Build step after tsc: compiles the JSON Schemas into standalone validators (so a run never
// loads or compiles ajv for the common case) and checks and compiles the built-in rule packs
// into dist/generated/packs.json (so a run never parses YAML for them).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standalone from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'generated');
mkdirSync(out, { recursive: true });

const schemas = ['pack', 'config', 'front-matter', 'account'];
const ajv = new Ajv.default({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code: { source: true, esm: true } });
addFormats.default(ajv, ['date']);
const exportsMap = {};
for (const name of schemas) {
  ajv.addSchema(JSON.parse(readFileSync(join(root, 'policies', 'schema', `${name}.schema.json`), 'utf8')), name);
  exportsMap[name.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = name;
}
// ajv's ESM standalone output still calls require() for its small runtime helpers: the
// bundle step (scripts/bundle.mjs) inlines them from validators.source.js; until then a
// createRequire shim makes validators.js usable for checking the packs below.
const code = standalone.default(ajv, exportsMap);
writeFileSync(join(out, 'validators.source.js'), code);
writeFileSync(
  join(out, 'validators.js'),
  code.replace('"use strict";', '"use strict";import { createRequire } from "node:module";const require = createRequire(import.meta.url);'),
);
// The schemas themselves, for error messages (nearest valid key): a module, not JSON, so
// Node 20 loads it without an experimental JSON-import warning.
const schemaSource = schemas
  .map((name) => `export const ${name.replace(/-(\w)/g, (_, c) => c.toUpperCase())} = ${readFileSync(join(root, 'policies', 'schema', `${name}.schema.json`), 'utf8').trim()};`)
  .join('\n');
writeFileSync(join(out, 'schemas.js'), schemaSource + '\n');

// Built-in packs: the same loader a user pack goes through, so build and run agree.
const { loadPackText } = await import(pathToFileURL(join(root, 'dist', 'engine', 'pack-loader.js')).href);
const packsDir = join(root, 'policies');
const packs = [];
let failed = false;
for (const file of readdirSync(packsDir).filter((f) => f.endsWith('.yaml')).sort()) {
  const rel = `policies/${file}`;
  const result = await loadPackText(readFileSync(join(packsDir, file), 'utf8'), rel);
  for (const e of result.errors) {
    console.error(e.format());
    failed = true;
  }
  if (result.pack) packs.push(result.pack);
}
if (failed) process.exit(1);
writeFileSync(join(out, 'packs.js'), `export default ${JSON.stringify(packs)};\n`);
console.log(`smpolicy build: ${schemas.length} schemas, ${packs.length} packs, ${packs.reduce((n, p) => n + p.rules.length, 0)} rules`);
