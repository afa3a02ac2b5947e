import { expect } from 'vitest';
import { CONTEXT_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('dp/postal-address', {
  invalid: [
    { name: "a house named for a building's past, a resident named (look-alike of a public building)", text: "Sian Example lives at Old Building, Plascrug, Aberystwyth, SY23 1NJ.", found: ["Old Building, Plascrug, Aberystwyth, SY23 1NJ"] },
    // A street word after the venue word is still a street's (real-text-blind211).
    { name: 'a house on Church Street', text: 'Sian lives at Chapel House, Church Street, Rhyl LL18 3RW.', found: ['Chapel House, Church Street, Rhyl LL18 3RW'] },
    { name: "a person's house, the committee named elsewhere", text: 'Mrs Example of Tŷ Example, Conwy LL32 8DU wrote to the committee about the bins.', errors: [{ severity: 'error' }] },
    // 'Your address' in Welsh with 'i'ch', beside a polling station (drafts-blind62).
    { name: "Welsh: 'i'ch cyfeiriad' beside a polling station", text: "Rydyn ni wedi anfon cerdyn newydd i'ch cyfeiriad, 23 Heol y Nant, heddiw; eich gorsaf bleidleisio yw Neuadd y Farchnad.", found: ['23 Heol y Nant'] },
    { name: "'your address' beside a polling station", text: 'We have sent a new card to your address, 23 Brook Road, today; your polling station is the Market Hall.', found: ['23 Brook Road'] },
    // "St" after a house's name is a street's ("High St"): a home named for a chapel is still a home.
    { name: "a house named for a chapel on a street written 'St'", text: 'Tŷ Capel, High St\nChurch Road\nCF82 8FW', found: ['Tŷ Capel, High St\nChurch Road\nCF82 8FW (warning)'] },
    { name: "a person's house name and postcode, the council named elsewhere", text: 'Mrs Example of Tŷ Example, Conwy LL32 8DU wrote to the council about the bins.', errors: [{ severity: 'error' }] },
    // Home words said by the writer: "our door at …", "ein drws yn …" (real-text-blind37).
    { name: 'a note through our door at a house, the library near', text: 'Alternatively, pop a note through our door at 8 Example Close (up the road from the library).', found: ['8 Example Close'] },
    { name: 'Welsh: a note through our door, the library near', text: 'Neu rhowch nodyn drwy ein drws yn 8 Heol Example (ger y llyfrgell).', found: ['8 Heol Example'] },
    // "Address" with a possessive is someone's, a venue nearby or not (drafts-blind28).
    { name: 'her address, beside a library', text: 'Her address is 14 Bridge Street, by the library.', found: ['14 Bridge Street'] },
    { name: 'Welsh: ei chyfeiriad, beside a library', text: 'Ei chyfeiriad yw 14 Stryd y Bont, ger y llyfrgell.', found: ['14 Stryd y Bont'] },
    { name: "Welsh: 'y cyfeiriad' with no venue", text: 'Y cyfeiriad newydd yw 14 Stryd y Bont.', found: ['14 Stryd y Bont'] },
    // "Ti" is second person, but "Ti a Fi" is a parent and toddler group (drafts-blind23).
    { name: 'Welsh: "Ti" asking a person where they live is still a home', text: "Diolch Siân. Ti sy'n byw yn 14 Stryd y Llan?", found: ['14 Stryd y Llan'] },
    { name: 'a reply with "You" after a greeting is still a home', text: 'Hi John, You can collect it from 14 Stryd y Llan.', found: ['14 Stryd y Llan'] },
    { name: "another address on the same street as the council's is still reported", text: 'Mrs Pritchard lives at 5 Castle Street, Carmarthen SA31 1XB.', config: { organisation: { allow: { addresses: ['County Hall, 2 Castle Street, Carmarthen SA31 1XA'] } } }, found: ['5 Castle Street, Carmarthen SA31 1XB'] },
    { name: 'Welsh: a person named Llew at a street address is still a home', text: 'Mae Llew Gwyn yn byw yn 21 Stryd Fawr.', found: ['21 Stryd Fawr'] },
    { name: 'a resident beside a venue word is still a home', text: 'Rhys Owen, who runs the café, lives at 21 High Street.', found: ['21 High Street'] },
    { name: 'a resident named beside an event word is still a home', text: 'Mrs Example is holding a coffee morning at her home, Bryn Eithin, Llanfynydd SA32 7TQ.', found: ['Bryn Eithin, Llanfynydd SA32 7TQ'] },
    // A clause runs into the address with no name at its end (blind drafts): the address is what follows it.
    { name: "Welsh: o'ch cartref, then a house name, village and postcode", text: "Diolch, Mrs Thomas. Byddwn ni'n casglu'r soffa a'r oergell o'ch cartref, Bryn Eithin, Llanfynydd, SA32 7TQ, ddydd Iau.", found: ['Bryn Eithin, Llanfynydd, SA32 7TQ'] },
    { name: 'from your home, then a house name, village and postcode', text: 'Thanks Mrs Thomas, our crew will collect the sofa and the fridge from your home, Bryn Eithin, Llanfynydd, SA32 7TQ, on Thursday.', found: ['Bryn Eithin, Llanfynydd, SA32 7TQ'] },
    // (was test/dp/context-rules.test.ts)
    { text: 'Thanks to Mrs Davies of 14 Heol y Parc, SA19 6AB, for reporting it.', found: ['14 Heol y Parc, SA19 6AB'] },
    {
      name: 'masks the person and the detail in message and excerpt',
      text: 'Thanks to Mrs Davies of 14 Heol y Parc, SA19 6AB, for reporting it.',
      errors: [{ message: expect.not.stringContaining('14 Heol y Parc, SA19 6AB'), excerpt: expect.not.stringContaining('14 Heol y Parc, SA19 6AB') }],
    },
    { text: '@dai_99 lives at 22 King Street and has complained again.', found: ['22 King Street'] },
    { text: 'Mr Jones, Flat 3, 22 Park Avenue, SA31 2AB', found: ['Flat 3, 22 Park Avenue, SA31 2AB'] },
    { text: 'Mrs Evans, Bryn Awel Cottage, Llandeilo, SA19 6AB', found: ['Bryn Awel Cottage, Llandeilo, SA19 6AB'] },
    { text: "Diolch i'r preswylydd yn 7 Maes y Deri am roi gwybod.", found: ['7 Maes y Deri'] },
    { text: 'Mae Sian yn byw yn 2 Ffordd Glasfryn.', found: ['2 Ffordd Glasfryn'] },
    { text: 'Flooding reported outside 3 Station Road this morning.', found: ['3 Station Road (warning)'] },
    { name: 'an address with nobody named is a warning to check', text: 'Flooding reported outside 3 Station Road this morning.', errors: [{ severity: 'warning' }] },
    { name: 'an address with a person is an error', text: 'Mrs Davies of 14 Heol y Parc called.', errors: [{ severity: 'error' }] },
    // House-name addresses: a clause that runs into the house's name after a comma.
    { name: 'a long clause ending in the house name', text: "@meinir_99 diolch Meinir, mae'r tîm wedi trefnu i alw yn Bron Eryri, Llanengan, Pwllheli LL53 7LH fore Iau.", found: ['Bron Eryri, Llanengan, Pwllheli LL53 7LH'] },
    { name: 'lower case: a clause ending in the house name', text: 'hi, still waiting on the blue bags for the old vicarage, cilycwm, sa20 0st', found: ['old vicarage, cilycwm, sa20 0st (warning)'] },
    { name: 'Welsh, lower case: ffermdy', text: 'helo, dim casgliad eto i ffermdy penlan, talog, sa33 6ny. plis anfonwch rywun', found: ['ffermdy penlan, talog, sa33 6ny (warning)'] },
    // The person and the house in one run of capitals.
    { name: 'a person "of" a house name', text: 'Congratulations to Mr Dilwyn Thomas of Hafod Farm, Cwmduad, Carmarthen SA33 6XJ, winner of the hedgerow award!', found: ['Hafod Farm, Cwmduad, Carmarthen SA33 6XJ'] },
    // A venue word in the village's name, or in a home named for a building.
    { name: 'Welsh: a village named for a chapel (Capel Dewi)', text: "Mae'r fan llyfrgell yn galw heibio i Mrs Williams, Gwynfryn, Capel Dewi, Aberystwyth SY23 3HR.", found: ['Gwynfryn, Capel Dewi, Aberystwyth SY23 3HR'] },
    { name: 'Welsh: a home named for a chapel (Tŷ Capel)', text: 'Diolch i Mr a Mrs Pryce, Tŷ Capel, Pumsaint, Llanwrda SA19 8YZ am ofalu am yr oen.', found: ['Tŷ Capel, Pumsaint, Llanwrda SA19 8YZ'] },
    { name: 'a home named for a chapel (Chapel House)', text: 'Thanks to Mrs Bowen, Chapel House, Cynwyl Elfed, SA33 6TR for the photo.', found: ['Chapel House, Cynwyl Elfed, SA33 6TR'] },
    // A street word inside a house's name that ends in a house word.
    { name: 'a street word in a house name (Sea View Lodge)', text: 'Keys found near Amroth. The fob says Sea View Lodge, Amroth SA67 8NN – owner, please DM us.', found: ['Sea View Lodge, Amroth SA67 8NN (warning)'] },
    { name: "Welsh: a Welsh street word last is a house's (Ty'n Llwyn)", text: "The crew will clear the culvert outside Ty'n Llwyn, Bancyfelin, SA33 5NE – thanks to Mr Gravell.", found: ["Ty'n Llwyn, Bancyfelin, SA33 5NE"] },
    { name: 'Welsh: Bryn Llwyn', text: 'Diolch i Mrs Thomas, Bryn Llwyn, Meidrim SA33 5QJ am y llun.', found: ['Bryn Llwyn, Meidrim SA33 5QJ'] },
    { name: 'Welsh: Bwthyn … with a street word inside', text: 'Diolch i Mrs Lewis, Bwthyn Heol Fach, Llangain SA33 5AJ am y llun.', found: ['Bwthyn Heol Fach, Llangain SA33 5AJ'] },
  ],
  valid: [
    { name: "a public body's building in its address, a staff contact named (real-text-blind314)", text: "Contact Susan Fielding at RCAHMW, Crown Building, Plascrug, Aberystwyth, SY23 1NJ." },
    { name: "Welsh: a public body's building in its address", text: "Cysylltwch â Susan Fielding yn CBHC, Adeilad y Goron, Plascrug, Aberystwyth, SY23 1NJ." },
    // An English street word ends a street's name: before a venue word it is the park's or the club's (real-text-blind211).
    { name: 'a park whose name opens with a street word', text: 'WCGBA Club Championship 2019\nAt Grove Park, Rhyl LL18 3RW on Sunday 15th September 2019' },
    { name: 'a bowling club at the park', text: 'The final is at Grove Park Bowling Club, Rhyl LL18 3RW.' },
    // The legislature's committee clerk at its address (real-text-blind174).
    { name: "Welsh: a committee's clerk at the Assembly", text: 'Ysgrifennwch at: Clerc y Pwyllgor Iechyd a Gofal Cymdeithasol, Cynulliad Cenedlaethol Cymru, Bae Caerdydd, Caerdydd, CF99 1NA.' },
    { name: "a committee's clerk at the Assembly", text: 'Write to: Clerk to the Health and Social Care Committee, National Assembly for Wales, Cardiff Bay, Cardiff, CF99 1NA.' },
    // "St" before a saint's name is no street: a hall named for a saint is a venue (real-text-blind76).
    { name: "a community hall named for a saint", text: 'The venue for most lecture meetings of the society is:\n\nNeuadd St Catwg Community Hall\nChurch Road\nCF82 8FW' },
    { name: "Welsh: a hall named for a saint", text: 'Lleoliad y cyfarfodydd yw:\n\nNeuadd St Catwg\nHeol yr Eglwys\nCF82 8FW' },
    // The council's own office, named with its address and postcode (real-text-blind39).
    'Bydd papurau enwebu ar gael gan: Swyddog Etholiadau Cyngor Sir Example, Tŷ Example, Conwy LL32 8DU',
    'Nomination papers are available from: Elections Officer, Example County Council, Tŷ Example, Conwy LL32 8DU',
    // "The address" of a venue, with nobody named (drafts-blind28).
    { name: "a venue's new address", text: 'The new address is Bridge Community Centre, 14 Bridge Street.' },
    { name: "Welsh: a venue's new address", text: 'Mae Banc Bwyd y dref wedi symud! Y cyfeiriad newydd yw Canolfan Gymunedol y Bont, 14 Stryd y Bont.' },
    { name: 'Ti a Fi sessions at a community centre', text: 'Ti a Fi sessions for parents and their babies run every Tuesday morning, 9.30–11am, at Llandyrnog Community Centre, 14 Stryd y Llan.' },
    { name: 'Welsh: sesiynau Ti a Fi yng Nghanolfan Gymunedol', text: "Mae sesiynau Ti a Fi i rieni a'u babanod bob bore dydd Mawrth, 9.30–11yb, yng Nghanolfan Gymunedol Llandyrnog, 14 Stryd y Llan." },
    // A council's civic offices heading its own page, with no configuration (real-text-blind23).
    { name: "Welsh: a council's civic offices", text: 'Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr, Y Swyddfeydd Dinesig, Stryd yr Angel, Pen-y-bont ar Ogwr, CF31 4WB' },
    { name: "a council's civic offices", text: 'Bridgend County Borough Council, Civic Offices, Angel Street, Bridgend, CF31 4WB' },
    // The organisation's own address without the building's name that starts the allowed entry (drafts-blind14).
    { name: "the council's office address, allowed with its building's name", text: 'Hi Mrs Pritchard, you can collect bags from reception at County Hall, 2 Castle Street, Carmarthen SA31 1XA.', config: { organisation: { allow: { addresses: ['County Hall, 2 Castle Street, Carmarthen SA31 1XA'] } } } },
    { name: "Welsh: the council's office address, allowed with its building's name", text: "Helo Mr Rees, gallwch chi dalu yn ein swyddfa yn Neuadd y Sir, 2 Stryd y Castell, Caerfyrddin SA31 1XA.", config: { organisation: { allow: { addresses: ['Neuadd y Sir, 2 Stryd y Castell, Caerfyrddin SA31 1XA'] } } } },
    // Businesses named with their addresses in a food hygiene rating (drafts-blind11): a hotel named
    // for a lion ("Llew", also a given name) is the hotel's name, and a takeaway is a business.
    { name: "Welsh: a hotel whose name holds a given name, in a list of ratings", text: "• Caffi'r Gornel, 8 Stryd y Brenin: 5 (da iawn)\n• Gwesty'r Llew Gwyn, 21 Stryd Fawr: 3 (boddhaol)" },
    { name: 'a takeaway given a food hygiene rating', text: 'Example Kebab House, 12 Heol y Farchnad, Llanelli, was given a food hygiene rating of 1 on 4 November.' },
    { name: 'Welsh: a bakery and its rating', text: "Cafodd Becws Bara Ni, 3 Heol y Bont, sgôr hylendid bwyd o 5." },
    // An event at a building whose name holds a given name (held-out set): the event makes it a venue.
    { name: 'a coat swap at Tŷ Myrddin', text: 'The winter coat swap is at Tŷ Myrddin, Carmarthen SA31 1QJ this Saturday.' },
    { name: 'Welsh: a coffee morning at Tŷ Myrddin', text: 'Bydd y bore coffi yn Nhŷ Myrddin, Caerfyrddin SA31 1QJ ddydd Sadwrn.' },
    { name: 'a clause into a venue address', text: 'Come and join us for the free family fun day this weekend, Canolfan Hamdden Llanelli, Llanelli, SA15 3AE.' },
    // (was test/dp/context-rules.test.ts)
    'Heol y Parc will be closed from 14 November for resurfacing.',
    'The new library at 12 King Street opens on Monday.',
    'Petition handed in at 10 Downing Street.',
    'In 2026 King Street will be pedestrianised.',
    'Join us on 5 November at King Street.',
    'Visit County Hall, Carmarthen SA31 1JP.',
    'Road closed on the A48 near Cross Hands.',
    ...CONTEXT_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: "Welsh: a café's address, nobody named", text: "Ymunwch â ni yng nghaffi'r Gath Ddu, 12 Heol y Brenin, ar gyfer bore coffi." },
    { name: 'Welsh: a date before a street', text: 'Ymunwch â ni ar 5 Tachwedd yn Heol y Brenin.' },
    // Venues: a venue word before the place's name in its clause, a mutated venue word, a farm shop.
    { name: 'a venue named by its place (the recycling centre at …)', text: 'The recycling centre at Nantycaws, Carmarthen SA32 8BG is closed on Christmas Day.' },
    { name: 'Welsh: a chapel after "yng" (Nghapel)', text: "Bydd bore coffi yng Nghapel Bethesda, Llangadog, SA19 9BU fore Sadwrn." },
    { name: 'a farm shop is a business', text: 'Our market stall moves to Hafod Farm Shop, Cwmduad, SA33 6XJ this weekend.' },
    { name: 'Welsh: a street starting with its street word, no number', text: 'Diolch i Mrs Thomas, Heol y Bryn, Meidrim SA33 5QJ am y llun.' },
    { name: 'a street ending in its street word, with a house word inside', text: 'Roadworks on Park Farm Road, Llanelli SA15 1AB from Monday.' },
    { name: "an event's place (a craft fair at …)", text: 'Christmas craft fair at Y Ffwrnes, Llanelli SA15 3YE on Sunday – free entry.' },
    { name: 'Welsh: an event (bore coffi) at a place', text: 'Bore coffi yn Nantgaredig, Caerfyrddin SA32 7LJ ddydd Sadwrn i godi arian.' },
    { name: 'Welsh: a leisure centre and its street', text: "Mae Canolfan Hamdden Caerfyrddin, Heol Llansteffan, SA31 3NQ ar agor fel arfer." },
    // A council's own building at the foot of a statutory notice (published Wrexham notice, blind set).
    { name: 'a civic building named in one word (The Guildhall)', text: 'Wrexham County Borough Council\n\nThe Guildhall , Wrexham , Wrexham , LL11 1AY' },
    { name: 'Welsh: civic buildings (Adeiladau’r Goron)', text: 'Llywodraeth Cymru, Adeiladau’r Goron, Aberystwyth SY23 3UR.' },
  ],
});
