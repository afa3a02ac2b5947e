import { describe, expect, it } from 'vitest';
import { IDENTIFIER_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester, foundByVariant } from '../../support/rule-tester.js';

/** The value is personal data: masked in the output. */
const masked = { actual: expect.stringContaining('•••••') };

ruleTester('dp/vehicle-registration', {
  invalid: [
    { name: 'the same shape given as a registration', text: "The stolen car, reg T90 GTR, was found in Llanelli.", found: ['T90 GTR'] },
    // The same letters as a mark with vehicle words stay one (real-text-blind220).
    { name: 'a suffix-style mark beginning S4', text: 'The car, reg S4 CAB, was left on the lane.', found: ['S4 CAB'] },
    // A mark given as a car's registration, beside the form code's look-alike (real-text-blind84).
    { name: 'a prefix mark given as a registration', text: 'Police stopped the car, registration D27 PHW, on the A48.', found: ['D27 PHW'] },
    { name: 'Welsh: a prefix mark of a car', text: "Stopiodd yr heddlu'r car D27 PHW ar yr A48.", found: ['D27 PHW'] },
    // A prefix mark whose letters are also a word, beside vehicle wording (real-text-blind24).
    { name: 'a prefix mark spelling a word, with its registration named', text: "Police are asking hotels to check for Mr Evans's maroon Vauxhall Vectra car, registration number P59 HEY.", found: ['P59 HEY'] },
    { name: 'Welsh: a prefix mark spelling a word, with its registration named', text: 'Mae\'r heddlu yn chwilio am gar Vauxhall coch, rhif cofrestru P59 HEY.', found: ['P59 HEY'] },
    { name: 'a current mark written with a hyphen is still a mark', text: 'The car, reg AB12-CDE, was towed from the car park.', found: ['AB12-CDE'] },
    // (was test/detectors/vehicle-registration.test.ts)
    { text: 'Blue van AB51 ABC parked on the pavement', found: ['AB51 ABC'], errors: [masked] },
    { text: 'Seen: BD62XYZ and LN14-HGT', found: ['BD62XYZ', 'LN14-HGT'], errors: [masked, masked] },
    { text: 'lower case cy26 xyz', found: ['cy26 xyz'], errors: [masked] },
    { text: 'Car A123 BCD was clamped', found: ['A123 BCD'], errors: [masked] },
    { text: 'Old Mini ABC 123D outside', found: ['ABC 123D'], errors: [masked] },
    { text: 'Cerbyd diplomataidd 123 D 456', found: ['123 D 456'], errors: [masked] },
    { text: 'Typed with O for zero: LBO7 SE0', found: ['LBO7 SE0'], errors: [masked] },
    { name: 'finds two marks', text: 'Vehicles AB51 ABC and BD62XYZ were seen', found: ['AB51 ABC', 'BD62XYZ'] },
    // dateless marks with vehicle wording
    { text: 'My car reg is R8', found: ['R8'] },
    { name: 'a make before a real mark is still a mark', text: 'A grey Vauxhall Corsa, reg AB51 ABC, was seen.', found: ['AB51 ABC'] },
    { text: 'Registration AA 1234', found: ['AA 1234'] },
    { text: "Rhif cofrestru'r cerbyd: ABZ 1234", found: ['ABZ 1234'] },
    { text: 'number plate 1234 AB', found: ['1234 AB'] },
    { name: 'an age identifier issued by the run date (September 2026)', text: 'AB76 ABC', date: '2026-09-01', found: ['AB76 ABC'] },

    // (was test/dp/identifiers.test.ts)
    { text: 'The van CY21 XYZ was left across Mrs Davies’s drive.', found: ['CY21 XYZ'] },
    {
      name: 'masks the value in message and excerpt',
      text: 'The van CY21 XYZ was left across Mrs Davies’s drive.',
      errors: [{ message: "Vehicle registration mark in a post: 'CY21•••••YZ'", excerpt: expect.not.stringContaining('CY21 XYZ') }],
    },
    { text: 'Car reg WN 1234 blocking the lane', found: ['WN 1234'] },
    { text: 'Gadawyd y cerbyd CY21 XYZ ar Heol y Parc.', found: ['CY21 XYZ'] },

    // Added: more Welsh and English wording
    { name: 'Welsh: a mutated vehicle word before a dateless mark', text: "Mae ei gerbyd, WN 1234, ar y palmant eto.", found: ['WN 1234'] },
    { name: 'fly-tipping from a named van', text: 'Fly-tipping from a white van, CY19 KPT, reported by Mrs Evans.', found: ['CY19 KPT'] },

    // Issue 11: a word before the digits that is not a mark's letters leaves them to be read again.
    { name: 'a reversed dateless mark after "car reg"', text: 'Car reg 1234 AB was towed', found: ['1234 AB'] },
    { name: "Welsh: a reversed dateless mark after a person's name", text: 'Roedd cerbyd Dai 1234 AB ar y palmant eto.', found: ['1234 AB'] },
  ],
  valid: [
    // The DVLA's logbook by its form's name (drafts-blind77).
    { name: "the logbook '(V5C)'", text: "You'll need proof of your address and the car's logbook (V5C)." },
    { name: "Welsh: the logbook '(V5C)'", text: "Bydd angen prawf o'ch cyfeiriad a llyfr log y car (V5C)." },
    // A model's or a class's code before 'specification' (real-text-blind245).
    { name: 'a rally class code before specification', text: "The crew were at car 5 in their R5 specification Skoda Fabia." },
    { name: 'Welsh: a model code before specification', text: "Gyrrodd y ddau eu car T90 GTR specification yn y rali ddoe." },
    // A channel's name has a mark's shape (real-text-blind220).
    { name: "Welsh: 'angen i S4C newid'", text: 'Dywedodd y prif weithredwr fod angen i S4C "newid", ac y byddai’r sianel yn debyg i BBC3.' },
    { name: 'S4C beside a vehicle word', text: 'S4C will film the car rally on Saturday.' },
    // A form's code after the form word (real-text-blind84).
    { name: "a form's code", text: 'Fill in the renewal form D27PHW 90 days before your ban ends.' },
    { name: "Welsh: a form's code", text: "Bydd angen i chi lenwi ffurflen adnewyddu D27PHW 90 diwrnod cyn i'ch gwaharddiad ddod i ben." },
    // Part of a longer reference joined by hyphens or slashes (blind drafts: an insurance claim).
    { name: 'a hyphenated claim reference', text: 'Hi Mr Howells, your claim reference is INS-2026-07731 and our insurance team will be in touch.' },
    { name: 'Welsh: a hyphenated reference', text: 'Eich cyfeirnod hawliad yw INS-2026-07731; bydd y tîm yswiriant yn cysylltu.' },
    // (was test/detectors/vehicle-registration.test.ts)
    // A model after its make (the form of a published police appeal).
    { name: 'a model number after its make', text: 'Two cars were damaged: a white Mazda 3 GT Sport and a grey Vauxhall Corsa.' },
    // A time with its zone beside vehicle wording (real-text-blind63): the minutes are no dateless mark.
    { name: 'a time and its zone near a lorry', text: 'He was seen driving the lorry the wrong way at about 22:35 BST by another lorry driver.' },
    { name: 'Welsh: a time and its zone near a lorry', text: 'Gwelwyd y lori yn teithio’r ffordd anghywir tua 22:35 GMT gan yrrwr lori arall.' },
    { name: 'Welsh: a model number after its make', text: 'Cafodd dau gerbyd eu difrodi: Peugeot 208 GT gwyn a Vauxhall Corsa llwyd.' },
    { name: 'an age identifier not yet issued on the run date (August 2026)', text: 'AB76 ABC', date: '2026-08-31' },
    { name: 'age not yet issued', text: 'AB35 ABC' },
    { name: 'age 00', text: 'AB00 ABC' },
    { name: 'I in the random letters', text: 'AB51 AIB' },
    { name: 'I as region', text: 'IB51 ABC' },
    { name: 'mixed case', text: 'Ab51 Abc' },
    { name: 'older formats must be capitals', text: 'a123 bcd and abc 123d' },
    { name: 'a word completes an older shape', text: 'A40 AND M4 CLOSED, NEW 4K TV, GET 5G NOW' },
    { name: 'a word completes an older shape, with no vehicle wording', text: 'ROOM B12 HEY THERE, GATE P59 WAY OUT' },
    { name: 'Welsh: a word completes an older shape, with no vehicle wording', text: 'YSTAFELL B12 HEN NEUADD' },
    { name: 'dateless without vehicle wording', text: 'R8 and AA 1234' },
    { name: 'roads are not dateless marks', text: 'Car crash on the A48 near J47 of the M4 and the B4309' },
    { name: 'a car park bay is not a car', text: 'Car park C3 is closed' },
    { name: 'a car park number', text: 'Leave the car in P4' },
    { name: 'times and units', text: 'car share at 10 AM, 5 PM, 30 MPH' },
    { name: 'months', text: 'car boot sale MAY 2026' },
    { name: 'covid', text: 'COVID19 vaccines' },
    { name: 'glued to letters', text: 'XXXAB51ABCYYY' },
    { name: 'invoice number', text: 'Invoice INV-2026-004512 is overdue' },
    { name: 'planning reference', text: 'Planning application PL/05123/2026' },
    { name: 'dates and times', text: '23/11/2026, 2026-11-23 at 10:30' },
    { name: 'money and counts', text: '£1,234,567.89 and 1,250,000 visitors' },
    { name: 'switchboard', text: 'Call 01267 234567' },
    { name: 'ordinary Welsh', text: "Ffordd ar gau: yr A48 tua'r dwyrain, C47 i C48 yr M4" },
    { name: 'ten digits', text: '1234567890' },

    // (was test/dp/identifiers.test.ts)
    'Open 10 AM to 4 PM, see our NEW 4K video.',
    'Car park 3 at Pont Abraham is closed.',
    'See drawing WN 1234 in the plans.',
    ...IDENTIFIER_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: 'Welsh: a car park is not a car', text: "Mae maes parcio P4 ar gau; defnyddiwch yr A48." },
    { name: 'Welsh: a drawing number without vehicle wording', text: 'Gweler llun WN 1234 yn y cynlluniau.' },
    { name: 'Welsh: opening hours in capitals', text: 'AR AGOR 10 AM I 4 PM, GWELER EIN FIDEO 4K NEWYDD.' },

    // Issue 11: one span, one rule. A full postcode beside vehicle words is dp/postcode's (also
    // when that rule allows it), and a regulation cited by number is not vehicle wording.
    { name: 'a postcode beside vehicle words', text: 'Cars parked outside SA19 6AB will be ticketed.' },
    { name: 'Welsh: a postcode beside vehicle words', text: 'Cafodd y cerbyd ei adael yn LL57 2DG dros nos.' },
    { name: 'a postcode dp/postcode allows, beside "registered"', text: 'Registered office: County Hall, Carmarthen SA31 1JP' },
    { name: 'a regulation cited by number', text: 'See ERA 95 and reg. 14(2) for the rules.' },
    { name: 'Welsh: a regulation cited by number', text: 'Gweler ERA 95 a Reg. 14(2) am y rheolau.' },
  ],
});

describe('dp/vehicle-registration gives the mark’s format ({format} in a local pack’s message)', () => {
  // (was test/detectors/vehicle-registration.test.ts: the detector's data.format, which the shipped message does not show)
  it.each([
    ['Blue van AB51 ABC parked on the pavement', 'current'],
    ['Seen: BD62XYZ and LN14-HGT', 'current'],
    ['lower case cy26 xyz', 'current'],
    ['Car A123 BCD was clamped', 'prefix'],
    ['Old Mini ABC 123D outside', 'suffix'],
    ['Cerbyd diplomataidd 123 D 456', 'diplomatic'],
    ['Typed with O for zero: LBO7 SE0', 'current'],
    ['My car reg is R8', 'dateless'],
    ['Registration AA 1234', 'dateless'],
    ["Rhif cofrestru'r cerbyd: ABZ 1234", 'dateless'],
    ['number plate 1234 AB', 'dateless'],
  ])('%j: the first mark is %s', async (text, format) => {
    expect((await foundByVariant('dp/vehicle-registration', { message: '{format}' }, text))[0]).toBe(format);
  });
});
