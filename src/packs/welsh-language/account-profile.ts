import { identifyLanguage } from '../../language/identify.js';
import { TOKEN_SHARE } from '../../language/post-languages.js';
import { splitLanguageSegments, summariseLanguages, type LanguageSummary } from '../../language/segments.js';
import { fieldTexts } from '../account-security/lib/accounts.js';
import type { AccountDocument, BuiltinDetector, Match } from '../../model/index.js';

/** The profile texts an account shows, with their names in English and Welsh (docs/glossary.md). */
const FIELDS: Array<[key: string, en: string, cy: string]> = [
  ['display-name', 'display name', 'Enw arddangos'],
  ['bio', 'bio', 'Bywgraffiad'],
  ['auto-reply', 'auto-reply', 'Ateb awtomatig'],
];

/** A word of letters (a number or a symbol is none). */
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** English shorter than this is too short to call the Welsh beside it a token (as welsh/missing-welsh). */
const TOKEN_MIN_ENGLISH = 25;

const languagesOf = (text: string): LanguageSummary => summariseLanguages(splitLanguageSegments(text));

/**
 * Whether a "Welsh / English" text has a half with no evidence of either language
 * ("Swyddi Sir Gâr / Carmarthenshire Jobs", "Sir Gâr / Carmarthenshire": title-case words
 * read as names), which the segmenter lends the other half's language: that half may be the
 * missing language, so neither is reported missing.
 */
const unplacedHalf = (text: string) => {
  const halves = text.split(/[ \t\u00a0]+(?:[/|\uff5c]|[-\u2013\u2014])[ \t\u00a0]+/);
  return halves.length > 1 && halves.some((h) => identifyLanguage(h).lang === 'unknown');
};

/** Welsh that is a version of the text, not a greeting on English ("Croeso! Welcome to the official account of..."). */
const hasWelshText = (s: LanguageSummary) => s.hasWelsh && (s.englishChars < TOKEN_MIN_ENGLISH || s.welshChars >= s.englishChars * TOKEN_SHARE);

/**
 * `welsh/account-profile`: a council account's display name, bio and auto-reply must be in
 * Welsh as well as English, judged by the Welsh pack's language identifier, not by which keys
 * are present: `bio: { en: "Hello", cy: "Hello" }` has no Welsh, and a single string "Croeso /
 * Welcome" has both. A Welsh-only account (language: cy) needs only the Welsh; any other
 * account missing the English is a warning. A text with no evidence of either language (a
 * name such as "Actif Sir Gâr"), and a display name of one word ("Bannau 75"), is not judged.
 */
export const detector: BuiltinDetector = {
  appliesTo: 'account',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc) {
    const account = doc as AccountDocument;
    const welshOnly = account.data.language === 'cy';
    const out: Match[] = [];
    for (const [key, name, nameCy] of FIELDS) {
      const texts = fieldTexts(account.data, key).filter((t) => t.text.trim() !== '');
      if (!texts.length) continue;
      // A display name of one word (with numbers or symbols) is a name, in no language: "Bannau 75".
      if (key === 'display-name' && texts.every((t) => (t.text.match(WORD) ?? []).length <= 1)) continue;
      const report = (pointer: string, problem: string, problemCy: string, value?: string, warning = false): void => {
        out.push({ start: 0, end: 0, pointer, ...(warning ? { severity: 'warning' as const } : {}), data: { field: name, 'field-cy': nameCy, problem, 'problem-cy': problemCy, ...(value !== undefined ? { value } : {}) } });
      };
      const all = texts.map((t) => ({ ...t, langs: languagesOf(t.text) }));
      const welsh = all.find((t) => t.lang === 'cy');
      if (welsh && !hasWelshText(welsh.langs)) {
        // The Welsh version is English (often the English pasted twice) or English with a Welsh
        // word; one with no evidence of either language is a name, not judged.
        if (welsh.langs.hasEnglish) report(welsh.pointer, 'has a Welsh version (cy:) that is not in Welsh', "nid yw'r fersiwn Gymraeg (cy:) yn Gymraeg", welsh.text);
        continue;
      }
      if (!all.some((t) => hasWelshText(t.langs))) {
        // No English either, or a "Welsh / English" half the identifier cannot place (names:
        // "Sir Gâr / Carmarthenshire"): nothing to judge.
        if (!all.some((t) => t.langs.hasEnglish) || all.some((t) => unplacedHalf(t.text))) continue;
        const token = all.some((t) => t.langs.hasWelsh);
        const mapping = typeof account.data[key] === 'object';
        report(
          `/${key}`,
          token ? 'has only a word or two of Welsh beside the English' : mapping ? 'has no Welsh version (cy:)' : 'is in English only',
          token ? 'dim ond gair neu ddau o Gymraeg wrth ymyl y Saesneg' : mapping ? 'dim fersiwn Gymraeg (cy:)' : 'Saesneg yn unig',
          mapping ? undefined : texts[0].text,
        );
        continue;
      }
      // Welsh is there. An English version is what any account but a Welsh-only one also
      // owes (an 'en:' that is not Welsh counts, even a name).
      const english = all.some((t) => t.langs.hasEnglish || (t.lang === 'en' && !t.langs.hasWelsh) || unplacedHalf(t.text));
      if (!welshOnly && !english) report(`/${key}`, 'has no English, though the account is not Welsh-only (language: cy)', "dim Saesneg, er nad yw'r cyfrif yn Gymraeg yn unig (language: cy)", undefined, true);
    }
    return out;
  },
};
