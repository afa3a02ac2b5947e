'use strict';
// A worker thread's entry (piscina loads it; src/workspace/pool.ts): runs the CLI's bundle,
// dist/bundle/smpolicy.cjs, through V8's code cache (made at build time by
// scripts/warm-cache.mjs, as bin/smpolicy.js uses it) and hands piscina the task the bundle
// exports (lintBatch, src/workspace/worker.ts). One bundle for the CLI and its workers: the
// engine is installed once. Without the cache each worker parses and compiles 4.5 MB of
// JavaScript before its first post; a missing or rejected cache (another Node.js version)
// only costs that time.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

// In a function, so the cache's buffer is garbage once V8 has read it (a worker keeps only what it runs).
function load() {
  const bundle = join(__dirname, 'smpolicy.cjs');
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
  const task = loaded.exports.lintBatch;
  // Whether V8 took the cache (tests read it: a rejected cache costs each worker a full compile).
  task.codeCache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return task;
}
module.exports = load();
