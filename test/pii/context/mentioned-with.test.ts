/**
 * mentionedWith: another mention of a person carries the role given where they were introduced.
 * It once read the whole text for every person it was asked about, so 1 MB naming one person
 * thousands of times took minutes (time growing with the square of the length); it now reads
 * only the mentions within MENTION_REACH, which this pins by counting them, not by timing.
 */
import { describe, expect, it } from 'vitest';
import { findPeople, lexicon } from '../../../src/pii/context/people.js';
import { mentionedWith, MENTION_REACH } from '../../../src/pii/context/mentions.js';

const lex = lexicon();
const first = (text: string) => findPeople(text, 0, text.length, lex)[0]!;

describe('mentionedWith', () => {
  it('finds a later mention that passes the test, in English and in Welsh', () => {
    const en = 'Paul Mears will speak. Later Paul, our Chief Executive, will answer questions.';
    expect(mentionedWith(en, 0, en.length, first(en), (s) => en.slice(s, s + 40).includes('Chief Executive'))).toBe(true);
    const cy = 'Bydd Siân Morgan yn siarad. Wedyn bydd Siân, ein Prif Weithredwr, yn ateb cwestiynau.';
    expect(mentionedWith(cy, 0, cy.length, first(cy), (s) => cy.slice(s, s + 40).includes('Prif Weithredwr'))).toBe(true);
  });

  it('takes a title with a surname for the full name ("Mr Regan" is "George Regan"), in English and Welsh', () => {
    const en = 'Former councillor George Regan has died. Mr Regan stepped down last year due to ill health.';
    const mr = findPeople(en, 0, en.length, lex).find((p) => p.text.startsWith('Mr'))!;
    expect(mentionedWith(en, 0, en.length, mr, (s) => en.slice(0, s).endsWith('George '))).toBe(true);
    const cy = 'Bu farw’r cyn-gynghorydd Huw Parri. Roedd Mr Parri wedi ymddeol oherwydd salwch.';
    const mrCy = findPeople(cy, 0, cy.length, lex).find((p) => p.text.startsWith('Mr'))!;
    expect(mentionedWith(cy, 0, cy.length, mrCy, (s) => cy.slice(0, s).endsWith('Huw '))).toBe(true);
  });

  it('does not join two full names that share only a surname', () => {
    const text = 'Osian Jones won the prize. Cynghorydd Alun Jones presented it.';
    const osian = first(text);
    expect(mentionedWith(text, 0, text.length, osian, () => true)).toBe(false);
  });

  it('does not take a word inside another word, or the person’s own mention, for a mention', () => {
    const text = 'Paul Mears will speak. Paulette will not.';
    const seen: number[] = [];
    mentionedWith(text, 0, text.length, first(text), (s) => (seen.push(s), false));
    expect(seen).toEqual([]);
  });

  it('reads only the mentions within reach of the person, however long the text', () => {
    const sentence = 'Mrs Davies was at the meeting. ';
    const text = sentence.repeat(20_000); // 620,000 characters, 20,000 mentions
    const seen: number[] = [];
    mentionedWith(text, 0, text.length, first(text), (s) => (seen.push(s), false));
    expect(seen.length).toBeGreaterThan(10);
    expect(Math.max(...seen)).toBeLessThanOrEqual(MENTION_REACH + sentence.length);
    expect(seen.length).toBeLessThanOrEqual(Math.ceil(MENTION_REACH / sentence.length) + 1);
  });
});
