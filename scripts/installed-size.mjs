// Installed size of the published package: packs the repository as npm would publish it,
// installs the tarball globally into a temporary prefix (as `npm install -g` does), and
// measures what landed. DESIGN §7: under 20 MB. Run by `npm run bench`, or on its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function du(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return { bytes: s.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(path)) {
    const r = du(join(path, e));
    bytes += r.bytes;
    files += r.files;
  }
  return { bytes, files };
}

export function installedSize() {
  const work = mkdtempSync(join(tmpdir(), 'smpolicy-size-'));
  try {
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
    const [packed] = JSON.parse(out);
    const tarball = join(work, packed.filename);
    const prefix = join(work, 'prefix');
    execFileSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', tarball], { stdio: 'ignore' });
    const installed = du(join(prefix, 'lib', 'node_modules'));
    const version = execFileSync(join(prefix, 'bin', 'smpolicy'), ['--version'], { encoding: 'utf8' }).trim();
    return { tarballBytes: statSync(tarball).size, tarballFiles: packed.files.length, installedBytes: installed.bytes, installedFiles: installed.files, version, files: packed.files.map((f) => f.path) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = installedSize();
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  console.log(`tarball: ${mb(r.tarballBytes)}, ${r.tarballFiles} files; installed (npm install -g): ${mb(r.installedBytes)}, ${r.installedFiles} files (target under 20 MB); smpolicy --version: ${r.version}`);
  if (process.argv.includes('--files')) console.log(r.files.join('\n'));
}
