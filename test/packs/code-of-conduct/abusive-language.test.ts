/** Insults aimed at a person or group: an insult word needs an addressee or a target. */
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('conduct/abusive-language', {
  invalid: [
    // An adjective said only of people, through a pronoun for a group (real-text-blind44).
    { name: 'they are absolutely incompetent', text: 'The road workers? They are absolutely incompetent.', found: ['They are absolutely incompetent'] },
    { name: "Welsh: eu bod nhw'n rhy blydi ddiog", text: "Mae'n amlwg eu bod nhw'n rhy blydi ddiog i ailgylchu.", found: ["nhw'n rhy blydi ddiog"] },
    // Insults residents aim at groups (real-text-blind44): a quantity of them, and a group as the subject of "are".
    { name: 'a handful of idiots', text: 'This restriction (due to a handful of idiots) is punishing young local families.', found: ['handful of idiots'] },
    { name: 'Welsh: criw o ffyliaid', text: "Mae'r cyfyngiad hwn (oherwydd criw o ffyliaid) yn cosbi teuluoedd ifanc lleol.", found: ['criw o ffyliaid'] },
    { name: 'a group with a relative clause, then "are" and the adjective', text: 'The people who are carrying out the work are absolutely incompetent at best.', found: ['people who are carrying out the work are absolutely incompetent'] },
    { name: "Welsh: y bobl sy'n gwneud y gwaith yn anobeithiol", text: "Mae'r bobl sy'n gwneud y gwaith yn gwbl anobeithiol.", found: ["bobl sy'n gwneud y gwaith yn gwbl anobeithiol"] },
    { name: 'the contractors are lazy', text: 'The contractors are so lazy.', found: ['contractors are so lazy'] },
    { name: "Welsh: mae'r staff yn rhy blydi ddiog", text: "Mae'r staff yn rhy blydi ddiog.", found: ['staff yn rhy blydi ddiog'] },
    // "To the …" after a joining word that opens the sentence (drafts-blind33).
    { name: 'And to the clowns in the comments', text: 'Yes, the market is open as usual. And to the clowns in the comments claiming it has been sold: it has not.', found: ['And to the clowns'] },
    { name: "Welsh: Ac i'r ffyliaid yn y sylwadau", text: "Ydy, mae'r farchnad ar agor. Ac i'r ffyliaid yn y sylwadau sy'n honni ei bod wedi'i gwerthu: nid yw hi.", found: ["Ac i'r ffyliaid"] },
    // A swear word used as an insult, aimed at someone (real-text-blind36).
    { name: 'you absolute cunt', text: 'Shut up, you absolute cunt.', found: ['you absolute cunt'] },
    { name: 'what a prick', text: 'What a prick that councillor is.', found: ['What a prick'] },
    { name: "Welsh: ti'n gachgi", text: "Ti'n gachgi, Dafydd.", found: ["Ti'n gachgi"] },
    // Said to someone at the end of a line that ends in emoji and a link (drafts-blind25).
    { name: 'Welsh: ", y twpsyn" before an emoji and a link', text: "Ma'r calendr biniau ar y wefan ers mis Ionawr 'sti, y twpsyn 🙄 https://example.org/biniau", found: ['y twpsyn'] },
    { name: '", you idiot" before an emoji and a link', text: 'The bin calendar has been on the website since January, you idiot 🙄 https://example.org/bins', found: ['you idiot'] },
    // An imperative said to someone (drafts-blind22).
    { name: 'Stop being so stupid', text: "If you'd bothered to read it you'd know. Stop being so stupid and read the plan.", found: ['Stop being so stupid'] },
    { name: "Don't be so stupid", text: "Don't be so stupid, the plan is online.", found: ["Don't be so stupid"] },
    { name: 'Welsh: Stopiwch fod mor dwp', text: 'Stopiwch fod mor dwp a darllenwch y cynllun.', found: ['Stopiwch fod mor dwp'] },
    // English
    { name: 'only an idiot', text: 'Only an idiot puts glass in the blue bag.', found: ['Only an idiot'], errors: [{ severity: 'warning', message: "Insult aimed at a person or group: 'Only an idiot'" }] },
    { name: 'an adjective before a group', text: 'The useless contractors have left the road in a state again.', found: ['useless contractors'] },
    { name: 'the clown who ...', text: 'And to the clown who drove through the closed road: the signs are there for a reason.', found: ['the clown'] },
    { name: 'Welsh: to the idiot who dumped ... (blind drafts: i\'r lembo a ddympiodd)', text: "I'r lembo a ddympiodd lond fan o hen garpedi yn y gilfan neithiwr: mae'r ganolfan ailgylchu ar agor.", found: ["I'r lembo"] },
    { name: 'sarcastic thanks to an idiot is still an insult', text: 'Thanks to the idiot who dumped a sofa in the lay-by.', found: ['the idiot'] },
    { name: 'a line addressed to people ending in an insult', text: 'To everyone moaning in the comments: pathetic.', found: ['pathetic'] },
    // Addressed to them as a sentence's opening (drafts-blind15).
    { name: 'to the clowns in the comments', text: 'To the clowns in the comments claiming the count was rigged: it was not.', found: ['To the clowns'] },
    { name: "Welsh: i'r ffyliaid opening a sentence", text: "Diolch am aros. I'r ffyliaid yn y sylwadau: cafodd pob pleidlais ei chyfrif yn gyhoeddus.", found: ["I'r ffyliaid"] },
    { name: 'you are an idiot', text: "You're an idiot.", found: ["You're an idiot"] },
    { name: 'a party member insulted', text: 'Typical useless Tory – what an idiot.', found: ['useless Tory', 'what an idiot'] },
    { name: 'said to someone at the end', text: 'Read the sign, idiot!', found: ['idiot'] },
    { name: 'you are so pathetic', text: '@dai_99 you are so pathetic.', found: ['you are so pathetic'] },
    { name: 'a bunch of', text: 'A bunch of morons left this here.', found: ['bunch of morons'] },
    { name: 'he is a clown', text: "He's a clown.", found: ["He's a clown"] },
    // Welsh
    { name: 'Welsh: a vocative after a comma', text: "Mae'r amserlen ar ein gwefan ers mis Mawrth, y twpsyn.", found: ['y twpsyn'] },
    { name: 'Welsh: do not be so stupid (mutated)', text: 'Paid â bod mor dwp!', found: ['Paid â bod mor dwp'] },
    { name: 'Welsh: only a fool', text: "Dim ond ffŵl fyddai'n parcio ar y llinellau igam-ogam.", found: ['Dim ond ffŵl'] },
    { name: 'Welsh: which idiot (aspirate context)', text: 'A pha hurtyn adawodd soffa ar y palmant?', found: ['pha hurtyn'] },
    { name: 'Welsh: you are an idiot', text: "Rydych chi'n hurtyn.", found: ["chi'n hurtyn"] },
    { name: 'Welsh: an adjective after a group', text: 'Gyrwyr twp, unwaith eto.', found: ['Gyrwyr twp'] },
    { name: 'Welsh: staff, useless', text: 'Staff diwerth!', found: ['Staff diwerth'] },
    { name: 'Welsh: the idiot who drove (relative "a" before a verb)', text: "Y twpsyn a yrrodd drwy'r ffordd gaeedig: mae'r arwyddion yno am reswm.", found: ['Y twpsyn'] },
    { name: 'an insult with "I am" after a comma is still aimed at someone', text: 'You idiot, I am furious about the bins.', found: ['You idiot'] },
  ],
  valid: [
    // "useless", said of things as well as people, is not carried by a pronoun.
    'The new bins? They are useless in the wind.',
    "Y biniau newydd? Maen nhw'n ddiwerth yn y gwynt.",
    // A group after a preposition is not the subject; a lazy river is a ride (real-text-blind44's look-alikes).
    'The tips for staff are useless.',
    "Mae'r cynghorion i'r staff yn ddiwerth.",
    'The lazy river at the leisure centre is closed today, and the people who use it are happy to wait.',
    "Mae'r afon ddiog yn y ganolfan hamdden ar gau heddiw.",
    'We gave tickets to the clowns and jugglers at the fair, and they loved it.',
    "Rhoesom docynnau i'r clowniaid a'r jyglwyr yn y ffair.",
    'Vaccinations take a pin prick and a minute of your time.',
    "Mae'r brechiad yn cymryd eiliad: pigiad bach, dim mwy.",
    { name: 'Welsh: a fond "twpsyn bach" before an emoji, the sentence going on', text: "Diolch i Sian, y twpsyn bach 🙄 sy'n helpu bob tro." },
    // An imperative before a thing, not a person.
    "Stop the useless junk mail: sign up for e-billing.",
    "Don't be put off by the stupid weather: the drop-in is open.",
    'Stopiwch y post sothach diwerth: cofrestrwch am e-filio.',
    // "To the ..." opening a sentence, with no insult in it, or not opening one.
    'To the volunteers in the comments asking how to help: thank you!',
    'Welcome to the Clowns and Jugglers weekend at the library.',
    "I'r plant yn y sylwadau: diolch am eich lluniau!",
    // A trade thanked, in English and Welsh; and Welsh "a" as "and" before no past verb.
    'Thanks to the clown who entertained the children at the fair!',
    "Diolch yn fawr i'r clown a ddiddanodd y plant yn y ffair.",
    "Rhoddwyd y moron a seleri i'r ffŵl a'i ffrindiau yn y pantomeim.",
    // English look-alikes
    'Clown and circus skills workshop for children aged 7–11 at Ammanford Library.',
    'What a clown show it was: the circus is back in town!',
    'GCSE revision: pathetic fallacy and foreshadowing.',
    'Our book club is reading The Idiot by Dostoevsky.',
    'The old bins were useless in the wind, so we replaced them.',
    'The Idiot’s Guide to recycling is in the library.',
    'Is it hurt? Call the RSPCA.',
    'The new system is idiot-proof.',
    'Thank you, the old gritters were useless in the snow.',
    'A fool’s errand: do not drive in the flood.',
    'DWP staff will be at the jobs fair.',
    // Welsh look-alikes
    'Nid jôc Ffŵl Ebrill yw hon: mae casgliadau gwastraff gwyrdd yn ailddechrau heddiw!',
    'Edrychwch pwy welodd ein camera bywyd gwyllt: ffwlbart!',
    'Gweithdy clownio i blant yn y llyfrgell.',
    "Mae'r hen system yn dwp, felly rydyn ni wedi'i newid.",
    "Rydych chi'n gallu ffonio'r DWP ar y rhif hwn; mae staff DWP yn y llyfrgell.",
    // Real Welsh sentences (techiaith corpus): "moron" is carrots, and an insult the speaker turns on themself.
    'Torrwch y moron a seleri yn fân cyn eu ffrio.',
    'Dyna ffŵl oeddwn i.',
    'What an idiot I was: I left the lid off the recycling box.',
  ],
});
