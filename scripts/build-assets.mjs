// Build step after tsc: compiles the JSON Schemas into standalone validators (so a run never
// loads or compiles ajv for the common case) and checks and compiles the built-in rule packs
// into dist/generated/packs.json (so a run never parses YAML for them).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standalone from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'generated');
mkdirSync(out, { recursive: true });

const sources = Object.fromEntries(['pack', 'config', 'front-matter', 'account'].map((name) => [name, JSON.parse(readFileSync(join(root, 'policies', 'schema', `${name}.schema.json`), 'utf8'))]));
// A rule file of a pack folder is one rule: the pack schema's rule definition, at the root.
const { $defs } = sources.pack;
sources.rule = { $id: 'https://smpolicy.dev/schema/rule.json', title: 'smpolicy rule (one file of a pack folder)', ...$defs.rule, $defs };
const schemas = Object.keys(sources);
const ajv = new Ajv.default({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code: { source: true, esm: true } });
addFormats.default(ajv, ['date']);
const exportsMap = {};
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
for (const name of schemas) {
  ajv.addSchema(sources[name], name);
  exportsMap[camel(name)] = name;
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
const schemaSource = schemas.map((name) => `export const ${camel(name)} = ${JSON.stringify(sources[name])};`).join('\n');
writeFileSync(join(out, 'schemas.js'), schemaSource + '\n');

// Built-in packs (every folder of policies/ with a pack.yaml): the same loader a user pack goes
// through, so build and run agree.
const { loadPackPaths } = await import(pathToFileURL(join(root, 'dist', 'workspace', 'pack-files.js')).href);
const { BUILTINS } = await import(pathToFileURL(join(root, 'dist', 'packs', 'registry.js')).href);
const packsDir = join(root, 'policies');
const folders = readdirSync(packsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(packsDir, d.name, 'pack.yaml')))
  .map((d) => join(packsDir, d.name))
  .sort();
const { packs, errors } = await loadPackPaths(root, folders, BUILTINS, { trusted: true });
for (const e of errors) console.error(e.format());
if (errors.length) process.exit(1);
writeFileSync(join(out, 'packs.js'), `export default ${JSON.stringify(packs)};\n`);
console.log(`smpolicy build: ${schemas.length} schemas, ${packs.length} packs, ${packs.reduce((n, p) => n + p.rules.length, 0)} rules`);
