/** Which language a run speaks: --lang > SMPOLICY_LANG > interface.language > LC_ALL/LC_MESSAGES/LANG > English. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeLang, parseLang, resolveLang } from '../../src/i18n/index.js';
import { chooseLanguage, optionValue } from '../../src/cli/language.js';
import type { Io } from '../../src/cli/io.js';
import { runCli, tempDir } from '../support/cli.js';

describe('parseLang', () => {
  it.each([
    ['cy', 'cy'], ['CY', 'cy'], ['cy_GB', 'cy'], ['cy-GB', 'cy'], ['cy_GB.UTF-8', 'cy'], ['cy_GB.utf8@euro', 'cy'],
    ['en', 'en'], ['en_GB.UTF-8', 'en'], ['en-US', 'en'],
    ['fr', undefined], ['C', undefined], ['POSIX', undefined], ['welsh', undefined], ['', undefined], ['cyy', undefined],
  ])('%s → %s', (value, lang) => expect(parseLang(value)).toBe(lang));
});

describe('localeLang: LC_ALL over LC_MESSAGES over LANG', () => {
  it.each([
    [{ LANG: 'cy_GB.UTF-8' }, 'cy'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'cy_GB.UTF-8', LANG: 'en_GB.UTF-8' }, 'cy'],
    [{ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'cy_GB.UTF-8', LANG: 'cy_GB.UTF-8' }, 'en'],
    [{ LC_ALL: '', LANG: 'cy' }, 'cy'],
    [{ LANG: 'fr_FR.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
  ] as const)('%j → %s', (env, lang) => expect(localeLang(env)).toBe(lang));
});

describe('resolveLang: the order of the sources', () => {
  const all = { flag: 'cy', env: { SMPOLICY_LANG: 'en', LANG: 'en_GB.UTF-8' }, config: 'en' as const };
  it('--lang wins over everything', () => expect(resolveLang(all)).toEqual({ lang: 'cy' }));
  it('then SMPOLICY_LANG', () => expect(resolveLang({ env: { SMPOLICY_LANG: 'cy', LANG: 'en_GB.UTF-8' }, config: 'en' })).toEqual({ lang: 'cy' }));
  it('then the configuration', () => expect(resolveLang({ env: { LANG: 'en_GB.UTF-8' }, config: 'cy' })).toEqual({ lang: 'cy' }));
  it('then the locale', () => expect(resolveLang({ env: { LANG: 'cy_GB.UTF-8' } })).toEqual({ lang: 'cy' }));
  it('then English', () => expect(resolveLang({ env: {} })).toEqual({ lang: 'en' }));
  it('each level overrides the one below it in English too', () => {
    expect(resolveLang({ flag: 'en', env: { SMPOLICY_LANG: 'cy' } }).lang).toBe('en');
    expect(resolveLang({ env: { SMPOLICY_LANG: 'en' }, config: 'cy' }).lang).toBe('en');
    expect(resolveLang({ env: { LANG: 'cy_GB.UTF-8' }, config: 'en' }).lang).toBe('en');
  });
  it('an empty SMPOLICY_LANG counts as unset', () => expect(resolveLang({ env: { SMPOLICY_LANG: '' }, config: 'cy' }).lang).toBe('cy'));
  it('a bad --lang or SMPOLICY_LANG is reported, never ignored', () => {
    expect(resolveLang({ flag: 'fr', env: { SMPOLICY_LANG: 'cy' } })).toEqual({ lang: 'cy', bad: { source: '--lang', value: 'fr' } });
    expect(resolveLang({ env: { SMPOLICY_LANG: 'klingon' } })).toEqual({ lang: 'en', bad: { source: 'SMPOLICY_LANG', value: 'klingon' } });
  });
});

describe('optionValue: the command line scanned before commander parses it', () => {
  it.each([
    [['check', '--lang', 'cy', 'a.md'], 'cy'],
    [['--lang=cy', 'check'], 'cy'],
    [['check', '--lang', 'en', '--lang', 'cy'], 'cy'],
    [['check', '--', '--lang', 'cy'], undefined],
    [['check', 'a.md'], undefined],
  ])('%j → %s', (argv, value) => expect(optionValue(argv, '--lang')).toBe(value));
});

describe('chooseLanguage: the configuration file', () => {
  const io = (cwd: string, env: Record<string, string> = {}): Io => ({ stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), cwd, env });

  it('interface.language of the nearest .smpolicy.yaml, or of the one --config names', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'interface:\n  language: cy\n', 'sub/a.md': 'x', 'other.yaml': 'interface: { language: en }\n' }).path;
    expect(await chooseLanguage(['check'], io(join(dir, 'sub'), { LANG: 'en_GB.UTF-8' }))).toEqual({ lang: 'cy' });
    expect(await chooseLanguage(['check', '--config', 'other.yaml'], io(dir, { LANG: 'cy_GB.UTF-8' }))).toEqual({ lang: 'en' });
    expect(await chooseLanguage(['check'], io(dir, { SMPOLICY_LANG: 'en' }))).toEqual({ lang: 'en' });
  });

  it('an invalid configuration is left to the command to report; the locale decides meanwhile', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'interface:\n  language: fr\n' }).path;
    expect(await chooseLanguage(['check'], io(dir, { LANG: 'cy_GB.UTF-8' }))).toEqual({ lang: 'cy' });
    const r = await runCli(['check', 'x.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.smpolicy\.yaml:2:\d+: .*language.*cy, en/m);
  });
});

describe('a bad language is one exit-2 line with the value probably meant', () => {
  it.each([
    [['check', '--lang', 'cyy'], {}, "smpolicy: --lang 'cyy': expected cy (Welsh) or en (English); did you mean 'cy'?\n"],
    [['check', '--lang', 'welsh'], {}, "smpolicy: --lang 'welsh': expected cy (Welsh) or en (English); did you mean 'cy'?\n"],
    [['check', '--lang', 'fr'], {}, "smpolicy: --lang 'fr': expected cy (Welsh) or en (English)\n"],
    [['check'], { SMPOLICY_LANG: 'english' }, "smpolicy: SMPOLICY_LANG 'english': expected cy (Welsh) or en (English); did you mean 'en'?\n"],
    [['rules', '--lang', 'cymraeg'], { SMPOLICY_LANG: 'cy' }, "smpolicy: --lang 'cymraeg': disgwylir cy (Cymraeg) neu en (Saesneg); oeddech chi'n golygu 'cy'?\n"],
  ])('%j %j', async (argv, env, line) => {
    const r = await runCli(argv, { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(line);
    expect(r.stdout).toBe('');
  });
});
