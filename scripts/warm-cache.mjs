// Build step: makes dist/bundle/smpolicy.cjs.cache, V8's code cache for the bundle, after
// running the CLI in-process over every shipped fixture (and rules, explain, every format),
// so the cache holds the compiled code of everything a check usually touches. bin/smpolicy.js
// uses it, and rebuilds it if V8 rejects it (another Node.js version). The phrase tries those
// runs build are written to dist/alternations.json (src/pii/stored-alternations.ts), so a check
// reads them instead of building them again. The worker threads load the same bundle and cache
// (scripts/worker-entry.cjs), so their task is warmed too, on the fixtures' texts as an audit's posts.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// The V8 flag the CLI and its workers run with (bin/smpolicy.js, src/workspace/pool.ts): V8
// rejects a cache made under other flags.
setFlagsFromString('--heap-growing-percent=50');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/bundle/smpolicy.cjs');
const alternations = join(root, 'dist/alternations.json');
// Made afresh from what the runs below build: a previous build's file would hide them.
rmSync(alternations, { force: true });
const script = new Script(Module.wrap(readFileSync(bundle, 'latin1')), { filename: bundle });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
const sink = { write: () => true, isTTY: false };
const io = { stdout: sink, stderr: sink, readStdin: async () => new Uint8Array(), cwd: root, env: {} };
const drafts = readdirSync(join(root, 'fixtures/drafts')).map((f) => `fixtures/drafts/${f}`);
const accounts = readdirSync(join(root, 'fixtures/accounts')).map((f) => `fixtures/accounts/${f}`);
// The common case only: a cache holding everything is larger, and V8 takes longer to read it
// than it saves on the rarer commands, which compile what they need as usual.
await module.exports.run(['check', ...drafts, ...accounts, '--config', 'fixtures/.smpolicy.yaml'], io);
await module.exports.run(['check', ...drafts], io);
// The worker threads run the same bundle (scripts/worker-entry.cjs): warm their task too, on the
// posts of an audit (the shipped drafts' texts), so one cache serves both.
const posts = drafts.map((file, row) => ({ text: readFileSync(join(root, file), 'utf8'), where: { file: 'posts.csv', row: row + 1 }, frontMatter: {} }));
await module.exports.lintBatch({ cwd: root, options: {}, date: '2026-11-23', redact: true, lang: 'en', targets: [], posts });
writeFileSync(`${bundle}.cache`, script.createCachedData());
writeFileSync(alternations, JSON.stringify(module.exports.api.madeAlternations()));
