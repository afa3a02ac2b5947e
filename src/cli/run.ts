import { Command, CommanderError } from 'commander';
import { UserError } from '../model/index.js';
import { registerAudit } from './audit.js';
import { registerCheck } from './check.js';
import { registerExplain } from './explain.js';
import { registerInit } from './init.js';
import { EXIT, type Io } from './io.js';
import { printErrors } from './output.js';
import { registerReview } from './review.js';
import { registerRules } from './rules.js';
import { registerValidatePolicy } from './validate-policy.js';
import { VERSION } from './version.js';

export { crashReport } from './crash.js';
export { guardStream } from './io.js';
export * as api from './api.js';

/**
 * The whole CLI as a function: parses `argv` (without node and script), runs the command and
 * returns the exit code. Known errors print one line; anything else propagates to bin/.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const done = (c: number) => {
    code = c;
  };
  const program = new Command('smpolicy')
    .description('Check social media drafts and account settings against your social media policy.')
    .version(VERSION, '-v, --version')
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
  // One prefix for every error line ("smpolicy: "), commander's own included; and --no-color
  // accepted by every command (those that print no colour take it for scripts' sake).
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(s.replace(/^error: /, 'smpolicy: ').replace(/\n\(Did you mean (.+)\?\)\n?$/, "; did you mean '$1'?\n")),
  };
  program.configureOutput(output);
  for (const cmd of program.commands) {
    if (!cmd.options.some((opt) => opt.long === '--no-color')) cmd.option('--no-color', 'no colour (this command prints plain text)');
    cmd.exitOverride().configureOutput(output);
  }
  try {
    if (argv.length === 0) {
      program.outputHelp();
      io.stderr.write("smpolicy: no command given: try 'smpolicy check draft.md' (commands above)\n");
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
