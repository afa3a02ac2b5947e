import type { Command } from 'commander';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../model/index.js';
import { welshTextProblems } from '../engine/welsh-texts.js';
import { BUILTINS } from '../packs/registry.js';
import { checkExamples } from '../workspace/examples.js';
import { loadPackPaths } from '../workspace/pack-files.js';
import { EXIT, today, type Io } from './io.js';
import { printErrors } from './output.js';
import { count, t } from '../i18n/index.js';

/**
 * `smpolicy validate-policy FILES`: schema, regular expressions and builtins of each pack,
 * its Welsh texts (issue 14: missing ones fail smpolicy's own packs and warn for a council's),
 * then its examples run through the real engine (bad must be reported, good must not).
 */
export async function validatePolicy(files: string[], io: Io): Promise<number> {
  const { packs, errors } = await loadPackPaths(io.cwd, files.map((f) => resolve(io.cwd, f)), BUILTINS);
  const warnings: UserError[] = [];
  for (const pack of packs) {
    // Welsh texts: required of the shipped packs, a warning for a council's own.
    const shipped = isShippedPack(resolve(io.cwd, pack.file));
    for (const p of welshTextProblems(pack)) (p.kind === 'missing' && !shipped ? warnings : errors).push(new UserError(p.kind === 'missing' && !shipped ? t('validate.warning', { problem: p.problem }) : p.problem, p.file));
    for (const f of await checkExamples(pack, today(), BUILTINS)) {
      const file = pack.rules.find((r) => r.id === f.ruleId)?.file ?? pack.file;
      errors.push(new UserError(t('validate.example', { rule: f.ruleId, kind: t(f.kind === 'bad' ? 'validate.bad' : 'validate.good'), example: f.example ? `${JSON.stringify(f.example)} ` : '', problem: f.problem }), file));
    }
  }
  await printErrors(io, warnings);
  if (errors.length) {
    await printErrors(io, errors);
    return EXIT.failure;
  }
  const rules = packs.reduce((n, p) => n + p.rules.length, 0);
  io.stdout.write(`${t('validate.ok', { packs: count('pack', packs.length), rules: count('rule', rules) })}\n`);
  return EXIT.ok;
}

/** smpolicy's own policies/ folder (beside src/ and dist/, two levels above this module in both). */
const SHIPPED = fileURLToPath(new URL('../../policies/', import.meta.url));

export function isShippedPack(file: string): boolean {
  const inside = relative(SHIPPED, file);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

export function registerValidatePolicy(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('validate-policy')
    .description('validate rule pack YAML files and run their examples (for pack authors)')
    .argument('<paths...>', 'pack folders, pack files or rule files')
    .action(async (files: string[]) => done(await validatePolicy(files, io)));
}
