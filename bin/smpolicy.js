#!/usr/bin/env node
import { run } from '../dist/bundle/run.js';
import { VERSION } from '../dist/bundle/version.js';

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  },
  cwd: process.cwd(),
  env: process.env,
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`smpolicy ${VERSION} crashed: please report this with the input that caused it.\n${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
