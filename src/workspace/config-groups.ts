import { dirname } from 'node:path';
import { findConfig } from './config-file.js';
import type { Target } from './targets.js';

export interface ConfigGroup {
  /** The configuration file these targets use; undefined for the built-in defaults. */
  config?: string;
  targets: Target[];
}

/**
 * Groups targets by their configuration (DESIGN §1): the nearest .smpolicy.yaml upward from
 * each file's folder, else the nearest upward from the working directory, else the
 * defaults. So `smpolicy check ~/drafts/x.md` from anywhere uses the drafts' own
 * configuration. Standard input uses the working directory's. Groups keep the targets'
 * order, and are in order of their first target.
 */
export async function groupByConfig(targets: Target[], cwd: string): Promise<ConfigGroup[]> {
  const fromCwd = await findConfig(cwd);
  const byDir = new Map<string, Promise<string | undefined>>();
  const groups = new Map<string, ConfigGroup>();
  for (const t of targets) {
    const dir = t.stdin ? cwd : dirname(t.path);
    let found = byDir.get(dir);
    if (!found) byDir.set(dir, (found = findConfig(dir).then((c) => c ?? fromCwd)));
    const config = await found;
    const key = config ?? '';
    const group = groups.get(key) ?? { config, targets: [] };
    group.targets.push(t);
    groups.set(key, group);
  }
  return [...groups.values()];
}
