/** Profanity: listed words whole, disguised spellings through obscenity, severity by strength. */
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('conduct/profanity', {
  invalid: [
    { name: 'the word as an insult beside the breeding words', text: "Stop breeding trouble, you silly bitch.", found: ['bitch (warning)'] },
    { name: 'the word aimed at a person is still reported', text: 'You old bitch, get out.', found: ['bitch (warning)'] },
    // English: strong words are errors, medium warnings, mild info
    { name: 'a strong word, disguised with an asterisk', text: 'Roads are still f*cking lethal this morning.', found: ['f*cking'], errors: [{ severity: 'error', message: "Profanity (strong): 'f*cking'" }] },
    { name: 'a medium word, disguised with a digit', text: "The weather's been absolute sh1t this week.", found: ['sh1t (warning)'] },
    { name: 'a medium word, disguised with an asterisk', text: 'What a load of sh*t.', found: ['sh*t (warning)'] },
    // Several letters masked (drafts-blind6): the listed word of the same shape.
    { name: 'two letters masked', text: 'F**k me, that was a big one! Thanks for the photo, Rhys.', found: ['F**k'] },
    { name: 'four letters masked, a mild word', text: 'b****y hell, the bins again', found: ['b****y (info)'] },
    { name: 'Welsh: letters masked', text: "Mae'n g***u bwrw yn Aberaeron heddiw.", found: ['g***u (warning)'] },
    { name: 'letters repeated', text: 'fuuuck, the bins again', found: ['fuuuck'] },
    { name: 'an exclamation mark for an i', text: 'Stop being a b!tch about it.', found: ['b!tch (warning)'] },
    { name: 'a look-alike Cyrillic letter', text: 'ѕhit happens.', found: ['ѕhit (warning)'] },
    { name: 'plain strong words', text: 'What a wanker. Total twat.', found: ['wanker', 'twat'] },
    // Ofcom (2021) puts "pissed" with the medium words; labellers of two blind sets read "pissing down" so too.
    { name: 'a phrase wins over the word in it: pissing down is medium', text: "It's absolutely pissing down, but the show goes on.", found: ['pissing down (warning)'] },
    { name: 'a mild phrase wins over the mild word in it', text: 'Bloody hell, what a storm last night.', found: ['Bloody hell (info)'] },
    { name: 'mild words', text: 'Bloody hell, what a crap day.', found: ['Bloody hell (info)', 'crap (info)'] },
    { name: 'damn alone', text: 'Damn, missed the bus.', found: ['Damn (info)'] },
    // Welsh, with mutations
    { name: 'Welsh: a strong word', text: "Mae'r gwynt yn ffycin ofnadwy heddiw.", found: ['ffycin'] },
    { name: "Welsh: the strong word spelt as said in the north ('ffac', real-text-blind49)", text: "Ble ffac ma'r caffi hyn de? Oedd o'n ffacin oer.", found: ['ffac', 'ffacin'] },
    { name: 'Welsh: a soft-mutated word', text: "Mae gormod o gachu ci ar draeth Pen-bre eto.", found: ['gachu (warning)'] },
    { name: 'Welsh: an aspirate-mutated word', text: "Ei chachu hi.", found: ['chachu (warning)'] },
    { name: 'Welsh: a disguised, mutated word', text: 'Am lwyth o g*chu.', found: ['g*chu (warning)'] },
    { name: 'Welsh: mild words are info', text: 'Diawl, mae hi’n oer! Uffern o ddiwrnod.', found: ['Diawl (info)', 'Uffern (info)'] },
    { name: 'Welsh: an English loan', text: 'Y cont yna eto.', found: ['cont'] },
    { name: 'Welsh: a phrase', text: 'Twll dy din di!', found: ['Twll dy din di'] },
    { name: 'Welsh: ffwcin', text: "Mae'n ffwcin oer.", found: ['ffwcin'] },
  ],
  valid: [
    { name: 'breeding dogs, as licensing writes of them (drafts-blind74)', text: "Anyone keeping three or more breeding bitches needs a licence from the council." },
    { name: 'Welsh: breeding dogs in a bilingual licensing notice', text: "Mae angen trwydded i gadw tair ast fridio neu fwy. / A licence is needed to keep three or more breeding bitches." },
    // A female dog by its age, its kind or its show class (real-text-blind162, -188).
    'Winning with his six-year-old bitch Peg, Arwyn said he was delighted. Tilly won the postgraduate bitch class.',
    'Enillodd Arwyn gyda’i gi defaid, collie bitch chwech oed o’r enw Peg.',
    // Welsh words that start like it: a fax, a factor (and in English, a fact).
    "Anfonwch ffacs i'r swyddfa, neu ystyriwch y ffactorau i gyd.",
    'The fact is that the factory is closed.',
    // Asterisks that mask nothing listed: a rating, a word no list holds
    'Rated 5***** by visitors to the castle.',
    "Gwobr 5*: Rated 5* gan ymwelwyr, a'r c**e yn barod.",
    // English look-alikes: place names, words containing a swear word, titles
    'New exhibition on tinplate in Llanelli, Port Talbot and Scunthorpe.',
    'Community rail talk: the Penistone Line and Penistone Road.',
    'Cockermouth in Cumbria flooded in 2009; colleagues in East Sussex and Middlesex helped.',
    'Quiz: Shitterton (Dorset), Pratt’s Bottom (Kent) and Cockermouth are all real places.',
    'Cocktail and mocktail making at Ammanford Library.',
    'A group read of Moby Dick every morning; Dick Whittington is the panto.',
    'Youth Parliament members visited the school assembly this morning.',
    'Evening classes: classic cars, bass guitar and a sextant workshop.',
    'Meet our new therapist at the leisure centre.',
    'Big surf at Hell’s Mouth (Porth Neigwl) this weekend.',
    'Community Cinema: The Damned United (15), with Michael Sheen.',
    'Big Garden Birdwatch: blue tits and great tits were the most common birds.',
    'Offa’s Dyke Path walk on Saturday.',
    'Faggots and peas, Penclawdd cockles and laverbread at the food market.',
    'Shiitake mushrooms and analysis of soil samples.',
    'Thread 1/3 (cont.)',
    'Part two, cont’d below.',
    'Email dai.jones@example.com or follow @sh1tbot_ebooks.',
    'Her driving licence number is MORGA753116SM9IJ.',
    'Market traders: gazebos must be flame-retardant.',
    'Diabetes clinic: a finger prick test takes a minute.',
    // Welsh look-alikes
    "Mae'n bwrw hen wragedd a ffyn, ond mae'r sioe yn mynd yn ei blaen.",
    'Ffagots a phys, cocos Penclawdd a bara lawr ar y farchnad.',
    "Ffair Nadolig a'r Gwasanaeth Cofio ym Mhontardawe.",
    'Gwasanaeth bws newydd i Gontaf a Chastell-nedd.',
  ],
});
