import type { Command } from 'commander';
import { didYouMean } from '../support/nearest.js';
import { UserError } from '../model/index.js';
import { language, t } from '../i18n/index.js';
import { EXIT, type Io } from './io.js';
import { printErrors } from './output.js';
import { explainText } from './rule-docs.js';
import { setup, type CommonOptions } from '../workspace/setup.js';
import { addCommonOptions } from './check.js';

/** `smpolicy explain RULE`: the policy text, why it matters, how to fix, examples. */
export async function explain(id: string, o: CommonOptions, io: Io): Promise<number> {
  // The run's language (chosen by run.ts from --lang, SMPOLICY_LANG, the configuration, the locale).
  const lang = language();
  const { setup: s, errors } = await setup(io.cwd, o, lang);
  if (!s) {
    await printErrors(io, errors);
    return EXIT.failure;
  }
  const info = s.ruleSet.known.get(id);
  if (!info) {
    await printErrors(io, [new UserError(t('explain.unknownRule', { id, hint: didYouMean(id, s.ruleSet.known.keys()) }))]);
    return EXIT.failure;
  }
  const enabled = s.ruleSet.rules.find((r) => r.info.id === id);
  const severity = s.ruleSet.meta.get(id) ?? enabled?.info.severity ?? 'off';
  const pack = s.packs.find((p) => p.pack === info.pack);
  const source = (lang === 'cy' ? pack?.cy?.source : undefined) ?? pack?.source;
  io.stdout.write(explainText(info, severity, source, lang));
  return EXIT.ok;
}

export function registerExplain(program: Command, io: Io, done: (code: number) => void): void {
  const cmd = program.command('explain').description("the rule's policy text, why it matters, how to fix, examples").argument('<rule-id>', 'e.g. dp/phone-number');
  addCommonOptions(cmd);
  cmd.action(async (id: string, o: CommonOptions) => done(await explain(id, o, io)));
}
