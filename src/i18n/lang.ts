/**
 * The interface language and how a run chooses it (issue 14): `--lang`, else SMPOLICY_LANG,
 * else the configuration's `interface.language`, else the locale (LC_ALL, LC_MESSAGES, LANG:
 * `cy`, `cy_GB.UTF-8` → Welsh), else English. Pure: the caller gathers the values.
 */
export type Lang = 'en' | 'cy';

export const LANGS: readonly Lang[] = ['cy', 'en'];

/** A language a user typed: `cy`, `CY`, `cy_GB`, `cy-GB`, `cy_GB.UTF-8@euro` → 'cy'; `en…` → 'en'; else undefined. */
export function parseLang(value: string): Lang | undefined {
  const m = /^([a-z]{2,3})(?:[_-][a-z0-9]+)?(?:\.[\w-]+)?(?:@\w+)?$/i.exec(value.trim());
  const code = m?.[1].toLowerCase();
  return code === 'cy' || code === 'en' ? code : undefined;
}

/** The language of the locale (POSIX order: LC_ALL over LC_MESSAGES over LANG): Welsh for a Welsh locale, else English. */
export function localeLang(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale !== undefined && parseLang(locale) === 'cy' ? 'cy' : 'en';
}

export interface LangSources {
  /** `--lang` as given on the command line. */
  flag?: string;
  /** The environment (SMPOLICY_LANG and the locale variables). */
  env: Record<string, string | undefined>;
  /** `interface.language` of the configuration (already validated by its schema). */
  config?: Lang;
}

/** Where a bad value came from, for its error line. */
export interface BadLang {
  source: '--lang' | 'SMPOLICY_LANG';
  value: string;
}

/** The run's language; a value given that is neither Welsh nor English is an error (exit 2), never ignored. */
export function resolveLang(s: LangSources): { lang: Lang; bad?: BadLang } {
  if (s.flag !== undefined) {
    const lang = parseLang(s.flag);
    if (!lang) return { lang: fallback(s), bad: { source: '--lang', value: s.flag } };
    return { lang };
  }
  const env = s.env.SMPOLICY_LANG;
  if (env !== undefined && env !== '') {
    const lang = parseLang(env);
    if (!lang) return { lang: fallback(s), bad: { source: 'SMPOLICY_LANG', value: env } };
    return { lang };
  }
  return { lang: s.config ?? localeLang(s.env) };
}

/** The language an error about a bad --lang is printed in: the next source down that is good. */
function fallback(s: LangSources): Lang {
  const env = s.env.SMPOLICY_LANG ? parseLang(s.env.SMPOLICY_LANG) : undefined;
  return env ?? s.config ?? localeLang(s.env);
}
