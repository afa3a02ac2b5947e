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
import { count, language, t } from '../i18n/index.js';
import { canPrompt, openPrompter, PromptsStopped, type Prompter } from './terminal.js';

/** Everything `init` says, in the run's language (src/i18n). Its help is translated with every command's (src/i18n/help-cy.ts). */
const config = CONFIG_NAME;
const SAY = {
  description: 'interactive: write a commented .smpolicy.yaml for your organisation',
  force: 'replace an existing .smpolicy.yaml',
  yes: 'write the defaults without asking (for scripts)',
  noTerminal: () => `${t('init.noTerminal')}\n`,
  exists: () => `${t('init.exists', { config })}\n`,
  notAFile: () => `${t('init.notAFile', { config })}\n`,
  cannotWrite: (why: string) => `${t('init.cannotWrite', { config, why })}\n`,
  invalid: (why: string) => `${t('init.invalid', { why })}\n`,
  stopped: () => `${t('init.stopped', { config })}\n`,
  intro: () => `${t('init.intro', { config })}\n`,
  name: () => t('init.name'),
  domains: () => t('init.domains'),
  apps: () => t('init.apps'),
  order: () => t('init.order'),
  welshFirst: () => t('init.welshFirst'),
  any: () => t('init.any'),
  handles: () => t('init.handles'),
  addElection: () => t('init.addElection'),
  anotherElection: () => t('init.anotherElection'),
  electionName: () => t('init.electionName'),
  electionNameDefault: () => t('init.electionNameDefault'),
  from: () => t('init.from'),
  to: () => t('init.to'),
  wrote: (summary: string) => `${t('init.wrote', { config, summary })}\n`,
  summary: (a: InitAnswers) => {
    const parts = [a.name ? t('init.for', { name: a.name }) : '', count('domain', a.domains.length), count('app', a.approvedApps.length), a.order === 'welsh-first' ? t('init.welshFirstShort') : t('init.anyShort'), count('election', a.elections.length)];
    return parts.filter(Boolean).join(', ');
  },
} as const;

interface InitOptions {
  force?: boolean;
  yes?: boolean;
}

async function ask(p: Prompter): Promise<InitAnswers> {
  const name = (await p.input({ message: SAY.name() })).trim();
  const domains = listItems(await p.input({ message: SAY.domains(), validate: checkDomains })).map((d) => d.toLowerCase());
  const approvedApps = listItems(await p.input({ message: SAY.apps() }));
  const order = await p.select({ message: SAY.order(), choices: [{ value: 'welsh-first' as const, name: SAY.welshFirst() }, { value: 'any' as const, name: SAY.any() }], default: DEFAULT_ANSWERS.order });
  const handles = listItems(await p.input({ message: SAY.handles(), validate: checkHandles }));
  const elections: Election[] = [];
  while (await p.confirm({ message: elections.length ? SAY.anotherElection() : SAY.addElection(), default: false })) {
    const electionName = (await p.input({ message: SAY.electionName(), default: elections.length ? undefined : SAY.electionNameDefault(), validate: checkRequired })).trim();
    const from = (await p.input({ message: SAY.from(), validate: checkDate })).trim();
    const to = (await p.input({ message: SAY.to(), validate: checkEndDate(from) })).trim();
    elections.push({ name: electionName, from, to });
  }
  return { ...(name ? { name } : {}), domains: [...new Set(domains)], approvedApps: [...new Set(approvedApps)], order, handles: [...new Set(handles)], elections };
}

/** `smpolicy init`: asks about the organisation and writes a commented .smpolicy.yaml in the working directory. */
export async function init(o: InitOptions, io: Io): Promise<number> {
  if (!o.yes && !canPrompt(io)) {
    io.stderr.write(SAY.noTerminal());
    return EXIT.failure;
  }
  const path = join(io.cwd, CONFIG_NAME);
  const existing = await lstat(path).catch(() => undefined);
  if (existing && !existing.isFile()) {
    io.stderr.write(SAY.notAFile());
    return EXIT.failure;
  }
  if (existing && !o.force) {
    io.stderr.write(SAY.exists());
    return EXIT.failure;
  }
  let answers: InitAnswers = DEFAULT_ANSWERS;
  if (!o.yes) {
    const p = await openPrompter(io);
    try {
      io.stderr.write(SAY.intro());
      answers = await ask(p);
    } catch (e) {
      if (!(e instanceof PromptsStopped)) throw e;
      io.stderr.write(SAY.stopped());
      return EXIT.failure;
    } finally {
      p.close();
    }
  }
  const text = configText(answers, language());
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
    io.stderr.write(code === 'EEXIST' ? SAY.exists() : SAY.cannotWrite(writeProblem(e)));
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
