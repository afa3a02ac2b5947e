import { describe, expect, it } from 'vitest';
import { lintText, only } from './helpers.js';

const RULE = 'welsh/spelling';
const words = async (text: string) => only(await lintText(text), RULE).map((f) => f.actual);

describe('welsh/spelling: Welsh words not in the dictionary', () => {
  it.each([
    ["Mae'r ffrodd ar gau heddiw oherwydd y tywydd.", ['ffrodd']],
    ['Diolch yn fawr i bawb am eich amynedd gyda’r cyngot.', ['cyngot']],
    ['Bydd y llyfrgel ar gau ddydd Llun.', ['llyfrgel']],
    ['Ffordd ar gau heddiw ar yr A48 oherwydd llifogyd. / Road closed today on the A48 because of flooding.', ['llifogyd']],
  ])('reports %s', async (text, expected) => {
    expect(await words(text)).toEqual(expected);
  });

  it.each([
    ["Mae'r ffordd ar gau heddiw oherwydd y tywydd."],
    ['Bydd casgliadau biniau yn hwyr yr wythnos hon yng Nghaerfyrddin.'],
    ['Diolch i @CyngorSirGar a #SirGâr am eu gwaith caled.'],
    ['Gellir cael mwy o wybodaeth ar-lein: https://example.org/ffyrdd'],
    ['The road is closed today because of the weather, sorry for the inconveniance.'],
    ['Ffordd ar gau heddiw / Road closed todya'],
    ['Croeso i Ganolfan Hamdden Llanelli!'],
  ])('does not report %s', async (text) => {
    expect(await words(text)).toEqual([]);
  });

  it('suggests the intended word', async () => {
    const [f] = only(await lintText("Mae'r ffrodd ar gau heddiw."), RULE);
    expect(f.suggestions).toContain('ffordd');
    expect(f.message).toMatch(/did you mean 'ffordd'/);
  });
});
