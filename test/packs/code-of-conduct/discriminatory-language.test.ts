/** Demeaning terms about protected characteristics, with the considerate term suggested; none of alex's false alarms. */
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('conduct/discriminatory-language', {
  invalid: [
    // Alzheimer's with its possessive, and the soft mutation after "o" (real-text-blind65).
    { text: "Mae ei mam, sydd bellach yn dioddef o clefyd Alzheimer's, wedi mwynhau'r stori.", found: ['yn dioddef o (warning)'] },
    { text: 'Mae ei mam yn dioddef o glefyd Alzheimer ers blynyddoedd.', found: ['yn dioddef o (warning)'] },
    { name: "'suffering from Aspergers' (no apostrophe, real-text-blind53)", text: 'He had been suffering from Aspergers from a young age.', found: ['suffering from (warning)'] },
    { name: "Welsh: 'yn dioddef o syndrom Asperger'", text: 'Mae e wedi bod yn dioddef o syndrom Asperger ers yn blentyn.', found: ['yn dioddef o (warning)'] },
    // A participle or 'gan' starting the clause after the term (drafts-blind37).
    { name: 'the elderly, then a participle', text: 'Fraudsters are phoning the elderly pretending to be from our Revenues team.', found: ['the elderly (warning)'] },
    { name: "Welsh: i'r henoed, then 'gan'", text: "Mae twyllwyr yn anfon negeseuon i'r henoed gan esgus bod o'r cyngor.", found: ["i'r henoed (warning)"] },
    // "the condition" named after the verb, and conditions named by what they do (real-text-blind38).
    { name: "Welsh: sy'n dioddef o'r cyflwr", text: "Merch ifanc o Alltyblacca yw Sian, sy'n dioddef o'r cyflwr ffibrosis systig.", found: ["dioddef o'r cyflwr (warning)"] },
    { name: 'suffer from life-limiting conditions', text: 'The hospice helps children who suffer from life-limiting conditions.', found: ['suffer from (warning)'] },
    // "Demensia", the spelling some Welsh public bodies use, across a line break (real-text-blind36).
    { name: "Welsh: sy'n dioddef o ddemensia, over a line break", text: "Bydd yr oriel yn helpu'r rheiny sy’n\ndioddef o ddemensia a’u teuluoedd.", found: ['dioddef o (warning)'] },
    { name: 'suffering from dementia', text: 'The gallery helps those suffering from dementia and their families.', found: ['suffering from (warning)'] },
    // "suffer with", and mental health issues (real-text-blind22).
    { name: 'suffer with mental health issues', text: 'Many rough sleepers also suffer with mental health issues.', found: ['suffer with (warning)'] },
    { name: 'Welsh: yn dioddef o broblemau iechyd meddwl', text: 'Mae llawer o bobl ddigartref yn dioddef o broblemau iechyd meddwl.', found: ['yn dioddef o (warning)'] },
    // English
    {
      name: 'wheelchair-bound, with the considerate term',
      text: 'Visitors who are wheelchair-bound can now enjoy a full day at the beach.',
      found: ['wheelchair-bound (warning)'],
      errors: [{ severity: 'warning', message: "Demeaning term: 'wheelchair-bound' (say 'wheelchair user')", suggestions: ['wheelchair user', 'who uses a wheelchair'] }],
    },
    { name: 'confined to a wheelchair', text: 'Since the accident he has been confined to a wheelchair.', found: ['confined to a wheelchair (warning)'] },
    { name: 'suffers from before a condition', text: 'Gareth, who suffers from motor neurone disease, opened it.', found: ['suffers from (warning)'] },
    { name: 'suffering from dementia', text: 'Support for residents suffering from dementia.', found: ['suffering from (warning)'] },
    // In the past, and before a condition no list names, by its head noun (real-text-blind194, -207).
    { name: 'suffered from a rare syndrome', text: 'When Matthew, who suffered from a rare metabolic syndrome, was ill, the family travelled.', found: ['suffered from (warning)'] },
    { name: 'suffering from vertigo', text: 'Organisers advise “anyone suffering from vertigo” not to make the trip.', found: ['suffering from (warning)'] },
    { name: "Welsh: 'yn dioddef o glefyd siwgr' (diabetes)", text: 'Mae mwy o blant yn dioddef o glefyd siwgr yng Nghymru.', found: ['yn dioddef o (warning)'] },
    { name: "Welsh: 'yn dioddef o gyflwr prin'", text: 'Mae Gareth yn dioddef o gyflwr prin ar y galon.', found: ['yn dioddef o (warning)'] },
    { name: 'the disabled as a noun, before a preposition', text: 'There are 12 new parking spaces for the disabled in the car park.', found: ['the disabled (warning)'] },
    { name: 'the disabled at the end of a sentence', text: 'Toilets for the disabled.', found: ['the disabled (warning)'] },
    { name: 'OAPs and old dears', text: 'Reminder to all OAPs! If you are one of the old dears who has not applied, pop in.', found: ['OAPs (warning)', 'old dears (warning)'] },
    { name: 'the elderly', text: 'Winter advice for the elderly and their carers.', found: ['the elderly (warning)'] },
    { name: 'illegals', text: 'No, the council is not housing illegals at the old hotel.', found: ['illegals (warning)'] },
    { name: 'gypsies written as a common noun', text: 'Probably the gypsies again.', found: ['gypsies (warning)'] },
    { name: 'mental as an insult', text: 'The queue this morning was mental.', found: ['was mental (warning)'] },
    { name: 'mad as a box of frogs', text: "Last night's meeting was as mad as a box of frogs 😂", found: ['mad as a box of frogs (warning)'] },
    { name: 'lame as an insult', text: "That's a lame excuse for missing the bins.", found: ['lame excuse (warning)'] },
    { name: 'a slur is an error, with a note', text: 'Stop acting like a retard.', errors: [{ severity: 'error', note: 'a slur: do not use' }] },
    { name: 'half-caste', text: 'A half-caste family moved in.', found: ['half-caste'] },
    // Welsh
    { name: 'Welsh: confined to a wheelchair', text: "Mae'r llwybr yn addas i bobl sy'n gaeth i gadair olwyn.", found: ['gaeth i gadair olwyn (warning)'] },
    { name: 'Welsh: suffers from autism', text: "Cafodd ei agor gan Elin, sy'n dioddef o awtistiaeth.", found: ['dioddef o (warning)'] },
    { name: 'Welsh: suffers from cancer (mutated)', text: 'Mae e’n dioddef o ganser.', found: ['dioddef o (warning)'] },
    // Organ and long-term conditions (real-text-blind30).
    { name: 'suffering from kidney disease', text: 'The walk raised awareness for people suffering from kidney disease.', found: ['suffering from (warning)'] },
    { name: 'Welsh: suffering from kidney disease (mutated)', text: 'Mae llawer o bobl yn dioddef o glefyd yr arennau.', found: ['yn dioddef o (warning)'] },
    { name: 'Welsh: the disabled', text: "Mae 12 lle parcio newydd i'r anabl ym maes parcio Heol Awst.", found: ["i'r anabl (warning)"] },
    { name: 'Welsh: yr anabl at the end', text: 'Gwasanaeth newydd ar gyfer yr anabl.', found: ['yr anabl (warning)'] },
    { name: 'Welsh: the elderly', text: "Cyngor i'r henoed dros y gaeaf.", found: ["i'r henoed (warning)"] },
  ],
  valid: [
    { name: "one event, not a condition someone lives with (real-text-blind286)", text: "The founder of the rescue centre has been taken to hospital after suffering from a stroke at home." },
    // Suffered, of things that are no condition (real-text-blind194).
    'The road suffered from a serious pothole problem.',
    'The team suffered from the heat on the first day.',
    'Dioddefodd y ffordd o broblem tyllau difrifol.',
    // Trees' and roads' conditions after 'suffering from' are no one's (review of the head-noun rule).
    'Ash trees in the park are suffering from ash dieback disease and will be felled.',
    'The old bridge suffers from poor condition and will close for repairs.',
    'Mae coed ynn y parc yn dioddef o glefyd coed ynn a byddant yn cael eu torri.',
    "Mae ei mam yn byw gyda chlefyd Alzheimer's ers blynyddoedd.",
    "Her mother has lived with Alzheimer's disease for years.",
    // A word guides prefer another to, but which demeans no one (real-text-blind52).
    'The club trains with able-bodied players filling in, and the juniors still train with the able-bodied children.',
    'Mae’r clwb yn hyfforddi gyda chwaraewyr heb anabledd yn llenwi’r bylchau.',
    'The charity funds research into the condition and supports families living with it.',
    "Mae'r elusen yn ariannu ymchwil i'r cyflwr ac yn cefnogi teuluoedd sy'n byw gydag ef.",
    "Mae’r Oriel Demensia Gyfeillgar ar agor i bawb yn ystod Wythnos Gweithredu ar Ddemensia.",
    'The Dementia Friendly gallery is open to everyone during Dementia Action Week.',
    'The team suffered with the weather on the first day of the works.',
    'Mae’r gwasanaeth iechyd meddwl ar agor bob dydd: ffoniwch ni os ydych yn poeni.',
    // English look-alikes, including retext-equality's false alarms
    'Pop into any library and we will help.',
    'The gentleman at the desk will renew his bus pass.',
    'The scheme failed its first inspection, so we fixed it.',
    'Have you seen this black cat? Found near King Street.',
    'Join the Cancer Research fun run on Saturday.',
    "Big surf at Hell's Mouth this weekend.",
    'Wheelchair users can now check step-free access before they travel.',
    'Disabled people can renew a Blue Badge online; the disabled toilet is by the lift.',
    'The disabled parking bays are being repainted.',
    'Mental Health Awareness Week: we have 40 mental health first aiders.',
    'Mad Hatter’s Tea Party at Llandeilo Library.',
    'International Day of Older Persons: advice for older people on Pension Credit.',
    'Gypsy and Traveller Accommodation Assessment: we are asking Gypsy, Roma and Traveller families.',
    'Market gazebos must be made of flame-retardant material.',
    'The A40 is suffering from subsidence near Llandeilo.',
    'Homes suffering from flooding can claim a grant.',
    'We have raised money for kidney disease research.',
    'Mae’r dref yn dioddef o lifogydd eto eleni.',
    'Deaf residents can contact us through a BSL video relay service.',
    'A chink of light at the end of the tunnel.',
    'The horse has gone lame, so the parade starts late.',
    'Research into hereditary spastic paraplegia at Swansea University.',
    'Strikes could cripple the bin service next week.',
    { name: 'part of a name', text: 'A donation from Friends of the Elderly helped.' },
    // Welsh look-alikes
    'Diwrnod Rhyngwladol Pobl Hŷn: hen bobl a phobl ifanc yn dod at ei gilydd.',
    'Mae toiled i bobl anabl wrth y lifft.',
    "Wythnos Ymwybyddiaeth Iechyd Meddwl: mae gennym 40 o swyddogion cymorth cyntaf iechyd meddwl.",
    "Rydyn ni'n gofyn i deuluoedd Sipsiwn, Roma a Theithwyr am eu hanghenion llety.",
    'Mae’r ffordd yn dioddef o lifogydd bob gaeaf.',
    { name: 'Welsh: part of a name', text: 'Brenda Roberts, Cadeirydd Cyngor yr Henoed ar yr Ynys.' },
  ],
});
