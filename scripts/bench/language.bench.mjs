// Language identification accuracy on the shared real corpora (issue: ≥ 99.5% for 20+ chars).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export async function run({ root }) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/lang-accuracy.ts')], { cwd: root, encoding: 'utf8' });
  console.log('language identification on test/data/corpora:');
  console.log((r.stdout || r.stderr).trim().split('\n').map((l) => `  ${l}`).join('\n'));
  console.log();
}
