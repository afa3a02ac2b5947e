/** `smpolicy init`: the questions, their checks, the file it writes, and every exit path. */
import input from '@inquirer/input';
import { render } from '@inquirer/testing';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDate, checkDomain, checkDomains, checkEndDate, checkHandle, checkHandles } from '../../src/cli/init-answers.js';
import { parseConfigText } from '../../src/engine/config.js';
import { loadConfig } from '../../src/workspace/config-file.js';
import { configText, DEFAULT_ANSWERS } from '../../src/workspace/config-template.js';
import { runCli, ROOT, tempDir } from '../support/cli.js';
import { answer, choose, KEY, runInTerminal } from '../support/terminal.js';

const init = (cwd: string, ...args: string[]) => runInTerminal(['init', ...args], { cwd });
const read = (dir: { join(f: string): string }) => readFileSync(dir.join('.smpolicy.yaml'), 'utf8');

/** The configuration in `dir` through the loader `check` uses: it must load with no error. */
async function loaded(dir: { path: string }) {
  const r = await loadConfig(dir.path);
  expect(r.errors.map((e) => e.format())).toEqual([]);
  return r.config;
}

describe('init --yes', () => {
  it('writes the defaults, commented, without asking, with no terminal and in CI; the file loads and check uses it', async () => {
    const dir = tempDir({ 'draft.md': 'Croeso / Welcome\n' });
    const t = runInTerminal(['init', '--yes'], { cwd: dir.path, tty: false, env: { CI: 'true' } });
    expect(await t.exit).toBe(0);
    expect(t.stdout()).toBe('Wrote .smpolicy.yaml (0 domains, 0 approved apps, either language first, 0 elections). Next: smpolicy check drafts/\n');
    expect(t.screen()).toBe('');
    const text = read(dir);
    expect(text).toMatch(/^# smpolicy configuration, written by `smpolicy init`/);
    expect(text).toContain('\nextends: [recommended]\n');
    expect(text).toContain('\nwelsh:\n');
    expect(text).toContain('\nelections: []\n');
    const config = await loaded(dir);
    expect(config).toMatchObject({ extends: ['recommended'], organisation: { domains: [], approvedApps: [] }, welsh: { order: 'any' }, elections: [] });
    const check = await runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir.path });
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout).results[0].file).toBe('draft.md');
  });

  it('refuses to replace an existing file without --force: one line, exit 2, the file untouched', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'extends: [all]\n' });
    for (const args of [['--yes'], []]) {
      const t = init(dir.path, ...args);
      expect(await t.exit).toBe(2);
      expect(t.screen()).toBe("smpolicy: .smpolicy.yaml already exists: run 'smpolicy init --force' to replace it\n");
      expect(t.stdout()).toBe('');
    }
    expect(read(dir)).toBe('extends: [all]\n');
  });

  it('--force replaces it, keeping its permissions', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'extends: [all]\n' });
    const t = init(dir.path, '--yes', '--force');
    expect(await t.exit).toBe(0);
    expect(read(dir)).toBe(configText(DEFAULT_ANSWERS));
    expect(statSync(dir.join('.smpolicy.yaml')).mode & 0o777).toBe(0o644);
  });

  it('a folder named .smpolicy.yaml, or a folder that cannot be written: one line, exit 2', async () => {
    const dir = tempDir();
    mkdirSync(dir.join('.smpolicy.yaml'));
    const t = init(dir.path, '--yes', '--force');
    expect(await t.exit).toBe(2);
    expect(t.screen()).toBe('smpolicy: .smpolicy.yaml exists and is not a file: move it away first\n');
    const gone = init(dir.join('no-such-folder'), '--yes');
    expect(await gone.exit).toBe(2);
    expect(gone.screen()).toBe('smpolicy: cannot write .smpolicy.yaml: no such folder\n');
  });
});

describe('init: the questions', () => {
  it('asks, checks each answer as typed with a did-you-mean, and writes them; the file loads', async () => {
    const dir = tempDir();
    const t = init(dir.path);
    await answer(t, "Organisation's name", 'Cyngor Sir Gâr: "Carmarthenshire" #1');
    await answer(t, 'Its e-mail domains', 'press@carmarthenshire.gov.uk');
    await t.waitFor('that is an e-mail address: did you mean carmarthenshire.gov.uk?');
    t.press(KEY.ctrlU, 'Carmarthenshire.gov.uk, sirgar.llyw.cymry', KEY.enter);
    await t.waitFor("'sirgar.llyw.cymry' is not a domain: did you mean sirgar.llyw.cymru?");
    t.press(KEY.ctrlU, 'Carmarthenshire.gov.uk, sirgar.llyw.cymru, carmarthenshire.gov.uk', KEY.enter);
    await answer(t, 'Apps approved', 'Sprout Social, Hootsuite');
    await t.waitFor('Language order of bilingual posts');
    await choose(t, 'Welsh first (English first is reported)', 'Language order of bilingual posts');
    await answer(t, "The accounts' handles", 'CarmsCouncil');
    await t.waitFor("'CarmsCouncil': a handle starts with @: did you mean @CarmsCouncil?");
    t.press(KEY.ctrlU, '@CarmsCouncil, https://x.com/CyngorSirGar', KEY.enter);
    await t.waitFor("'https://x.com/CyngorSirGar': a handle starts with @: did you mean @CyngorSirGar?");
    t.press(KEY.ctrlU, '@CarmsCouncil, @CyngorSirGar', KEY.enter);
    await answer(t, 'Add a pre-election period', 'y');
    await answer(t, 'Name of the election', ''); // the suggestion: Senedd election 2026
    await answer(t, 'First day of the period', '26/03/2026');
    await t.waitFor("'26/03/2026': write dates as YYYY-MM-DD: did you mean 2026-03-26?");
    t.press(KEY.ctrlU, '2026-03-26', KEY.enter);
    await answer(t, 'Last day', '2026-02-30');
    await t.waitFor("'2026-02-30' is not a real date");
    t.press(KEY.ctrlU, '2026-03-01', KEY.enter);
    await t.waitFor('the period cannot end before it starts (2026-03-26)');
    t.press(KEY.ctrlU, '2026-05-07', KEY.enter);
    await answer(t, 'Add another pre-election period?', 'y');
    await answer(t, 'Name of the election', '');
    await t.waitFor('give a name');
    t.press('County council by-election', KEY.enter);
    await answer(t, 'First day', '2026-9-1');
    await t.waitFor('did you mean 2026-09-01?');
    t.press(KEY.ctrlU, '2026-09-01', KEY.enter);
    await answer(t, 'Last day', '2026-09-24');
    await answer(t, 'Add another pre-election period?', '');
    expect(await t.exit).toBe(0);
    expect(t.stdout()).toBe('Wrote .smpolicy.yaml (for Cyngor Sir Gâr: "Carmarthenshire" #1, 2 domains, 2 approved apps, Welsh first, 2 elections). Next: smpolicy check drafts/\n');
    const config = await loaded(dir);
    expect(config.organisation).toMatchObject({ name: 'Cyngor Sir Gâr: "Carmarthenshire" #1', domains: ['carmarthenshire.gov.uk', 'sirgar.llyw.cymru'], approvedApps: ['Sprout Social', 'Hootsuite'] });
    expect(config.welsh.order).toBe('welsh-first');
    expect(config.elections).toEqual([
      { name: 'Senedd election 2026', from: '2026-03-26', to: '2026-05-07' },
      { name: 'County council by-election', from: '2026-09-01', to: '2026-09-24' },
    ]);
    expect(read(dir)).toContain('# Handles: @CarmsCouncil, @CyngorSirGar\n');
  }, 60_000);

  it('Enter at every question writes what --yes writes', async () => {
    const dir = tempDir();
    const t = init(dir.path);
    for (const q of ["Organisation's name", 'Its e-mail domains', 'Apps approved']) await answer(t, q, '');
    await t.waitFor('Language order');
    t.press(KEY.enter);
    await answer(t, "The accounts' handles", '');
    await answer(t, 'Add a pre-election period', '');
    expect(await t.exit).toBe(0);
    expect(read(dir)).toBe(configText(DEFAULT_ANSWERS));
  }, 60_000);

  it('no terminal, or CI=true: exit 2 at once, one line naming init --yes, nothing written', async () => {
    const dir = tempDir();
    for (const o of [{ tty: false }, { noStdin: true }, { env: { CI: 'true' } }]) {
      const t = runInTerminal(['init'], { cwd: dir.path, ...o });
      expect(await t.exit).toBe(2);
      expect(t.screen()).toBe("smpolicy: init: no terminal to ask in (standard input is not a terminal, or CI is set): run 'smpolicy init --yes' to write the defaults\n");
      expect(t.stdout()).toBe('');
    }
    expect(() => read(dir)).toThrow();
  });

  it('Ctrl+C, or the terminal closing: exit 2, one line, nothing written', async () => {
    for (const stop of ['ctrl-c', 'end']) {
      const dir = tempDir();
      const t = init(dir.path);
      await answer(t, "Organisation's name", 'Cyngor');
      await t.waitFor('Its e-mail domains');
      if (stop === 'ctrl-c') t.press(KEY.ctrlC);
      else t.end();
      expect(await t.exit).toBe(2);
      expect(t.screen()).toMatch(/\nsmpolicy: init: stopped; \.smpolicy\.yaml not written\n$/);
      expect(() => read(dir)).toThrow();
    }
  });
});

describe('init: answers', () => {
  it('domains: e-mail and web addresses, missing endings, mistyped Welsh endings', () => {
    expect(checkDomain('carmarthenshire.gov.uk')).toBe(true);
    expect(checkDomain('sirgar.llyw.cymru')).toBe(true);
    expect(checkDomain('example.co.nz')).toBe(true);
    expect(checkDomain('dai@sirgar.llyw.cymru')).toBe('that is an e-mail address: did you mean sirgar.llyw.cymru?');
    expect(checkDomain('https://www.carmarthenshire.gov.wales/contact')).toBe('that is a web address: did you mean carmarthenshire.gov.wales?');
    expect(checkDomain('@pembrokeshire.gov.uk')).toBe("'@pembrokeshire.gov.uk' is not a domain: did you mean pembrokeshire.gov.uk?");
    expect(checkDomain('carmarthenshire gov uk')).toBe("'carmarthenshire gov uk' is not a domain: did you mean carmarthenshire.gov.uk?");
    expect(checkDomain('ceredigion.gov.uk.')).toBe("'ceredigion.gov.uk.' is not a domain: did you mean ceredigion.gov.uk?");
    expect(checkDomain('powys')).toBe("'powys' has no ending: did you mean powys.gov.uk or powys.gov.wales?");
    expect(checkDomain('conwy.gov.wlaes')).toBe("'conwy.gov.wlaes' is not a domain: did you mean conwy.gov.wales?");
    expect(checkDomain('bad_name.gov.uk')).toMatch(/is not a domain: use letters, digits/);
    expect(checkDomains('a.gov.uk, , b.gov.uk')).toBe(true);
    expect(checkDomains('')).toBe(true);
  });

  it('dates: YYYY-MM-DD and real; day/month/year read as written in Wales; the end not before the start', () => {
    expect(checkDate('2026-05-07')).toBe(true);
    expect(checkDate('7/5/2026')).toBe("'7/5/2026': write dates as YYYY-MM-DD: did you mean 2026-05-07?");
    expect(checkDate('2026/5/7')).toBe("'2026/5/7': write dates as YYYY-MM-DD: did you mean 2026-05-07?");
    expect(checkDate('31/02/2026')).toBe("'31/02/2026' is not a real date: check the day and the month");
    expect(checkDate('next Thursday')).toBe("'next Thursday': write the date as YYYY-MM-DD, e.g. 2026-05-07");
    expect(checkEndDate('2026-05-01')('2026-05-01')).toBe(true);
    expect(checkEndDate('2026-05-01')('2026-04-30')).toBe('the period cannot end before it starts (2026-05-01): give 2026-05-01 or a later day');
  });

  it('handles: start with @; profile links, spaces and e-mail addresses explained', () => {
    expect(checkHandle('@CarmsCouncil')).toBe(true);
    expect(checkHandle('@cyngorsirgar.bsky.social')).toBe(true);
    expect(checkHandle('https://www.facebook.com/CarmarthenshireCouncil/')).toBe("'https://www.facebook.com/CarmarthenshireCouncil/': a handle starts with @: did you mean @CarmarthenshireCouncil?");
    expect(checkHandle('@Carms Council')).toBe("'@Carms Council': a handle starts with @: did you mean @CarmsCouncil?");
    expect(checkHandle('press@carmarthenshire.gov.uk')).toBe("'press@carmarthenshire.gov.uk' is an e-mail address: give the account's handle, e.g. @CarmsCouncil");
    expect(checkHandle('@!!')).toMatch(/is not a handle/);
    expect(checkHandles('@a, @b')).toBe(true);
  });

  it('in the prompt (@inquirer/testing): a bad answer shows why and is kept to correct; a good one is taken', async () => {
    const { answer: result, events, getScreen } = await render(input, { message: 'Its e-mail domains', validate: checkDomains });
    events.type('carmarthenshire.gov.uk, press@sirgar.llyw.cymru');
    events.keypress('enter');
    await until(() => getScreen().includes('did you mean'));
    expect(getScreen()).toContain('that is an e-mail address: did you mean sirgar.llyw.cymru?');
    expect(getScreen()).toContain('carmarthenshire.gov.uk, press@sirgar.llyw.cymru');
    events.keypress({ name: 'u', ctrl: true });
    events.type('carmarthenshire.gov.uk, sirgar.llyw.cymru');
    events.keypress('enter');
    await expect(result).resolves.toBe('carmarthenshire.gov.uk, sirgar.llyw.cymru');
  });
});

describe('the file init writes', () => {
  it('documents every key the configuration schema has, and holds only keys it accepts', async () => {
    const schema = JSON.parse(readFileSync(`${ROOT}/policies/schema/config.schema.json`, 'utf8'));
    const text = configText({ name: 'x', domains: ['a.gov.uk'], approvedApps: ['y'], order: 'any', handles: ['@a'], elections: [{ name: 'e', from: '2026-01-01', to: '2026-01-02' }] });
    for (const key of Object.keys(schema.properties)) expect(text, key).toMatch(new RegExp(`^#? ?${key}:`, 'm'));
    for (const key of Object.keys(schema.properties.organisation.properties)) expect(text, key).toMatch(new RegExp(`^ *#? ?${key}:`, 'm'));
    expect((await parseConfigText(text, '.smpolicy.yaml')).errors).toEqual([]);
  });

  it('quotes whatever an answer holds', async () => {
    for (const name of ['a: b', '# not a comment', '"quoted" \\ back', "it's", '- item', '{ flow }', 'Cyngor Sir Gâr 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'line\nbreak']) {
      const text = configText({ ...DEFAULT_ANSWERS, name, approvedApps: [name], elections: [{ name, from: '2026-01-01', to: '2026-01-01' }] });
      const r = await parseConfigText(text, '.smpolicy.yaml');
      expect(r.errors, name).toEqual([]);
      expect(r.config!.organisation.name).toBe(name);
      expect(r.config!.organisation.approvedApps).toEqual([name]);
      expect(r.config!.elections[0].name).toBe(name);
    }
    // And the file is written as the function gives it.
    const dir = tempDir();
    writeFileSync(dir.join('.smpolicy.yaml'), configText(DEFAULT_ANSWERS));
    await loaded(dir);
  });
});

/** Waits (a bounded number of turns of the event loop) until `ok()`. */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !ok(); i++) await new Promise((r) => setImmediate(r));
}
