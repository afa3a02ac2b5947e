import { describe, expect, it } from 'vitest';
import { knownPlural, knownSpokenPreterite, knownVerbNoun } from '../../src/language/welsh-inflection.js';
import { WelshWords } from '../../src/language/welsh-words.js';

// A small list of its own, so each case shows exactly which word the form is made from.
const words = WelshWords.fromWords([
  'mangre', 'cyflogai', 'croesfa', 'cilfan', 'ysgol', 'ysgolion', 'tasg', 'tasgau', 'blodyn', 'blodau',
  'gweithiwr', 'penderfynid', 'pwysig', 'cyfle', 'cyfleoedd', 'cadeirydd', 'cadeirio', 'defnydd', 'defnyddio',
  'galwad', 'swyddfa', 'swyddfeydd', 'paru', 'camera', 'drws', 'afiechyd', 'meddyg', 'meddygon',
]);

describe('knownPlural', () => {
  it.each([
    ['mangreoedd', '-oedd after a vowel'],
    ['fangreoedd', 'mutated'],
    ['cyflogeion', '-ai -> -eion'],
    ['gyflogeion', '-ai -> -eion, mutated'],
    ['croesfeydd', '-a -> -eydd'],
    ['croesfâu', '-a -> -âu'],
    ['cilfannau', 'a stressed final n doubled'],
    ['afiechydon', '-on (afiechyd)'],
    ['hafiechydon', '-on, mutated'],
  ])('accepts %s (%s)', (w) => {
    expect(knownPlural(w, words)).toBe(true);
  });

  it.each([
    ['ysgolon', 'the list knows its plural (ysgolion)'],
    ['meddygion', 'the list knows its plural (meddygon)'],
    ['tasgiau', 'the list knows its plural (tasgau)'],
    ['cyfleau', 'the list knows its plural (cyfleoedd)'],
    ['swyddfâu', 'the list knows its plural (swyddfeydd)'],
    ['blodynau', 'a singulative'],
    ['gweithiwrau', 'an agent noun in -wr (-wyr)'],
    ['penderfynidau', 'a verb form'],
    ['pwysigion', 'an adjective'],
    ['parueon', 'a verb-noun'],
    ['cameraau', 'a vowel before an ending other than -oedd'],
    ['drwsau', 'a stem under five letters'],
    ['ffrinddau', 'a stem not in the list'],
    ['cilfanau', 'a stressed final n not doubled'],
    ['mangre', 'no plural ending'],
    ['cyfloge-on', 'not a plain word'],
  ])('rejects %s (%s)', (w) => {
    expect(knownPlural(w, words)).toBe(false);
  });
});

describe('knownVerbNoun', () => {
  it('accepts -io on a noun whose verb-noun the list lacks, mutated or not', () => {
    expect(knownVerbNoun('defnyddio', WelshWords.fromWords(['defnydd']))).toBe(true);
    expect(knownVerbNoun('gadeiryddio', words)).toBe(true);
  });

  it.each([
    ['defnyddio', 'the list has the verb-noun of that noun (here the word itself)'],
    ['cadeirioio', 'a stem ending in a vowel'],
    ['galwadio', 'a noun made from a verb (-ad)'],
    ['tasgio', 'a stem under six letters'],
    ['cadeiryddu', 'only -io'],
  ])('rejects %s (%s)', (w) => {
    expect(knownVerbNoun(w, words)).toBe(false);
  });

  it('rejects -io on a noun whose verb-noun is in the list', () => {
    expect(knownVerbNoun('defnyddio', WelshWords.fromWords(['defnydd', 'defnyddu']))).toBe(false);
  });
});

describe('knownSpokenPreterite', () => {
  const verbs = WelshWords.fromWords(['clywsom', 'gwelsant', 'cyrhaeddom', 'calon']);
  it.each([
    ['clywson', 'we heard (clywsom)'],
    ['gwelson', 'they saw (gwelsant)'],
    ['cyrhaeddon', 'we arrived (cyrhaeddom)'],
    ['welson', 'mutated after fe (gwelsant)'],
  ])('accepts %s (%s)', (w) => {
    expect(knownSpokenPreterite(w, verbs)).toBe(true);
  });

  it.each([
    ['prynson', 'no written form known (prynsom, prynsant)'],
    ['clywsonn', 'a slip after the ending'],
    ['gwelsan', 'not -on'],
    ['calon', 'under six letters'],
    ['clyw-son', 'not a plain word'],
  ])('rejects %s (%s)', (w) => {
    expect(knownSpokenPreterite(w, verbs)).toBe(false);
  });
});
