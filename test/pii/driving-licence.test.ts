import { describe, expect, it } from 'vitest';
import { isValidDrivingLicence, isValidLicenceDate, isValidSurnamePart, normaliseDrivingLicence } from '../../src/pii/driving-licence.js';

describe('isValidSurnamePart', () => {
  it.each(['MORGA', 'JONES', 'FO999', 'SMIT9', 'X9999'])('valid %s', (s) => expect(isValidSurnamePart(s)).toBe(true));
  it.each(['99999', 'MO9G9', 'MORG', 'MORGAN', 'morga'])('invalid %s', (s) => expect(isValidSurnamePart(s)).toBe(false));
});

describe('isValidLicenceDate', () => {
  it.each([
    ['607054', 'July 5th, 1964'],
    ['657054', 'woman, July 5th'],
    ['802290', 'February 29th'],
    ['812310', 'December 31st'],
    ['862310', 'woman, December 31st'],
  ])('valid %s (%s)', (s) => expect(isValidLicenceDate(s)).toBe(true));
  it.each([
    ['600054', 'month 00'],
    ['613054', 'month 13'],
    ['650054', 'month 50'],
    ['663054', 'month 63'],
    ['601004', 'day 00'],
    ['601324', 'day 32'],
    ['604314', 'April 31st'],
    ['602304', 'February 30th'],
  ])('invalid %s (%s)', (s) => expect(isValidLicenceDate(s)).toBe(false));
});

describe('normaliseDrivingLicence', () => {
  it.each([
    ['MORGA657054SM9IJ', 'MORGA657054SM9IJ'],
    ['morga657054sm9ij', 'MORGA657054SM9IJ'],
    ['MORGA 657054 SM9IJ 35', 'MORGA657054SM9IJ'],
    ['JONES710153J99EF', 'JONES710153J99EF'],
  ])('%j → %s', (input, out) => expect(normaliseDrivingLicence(input)).toBe(out));
  it.each(['MORGA65705SM9IJ', 'MORGA6570544SM9IJ', '99999657054SM9IJ', 'MORGA657054S9IJ'])('invalid %j', (s) =>
    expect(isValidDrivingLicence(s)).toBe(false));
});
