/**
 * The given names from the ONS baby-name statistics (src/pii/context/ons-names.ts): a person
 * known only by a given name nobody typed into names.ts is found; the same name used as a word,
 * a town or a country is not. Invented people throughout.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES, onsNames } from '../../../src/pii/context/names.js';
import { ONS_NAMES, ONS_WORD_NAMES } from '../../../src/pii/context/ons-names.js';
import { findPeople, lexicon } from '../../../src/pii/context/people.js';

const people = (text: string) => findPeople(text, 0, text.length, lexicon()).map((p) => `${p.kind}:${p.text}`);

describe('the ONS name lists', () => {
  it('hold historic and recent names the hand-written list lacks', () => {
    const { names } = onsNames();
    for (const name of ['mandy', 'jacqueline', 'jayne', 'carly', 'kayleigh', 'shannon', 'nevaeh']) expect(names).toContain(name);
    for (const name of ['mandy', 'jacqueline', 'kayleigh']) expect(GIVEN_NAMES).not.toContain(name);
  });

  it('route names that are also words, towns or countries to the word list', () => {
    const { names, wordNames } = onsNames();
    for (const word of ['autumn', 'chester', 'lincoln', 'paris', 'jade']) {
      expect(wordNames).toContain(word);
      expect(names).not.toContain(word);
    }
  });

  it('leave the hand-written names where names.ts puts them', () => {
    const { names, wordNames } = onsNames();
    for (const name of ['john', 'ffion', 'tomos', 'sian']) {
      expect(names).not.toContain(name);
      expect(wordNames).not.toContain(name);
    }
  });

  it('are lower case single words, and say where they come from', () => {
    for (const name of [...onsNames().names, ...onsNames().wordNames]) expect(name).toMatch(/^\p{Ll}[\p{Ll}'-]*\p{Ll}$/u);
    expect(ONS_NAMES.length).toBeGreaterThan(10_000);
    expect(ONS_WORD_NAMES).toContain('summer');
    const header = readFileSync(new URL('../../../src/pii/context/ons-names.ts', import.meta.url), 'utf8').split('export')[0];
    for (const said of ['Office for National Statistics', '1996 to 2024', '1904 to 2024', 'at least 30', 'Open Government Licence v3.0', 'scripts/build-given-names.mjs']) {
      expect(header.replace(/\n\/\/ /g, ' ')).toContain(said);
    }
  });
});

describe('findPeople with the ONS names', () => {
  it.each([
    ['Mandy on reception, who starts chemo next week, will be off until March.', ['name:Mandy']],
    ['Huge thanks to Jacqueline, who has been in hospital since her fall.', ['name:Jacqueline']],
    ['Carly from the finance team is recovering from her operation.', ['name:Carly']],
    ['Mae Mandy o’r dderbynfa yn yr ysbyty ar ôl llawdriniaeth.', ['name:Mandy']],
    ['Diolch i Jayne am ei gwaith, a phob lwc gyda’r driniaeth.', ['name:Jayne']],
    ['Kayleigh in Year 5 has raised £200.', ['name:Kayleigh']],
    // A name that is also a word is a name with a surname or after a greeting.
    ['Summer Hughes has been in hospital.', ['name:Summer Hughes']],
    ['Jade Evans is recovering from surgery.', ['name:Jade Evans']],
    ['Well done Autumn!', ['name:Autumn']],
  ])('%s', (text, want) => {
    expect(people(text)).toEqual(want);
  });

  it.each([
    // Words at a sentence start (English and Welsh).
    'Summer reading challenge starts at the library today.',
    'Autumn leaves can block drains: report a blocked drain online.',
    'Lili wen fach: blodau’r gwanwyn yn y parc.',
    'Beverley Road is closed for resurfacing.',
    'Jade plants and other succulents are on sale at the garden centre.',
    // Towns, cities and countries.
    'Chester is an hour away by train.',
    'Chester Zoo tickets are available to foster families.',
    'Buses to Lincoln Road are diverted.',
    'Preston North End play at home on Saturday.',
    'The choir sang in Paris and in Sydney last year.',
    'Our twin town delegation flew to Paris on Monday.',
    'Mae’r côr yn canu yn Paris fis nesaf.',
    'India and Jordan sent delegations to the summit.',
    'Mae’r planhigyn i’w weld yn Ewrop, Asia a Gogledd Affrica.',
    'Dringodd y grŵp i gopa’r Aran ddoe.',
  ])('not a person: %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
