/**
 * The run's interface language (issue 14), chosen before commander parses anything, so that
 * `--help` and commander's own errors are already in it: `--lang` (anywhere before `--`),
 * SMPOLICY_LANG, the configuration's `interface.language` (the file `--config` names, else
 * the nearest .smpolicy.yaml upward from here), the locale, English. Also puts the Welsh
 * help texts (src/i18n/help-cy.ts) and headings into the commands, and translates
 * commander's error lines.
 */
import type { Command, Help } from 'commander';
import { HELP_CY, VALUE_NAMES_CY } from '../i18n/help-cy.js';
import { resolveLang, t, type BadLang, type Lang } from '../i18n/index.js';
import { distance } from '../support/nearest.js';
import { configLanguage } from '../workspace/config-file.js';
import type { Io } from './io.js';

/** The value of `--NAME VALUE` or `--NAME=VALUE` in argv (the last one given), before any `--`. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === name && i + 1 < argv.length) value = argv[++i];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  }
  return value;
}

/** The run's language, and a bad value given for it. */
export async function chooseLanguage(argv: readonly string[], io: Io): Promise<{ lang: Lang; bad?: BadLang }> {
  const flag = optionValue(argv, '--lang');
  const env = io.env.SMPOLICY_LANG;
  // The configuration is read only when nothing above it decides.
  const config = flag === undefined && !env ? await configLanguage(io.cwd, optionValue(argv, '--config')) : undefined;
  return resolveLang({ flag, env: io.env, config });
}

const NAMES: Record<string, Lang> = { welsh: 'cy', cymraeg: 'cy', cym: 'cy', wel: 'cy', english: 'en', saesneg: 'en', eng: 'en' };

/** "--lang 'fr': expected cy (Welsh) or en (English)", with the value probably meant. */
export function badLangMessage(bad: BadLang): string {
  const v = bad.value.trim().toLowerCase();
  const meant = NAMES[v] ?? (['cy', 'en'] as const).find((c) => distance(v, c) <= 1);
  return t('lang.bad', { source: bad.source, value: bad.value, hint: meant ? t('hint.didYouMean', { word: meant }) : '' });
}

/** Welsh help text of a command's description (`key` ''), argument (`<name>`) or option (`--name`). */
function welsh(command: string, key: string, vars: Record<string, string>): string | undefined {
  const text = HELP_CY[key && command ? `${command} ${key}` : command || key] ?? (key ? HELP_CY[key] : undefined);
  return text?.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Every command's and option's help in the run's language; headings and defaults through the Help hooks. */
export function localiseHelp(program: Command, lang: Lang, vars: Record<string, string>): void {
  const commands = [program, ...program.commands];
  if (lang === 'cy') {
    for (const cmd of commands) {
      const name = cmd === program ? '' : cmd.name();
      const description = welsh(name, '', vars);
      if (description) cmd.description(description);
      for (const arg of cmd.registeredArguments) {
        const text = welsh(name, `<${arg.name()}>`, vars);
        if (text) arg.description = text;
      }
      for (const opt of cmd.options) {
        const text = welsh(name, opt.long ?? '', vars);
        if (text) opt.description = text;
      }
    }
  }
  for (const cmd of commands) {
    cmd.helpOption('-h, --help', t('help.help'));
    cmd.configureHelp(helpHooks(lang));
  }
  program.helpCommand('help [command]', t('help.helpCommand'));
}

const TITLES: Record<string, Parameters<typeof t>[0]> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.globalOptions',
};

/** `<file>`, `[paths...]`, `--format <name>` with their value names in the run's language. */
function valueNames(text: string, lang: Lang): string {
  if (lang !== 'cy') return text;
  return text.replace(/([<[])([^\]<>[]+?)(\.\.\.)?([>\]])/g, (whole, open: string, name: string, dots = '', close: string) =>
    Object.hasOwn(VALUE_NAMES_CY, name) ? `${open}${VALUE_NAMES_CY[name]}${dots}${close}` : whole,
  );
}

/** Commander's headings, "[options]", argument names and "(default: …)" in the run's language. */
function helpHooks(lang: Lang): Partial<Help> {
  const words = (text: string) => valueNames(text.replace('[options]', t('help.optionsWord')).replace('[command]', t('help.commandWord')), lang);
  return {
    styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]) : title),
    styleUsage: words,
    styleSubcommandTerm: words,
    styleOptionTerm: (term: string) => valueNames(term, lang),
    styleArgumentTerm: (term: string) => (lang === 'cy' && Object.hasOwn(VALUE_NAMES_CY, term) ? VALUE_NAMES_CY[term] : term),
    optionDescription(this: Help, option) {
      return localiseDefault(Object.getPrototypeOf(this).optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument) {
      return localiseDefault(Object.getPrototypeOf(this).argumentDescription.call(this, argument));
    },
  };
}

const localiseDefault = (text: string) => text.replace(/\(default: (.*)\)$/, (_, value: string) => `(${t('help.default', { value })})`);

/**
 * Commander's error line in the run's language, prefixed 'smpolicy: ' like every error line,
 * with its suggestion as "; did you mean …?".
 */
export function commanderError(message: string, lang: Lang): string {
  let text = message.replace(/^error: /, '').replace(/\n+$/, '');
  let hint = '';
  const suggestion = /\n\(Did you mean (one of )?(.+)\?\)$/.exec(text);
  if (suggestion) {
    text = text.slice(0, suggestion.index);
    hint = suggestion[1] ? t('hint.oneOf', { list: suggestion[2], more: '' }) : t('hint.didYouMean', { word: suggestion[2] });
  }
  if (lang === 'cy') text = welshCommanderMessage(text);
  return `smpolicy: ${text}${hint}\n`;
}

function welshCommanderMessage(text: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^unknown option '(.+)'$/.exec(text))) return t('cli.unknownOption', { flag: m[1] });
  if ((m = /^unknown command '(.+)'$/.exec(text))) return t('cli.unknownCommand', { name: m[1] });
  if ((m = /^missing required argument '(.+)'$/.exec(text))) return t('cli.missingArgument', { name: Object.hasOwn(VALUE_NAMES_CY, m[1]) ? VALUE_NAMES_CY[m[1]] : m[1] });
  if ((m = /^option '(.+)' argument missing$/.exec(text))) return t('cli.optionMissingArgument', { flags: valueNames(m[1], 'cy') });
  if ((m = /^required option '(.+)' not specified$/.exec(text))) return t('cli.requiredOption', { flags: valueNames(m[1], 'cy') });
  if ((m = /^option '(.+)' cannot be used with option '(.+)'$/.exec(text))) return t('cli.conflictingOptions', { a: valueNames(m[1], 'cy'), b: valueNames(m[2], 'cy') });
  if ((m = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text))) return t('cli.excessArguments', { command: m[1] ?? 'smpolicy', expected: m[2], got: m[3] });
  return text;
}
