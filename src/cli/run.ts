import { Command, CommanderError } from 'commander';
import { UserError } from '../model/index.js';
import { setLanguage, t, type Lang } from '../i18n/index.js';
import { FORMAT_NAMES } from '../formats/index.js';
import { AUDIT_REPORTS, registerAudit } from './audit.js';
import { CHANNELS, registerCheck } from './check.js';
import { registerExplain } from './explain.js';
import { registerInit } from './init.js';
import { EXIT, type Io } from './io.js';
import { badLangMessage, chooseLanguage, commanderError, localiseHelp } from './language.js';
import { printErrors } from './output.js';
import { registerReview } from './review.js';
import { registerRules } from './rules.js';
import { registerValidatePolicy } from './validate-policy.js';
import { VERSION } from './version.js';

export { crashReport } from './crash.js';
export { guardStream } from './io.js';
export * as api from './api.js';
// The worker threads' task (src/workspace/pool.ts), in the same bundle: the workers load this one
// file through its code cache (scripts/worker-entry.cjs) instead of a second copy of the engine.
export { default as lintBatch } from '../workspace/worker.js';

/**
 * The whole CLI as a function: parses `argv` (without node and script), runs the command and
 * returns the exit code. Known errors print one line; anything else propagates to bin/.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const done = (c: number) => {
    code = c;
  };
  // The language first: help, commander's errors and every line after speak it (issue 14).
  const chosen = await chooseLanguage(argv, io);
  setLanguage(chosen.lang);
  const program = buildProgram(io, done, chosen.lang);
  try {
    if (chosen.bad) {
      io.stderr.write(`smpolicy: ${badLangMessage(chosen.bad)}\n`);
      return EXIT.failure;
    }
    if (argv.length === 0) {
      program.outputHelp();
      io.stderr.write(`smpolicy: ${t('run.noCommand')}\n`);
      return EXIT.failure;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT.ok : EXIT.failure;
    }
    if (e instanceof UserError) {
      await printErrors(io, [e]);
      return EXIT.failure;
    }
    throw e;
  }
}

/** The program with every command, its help in `lang` (set as the run's language first). */
export function buildProgram(io: Io, done: (code: number) => void, lang: Lang): Command {
  const program = new Command('smpolicy')
    .description('Check social media drafts and account settings against your social media policy.')
    .version(VERSION, '-v, --version', t('help.version'))
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  registerCheck(program, io, done);
  registerAudit(program, io, done);
  registerRules(program, io, done);
  registerExplain(program, io, done);
  registerInit(program, io, done);
  registerReview(program, io, done);
  registerValidatePolicy(program, io, done);
  // One prefix for every error line ("smpolicy: "), commander's own included, in the run's
  // language; and --no-color and --lang accepted by every command (those that print no
  // colour take --no-color for scripts' sake).
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(commanderError(s, lang)),
  };
  program.configureOutput(output);
  const langHelp = 'interface language: cy|en (default: SMPOLICY_LANG, the configuration, the locale, then English)';
  program.option('--lang <cy|en>', langHelp);
  for (const cmd of program.commands) {
    if (!cmd.options.some((opt) => opt.long === '--no-color')) cmd.option('--no-color', 'no colour (this command prints plain text)');
    if (!cmd.options.some((opt) => opt.long === '--lang')) cmd.option('--lang <cy|en>', langHelp);
    cmd.exitOverride().configureOutput(output);
  }
  localiseHelp(program, lang, { formats: FORMAT_NAMES.join('|'), channels: CHANNELS.join('|'), reports: AUDIT_REPORTS.join('|') });
  return program;
}
