// `npm test` runs this first: it builds only when something the build reads is newer than the
// last build (dist/.build-stamp, written at the end of `npm run build`), so a fresh `npm ci`
// (which builds through `prepare`) followed by `npm test` builds once, not twice.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');
const SOURCES = ['src', 'policies', 'scripts', 'bin', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let latest = s.mtimeMs;
  for (const e of readdirSync(path)) if (e !== 'registry.ts') latest = Math.max(latest, newest(join(path, e)));
  return latest;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (changed > built) execSync('npm run build', { cwd: root, stdio: 'inherit' });
else console.log('smpolicy build: up to date');
