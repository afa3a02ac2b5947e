#!/usr/bin/env node
import { crashReport, run } from '../dist/bundle/run.js';

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
    process.stderr.write(crashReport(error));
    process.exitCode = 2;
  },
);
