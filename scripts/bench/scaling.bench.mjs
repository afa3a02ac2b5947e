// Linear time (DESIGN §7): `smpolicy check` on inputs of each kind that once took time
// growing faster than their length, at 10 KB, 100 KB, 1 MB and 5 MB (the largest draft
// accepted), with every default pack on. Prints wall time and time per MB: flat per-MB
// figures mean linear time; the target is any 1 MB input under 2 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INPUT_KINDS, accountWithAdmins } from './inputs.mjs';

const SIZES = (process.env.BENCH_SCALING_SIZES ?? '10240,102400,1048576,5000000').split(',').map(Number);
// The largest size stays under the 5 MB draft limit even where characters take several bytes.
const label = (n) => (n >= 1048576 ? `${Number((n / 1048576).toFixed(1))} MB` : `${Math.round(n / 1024)} KB`);

export async function run({ root }) {
  const dir = mkdtempSync(join(tmpdir(), 'smpolicy-scaling-'));
  const bin = join(root, 'bin', 'smpolicy.js');
  const time = (file) => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, 'check', file, '--format', 'json', '--output', '/dev/null', '--jobs', '1'], { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`check ${file} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  const rows = [];
  try {
    const kinds = Object.entries(INPUT_KINDS).map(([kind, make]) => [kind, 'txt', make]);
    // An account file of N admins, each with a misspelt key: up to about 72 bytes an admin.
    kinds.push(['account, admins with unknown keys', 'yaml', (bytes) => accountWithAdmins(Math.max(1, Math.floor(bytes / 72)))]);
    for (const [kind, ext, make] of kinds) {
      const cells = [];
      for (const size of SIZES) {
        const file = join(dir, `input.${ext}`);
        const text = make(size);
        writeFileSync(file, text);
        const ms = time(file);
        cells.push({ size, ms, perMb: ms / (Buffer.byteLength(text) / 1048576) });
      }
      rows.push({ kind, cells });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`scaling: smpolicy check, every default pack, one input (wall ms, and ms per MB)`);
  console.log(`  ${'input'.padEnd(34)} ${SIZES.map((s) => label(s).padStart(18)).join('')}`);
  let worst1mb = 0;
  for (const { kind, cells } of rows) {
    console.log(`  ${kind.padEnd(34)} ${cells.map((c) => `${c.ms.toFixed(0)} (${c.perMb.toFixed(0)}/MB)`.padStart(18)).join('')}`);
    const mb = cells.find((c) => c.size === 1048576);
    if (mb) worst1mb = Math.max(worst1mb, mb.ms);
  }
  if (SIZES.includes(1048576)) console.log(`  slowest 1 MB input: ${worst1mb.toFixed(0)} ms — target under 2,000 ms ${worst1mb < 2000 ? '✔' : '✖'}\n`);
  return rows;
}
