#!/usr/bin/env node
// Runs the bundled CLI (dist/bundle/smpolicy.cjs) through V8's code cache: parsing and
// compiling the bundle is most of a cold start, and the cache skips both. The cache is made
// on first use (or after a Node.js upgrade, when V8 rejects it) and written atomically.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// V8 accepts a code cache only under the V8 flags it was made with. An audit's worker pool sets
// this one (HEAP_GROWING_PERCENT, src/workspace/pool.ts) process-wide, so the build
// (scripts/warm-cache.mjs), this entry and the workers all run with it: one cache for all three.
// Without it here, every worker compiled the 4.5 MB bundle afresh (about 250 ms each).
setFlagsFromString('--heap-growing-percent=50');

const bundle = fileURLToPath(new URL('../dist/bundle/smpolicy.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {}
// The bundle is ASCII (scripts/bundle.mjs): read as latin1, it is a one-byte string with no decoding.
const script = new Script(Module.wrap(readFileSync(bundle, 'latin1')), { filename: bundle, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
const { run, crashReport } = module.exports;
// An older bundle has no guard: use the streams as they are.
const guardStream = module.exports.guardStream ?? ((stream) => ({ stream, failed: () => false }));

const saveCache = () => {
  if (cachedData && !script.cachedDataRejected) return;
  try {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    // A read-only install still runs, only without the cache.
  }
};

// A closed pipe (`| head -1`) ends the output quietly; a full disk is one line and exit 2.
const stderr = guardStream(process.stderr, () => {});
const stdout = guardStream(process.stdout, (line) => stderr.stream.write(line));
// A write error may be reported after run() returns (an 'error' event): decide the code last.
process.on('exit', () => {
  if (stdout.failed()) process.exitCode = 2;
});
const io = {
  stdout: stdout.stream,
  stderr: stderr.stream,
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  },
  cwd: process.cwd(),
  env: process.env,
  // For `init` and `review` only: read when asked, so other commands never create the stream.
  get stdin() {
    return process.stdin;
  },
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
    saveCache();
  },
  (error) => {
    process.stderr.write(crashReport(error));
    process.exitCode = 2;
  },
);
