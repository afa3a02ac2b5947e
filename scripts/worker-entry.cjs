'use strict';
// A worker thread's entry (piscina loads it; src/workspace/pool.ts): runs dist/bundle/worker.cjs
// through V8's code cache, made at build time by scripts/warm-cache.mjs, as bin/smpolicy.js runs
// the CLI's bundle. Without it each worker parses and compiles 3.5 MB of JavaScript before its
// first post. A missing or rejected cache (another Node.js version) only costs that time.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, 'worker.cjs');
let cachedData;
try {
  cachedData = readFileSync(`${bundle}.cache`);
} catch {
  // No cache: compile from source.
}
// The bundle is ASCII (scripts/bundle.mjs): latin1 reads it with no decoding.
const script = new Script(Module.wrap(readFileSync(bundle, 'latin1')), { filename: bundle, cachedData });
const loaded = { exports: {} };
script.runInThisContext()(loaded.exports, Module.createRequire(bundle), loaded, bundle, __dirname);
module.exports = loaded.exports;
