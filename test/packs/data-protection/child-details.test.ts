import { expect } from 'vitest';
import { CONTEXT_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

const CONSENT = '---\nattachments:\n  - { path: ./img/award.jpg, alt: "Nia with her trophy", people: true, consent: "CAN-2026-118" }\n---\n';

ruleTester('dp/child-details', {
  invalid: [
    { name: "a child named after a list of authors has ended", text: "Pupils met authors Siôn Owen, Eloise Williams, and Dr Ffion Jones. Megan Example, 9, from Ysgol yr Hendy read her poem.", found: ["Megan Example, 9, from Ysgol"] },
    { name: "a name after a school's name with no initials is a child's (look-alike of a school named for a person)", text: "Ysgol Gynradd Llanfair: T. Llew Jones, 9, won.", found: ["Llew Jones, 9"] },
    { name: "a child who ran, not runs, something at the school (look-alike of a club's organiser)", text: "Well done to Rae Pritchard, who ran the fastest lap at Ysgol Sant Dunawd.", found: ["Rae Pritchard, who ran the fastest lap at Ysgol"] },
    { name: "Welsh: a pupil after 'sy’n', no club run", text: "Llongyfarchiadau i Rae Pritchard sy’n ddisgybl yn Ysgol Sant Dunawd.", found: ["Rae Pritchard sy’n ddisgybl yn Ysgol"] },
    { name: "Welsh: a year group written short, no time after it", text: "Llongyfarchiadau i Heather Williams yn yr 8 am ennill.", found: ["Heather Williams yn yr 8"] },
    { name: "a nursery group, not the national body (look-alike of Mudiad Meithrin)", text: "Llongyfarchiadau i Elin yng Nghylch Meithrin Llanelli.", found: ["Elin yng Nghylch Meithrin"] },
    { name: "twins named right after their age (real-text-blind182)", text: "‘H’, who is learning Welsh, is the father of two-year-old twins, Macsen and Cybi.", found: ["two-year-old twins, Macsen"] },
    { name: "Welsh: twins named right after their age", text: "Mae ganddi efeilliaid pum mlwydd oed, Macsen a Cybi.", found: ["pum mlwydd oed, Macsen"] },
    { name: "a child at a school whose name is no subject's", text: "Menna Example, 9, from Ysgol Gymraeg Aberystwyth won.", found: ["Menna Example, 9, from Ysgol"] },
    { name: "a child thanked beside a school, with her age", text: "Many thanks to Creigiau Primary School, and especially to Lesley Example, 9, for her poem.", found: ["Lesley Example, 9"] },
    { name: "Welsh: a line broken before \"oed\" (real-text-blind299)", text: "Roedd gan un aelod, Josh Morgan, 12\noed o Greigiau, reswm arbennig i ddathlu.", found: ["Josh Morgan, 12\noed"] },
    { name: "a child at a school with a programme named later", text: "Llongyfarchiadau i Mali Example o Ysgol y Strade ar ennill ar raglen S4C.", found: ["Mali Example o Ysgol"] },
    { name: "a named child with an age beside a pupil", text: "Ffion Jones, 9, and a pupil from Ysgol y Strade won.", found: ["Ffion Jones, 9, and a pupil from Ysgol"] },
    { name: "Welsh: named pupils after the article are named, not a school", text: "Llongyfarchiadau i’r disgyblion Ffion ac Osian o Ysgol y Strade am ennill.", found: ["Osian o Ysgol"] },
    { name: "a child's own class in the possessive is still theirs", text: "Stephanie Jones’s class at Ysgol y Strade won the prize.", found: ["Stephanie Jones’s class at Ysgol"] },
    { name: 'Welsh: a named pupil in a year at the school', text: "Mae Lisa Roberts ym Mlwyddyn 6 yn Ysgol Gynradd Dinbych-y-pysgod.", found: ["Lisa Roberts ym Mlwyddyn 6 yn Ysgol"] },
    { name: "'being only 9' after a name (real-text-blind237)", text: "With most of the team under the age category (Ffion being only 9) we knew it would be tough.", found: ["Ffion being only 9"] },
    // A soft-mutated 'blwydd' and hyphens in a Welsh age (real-text-blind247).
    { name: "Welsh: 'ddwy flwydd oed'", text: "Yn serennu yn y fideo mae Ioan Downes sy’n ddwy flwydd oed.", found: ["Ioan Downes sy’n ddwy flwydd oed"] },
    { name: "Welsh: 'ddwy-flwydd-oed', hyphenated", text: "Yn serennu yn y fideo mae Ioan Downes sy’n ddwy-flwydd-oed.", found: ["Ioan Downes sy’n ddwy-flwydd-oed"] },
    { name: 'a named pupil at a school is still reported', text: "Meleri Williams is a pupil at Ysgol Llangwyryfon, near Aberystwyth.", found: ["Meleri Williams is a pupil at Ysgol"] },
    { name: 'a bare age closing an aside with a dash', text: "The couple and their two children – daughter Ella, 18, and son Coel, 15 – had enjoyed a small gathering.", found: ["Coel, 15"] },
    { name: 'Welsh: a bare age closing an aside with a dash', text: "Roedd y teulu i gyd yno – y mab Coel, 15 – a’i chwaer.", found: ["Coel, 15"] },
    // A son named with a word's name, the age ending the sentence (real-text-blind235).
    { name: 'a bare age ending the sentence, after a son named', text: "Mark was joined on the walk by his son Coel, 15.", found: ["Coel, 15"] },
    { name: "Welsh: a son named with a word's name, then the age in years", text: "Roedd Mark yno gyda’i fab Coel, 15 oed.", found: ["Coel, 15 oed"] },
    { name: "a son named with a word's name, then 'aged'", text: "Mark was there with his son Coel, aged 15.", found: ["Coel, aged 15"] },
    // A pupil of the school named the same way is still a child (real-text-blind233).
    { name: "Welsh: 'Disgybl yr ysgol, Geraint …, 9 oed'", text: 'Disgybl yr ysgol, Geraint Example, 9 oed, oedd yr enillydd.', found: ['Geraint Example, 9 oed'] },
    // 'at just' between a name and its age; Welsh 'yn ddim ond' (real-text-blind223).
    { name: "'Layla … at just six years old'", text: 'The youngest cast member is Layla Example at just six years old.', found: ['Layla Example at just six years old'] },
    { name: "Welsh: 'Layla …, yn ddim ond chwech oed'", text: 'Yr aelod ieuengaf yw Layla Example, yn ddim ond chwech oed.', found: ['Layla Example, yn ddim ond chwech oed'] },
    // A pupil called on by the same words is still a child (real-text-blind209).
    { name: 'a Year 6 pupil called on to unveil it', text: 'The head welcomed teachers and pupils, and called on Year 6 pupil Alwyn Example to unveil the mosaic.', found: ['Alwyn Example'] },
    { name: "a cousin's bare age is still a child's", text: 'Ffion Example, 6, and her cousin Nell Example, six, from Tredegar won the race.', found: ['Ffion Example, 6', 'Nell Example, six'] },
    { name: "Welsh: 'a hyn' after an age is 'and this', no limit", text: 'Mae Cai Example, 7 oed, a hyn yw ei wobr gyntaf.', found: ['Cai Example, 7 oed'] },
    { name: "Welsh: a head's school, then a pupil at another", text: 'Dywedodd pennaeth Ysgol Example a Ffion Example o Ysgol Arall fod y diwrnod yn wych.', found: ['Ffion Example o Ysgol'] },
    { name: "a head's school, then a pupil at another", text: 'The headteacher of Ysgol Example and Ffion Example of Ysgol Arall said it was great.', found: ['Ffion Example of Ysgol'] },
    { name: "a child who 'used to go to' a school is still a child", text: 'Ffion Example, 7, used to go to Ysgol Example.', found: ['Ffion Example, 7, used to go to Ysgol'] },
    // A child with the family's own pet, looking for a home after a flood, is still a child.
    { name: "a child and his puppy looking for a new home", text: 'Tom Example, 9, and his puppy Pero are looking for a new home after the flood.', found: ['Tom Example, 9'] },
    { name: "Welsh: a child and his dog looking for a new home", text: "Mae Cai, 7 oed, a'i gi Pero yn chwilio am gartref newydd ar ôl y llifogydd.", found: ['Cai, 7 oed'] },
    // A body's possessive before a child's description is no adult's role (real-text-blind153); an age said of 'the girl' after a sentence naming her (real-text-blind150).
    { name: "a pupil described after a school's possessive", text: "Alfie Example, Ysgol Example's youngest pupil, won the prize.", found: ["Alfie Example, Ysgol Example's youngest pupil"] },
    { name: 'Welsh: an age said of the girl named in the sentence before', text: "Mae'r heddlu'n chwilio am Ffion Example o Fachynlleth. Diflannodd y ferch 5 oed ger ei chartref.", found: ['5 oed'] },
    { name: "Welsh: an age in a recent year is still a child's", text: 'Ymunodd Trefor Example â’r clwb yn 2025 yn 12 oed.', found: ['Trefor Example â’r clwb yn 2025 yn 12 oed'] },
    // A child named after their age, in Welsh and English, beside a dog's (real-text-blind105).
    { name: "Welsh: a daughter named after her age", text: "Ar ôl cystadlu gyda'i ferch bedair oed Meg, roedd yn hapus.", found: ["bedair oed Meg"] },
    { name: "an age said of a named child after a quote said to 'you'", text: 'The magistrate told the boy: "If you were 16, you would have gone to prison." Tom Example is 15.', found: ['Tom Example is 15'] },
    { name: "a child's teacher by a capitalised role is still the child's", text: 'Well done to Alfie’s Teacher Jane Example and to Alfie at Ysgol Bro Teifi.', found: ['Alfie’s Teacher Jane Example and to Alfie at Ysgol'] },
    { name: 'a pupil who will start at a university later', text: 'Well done to Ffion Example of Ysgol Bro Teifi, who starts at Cardiff University next year.', found: ['Ffion Example of Ysgol'] },
    { name: 'Welsh: a pupil who will start at a university later', text: 'Da iawn Ffion Example o Ysgol Bro Teifi, sy’n dechrau ym Mhrifysgol Caerdydd y flwyddyn nesaf.', found: ['Ffion Example o Ysgol'] },
    // A leader of the past named before the pupil is no role of the pupil's (real-text-blind41).
    { name: "a historic leader named before the pupil", text: 'Writing about the legendary Welsh leader Owain Glyndwr, Finn Jones of Ysgol Penglais won first place.', found: ['Finn Jones of Ysgol'] },
    // A fronted Welsh age and its subject after the copula ("Saith oed yw Cai").
    { name: 'Welsh: a fronted age, the name after the copula', text: 'Saith oed yw Cai Example heddiw!', found: ['Saith oed yw Cai Example'] },
    // Look-alikes of the adults of real-text-blind79, -80 and -84: a pupil working hard, a child with
    // his grandad, acting in a play, a grandparent's own age, a child whose grandad has a role.
    { name: 'a pupil who works hard at school', text: 'Ffion works hard at Ysgol Bro Helyg.', found: ['Ffion works hard at Ysgol'] },
    { name: "Welsh: a pupil who works hard at school", text: "Mae Ffion yn gweithio'n galed yn Ysgol Bro Helyg.", found: ["Ffion yn gweithio'n galed yn Ysgol"] },
    { name: 'a child and his grandad at the school', text: 'Alfie and his grandad visited Ysgol Bro Helyg.', found: ['Alfie and his grandad visited Ysgol'] },
    { name: 'a pupil acting in a school play', text: 'Ffion Example will be acting in the Ysgol Bodedern play.', found: ['Ffion Example will be acting in the Ysgol'] },
    { name: "a grandad's own age is not the pupil's", text: 'Well done to Robert Example from Ysgol Y Rhws! His grandad Mr Example, 62, was there.', found: ['Robert Example from Ysgol'] },
    { name: "Welsh: a grandad's own age is not the pupil's", text: 'Da iawn Robert Example o Ysgol Y Rhws! Roedd ei daid, Mr Example, 62 oed, yno.', found: ['Robert Example o Ysgol'] },
    { name: "a role said of the child's grandad ('whose grandad')", text: 'He was spotted by Theo, 12, at the beach. Theo – whose grandad is a teacher at the school – saw him.', found: ['Theo, 12'] },
    // Quoted after a line ending in a comma, the pupil is quoted too (dp/unconsented-quote); here, named with the school.
    { name: 'Welsh: a pupil introduced by a line ending in a comma', text: "Dywedodd Mared, sy'n ddisgybl ym mlwyddyn 5 yn Ysgol Rhosybol,\n\n“Rydw i wedi mwynhau.”", found: ["Mared, sy'n ddisgybl ym mlwyddyn 5 yn Ysgol"] },
    { name: "a pupil whose father is a farmer is still a pupil", text: 'Well done to Robin Example of Ysgol Felinwnda, whose father is a farmer, on winning.', found: ['Robin Example of Ysgol'] },
    // A role said of a relative the child's mention owns is not the child's (real-text-blind51).
    { name: "a pupil, then his dad's role after 'Thomas’s dad'", text: 'Thomas is a pupil at Example High School and is 14. Thomas’s dad, Louis, who is head of operations with the Foundation, took a photo.', found: ['Thomas is a pupil at Example High School'] },
    { name: "Welsh: a pupil, then his father's role after 'tad Tomos'", text: 'Mae Tomos yn ddisgybl yn Ysgol Gyfun Example ac yn 14 oed. Roedd tad Tomos, Huw, sy’n athro yn y dref, yno i dynnu llun.', found: ['Tomos yn ddisgybl yn Ysgol Gyfun Example ac yn 14 oed', 'Tomos'] },
    // A given name that is also a word, with a surname, right before a bare age (real-text-blind35).
    { name: 'a name that is also a word, before ", 15 and from"', text: 'Hair and Beauty learner Jade Example, 15 and from Cardiff, won the award.', found: ['Jade Example, 15'] },
    { name: 'Welsh: a name that is also a word, before ", 15,"', text: 'Mae Jade Example, 15, o Gaerdydd wedi ennill y wobr.', found: ['Jade Example, 15'] },
    // A pupil's name before a Welsh school's name, in a list (real-text-blind35).
    { name: "a pupil's name before 'Ysgol …' in a list", text: 'This year’s Junior Apprentices were:\n\nOlivia Example Ysgol Cwm Brombil\n\nChelsie Example Ysgol Cwm Brombil', found: ['Olivia Example Ysgol', 'Chelsie Example Ysgol'] },
    // 'Bl.' (Blwyddyn) with its stop does not end the sentence (real-text-blind46).
    { name: "Welsh: a results row under 'Bl. 1 a 2'", text: 'Unawd Bl. 1 a 2 | Lowri Example | Ifan Example |', found: ['Lowri Example', 'Ifan Example'] },
    { name: "a results row under 'Yr. 5 and 6'", text: 'Recitation Yr. 5 and 6: Gwen Example, Tregaron', found: ['Gwen Example'] },
    { name: 'a given name that is also a word, before an age', text: 'Well done Willow (7) on her first swimming badge!', found: ['Willow (7)'] },
    { name: 'Welsh: a given name that is also a word, before an age', text: 'Da iawn Willow (7) am ei bathodyn nofio cyntaf!', found: ['Willow (7)'] },
    // Welsh ages with 'blwydd' joined on, or before 'mlwydd oed' (real-text-blind62).
    { name: "Welsh: 'dwyflwydd oed' before a name", text: 'Mae’r datganiad yn dilyn marwolaeth y plentyn dwyflwydd oed Awaab Ishak yn Rochdale.', found: ['dwyflwydd oed Awaab Ishak'] },
    { name: "Welsh: 'deng mlwydd oed' after a name", text: 'Mae Gwen Example yn ddeng mlwydd oed heddiw.', found: ['Gwen Example yn ddeng mlwydd oed'] },
    { name: 'English: a two-year-old before a name', text: 'The statement follows the death of two-year-old Awaab Ishak in Rochdale.', found: ['two-year-old Awaab Ishak'] },
    // A son or daughter named after the age, the kin word between or before it (real-text-blind62).
    { name: 'a kin word between an age and a name', text: 'Jayde Example shares the bedroom with her 14-month-old son Brogan.', found: ['14-month-old son Brogan'] },
    { name: 'Welsh: a kin word before an age and a name', text: "Mae Jayde Example yn rhannu'r ystafell wely gyda'i mab 14 mis oed, Brogan.", found: ['14 mis oed, Brogan'] },
    { name: "Welsh: a pupil's age after the name is still a child's", text: 'Mae Gwen Example, 15 oed, yn un o ddisgyblion yr ysgol.', found: ['Gwen Example, 15 oed, yn un o ddisgyblion'] },
    // Ages in words in an English list of names, after a nephew and a niece (real-text-blind63).
    { name: 'ages in words after names in a list', text: 'The victims were her nephew Bailey Example, four, and niece Skye, two.', found: ['Bailey Example, four', 'Skye, two'] },
    { name: 'Welsh: a nephew named before his age', text: "Roedd ei nai, Bailey, 4, yn y tŷ gyda'i nain.", found: ['Bailey, 4'] },
    { name: 'a child who shares a breed’s name is still a child', text: 'Congratulations to our winner Jack Russell, 14, from Ysgol y Llan.', found: ['Jack Russell, 14, from Ysgol'] },
    { name: 'a Welsh given name the lists lacked, before "is 14"', text: 'Brother and sister Talfan and Siriol Example will sing. Talfan is 14 and Siriol 16.', found: ['Talfan is 14'] },
    { name: "Welsh: a Welsh given name the lists lacked, 'yn 14 oed'", text: 'Bydd Talfan a Siriol Example yn canu. Mae Talfan yn 14 oed.', found: ['Talfan yn 14 oed'] },
    // A name no list knows right after an age said as an adjective (real-text-blind67).
    { name: 'an unknown name after "two year old"', text: 'Then two year old Eken was rushed to the children’s hospital.', found: ['two year old Eken'] },
    { name: "Welsh: an unknown name after '9 oed'", text: "Mae'r bachgen 9 oed Eken yn gwella'n dda.", found: ['9 oed Eken'] },
    // A baby's age in months, in words (real-text-blind72).
    { name: "Welsh: 'chwe mis oed' after a name", text: 'Bu farw Mali Example, chwe mis oed o Flaenau Ffestiniog, yn yr ysbyty.', found: ['Mali Example, chwe mis oed'] },
    { name: "'six months old' after a name", text: 'We remember Mali Example, six months old, from Blaenau.', found: ['Mali Example, six months old'] },
    // A name that is also a word, before a bare age and 'who' (real-text-blind52).
    { name: "a name that is a Welsh word, then an age and 'who'", text: 'Tal, 14, who has joined the wheelchair squad, is the only junior player.', found: ['Tal, 14'] },
    { name: "Welsh: a name that is a word, then an age and 'sy'n'", text: "Mae Tal, 14, sy'n chwarae rygbi cadair olwyn, yn gobeithio cystadlu.", found: ['Tal, 14'] },
    // Welsh "sy'n 10" with no "oed", and a name no list knows before an age and a verb (real-text-blind73).
    { name: "Welsh: 'sy'n 10' after a name", text: "I Gruff sy'n 10 a Llywelyn sy'n saith mae'r ras i blant yn rhan fawr o'u bywydau.", found: ["Gruff sy'n 10"] },
    { name: 'an unknown name, an age in words, then a verb', text: 'Fraizer, seven, lives with his family near Cardiff and loves rugby.', found: ['Fraizer, seven'] },
    // A bracketed age after the young person's role in a list (real-text-blind58).
    { name: 'a bracketed age after a role', text: 'Anna Example – Young Mentor (16) led the session.', found: ['Anna Example – Young Mentor (16)'] },
    { name: 'Welsh: a bracketed age after a role', text: "Anna Example - Mentor Ifanc (16 oed) fu'n arwain y sesiwn.", found: ['Anna Example - Mentor Ifanc (16 oed)'] },
    { name: 'a child at the cinema with her age in brackets', text: 'Ffion (12) loved the film at the cinema.', found: ['Ffion (12)'] },
    { name: 'Welsh: a child at the cinema with his age in brackets', text: 'Mwynhaodd Tomos (12) y ffilm yn y sinema.', found: ['Tomos (12)'] },
    { name: "a pupil's name before an English school's name (run cut at the place)", text: 'Congratulations to Emily Jones Llangatwg Community School, aged 9, who won the poetry prize.', found: ['Emily Jones Llangatwg Community School'] },
    { name: "Welsh: a pupil's name before an English school's name", text: 'Llongyfarchiadau i Emily Jones Llangatwg Community School, 9 oed, am ennill y wobr farddoniaeth.', found: ['Emily Jones Llangatwg Community School'] },
    { name: 'Welsh: an age right before the name, no stop between', text: "Llongyfarchiadau i'r bachgen pump oed Tom Example ar ei fedal.", found: ["pump oed Tom Example"] },
    // The subject of the age's clause, named with where she is from (real-text-blind28).
    { name: 'a named child from a village who was just two years old', text: 'In 2021, Olivia Finch from Bryn in Neath Port Talbot was just two years old when she was diagnosed.', found: ['Olivia Finch from Bryn in Neath Port Talbot was just two years old'] },
    { name: 'Welsh: roedd … o Fryn ond yn ddwy oed', text: 'Yn 2021, roedd Olivia Finch o Fryn ond yn ddwy oed pan gafodd ddiagnosis.', found: ['Olivia Finch o Fryn ond yn ddwy oed'] },
    // An age said of a pronoun: the age of the child named before it (real-text-blind34).
    { name: "Welsh: '… a dim ond chwech oed ydi o!' after the child's name", text: 'Mae Tomi yn eisteddfodwr profiadol iawn - a dim ond chwech oed ydi o!', found: ['Tomi yn eisteddfodwr profiadol iawn - a dim ond chwech oed'] },
    { name: "'He is only 6!' after a child named in the sentence before", text: 'Well done to Tomi Jones, who won the cup today. He is only 6!', found: ['is only 6'] },
    // "Name is N" ending its clause (real-text-blind34).
    { name: "a name, 'is' and an age", text: 'Oliver is 13 and says he plays games online most evenings.', found: ['Oliver is 13'] },
    { name: "a name, 'is' and an age before a colon", text: 'Pupils at St Teilo’s talked to us. Maisie is 12: she says she has had a frightening experience.', found: ['Maisie is 12'] },
    // A child with a pet is still a child (real-text-blind33's look-alikes the other way).
    { name: 'a child and the dog he walked to school', text: 'Tom Example, 9, walked his dog to Ysgol y Strade.', found: ['Tom Example, 9, walked his dog to Ysgol'] },
    { name: 'Welsh: a child and his puppy', text: 'Llongyfarchiadau i Cai, 7 oed, a’i gi bach Pero.', found: ['Cai, 7 oed'] },
    { name: 'a child, his age, then his dog', text: 'Congratulations to 9-year-old Tom Example and his dog Pero!', found: ['9-year-old Tom Example'] },
    { name: 'Welsh: a child, his age, then his puppy', text: "Llongyfarchiadau i Cai, sy'n 7 oed ac yn caru ei gi bach.", found: ["Cai, sy'n 7 oed"] },
    // An age in the past with a recent year: still a child on the run date.
    { name: 'a child who was 7 when she started school two years ago', text: 'Ffion Example was 7 when she started at Ysgol y Strade in 2024.', date: '2026-06-01', found: ['Ffion Example was 7 when she started at Ysgol'] },
    { name: 'Welsh: roedd … yn 7 oed yn 2024', text: 'Roedd Ffion Example yn 7 oed pan ddechreuodd yn Ysgol y Strade yn 2024.', date: '2026-06-01', found: ['Ffion Example yn 7 oed pan ddechreuodd yn Ysgol'] },
    // A pronoun owning children points at their parent (drafts-blind23): but a pronoun alone still points at a named child.
    { name: 'Welsh: a child named, then "hi" at a school', text: 'Llongyfarchiadau i Cerys Jones. Aeth hi i Ysgol Glan Clwyd ym mis Medi.', found: ['Ysgol'] },
    { name: 'a child named, then "she" in a year group', text: 'Well done Cerys Jones! She is in Year 5 at Ysgol Glan Clwyd.', found: ['Year 5 at Ysgol'] },
    // A year group written the Welsh short way after names, and an age after "bron yn" (real-text-blind21).
    // (The name finder reads the capitalised "Bl" as part of the name: the finding covers the name.)
    { name: "a Welsh year group written short: 'Osian Jones Bl2'", text: 'Our Criw Cymraeg this year: Osian Jones Bl2.', found: ['Osian Jones Bl'] },
    { name: "Welsh: a year group written short with a stop: 'Ava Jones Bl. 3'", text: 'Aelodau’r criw eleni: Ava Jones Bl. 3.', found: ['Ava Jones Bl'] },
    { name: "Welsh: an age after 'bron yn' (almost)", text: 'Mae Elsi bron yn 6 oed ac yn ddigon hen i gystadlu yn yr Eisteddfod.', found: ['Elsi bron yn 6 oed'] },
    { name: "an age after 'is nearly'", text: 'Elsi is nearly 6 years old and old enough to compete.', found: ['Elsi is nearly 6 years old'] },
    // A son or daughter named before the age, though the name is a word too; an age after "who is now" (real-text-blind20).
    { name: "Welsh: a son named 'Will' before his age", text: 'Mae Bob Gledhill, 52, ei wraig, a’u mab, Will, 16, wedi penderfynu codi’r arian.', found: ['Will, 16'] },
    { name: "a son named 'Will' before his age", text: 'Their son, Will, 16, is doing the walk with them.', found: ['Will, 16'] },
    { name: "an age after 'who is now'", text: 'Sharon’s husband Arwyn and daughter Gwenno, who is now 11, would like to thank everyone.', found: ['Gwenno, who is now 11'] },
    // A school's status written short beside a school word is still a school's name.
    { name: "a pupil of a VC school", text: "Well done to Ffion from St Mary's VC Primary School for her poem!", found: ["Ffion from St Mary's VC Primary School"] },
    { name: "Welsh: a pupil of a VC school", text: 'Llongyfarchiadau i Ffion o Ysgol Gynradd Llanfair VC am ei cherdd!', found: ['Ffion o Ysgol Gynradd Llanfair VC'] },
    // An AS level is an exam, not a Senedd member's letters.
    { name: 'a pupil with her AS level results', text: 'Well done to Ffion Jones AS level results day at Ysgol Gyfun Emlyn!', found: ['Ffion Jones AS level results day at Ysgol'] },
    // "as" in lower case is a word, not a Senedd member's letters.
    { name: 'a pupil named with "as" after the name', text: 'Congratulations to Non Griffiths as captain of Year 6 at Ysgol Gynradd Maes y Llan!', found: ['Non Griffiths as captain of Year 6 at Ysgol'] },
    // Form groups after pupils' first names in a school's blog (real-text-blind15).
    { name: 'pupils with their form groups', text: 'Year 7 students made wordles, with standout pieces from Robyn in 7E and Alex in 7M.', found: ['Robyn in 7E', 'Alex in 7M'] },
    { name: 'Welsh: pupils with their form groups', text: "Llongyfarchiadau i Osian o 9R ac i Ffion o 8T am eu gwaith yn yr ysgol.", found: ['Osian o 9R', 'Ffion o 8T'] },
    { name: 'Welsh: a pupil singing with the choir, with age and school', text: "Canodd Alan Thomas (9) o Ysgol Gynradd Ffairfach gyda'r côr.", errors: [{ line: 1, column: 8 }] },
    // A double-barrelled name of two names that are also words ("lili", a lily; "beth", what), after a verb opening the sentence (real-text-blind14).
    { name: 'Welsh: Lili-Beth after the verb', text: 'Dywedodd Lili-Beth o Flwyddyn 5 yn Ysgol Acrefair: “Roedd yn anhygoel!”', found: ['Lili-Beth o Flwyddyn 5 yn Ysgol'] },
    { name: 'Lili-Beth after the verb', text: 'Sang Lili-Beth from Year 5 at Ysgol Acrefair, who loved every minute.', found: ['Lili-Beth from Year 5 at Ysgol'] },
    // Only a reply's greeting is its correspondent: a school's own post greeting a pupil is not.
    { name: 'a greeting that is no reply', text: 'Hi Megan, well done on your Year 6 poetry prize at Ysgol Bro Myrddin!', found: ['Megan, well done on your Year 6 poetry prize at Ysgol'] },
    { name: 'a reply naming a pupil after its greeting', text: '@huw_j Hi Huw, well done to Megan in Year 6 at Ysgol Bro Myrddin!', found: ['Megan in Year 6 at Ysgol'] },
    // An age with no "years old" after "who is" / "who turned"; Welsh with a typographic apostrophe (blind set).
    { name: 'who is seven', text: 'One of those enjoying the sessions was Gethin, who is seven and lives in Whitchurch.', found: ['Gethin, who is seven'] },
    { name: 'who turned 6 today', text: 'Ava, who turned 6 today, cut the ribbon.', found: ['Ava, who turned 6'] },
    { name: "Welsh: sy’n with a typographic apostrophe", text: 'Un o’r rhai fu’n mwynhau oedd Gethin, sy’n saith oed ac yn byw yn yr Eglwys Newydd.', found: ['Gethin, sy’n saith oed'] },
    // (was test/dp/context-rules.test.ts)
    { text: 'Congratulations to Ffion (7) from Ysgol Gymraeg Teilo Sant for her poem!', found: ['Ffion (7) from Ysgol'] },
    // An age in months (blind set: a baby on a children's ward).
    { name: 'an age in months', text: 'Congratulations to Jack, 20 months old, who went home from the ward today.', found: ['Jack, 20 months old'] },
    { name: 'Welsh: an age in months (mis oed)', text: "Llongyfarchiadau i Jac, sy'n 18 mis oed, sydd wedi mynd adref heddiw.", found: ["Jac, sy'n 18 mis oed"] },
    // Consent recorded for the image (blind drafts): a first name with the school is left as information.
    { name: 'consent recorded: a first name and school is information', text: `${CONSENT}Congratulations to Nia, a pupil at Ysgol Dyffryn Cerdin, who has won the award!`, errors: [{ severity: 'info' }] },
    { name: 'consent recorded, Welsh: a first name and school is information', text: `${CONSENT}Llongyfarchiadau i Nia, disgybl yn Ysgol Dyffryn Cerdin, sydd wedi ennill y wobr!`, errors: [{ severity: 'info' }] },
    { name: 'consent recorded: a full name is still an error', text: `${CONSENT}Congratulations to Nia Evans, a pupil at Ysgol Dyffryn Cerdin, who has won the award!`, errors: [{ severity: 'error' }] },
    { name: 'consent recorded: an age is still an error', text: `${CONSENT}Llongyfarchiadau i Nia (9) o Ysgol Dyffryn Cerdin am ennill y wobr!`, errors: [{ severity: 'error' }] },
    {
      name: 'masks the person and the detail in message and excerpt',
      text: 'Congratulations to Ffion (7) from Ysgol Gymraeg Teilo Sant for her poem!',
      errors: [{ message: expect.not.stringContaining('Ffion (7) from Ysgol'), excerpt: expect.not.stringContaining('Ffion (7) from Ysgol') }],
    },
    { text: 'Well done Tom, aged 9, of Year 4 at Model Primary School.', found: ['Tom, aged 9, of Year 4 at Model Primary School'] },
    { text: 'Well done to 10-year-old Osian on his win.', found: ['10-year-old Osian'] },
    { text: 'Zephyr (6) won the colouring competition.', found: ['Zephyr (6)'] },
    { text: 'Llongyfarchiadau i Cai, 7 oed, o Ysgol y Strade.', found: ['Cai, 7 oed, o Ysgol'] },
    { text: 'Da iawn Megan o Flwyddyn 6 yn Ysgol Bro Myrddin.', found: ['Megan o Flwyddyn 6 yn Ysgol'] },
    { text: 'Good luck to Rhys and Cerys from Ysgol Bro Dinefwr!', found: ['Rhys and Cerys from Ysgol'] },
    // A class named by its teacher, and a school's short name (CP, VC).
    { name: "a teacher's class (Mrs Davies' class) at a CP school", text: "Thank you to Evie and Mason from Mrs Davies' class at Ferryside CP for the letters!", found: ["Evie and Mason from Mrs Davies' class at Ferryside CP"] },
    { name: 'Welsh: dosbarth Mr …', text: 'Diolch i Guto o ddosbarth Mr Rowlands am y llun.', found: ['Guto o ddosbarth Mr Rowlands'] },
    // Year groups written short, and double-barrelled given names.
    { name: 'Yr 2 and a double-barrelled name', text: 'Congrats to Lily-Mae in yr 2 at Ysgol Swiss Valley who read 60 books!', found: ['Lily-Mae in yr 2 at Ysgol'] },
    { name: 'Y4', text: 'Amazing poster by Noah in Y4 – thank you!', found: ['Noah in Y4'] },
    // Posts written all in lower case.
    { name: 'lower case: well done <name> from reception class', text: "well done poppy from reception class at st mary's catholic primary for the card design!!", found: ['poppy from reception class'] },
    { name: 'Welsh, lower case: llongyfarchiadau i <name> o flwyddyn 2', text: "llongyfarchiadau i ffion o flwyddyn 2 ysgol cwmffrwd am ei llun o'r ddraig goch!", found: ['ffion o flwyddyn 2'] },
    // A councillor elsewhere with the same surname is another person, not this child.
    { name: 'Welsh: a shared surname is not the same person', text: 'Ymddiheurodd y Cynghorydd Alun Lloyd Jones.\n\nLlongyfarchiadau i Osian Jones, Ysgol Ciliau Parc, enillydd y gystadleuaeth.', found: ['Osian Jones, Ysgol'] },
    { name: 'a shared given name is not the same person', text: 'Thanks to our teacher Mrs Ffion Hughes. Well done Ffion Bowen from Year 4!', found: ['Ffion Bowen from Year 4'] },
    // A child's team is not the organisation's staff.
    { name: "a child's team is not staff", text: 'Megan from the Year 6 netball team at Ysgol y Dderwen scored the winner.', found: ['Megan from the Year 6 netball team at Ysgol'] },
    { name: "Welsh: a child's team is not staff", text: 'Da iawn Megan o dîm pêl-rwyd Blwyddyn 6 Ysgol y Dderwen!', found: ['Megan o dîm pêl-rwyd Blwyddyn 6 Ysgol'] },
    // A given name that is also a word, right after a birthday wish.
    { name: 'Welsh: a birthday wish to a name that is also a word (Elan)', text: 'Pen-blwydd hapus yn 6 oed i Elan o Gylch Meithrin Cwmann!', found: ['Elan o Gylch Meithrin'] },
    // Recent names from the ONS lists (ons-names.ts), not names.ts.
    { name: 'a recent given name (ONS list)', text: 'Kayleigh in Year 5 at Ysgol y Dderwen raised £200 for the food bank.', found: ['Kayleigh in Year 5 at Ysgol'] },
    { name: 'Welsh: a recent given name (ONS list)', text: 'Llongyfarchiadau i Nevaeh o Flwyddyn 3 yn Ysgol y Strade am ei cherdd!', found: ['Nevaeh o Flwyddyn 3 yn Ysgol'] },
    // A pupil is "from" or "at" the school, or welcomed to it to learn: not a visitor (Welsh corpus sweep).
    { name: "a pupil from the school chosen to speak elsewhere", text: 'Well done to Ffion from Ysgol y Strade, chosen to speak at the Senedd.', found: ['Ffion from Ysgol'] },
    { name: "Welsh: a pupil welcomed to the school 'i ddysgu' (to learn)", text: 'Croeso i Ffion i Ysgol y Strade i ddysgu gyda Blwyddyn 3.', found: ['Ffion i Ysgol y Strade i ddysgu gyda Blwyddyn 3'] },
  ],
  valid: [
    { name: "authors listed with an Oxford comma (real-text-blind326)", text: "Pupils from Ysgol yr Hendy took part in workshops with authors Siôn Tomos Owen, Eloise Williams, and Dr Ffion Jones." },
    { name: "Welsh: a school named for a poet, with his initial (real-text-blind314)", text: "Canodd Côr Ysgol Gynradd T. Llew Jones dan arweiniad Mrs Rhian Evans." },
    { name: "a school named for a person, with initials", text: "Pupils from Ysgol Gynradd T. Llew Jones sang at the concert." },
    { name: "Welsh: an adult who runs the after-school club (real-text-blind316)", text: "Un o’r bobl hyn oedd Rae Pritchard, sy’n cynnal y clwb ar ôl yr ysgol yn Ysgol Sant Dunawd." },
    { name: "an adult who runs the breakfast club", text: "Thanks to Rae Pritchard, who runs the breakfast club at Ysgol Sant Dunawd." },
    { name: "Welsh: a bus's time after 'yr', no year group (real-text-blind322)", text: "“Wedyn yr 8.40 i orsaf dân Bangor,” meddai Heather Williams o Lanllechid." },
    { name: "Welsh: the head of a department (real-text-blind323)", text: "Fe gafodd gwasanaeth ei drefnu yn Ysgol Uwchradd Pen-y-Dre gan bennaeth yr adran Gymraeg, Mark Morgan." },
    { name: "the head of a department", text: "The head of the English department, Mark Morgan, thanked Year 9 pupils." },
    { name: "Welsh: the national body of nurseries is no school (real-text-blind324)", text: "Cafodd y llyfr ei lansio yng nghwmni Mererid Hopwood, golygydd y gyfrol, i ddathlu 50 mlynedd Mudiad Meithrin." },
    { name: "the national body of nurseries is no school", text: "“This is great news for Mudiad Meithrin,” said Jeremy." },
    { name: "a council's cabinet member, by the council's possessive (real-text-blind324)", text: "The council’s cabinet member for education, Sarah Merry said the new building is an exciting addition to Ysgol Gymraeg Melin Gruffydd." },
    { name: "twins, no names (look-alike)", text: "The twins were born in 1990 and the family moved to Tenby." },
    { name: "the organiser thanked beside a school (real-text-blind313)", text: "Many thanks to Creigiau Primary School, and especially to Lesley Example for organising the event." },
    { name: "Welsh: the organiser thanked beside a school", text: "Diolch i Ysgol Gynradd Creigiau, ac yn enwedig i Lesley Example am drefnu’r diwrnod." },
    { name: "Welsh: a year at a line's end, \"oedd\" after it", text: "Daeth Josh Morgan i’r sioe yn 2012\noedd yn flwyddyn dda." },
    { name: "Welsh: an art school, an adult's training (real-text-blind297)", text: "Astudiodd Menna Angharad llysieueg cyn hyfforddi yn Ysgol Gelf Byam Shaw yn Llundain." },
    { name: "a school of art, an adult's training", text: "Menna Angharad trained at the Byam Shaw School of Art in London." },
    { name: "Welsh: a programme named after its presenter (real-text-blind301)", text: "Roedd Mr Drakeford wedi awgrymu y gallai rhai o ysgolion Cymru ail-agor i rai disgyblion, wrth siarad ar raglen Andrew Marr fore dydd Sul." },
    { name: "Welsh: named teachers listed beside \"the pupil\" (real-text-blind292)", text: "Mae’r ferch wedi’i chyhuddo o drywanu dwy athrawes a disgybl yn Ysgol Dyffryn Aman.\n\nRoedd Fiona Elias, Liz Hopkin a’r disgybl wedi mynd i’r ysbyty ar ôl y digwyddiad yn yr ysgol." },
    { name: "named teachers listed beside \"the pupil\"", text: "Fiona Elias, Liz Hopkin and the pupil were taken to hospital after the incident at the school." },
    { name: "Welsh: pupils of a school named without \"Ysgol\" (real-text-blind288)", text: "Mae wedi bod yn wych i ddisgyblion Bryn Tawe weithio gydag arlunwyr yn yr ysgol." },
    { name: "a school named without \"school\" before its pupils", text: "Bryn Tawe pupils worked with the artist at the school." },
    { name: "Welsh: a senior lecturer with pupils (real-text-blind288)", text: "Gweithiodd disgyblion yr ysgol gyda Gwen Beynon, uwch ddarlithydd yn adran Gelf y brifysgol, i greu murlun." },
    { name: "a senior lecturer with pupils", text: "Year 6 at the school worked with Gwen Beynon, senior lecturer in art at the university, on a mural." },
    { name: "Welsh: a coordinator of a school committee", text: "Heledd Clarke, cydlynydd Pwyllgor Cymreictod Ysgol y Strade, a drefnodd y diwrnod." },
    { name: "Welsh: a former deputy head, hyphen and space (real-text-blind288)", text: "Cafodd y gwaith ei gomisiynu gan bwyllgor o dan arweiniad Gwenno Huws, cyn- ddirprwy Ysgol Gymraeg Sant Baruc." },
    // A parent by a possessive before the kin word (real-text-blind281).
    { name: "a parent's possessive before 'daughter', the nursery after", text: "Stephanie Thomas’ daughter attends Little Sprouts Day Nursery, in Neath." },
    { name: "Welsh: 'merch Stephanie' before the nursery", text: "Mae merch Stephanie Jones yn mynd i Feithrinfa Little Sprouts yng Nghastell-nedd." },
    // The school bus's driver (drafts-blind76).
    { name: 'the school bus driver named beside the pupils', text: "After 30 years driving the school bus, our driver Alun Jones retires on Friday. Year 11 pupils at Ysgol Gyfun Enghraifft made him a big card." },
    { name: 'Welsh: the school bus driver named beside the pupils', text: "Ar ôl 30 mlynedd yn gyrru bws yr ysgol, mae ein gyrrwr Alun Jones yn ymddeol ddydd Gwener. Gwnaeth disgyblion Blwyddyn 11 Ysgol Gyfun Enghraifft gerdyn mawr iddo." },
    // A school's head cook (real-text-blind255).
    { name: "Welsh: 'y prif gogydd' before the name", text: "Mae’r prif gogydd, Lisa Roberts, a’i thîm yn coginio i blant Ysgol Gynradd Dinbych-y-pysgod." },
    { name: 'the head cook before the name', text: "The head cook, Lisa Roberts, cooks for the children of Tenby Primary School." },
    { name: "'being' and a number after no name", text: "The score being 9, we won the match." },
    { name: "Welsh: a named adult 'being' an age in an English aside", text: "Roedd y tîm yn hŷn (Ffion being 19) ac yn gryf." },
    { name: 'a parent who has one child at the school (real-text-blind244)', text: "Meleri Williams has one child at Ysgol Llangwyryfon, near Aberystwyth, and another she hopes will attend." },
    { name: 'Welsh: a parent with one child at the school', text: "Mae gan Meleri Williams un plentyn yn Ysgol Llangwyryfon." },
    { name: "Welsh: a building's age in 'mlwydd oed'", text: "Mae capel Ioan Downes yn 200 mlwydd oed." },
    { name: 'a score with a dash after a number', text: "The final score was Jones 2, 15 – 12 to the visitors." },
    { name: 'runs after surnames in a scorecard, the last ending the sentence', text: "Top scorers were Jones, 45, and Evans, 15." },
    { name: 'an adult son named, the age ending the sentence', text: "Mark was joined on the walk by his son Coel, 25." },
    { name: 'Welsh: an adult son named with his age', text: "Roedd Mark yno gyda’i fab Coel, 25 oed." },
    { name: 'Welsh: a captain named with an adult age ending the sentence', text: "Capten y tîm yw Dafydd, 35." },
    // A school crossing patrol; the head named after "of the school," (real-text-blind233).
    { name: "Welsh: 'Hebryngwr Croesfan Ysgol'", text: 'Mae Carol Example, Hebryngwr Croesfan Ysgol, wedi ymddeol wedi 35 mlynedd yn Ysgol Gynradd Pontrhondda.' },
    { name: "Welsh: 'pennaeth yr ysgol, Geraint …'", text: 'Dywedodd pennaeth yr ysgol, Geraint Example, fod disgyblion yn cael eu hannog i gerdded i’r ysgol.' },
    { name: "'the head of the school, Geraint …'", text: 'The head of the school, Geraint Example, said pupils are encouraged to walk to school.' },
    // An age at a time long past (real-text-blind223).
    { name: "'founded by … at 16 years old in 1960'", text: 'The club was founded by Layla Example at 16 years old in 1960.' },
    // One of a school's assistant heads, plural and mutated (real-text-blind226).
    { name: "Welsh: 'un o benaethiaid cynorthwyol Ysgol Gyfun …'", text: 'Roedd nifer o ysgolion wedi cyflwyno camau, fel y dywedodd Tracy Example, un o benaethiaid cynorthwyol Ysgol Gyfun Cwm Rhymni.' },
    { name: "one of a school's assistant heads", text: 'Several schools had acted, as Tracy Example, one of the assistant heads at Cwm Rhymni Comprehensive School, said.' },
    // A local resident beside teachers and pupils is a grown-up (real-text-blind209).
    { name: 'a local resident called on to unveil it', text: 'The Rev Geoffrey Example welcomed dignitaries, guests, teachers and pupils to the ceremony and called on local resident Alwyn Example to officially unveil the mosaic.' },
    { name: "Welsh: 'y trigolyn lleol'", text: 'Croesawodd y Parch Geoffrey Example athrawon a disgyblion i’r seremoni, a galwodd ar y trigolyn lleol Alwyn Example i ddadorchuddio’r mosaig.' },
    // A dog named past its kennel prefix, its age bare after a comma (real-text-blind188).
    { name: "a collie's kennel name and bare age", text: 'Jeff Example, 60, and his collie Tysswg Nell, six, from Tredegar won the trial.' },
    { name: "Welsh: a sheepdog's kennel name and bare age", text: "Mae Jeff Example, 60, a'i gi defaid Tysswg Nell, chwech, o Dredegar wedi ennill." },
    { name: "Welsh: educated at one school and then another", text: 'Mae Meinir Example, enillydd y Fedal, yn athrawes yn Ysgol Gynradd Llannefydd ers dwy flynedd.  Yn wreiddiol o Fetws yn Rhos, cafodd ei haddysg yn Ysgol Gynradd Betws yn Rhos ac yna yn Ysgol Uwchradd Y Creuddyn.' },
    { name: 'educated at one school and then another', text: 'Meinir Example is a teacher now. Born in Betws, she was educated at Ysgol Gynradd Betws and then at Ysgol Uwchradd Y Creuddyn.' },
    // Schooling told in the past (real-text-blind175).
    { name: "Welsh: 'cafodd ei haddysg yn Ysgol …'", text: 'Mae Meinir Example yn athrawes ers dwy flynedd. Yn wreiddiol o Fetws yn Rhos, cafodd ei haddysg yn Ysgol Gynradd Betws yn Rhos.' },
    { name: "'was educated at Ysgol …'", text: 'Meinir Example was educated at Ysgol Gynradd Betws.' },
    // Animals up for rehoming, a group's age, an age limit, a breed after the age (real-text-blind162).
    { name: 'Welsh: cats named with ages, looking for a new home', text: 'Yng nghanolfan yr RSPCA mae cathod yn aros. Mae Lula, wyth oed, Nala, tair oed, a Boo, 10 mis oed, i gyd yn chwilio am gartref newydd.' },
    { name: "a group's age limit after a dog's name", text: 'Buddy is a five-year-old Jack Russell Terrier. He could live with children aged 11 and above.' },
    { name: "Welsh: a group's age limit after a dog's name", text: 'Gall Buddy fyw gyda phlant 11 oed a hŷn. Mae Buddy yn ddaeargi pum mlwydd oed.' },
    { name: 'a breed after the age', text: 'Joining rescue dogs Coffee a six-month-old Shih Tzu and Hercules a five-year-old Terrier was Shane Example.' },
    // A role held at a body named in apposition, a setting's assistant (real-text-blind143, -153).
    { name: "a deputy head after the school's possessive", text: "Rhian Example, Ysgol Maes y Gwendraeth's deputy headteacher, spoke to pupils at the school." },
    { name: "a head after a high school's possessive", text: "Rhian Example, Example High School's headteacher, thanked the pupils." },
    { name: "Welsh: a nursery's assistant by her title", text: 'Cynorthwyydd, Siân Example – Cylch Meithrin Pontrhydfendigaid' },
    { name: "a nursery assistant by her title", text: 'Nursery assistant Siân Example, Cylch Meithrin Example, won the award.' },
    { name: "Welsh: a union's general secretary speaking of pupils", text: 'Dywed Laura Example, ysgrifennydd cyffredinol undeb NAHT Cymru, y bydd hi’n anodd.\n“Mae’r canlyniadau mae disgyblion yn eu derbyn heddiw yn basbort,” meddai.' },
    { name: "a union's general secretary speaking of pupils", text: 'Laura Example, general secretary of the NAHT Cymru union, said it would be hard.\n“The results pupils receive today are a passport,” she said.' },
    // A title found with the name, apprentices and their employers at a nursery (real-text-blind124).
    { name: "a nursery's director by title", text: 'At Highgate Day Nursery in Morriston, Director Jane Example was joined by the pre-school children.' },
    { name: 'an apprentice and her employer at an academy', text: "Roving reporter Claire Example visited apprentices. At the college’s Hair Academy, Claire met apprentice Matthew Example and his employer, salon owner Mary Example." },
    { name: 'Welsh: an apprentice at a nursery', text: 'Yn Feithrinfa Ddydd Highgate, ymunodd y prentis Chloe Example â’r plant.' },
    // A head by the older Welsh title, researchers of a university's schools, an age in a year long ago (real-text-blind110, -114, -116).
    { name: "Welsh: 'Prifathro' before the school's name", text: 'Dywedodd Prifathro Ysgol Gyfun Ystalyfera, Matthew Example: "Fel ysgol yr ydym wedi gweld gwerth y swyddog rygbi."' },
    { name: "Welsh: a university's school after a comma", text: 'Llongyfarchiadau i Daniel Example o Ysgol Peirianneg Electronig, Prifysgol Bangor.' },
    { name: "Welsh: a university's school 'ym Mhrifysgol'", text: 'Da iawn Kathy Example, myfyrwraig PhD Ysgol y Gyfraith ym Mhrifysgol Caerdydd.' },
    { name: 'Welsh: an age in a year long ago', text: 'Ymunodd Trefor Example â’r GIG ym 1972 yn 17 oed, gan ddechrau ei yrfa fel clerc ffeilio.' },
    { name: 'an age in a year long ago', text: 'Trefor Example joined the NHS in 1972 aged 17, starting as a filing clerk.' },
    // An animal's age, the noun before it (Welsh order) and the name after (real-text-blind105).
    { name: "Welsh: a sheepdog's age before her name", text: "Ar ôl cystadlu gyda'i ast bedair oed Meg, dywedodd Medwyn ei fod yn hapus." },
    { name: "a dog's age before her name", text: 'After competing with his dog aged four, Meg, Medwyn said he was pleased.' },
    // An age said to "you": the reader or the one spoken to, no one named (real-text-blind109).
    { name: "Welsh: a court chair's 'if you were 16'", text: 'Fe ddywedodd cadeirydd y llys, Malcolm Example wrth y bachgen: "Petaech chi\'n 16 oed neu hŷn, fe fyddech chi wedi mynd i\'r carchar."' },
    { name: "'if you are 16 or over'", text: 'Tom Example, the returning officer, said: "If you are 16 or over you can vote."' },
    // A body's capitalised title after its name's possessive, a charity's trustee, one role over a
    // list of names (real-text-blind95; the tuned set's 'Sêr y Silffoedd').
    { name: "a nursery's leader by its title", text: 'Cylch Meithrin Cwmbrân’s Leader, Jodi Example, said: “Welcome.”' },
    { name: "Welsh: a nursery's trustee", text: 'Dywedodd Sara Example, un o ymddiriedolwyr Cylch Meithrin Aberhonddu: “Mae’n wych.”' },
    { name: "Welsh: authors listed after one role", text: "Cymerodd disgyblion o Ysgol y Model ran mewn gweithdai gyda'r awduron Siôn Example, Eloise Example a Dr Ffion Example." },
    // A university's school and its professors (real-text-blind93).
    { name: "Welsh: professors at a university's school", text: 'Rhwng yr Athrawon Duncan Example, Christopher Example a Christopher Example yn Ysgol Meddygaeth Prifysgol Caerdydd.' },
    { name: "a researcher at a university's school", text: 'Congratulations to Christopher Example of Cardiff University School of Medicine.' },
    // A chief executive by the Welsh title, a setting's new leader who is a mother of two (real-text-blind89).
    { name: "Welsh: a chief executive before the name", text: '“Rydyn ni’n falch,” meddai Prif Weithredwr Mudiad Meithrin, Gwenllian Example.' },
    { name: "Welsh: a setting's new leader, a mother of two", text: 'Jemma Example yw arweinydd newydd Cylch Meithrin Ysgol Pentrecelyn. Mae’n fam i ddau o blant.' },
    { name: "a setting's new manager, a mother of two", text: 'Jemma Example is the new manager of Cylch Meithrin Ysgol Pentrecelyn and a mother of two.' },
    { name: "Welsh: a fronted age of a building", text: '16 oed oedd yr adeilad pan agorodd Siop Example.' },
    { name: 'a fronted age of a building', text: 'The building was 16 years old when Example Stores opened.' },
    // Grown-ups at the school: a grandmother who works there, a head acting as head of another, a
    // driver whose age is given later (real-text-blind79, -80, -84).
    { name: "Welsh: a grandmother who works at the school", text: "Cafodd nain Gillian Example ei geni yn Nant-y-glo ac mae'n gweithio yn Ysgol Gymraeg Bro Helyg." },
    { name: 'a grandmother who works at the school', text: 'Grandmother Gillian Example was born in Nantyglo and works at Ysgol Gymraeg Bro Helyg.' },
    { name: "Welsh: a head acting as head of another school", text: 'Fe fydd Emyr Example yn gweithredu fel pennaeth dros dro Ysgol Uwchradd Bodedern.' },
    { name: 'a head acting as head of another school', text: 'Emyr Example will be acting as head of Ysgol Uwchradd Bodedern.' },
    { name: "Welsh: a driver named by the school, his age given later", text: "Cafodd pump o blant eu hanafu pan drodd car Robert Example ar ei do y tu allan i Ysgol Gynradd Y Rhws. Mae Mr Example, 62 oed o Ffontygari, yn gwadu'r cyhuddiad." },
    { name: 'a driver named by the school, his age given later', text: "Five children were hurt when Robert Example's car overturned outside Ysgol Gynradd Y Rhws. Mr Example, 62, of Fonmon, denies the charge." },
    { name: "Welsh: a presenter talking with the school's head", text: 'Bu Garry Example yn sgwrsio â Phennaeth Ysgol Rhosybol, Gwenan Example.' },
    // Adults at or beside a school (real-text-blind56, 57): former pupils, a professor, a husband, a council member with the rest.
    'Cafodd y dosbarth ei enwi ar ôl Rhodri Example. Mae ei wyrion a wyres yn gyn-ddisgyblion yn Ysgol Mynydd Bychan.',
    'The class is named after Rhodri Example. His grandchildren are former pupils of Ysgol Mynydd Bychan.',
    'Professor Colin Example from the University’s School of Medicine led the trial.',
    'Mae’r disgyblion a’r staff yn falch fod Emyr, gŵr Anti Yvonne, yn gwella ar ôl ei ddamwain.',
    'Mae Rhiannon Example ac aelodau eraill o’r Cyngor yn bwriadu ymweld ag Ysgol Carrog.',
    'Rhiannon Example and other members of the council will visit Ysgol Carrog.',
    // A working adult introduced by their trade, giving to a school (real-text-blind52).
    "Braf oedd clywed am haelioni ffermwr lleol o'r enw Robin Example yn rhoi hanner acer o dir i Ysgol Felinwnda.",
    'It was good to hear of a local farmer called Robin Example giving half an acre to Ysgol Felinwnda.',
    // The relative himself, with his own role, is an adult.
    'Louis, Thomas’s dad, is head of operations with the Foundation and a governor at Example High School.',
    'Mae Huw, tad Tomos, yn llywodraethwr yn Ysgol Gyfun Example.',
    'The bus stops at Dale Road, 15 minutes from town.',
    'Jade Example, 35, from Cardiff, won the award.',
    "Mae'r bws yn stopio yn Holly Close, 12 munud o'r dref.",
    // An age before a full stop is not the age of the name after it; the units of a larger number are no age (drafts-blind31, real-text-blind35).
    "Mae'r rhan fwyaf yn blant dros bump oed. Dywedodd Sioned Example, Pennaeth Gwasanaethau Plant y cyngor: “Mae croeso i bawb.”",
    "Most are children over five. Sioned Example, the council's Head of Children's Services, said: “Everyone is welcome.”",
    'Twenty-three year old Dale Example from Aberdare is studying horticulture.',
    'Thirty three year old Tom Example from Aberdare is studying horticulture.',
    { name: "a building's age said by a named person", text: 'Olivia Finch said the building was just two years old.' },
    { name: "Welsh: a building's age said by a named person", text: 'Dywedodd Olivia Finch fod yr adeilad yn ddwy oed.' },
    // A vicar, and a bus company named for a family (real-text-blind28).
    { name: 'Welsh: the vicar thanked, beside a school', text: "Hoffwn ddiolch i'r parchedig Christopher Brown am adael i ni ddefnyddio'r eglwys, ac i Ysgol Wdig am y canu." },
    { name: 'a bus company named for a family, to a high school', text: 'The bus service from Morris Travel from Llangunnor to Queen Elizabeth High School will change.' },
    { name: 'Welsh: a named mother, then "ei dau blentyn" at a Cylch Meithrin', text: "Doedd neb yn siarad Cymraeg yn nheulu Sophie Edwards o Brestatyn. Aeth ei dau blentyn i Gylch Meithrin ac yna i ysgol Gymraeg." },
    { name: 'a named mother, then "her son" at a school', text: 'Nobody spoke Welsh in Sophie Edwards’s family. Her son went to Ysgol Glan Clwyd.' },
    // Names in a list under one plural title are councillors, however close to a school word (real-text-blind21).
    'Cllrs Antony Example and Terry Davies made strong arguments against the change to Ysgol Llangennech’s status.',
    'Siaradodd y Cynghorwyr Sian Example a Huw Owen yn erbyn newid statws Ysgol Llangennech.',
    // "bl" not before a number, and a number not after "Bl".
    'The school bl og is live: read about Year 6 trips.',
    // A grown-up son, and "who is now" an adult's age.
    'Their son, Will, 36, runs the farm now.',
    'Ein mab, Will, 34, sy’n rhedeg y fferm erbyn hyn.',
    'Our chair, Gwenno Evans, who is now 45, opened the fair.',
    // VC (a vice-chair) is no voluntary-controlled school without a school word beside it (real-text-blind19).
    { name: 'a vice-chair written VC', text: 'In Cathays, our National Chair Cerith Jones will stand alongside our National VC Emyr Gruffydd and Andrew Pearce.' },
    // A member of a parliament visiting a school, named again by first name (drafts-blind15).
    { name: "Welsh: an MS visiting a school, named again by first name", text: "Croeso i Non Griffiths AS, a ymwelodd ag Ysgol Gynradd Maes y Llan heddiw. Mae Non wedi bod yn hyrwyddwr arbennig i'n hysgolion!" },
    { name: 'an MS visiting a school, named again by first name', text: 'A warm welcome to Non Griffiths MS, who visited Ysgol Gynradd Maes y Llan today. Non has been a fantastic champion for our schools!' },
    { name: "Welsh: a school named as an adult's post beside another adult (real-text-blind18)", text: 'Fel dywedodd Catherine, bu John yn brif-athro yr Ysgol Gynradd yn Nhregaron am flynyddoedd.' },
    { name: "a school named as the headteacher's", text: 'As Sian said, John was headteacher of the Primary School in Tregaron for many years.' },
    { name: 'a bilingual reply greeting its correspondent twice, beside a school (drafts-blind14)', text: "---\nin-reply-to: { language: cy }\n---\nHelo Huw, bydd disgyblion Blwyddyn 7 o Ysgol Gyfun Bro Enghraifft yn cael cludiant am ddim.\n\nHi Huw, Year 7 pupils at Ysgol Gyfun Bro Enghraifft will get free transport." },
    { name: 'a distance, not a form group, with no school in the post', text: 'Alex ran the course in 7M flat on Saturday.' },
    { name: 'a teacher with her form group', text: 'Year 7 news: Mrs Sian Evans in 7E has planted a garden with her form.' },
    { name: 'Welsh: a form group with no name', text: 'Bydd disgyblion o 9R yn canu yn y gwasanaeth ysgol bore fory.' },
    // A performer named beside pupils (real-text-blind15): the role makes him an adult, in Welsh after an adjective.
    { name: 'Welsh: the local singer and pupils of a school', text: "Cawsant eu diddanu gan y canwr lleol Alan Thomas a disgyblion o Ysgol Gynradd Ffairfach." },
    { name: 'a local singer and pupils of a school', text: 'They were entertained by local singer Alan Thomas and pupils from Ysgol Gynradd Ffairfach.' },
    // The person a reply greets wrote to the council (drafts-blind8): a school nearby does not make them a pupil.
    { name: 'a reply greeting its correspondent beside a school', text: '---\nin-reply-to: { language: en }\n---\nHi Huw, the new school parking restrictions on Ffordd Ann Griffiths, outside Ysgol Gynradd Llanfihangel, start on Monday.' },
    { name: 'Welsh: a reply greeting its correspondent beside a school', text: '@huw_j Helo Huw, bydd y cyfyngiadau parcio newydd tu allan i Ysgol Gynradd Llanfihangel yn dechrau ddydd Llun.' },
    { name: 'who is one of our volunteers (not an age)', text: 'Mrs Evans, who is one of our volunteers, cut the ribbon.' },
    { name: 'who is 45 (an adult)', text: 'Tom, who is 45 and lives in Whitchurch, won the raffle.' },
    { name: "Welsh: an adult's age after sy’n", text: 'Enillodd Huw Example, sy’n 52 oed, y raffl.' },
    'The lease runs for 20 months and the trial for 6 months.',
    'Mae’r gwasanaeth ar gyfer babanod 6 mis oed a hŷn.',
    // (was test/dp/context-rules.test.ts)
    'Headteacher Mrs Evans of Ysgol Bro Myrddin welcomed the minister.',
    'Sian Evans, our teacher at Ysgol y Strade, retires.',
    'Happy 100th birthday to Mrs Jones (100) of Llanelli!',
    'Sian Evans (45) of Llanelli won the raffle.',
    'Ysgol Dewi Sant is closed today because of snow.',
    'School buses run as normal; Year 2026 was a good one.',
    'Mae Joe Allen yn gyn-ddisgybl o Ysgol y Preseli.',
    // Staff of the organisation visiting a school, and adults named again by their given name.
    { name: 'staff from our team visiting a class', text: 'Eleri from our Education team visited Year 4 at Ysgol Bro Banw to talk about recycling.' },
    { name: "Welsh: staff from the council's team", text: "Bu Eleri o dîm Addysg y Cyngor yn ymweld â Blwyddyn 4 yn Ysgol Bro Banw." },
    { name: 'Welsh: staff from our team (o’n tîm)', text: "Bu Gareth o'n tîm ailgylchu yn siarad â disgyblion Ysgol y Dderwen." },
    { name: 'a role before the full name holds for a later mention', text: 'Our headteacher Paul Mears welcomed the Mayor to Ysgol y Dderwen. Paul then showed Year 6 the garden.' },
    { name: 'an adult with a title, thanked by given name', text: 'Our lollipop lady Mrs Jean Harries retires after 25 years outside Ysgol y Castell – thank you Jean!' },
    { name: 'Welsh: an adult with a title, thanked by given name', text: 'Mae Mr Alun Rees yn gadael Ysgol Llanllwni ar ôl 30 mlynedd – diolch Alun!' },
    { name: 'Welsh ordinals after "yr" are not year groups', text: 'Mae Siân yn dathlu ei phen-blwydd yr 2il o Fai yn y llyfrgell.' },
    // ONS given names that are also words or towns, used as such.
    { name: 'a season that is also a name, at a sentence start', text: 'Autumn term starts for Year 5 at Ysgol y Dderwen on Monday.' },
    { name: 'a town that is also a name', text: 'Year 4 at Ysgol y Dderwen loved the trip to Chester Zoo.' },
    { name: 'Welsh: a town that is also a name', text: 'Aeth Blwyddyn 6 Ysgol y Strade i Chester ddydd Llun.' },
    // Real Welsh sentences (techiaith corpus): a capitalised Welsh word before an age is no name,
    // and a name credited with a work for pupils is its author.
    { name: 'Welsh: a capitalised common noun before an age', text: 'Hogyn deg oed oeddwn, ac yn ddieithr yn yr ardal.' },
    { name: 'Welsh: a practice begun at six', text: 'Dechreuodd ymarfer Myfyrdod Trosgynnol yn chwech oed.' },
    // An adult who shows pupils' work at an event (real-text-blind10).
    { name: 'an artist hosting a display of pupils’ work', text: 'On March 5 artist Nina Morgan will host a display from Ysgol Dewi Sant pupils at the library.' },
    { name: 'Welsh: an artist hosting a display of pupils’ work', text: 'Ar 5 Mawrth bydd yr arlunydd Nina Morgan yn cynnal arddangosfa gan ddisgyblion Ysgol Dewi Sant.' },
    { name: 'Welsh: a play for pupils by its author', text: 'Drama ar gyfer disgyblion oedran uwchradd gan Bedwyr Rees yw Waliau.' },
    { name: "a photograph's credit after a school story", text: 'Pupils from Ysgol y Dderwen at the awards evening (Image: Huw Example)' },
    { name: "Welsh: a photograph's credit", text: 'Disgyblion Ysgol y Dderwen yn y seremoni. Llun: Huw Example' },
    { name: 'a reading for pupils by its author', text: 'A new picture book for primary pupils by Sian Evans is in the library.' },
    { name: "Welsh: an adult's age in the past said of a pronoun", text: 'Mae Mr Jones yn byw yma ers 1990 - a dim ond deg oed oedd e bryd hynny.' },
    { name: "an adult's age said of a pronoun", text: 'Thanks to our volunteer Mr Jones. He is 75 and still going strong.' },
    // "is N" with no name right before it, or an adult's.
    { name: 'a score after someone named in the sentence before', text: 'Thanks to Sian. The score is 13 and rising.' },
    { name: "an adult's age after 'is'", text: 'Mr Jones is 75 and still swims every morning.' },
    { name: "Welsh: a score after someone named in the sentence before", text: 'Diolch i Siân. Mae’r sgôr yn 13 ac yn codi.' },
    // An animal's age, with its name (real-text-blind33).
    { name: "a dog's age before its breed and name", text: 'The oldest amongst them is 14-year-old Jack Russell Terrier, Cindy, who is looking for a retirement home.' },
    { name: "a dog's age after its name", text: 'Cindy, a 9-year-old collie, needs a quiet home.' },
    { name: "Welsh: a terrier's age after its breed, the kind before it (drafts-blind43)", text: "Yr hynaf yw daeargi Jack Russell 14 oed o'r enw Cindy." },
    { name: 'a breed after the kind, then its age', text: 'The oldest is a terrier Jack Russell 14 years old called Cindy.' },
    { name: "Welsh: a dog's age after its name", text: 'Mae Cindy, ci 9 oed, angen cartref newydd tawel.' },
    // An age in the past tense with a year long enough ago: an adult now.
    { name: 'an adult who was 12 when the pool opened in 1980', text: 'Gwen Example was 12 years old when the pool opened in 1980 and still swims there every week.', date: '2026-06-01' },
    { name: 'Welsh: roedd … yn 12 oed pan agorodd y pwll yn 1980', text: "Roedd Gwen Example yn 12 oed pan agorodd y pwll yn 1980, ac mae hi'n dal i nofio yno bob wythnos.", date: '2026-06-01' },
    // A film's certificate after its title, on a cinema's account (accounts-blind11).
    { name: "Welsh: 'Bl. 1 a 2' with a school's name and no pupil", text: 'Parti Unsain Bl. 1 a 2: Ysgol Example, Tregaron.' },
    { name: "'Yr. 5 and 6' with a school's name and no pupil", text: 'Unison Yr. 5 and 6: Ysgol Example, Tregaron.' },
    // A count of classes after an everyday word, and a school named for a knight (real-text-blind46, real-text-blind47).
    { name: 'a count of classes after an everyday word', text: 'Young handlers at the show. Classes: Dairy Cattle (9), Beef Cattle (12).' },
    { name: 'Welsh: a count of classes after an everyday word', text: 'Trinwyr ifanc yn y sioe. Dosbarthiadau: Dairy Cattle (9), Beef Cattle (12).' },
    { name: "Welsh: a school named for a knight ('Syr Hugh Owen')", text: 'Yng Ngwynedd roedd pedair ysgol ar gau gan gynnwys yr ysgolion uwchradd Syr Hugh Owen, Caernarfon ac Ysgol Tryfan, Bangor.' },
    { name: "a school named for a knight ('Syr Hugh Owen')", text: 'Four schools were closed, among them Ysgol Syr Hugh Owen, Caernarfon and Ysgol Tryfan, Bangor.' },
    { name: "a film's certificate after its title", text: 'Community Cinema every Friday night. This week: The Damned United (15).' },
    { name: 'an adult’s bracketed age after a role', text: 'Anna Example – Head of Year (45) led the session.' },
    // A parent speaking of her children before the school words: they are the pupils (real-text-blind64).
    { name: 'Welsh: a parent of pupils, the children unnamed', text: "Dywedodd Aranwen Manzini-Hughes fod ei mab 14 oed a'i merch 11 oed ymhlith deg disgybl a gafodd eu heffeithio ar y ffordd i Ysgol y Gader." },
    { name: 'a parent of pupils, the children unnamed', text: 'Aranwen Manzini-Hughes said her 14-year-old son and daughter aged 11 were among ten pupils affected on the way to Ysgol y Gader.' },
    { name: 'a number word after a name that is no age', text: 'We welcomed Sian Example, one of our volunteers, and Tom.' },
    { name: 'Welsh: number words in a list of places', text: 'Sgoriodd Caerdydd, dau, ac Abertawe, pedwar, yn y gêm.' },
    // An adult's role with a word of standing and where they are from before the name (real-text-blind70).
    { name: "Welsh: a leading artist beside pupils", text: 'Ymunodd plant o Ysgol Gynradd Amlwch ag Archifau Môn ac artist blaenllaw o Ogledd Cymru, Sian Example, i olrhain bywydau dau deulu.' },
    { name: 'a leading artist beside pupils', text: 'Pupils from Amlwch Primary School joined the archive and a leading artist from North Wales, Sian Example, to trace two families.' },
    // A campaigner recalling her own schooling (real-text-blind68).
    { name: 'a campaigner recalling her school', text: 'The panel was chaired by Emily Example – a campaigner raised in Grangetown. She said: “My mum sent me to Ysgol Pwll Coch first and then Plasmawr.”' },
    { name: "Welsh: a campaigner recalling her school", text: "Cadeiriwyd y panel gan Emily Example, ymgyrchydd a fagwyd yn Grangetown. Dywedodd hi: “Aeth fy mam â fi i Ysgol Pwll Coch ac yna i Plasmawr.”" },
    // A grown-up's age right after the name: no pupil beside school words (real-text-blind64).
    { name: "an adult's age after the name, pupils in the sentence", text: "Gwen Example, 68, claims that the only answer to pupils' bad behaviour is an adult attendant on the bus." },
    { name: "Welsh: an adult's age after the name, pupils in the sentence", text: "Mae Gwen Example, 68 oed, yn dweud mai'r unig ateb i ymddygiad disgyblion yw gofalwr ar y bws." },
    { name: "Welsh: an organisation's age in 'mlwydd oed'", text: "Mae'r ysgol yn dathlu ei phen-blwydd yn ddeng mlwydd oed eleni." },
    { name: 'a kin word after an age and no name', text: 'She shares the room with her 14-month-old son and his toys.' },
    { name: "Welsh: a scheme six months old", text: "Mae'r cynllun yn chwe mis oed erbyn hyn." },
    { name: "a league table's counts before 'who'", text: 'The team, 14, who played today, won; Cardiff, 14, Swansea, 12.' },
    { name: "Welsh: a group's count before 'sy'n'", text: "Mae'r tîm, 14, sy'n chwarae heddiw, yn barod." },
    { name: "Welsh: a walk 10 miles long", text: "Mae'r daith sy'n 10 milltir yn dechrau am 9." },
    { name: 'a team and its points before a verb', text: 'Ospreys, 14, beats Scarlets, 12, and Llanelli, 14, wins the cup.' },
    { name: 'an everyday word after an age', text: 'Our 10 year old Christmas tree is up, and the 14-year-old Labrador needs a home.' },
    { name: "Welsh: a place after an age", text: "Mae'r ŵyl 9 oed Aberteifi yn ôl eto eleni." },
    { name: 'Welsh: a kin word before an age and a title', text: "Mae'n rhannu'r ystafell gyda'i mab 14 mis oed, Mr Example." },
    { name: 'Welsh: a distance in brackets after a role', text: 'Anna Example – Arweinydd y Daith (12 milltir) sy’n arwain.' },
    { name: "Welsh: a film's certificate after its title", text: 'Sinema Gymunedol bob nos Wener. Yr wythnos hon: The Damned United (15).' },
    // A school named for a person: the name is the school's, not a pupil's.
    { name: 'a school named for a person, with pupils’ ages', text: 'Pupils from John Frost High School, aged 11 to 16, took part in the clean-up.' },
    { name: 'Welsh: a school named for a person, with pupils’ ages', text: "Bu disgyblion John Frost High School, 11 i 16 oed, yn helpu gyda'r glanhau." },
    // A visitor who came to the school to speak, read or perform is no pupil (Welsh corpus sweep).
    { name: 'a visitor who came to the school to talk', text: 'Thank you to Ffion for coming to Ysgol y Strade to talk to Year 6 about her work.' },
    { name: 'Welsh: a visitor invited to the school to speak', text: "Rwy'n cofio gwahodd Gwynfor i Ysgol Ramadeg y Merched, Caerfyrddin, i siarad â'r disgyblion." },
    { name: 'Welsh: a visitor who came to the school to talk', text: 'Diolch i Ffion am ddod i Ysgol y Strade i siarad â Blwyddyn 6.' },
    { name: 'a visitor to the school to read', text: 'Ffion visited the school to read to Reception.' },
    ...CONTEXT_LOOKALIKES,
  ],
});
