/**
 * Error texts in Welsh that the bin reaches only in rare cases, checked in-process: ajv's
 * limits and its fallback, commander's rarer errors, a pattern's screening verdict (kept per process, worded in the
 * language asked for), dates and time zones of exports, and what a JSON value is.
 */
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { commanderError } from '../../src/cli/language.js';
import { checkPattern } from '../../src/engine/regex-safety.js';
import { setLanguage } from '../../src/i18n/index.js';
import { readIsoDate, readSproutDate, zoneProblem } from '../../src/inputs/exports/dates.js';
import { jsonKind } from '../../src/inputs/exports/shared.js';
import { describeSchemaErrors } from '../../src/support/schema-errors.js';

afterEach(() => setLanguage('en'));

const SCHEMA = {
  type: 'object',
  properties: {
    handles: { type: 'array', minItems: 1, uniqueItems: true },
    precision: { type: 'integer', maximum: 6, multipleOf: 2 },
    name: { type: 'string', maxLength: 3 },
  },
};

/** The schema's problems with `data`, in a language. */
function problems(lang: 'en' | 'cy', data: unknown): string[] {
  setLanguage(lang);
  const validate = new Ajv({ allErrors: true, verbose: true }).compile(SCHEMA);
  validate(data);
  return describeSchemaErrors(validate.errors ?? [], SCHEMA, () => ({ line: 1, column: 1 })).map((p) => p.message);
}

describe("ajv's own messages", () => {
  it('limits in Welsh words; in English, exactly as ajv words them', () => {
    expect(problems('cy', { handles: [], precision: 9, name: 'Cyngor' })).toEqual([
      "rhaid i 'handles' gynnwys o leiaf 1 eitem",
      "rhaid i 'precision' fod yn 6 neu'n llai",
      "mae 'precision' yn annilys",
      "ni chaiff 'name' gynnwys mwy na 3 nod",
    ]);
    expect(problems('en', { handles: [], precision: 9, name: 'Cyngor' })).toEqual([
      "'handles' must NOT have fewer than 1 items",
      "'precision' must be <= 6",
      "'precision' must be multiple of 2",
      "'name' must NOT have more than 3 characters",
    ]);
    expect(problems('cy', { handles: ['@a', '@a'] })).toEqual(["ni chaiff 'handles' gynnwys yr un eitem ddwywaith (mae eitemau 0 a 1 yr un fath)"]);
    expect(problems('en', { handles: ['@a', '@a'] })).toEqual(["'handles' must NOT have duplicate items (items ## 0 and 1 are identical)"]);
  });
});

describe('pack patterns', () => {
  it("a pattern's verdict is kept once, and worded in the language of each run", async () => {
    setLanguage('cy');
    const cy = await checkPattern('(?=a)(a+)+b', false);
    expect(cy.problem).toMatch(/^gall y patrwm gymryd amser afreolus \(amser esbonyddol, er enghraifft ar '/);
    setLanguage('en');
    const en = await checkPattern('(?=a)(a+)+b', false);
    expect(en.problem).toMatch(/^pattern can backtrack catastrophically \(exponential time, e\.g\. on '/);
    setLanguage('cy');
    expect((await checkPattern('(zzz', false)).problem).toMatch(/^mynegiad rheolaidd annilys: /);
    expect((await checkPattern('(a)\\1', false)).problem).toBe('ni chaniateir ôl-gyfeiriadau mewn patrymau pecyn (gallant gymryd amser diderfyn ar rai testunau)');
  });
});

describe('dates and time zones of exports', () => {
  it.each([
    [() => zoneProblem('Europe/Cardiff'), "cylchfa amser anhysbys 'Europe/Cardiff': rhowch enw IANA, fel Europe/London", "unknown time zone 'Europe/Cardiff': give an IANA name such as Europe/London"],
    [() => readIsoDate('2026-02-30', 'Europe/London').problem, "nid yw '2026-02-30' yn ddyddiad go iawn", "'2026-02-30' is not a real date"],
    [() => readSproutDate('13/15/2026 10:05 am', 'Europe/London').problem, "nid yw '13/15/2026 10:05 am' yn ddyddiad go iawn gyda'r mis yn gyntaf ac amser 12 awr (mae Sprout yn ysgrifennu 3/15/2026 10:05 am)", "'13/15/2026 10:05 am' is not a real month-first date and 12-hour time (Sprout writes 3/15/2026 10:05 am)"],
    [() => readSproutDate('15/03/2026 10:05', 'Europe/London').problem, /^nid fel hyn y mae Sprout yn ysgrifennu dyddiadau \('15\/03\/2026 10:05'; .*allforiwch hi eto o Sprout$/, /^'15\/03\/2026 10:05' is not how Sprout writes dates .*export it again from Sprout$/],
    [() => readSproutDate('soon', 'Europe/London').problem, "nid yw 'soon' yn ddyddiad (mae Sprout yn ysgrifennu 3/15/2026 10:05 am)", "'soon' is not a date (Sprout writes 3/15/2026 10:05 am)"],
  ])('%#', (make, cy, en) => {
    setLanguage('cy');
    expect(make()).toMatch(cy instanceof RegExp ? cy : new RegExp(`^${cy.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    setLanguage('en');
    expect(make()).toMatch(en instanceof RegExp ? en : new RegExp(`^${en.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  });

  it('what a JSON value is', () => {
    setLanguage('cy');
    expect([null, [], 'x', 1, true, {}].map(jsonKind)).toEqual(['gwerth null', 'rhestr', 'testun', 'rhif', 'gwerth true neu false', 'gwrthrych']);
    setLanguage('en');
    expect([null, [], 'x', 1, true, {}].map(jsonKind)).toEqual(['null', 'a list', 'a string', 'a number', 'a boolean', 'an object']);
  });
});

describe("commander's errors no command of smpolicy raises yet", () => {
  it('a required option and two options that conflict, with Welsh value names', () => {
    setLanguage('cy');
    expect(commanderError("error: required option '--out <file>' not specified\n", 'cy')).toBe("smpolicy: mae angen yr opsiwn '--out <ffeil>': rhowch ef\n");
    expect(commanderError("error: option '--fix' cannot be used with option '--baseline <file>'\n", 'cy')).toBe("smpolicy: ni ellir defnyddio'r opsiwn '--fix' gyda'r opsiwn '--baseline <ffeil>'\n");
    setLanguage('en');
    expect(commanderError("error: required option '--out <file>' not specified\n", 'en')).toBe("smpolicy: required option '--out <file>' not specified\n");
  });
});
