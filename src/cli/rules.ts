import type { Command } from 'commander';
import { UserError } from '../model/index.js';
import { language, t } from '../i18n/index.js';
import { EXIT, type Io } from './io.js';
import { printErrors } from './output.js';
import { ruleRows, rulesMarkdown, rulesTable } from './rule-docs.js';
import { setup, type CommonOptions } from '../workspace/setup.js';
import { addCommonOptions } from './check.js';
import { didYouMean } from '../support/nearest.js';

interface RulesOptions extends CommonOptions { format: string }

/** `smpolicy rules`: every rule with category, severity and policy citation. */
export async function rules(o: RulesOptions, io: Io): Promise<number> {
  if (!['table', 'stylish', 'json', 'markdown'].includes(o.format)) {
    await printErrors(io, [new UserError(t('rules.badFormat', { value: o.format, hint: didYouMean(o.format, ['table', 'json', 'markdown']) }))]);
    return EXIT.failure;
  }
  // The run's language (chosen by run.ts from --lang, SMPOLICY_LANG, the configuration, the locale).
  const lang = language();
  const { setup: s, errors } = await setup(io.cwd, o, lang);
  if (!s) {
    await printErrors(io, errors);
    return EXIT.failure;
  }
  const rows = ruleRows(s.ruleSet.known, new Set(s.ruleSet.rules.map((r) => r.info.id)), s.ruleSet.meta);
  if (o.format === 'json') io.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else if (o.format === 'markdown') io.stdout.write(rulesMarkdown(rows, lang));
  else io.stdout.write(rulesTable(rows, lang));
  return EXIT.ok;
}

export function registerRules(program: Command, io: Io, done: (code: number) => void): void {
  const cmd = program.command('rules').description('list every rule with its category, severity and policy citation');
  addCommonOptions(cmd);
  cmd.option('--format <name>', 'table|json|markdown', 'table').action(async (o: RulesOptions) => done(await rules(o, io)));
}
