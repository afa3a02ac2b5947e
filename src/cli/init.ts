import type { Command } from 'commander';
import { lstat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfigText } from '../engine/config.js';
import type { Election } from '../model/index.js';
import { CONFIG_NAME } from '../workspace/config-file.js';
import { configText, DEFAULT_ANSWERS, type InitAnswers } from '../workspace/config-template.js';
import { writeFileAtomically } from '../workspace/fix-run.js';
import { writeProblem } from './write-problem.js';
import { checkDate, checkDomains, checkEndDate, checkHandles, checkRequired, listItems } from './init-answers.js';
import { EXIT, type Io } from './io.js';
import { canPrompt, openPrompter, PromptsStopped, type Prompter } from './terminal.js';

/** Everything `init` says (one table, for translation: issue 14). */
const SAY = {
  description: 'interactive: write a commented .smpolicy.yaml for your organisation',
  force: 'replace an existing .smpolicy.yaml',
  yes: 'write the defaults without asking (for scripts)',
  noTerminal: "smpolicy init: no terminal to ask in (standard input is not a terminal, or CI is set): run 'smpolicy init --yes' to write the defaults\n",
  exists: `smpolicy: ${CONFIG_NAME} already exists: run 'smpolicy init --force' to replace it\n`,
  notAFile: `smpolicy: ${CONFIG_NAME} exists and is not a file: move it away first\n`,
  cannotWrite: (why: string) => `smpolicy: cannot write ${CONFIG_NAME}: ${why}\n`,
  invalid: (why: string) => `smpolicy: the configuration written would not load (${why}); nothing written\n`,
  stopped: `smpolicy init: stopped; ${CONFIG_NAME} not written\n`,
  intro: `Questions for ${CONFIG_NAME} (Enter keeps the suggestion; leave a list empty for none).\n`,
  name: "Organisation's name",
  domains: 'Its e-mail domains, separated by commas (e.g. carmarthenshire.gov.uk, sirgar.llyw.cymru)',
  apps: 'Apps approved for connecting to the accounts, separated by commas (e.g. Sprout Social)',
  order: 'Language order of bilingual posts',
  welshFirst: 'Welsh first (English first is reported)',
  any: 'Either order',
  handles: "The accounts' handles, separated by commas (e.g. @CarmsCouncil, @CyngorSirGar)",
  addElection: 'Add a pre-election period (party political posts are errors inside it)?',
  anotherElection: 'Add another pre-election period?',
  electionName: 'Name of the election',
  electionNameDefault: 'Senedd election 2026',
  from: 'First day of the period (YYYY-MM-DD)',
  to: 'Last day: polling day (YYYY-MM-DD)',
  wrote: (what: string) => `Wrote ${CONFIG_NAME}${what}. Next: smpolicy check drafts/\n`,
  summary: (a: InitAnswers) => {
    const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
    const parts = [a.name ? `for ${a.name}` : '', n(a.domains.length, 'domain', 'domains'), n(a.approvedApps.length, 'approved app', 'approved apps'), a.order === 'welsh-first' ? 'Welsh first' : 'either language first', n(a.elections.length, 'election', 'elections')];
    return ` (${parts.filter(Boolean).join(', ')})`;
  },
} as const;

interface InitOptions {
  force?: boolean;
  yes?: boolean;
}

async function ask(p: Prompter): Promise<InitAnswers> {
  const name = (await p.input({ message: SAY.name })).trim();
  const domains = listItems(await p.input({ message: SAY.domains, validate: checkDomains })).map((d) => d.toLowerCase());
  const approvedApps = listItems(await p.input({ message: SAY.apps }));
  const order = await p.select({ message: SAY.order, choices: [{ value: 'welsh-first' as const, name: SAY.welshFirst }, { value: 'any' as const, name: SAY.any }], default: DEFAULT_ANSWERS.order });
  const handles = listItems(await p.input({ message: SAY.handles, validate: checkHandles }));
  const elections: Election[] = [];
  while (await p.confirm({ message: elections.length ? SAY.anotherElection : SAY.addElection, default: false })) {
    const electionName = (await p.input({ message: SAY.electionName, default: elections.length ? undefined : SAY.electionNameDefault, validate: checkRequired })).trim();
    const from = (await p.input({ message: SAY.from, validate: checkDate })).trim();
    const to = (await p.input({ message: SAY.to, validate: checkEndDate(from) })).trim();
    elections.push({ name: electionName, from, to });
  }
  return { ...(name ? { name } : {}), domains: [...new Set(domains)], approvedApps: [...new Set(approvedApps)], order, handles: [...new Set(handles)], elections };
}

/** `smpolicy init`: asks about the organisation and writes a commented .smpolicy.yaml in the working directory. */
export async function init(o: InitOptions, io: Io): Promise<number> {
  if (!o.yes && !canPrompt(io)) {
    io.stderr.write(SAY.noTerminal);
    return EXIT.failure;
  }
  const path = join(io.cwd, CONFIG_NAME);
  const existing = await lstat(path).catch(() => undefined);
  if (existing && !existing.isFile()) {
    io.stderr.write(SAY.notAFile);
    return EXIT.failure;
  }
  if (existing && !o.force) {
    io.stderr.write(SAY.exists);
    return EXIT.failure;
  }
  let answers: InitAnswers = DEFAULT_ANSWERS;
  if (!o.yes) {
    const p = await openPrompter(io);
    try {
      io.stderr.write(SAY.intro);
      answers = await ask(p);
    } catch (e) {
      if (!(e instanceof PromptsStopped)) throw e;
      io.stderr.write(SAY.stopped);
      return EXIT.failure;
    } finally {
      p.close();
    }
  }
  const text = configText(answers);
  // The file must load as it is written: a bug here would leave the user a broken configuration.
  const check = await parseConfigText(text, CONFIG_NAME);
  if (check.errors.length) {
    io.stderr.write(SAY.invalid(check.errors[0].format()));
    return EXIT.failure;
  }
  try {
    // Only --force replaces a file, and then atomically; otherwise a file made meanwhile is never overwritten.
    if (existing) await writeFileAtomically(path, new TextEncoder().encode(text));
    else await writeFile(path, text, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr.write(code === 'EEXIST' ? SAY.exists : SAY.cannotWrite(writeProblem(e)));
    return EXIT.failure;
  }
  io.stdout.write(SAY.wrote(SAY.summary(answers)));
  return EXIT.ok;
}

export function registerInit(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('init')
    .description(SAY.description)
    .option('--force', SAY.force)
    .option('--yes', SAY.yes)
    .action(async (o: InitOptions) => done(await init(o, io)));
}
