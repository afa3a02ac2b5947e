/**
 * Attributable quotes of members of the public need a permission recorded in front matter
 * `quotes:`; councillors, officers and organisations do not.
 */
import { expect } from 'vitest';
import { ruleTester } from '../../support/rule-tester.js';

const withQuotes = (quotes: string, body: string) => `---\nquotes:\n${quotes}---\n${body}\n`;
const PERMISSIONS = '  - author: "@sian_123"\n    permission: "DM 2026-11-01"\n  - author: "Megan Evans"\n    permission: "e-mail 2026-10-30"\n';

ruleTester('dp/unconsented-quote', {
  invalid: [
    { name: "Welsh: a bare 'meddai' on a radio programme points back (real-text-blind325)", text: "Roedd Rhodri Williams yn gweld y paneli. “Mae llawer o baneli solar,” meddai ar raglen Dros Frecwast.", found: ["Rhodri Williams"] },
    { name: "a pronoun's quote on a radio station points back", text: "Rhodri Williams saw the panels. “There are many solar panels,” he said on BBC Radio Wales.", found: ["Rhodri Williams"] },
    { name: "Welsh: 'medden nhw' points back to two people named together (real-text-blind327)", text: "Yr ymgyrchwyr yw Glyn a Hafwen Thomas o Badog. “Achosodd nam trydanol dân,” medden nhw mewn datganiad.", found: ["Hafwen Thomas"] },
    { name: "Welsh: a father's place among the managers is not the speaker's", text: "Dywedodd Stuart Thompson, a’i dad yn un o reolwyr yr RNLI: “Mae’n haf prysur.”", found: ["Stuart Thompson"] },
    { name: "a relative's role after the name is not theirs (real-text-blind314)", text: "'The chapel was built for 800,' said Richard Hefin Williams, whose father was a vicar.", found: ["Richard Hefin Williams"] },
    { name: "Welsh: a wife's role after the name is not his", text: "“Mae’n drist,” meddai Huw Jones, a’i wraig yn ficer yn y plwyf.", found: ["Huw Jones"] },
    { name: "a verb like a publisher's word is no body (look-alike of 'Press')", text: "“The road is dangerous,” said Sian Jones, who pressed the button.", found: ["Sian Jones"] },
    { name: "a member of the public after a body's name ends the previous sentence", text: "Dywed Steffan Evans o Sefydliad Bevan fod yr argyfwng wedi “cyrraedd y penawdau”.\n\nDywedodd Siân Example, sy’n byw yn y dref: “Mae’n anodd.”", found: ["Siân Example"] },
    { name: "a role far before the name, no speech verb before it", text: "The head teacher thanked everyone who came along to the fair on Saturday, Sian Jones, who said: “It was a lovely day.”", found: ["Sian Jones"] },
    { name: "Welsh: working in an unnamed shop is no body's team", text: "Dywedodd Dai Example, sy’n gweithio mewn siop yn y dref: “Mae’n wych.”", found: ["Dai Example"] },
    { name: "Welsh: working beside someone as a volunteer (real-text-blind76)", text: "Ychwanegodd David Example, sy’n gweithio gyda Mike fel gwirfoddolwr Amgueddfa Gwefr heb Wifrau: “Roedd y sgwrs yn ddifyr.”", found: ["David Example"] },
    { name: "one of the crowd is no member of a team", text: "“It is great,” said Elan Example, who is part of the crowd every year.", found: ["Elan Example"] },
    { name: "Welsh: a given name alone, named before as a club member, not by a job title", text: "Bu Manon Example, o Glwb Ffermwyr Ifanc Rhosybol, yn cystadlu neithiwr.\n\n“Doedd neb o’n nghlwb i eisiau cystadlu efo fi,” meddai Manon.", found: ["Manon"] },
    { name: "Welsh: a given name alone, named before with a place only", text: "Daeth Huw Example, Aberystwyth, i’r cyfarfod.\n\n“Roedd yn stori gadarnhaol,” meddai Huw.", found: ["Huw"] },
    { name: "Welsh: a name without its circumflex, named before with no role", text: "Daeth Siân Example o Gaernarfon i’r cyfarfod.\n\nDywedodd Sian Example: “Nid dyma ddiwedd y mater.”", found: ["Sian Example"] },
    { name: "Welsh: the northern spoken \"medda\" (real-text-blind300)", text: "“Dyma’r sioe orau eto,” medda Picton Example, sydd wedi arddangos ers 1947.", found: ["Picton Example"] },
    { name: "Welsh: a runner in the race is no candidate", text: "Dywedodd Sandra Example, a redodd yn y ras: “Roedd yn galed.”", found: ["Sandra Example"] },
    { name: "a street named for the country is no body", text: "Ian Example, of Welsh Street, said: “Levels are low.”", found: ["Ian Example"] },
    { name: "Welsh: a local volunteer is no member of a legislature", text: "Roedd y gwirfoddolwr lleol Siân Example yn falch o fod yno. “Mae’n brosiect gwych,” meddai.", found: ["Siân Example"] },
    { name: "Welsh: the quote starts the next paragraph, no role", text: "Meddai Robert Example:\n\n“Mae hyn yn newyddion da i’r ganolfan.”", found: ["Robert Example"] },
    { name: "an event word in a relative clause is no body to speak for", text: "Jo Bloggs, who attended the forum, said: “It was useful.”", found: ["Jo Bloggs"] },
    { name: "a quote after \"recounts\" (real-text-blind285)", text: "The find left Chris Example, 47, exhilarated as he recounts, “It was a whopping signal.”", found: ["Chris Example"] },
    { name: 'a former union official is a member of the public', text: "“It was awful,” said ex-union official Margaret Phelan.", found: ['Margaret Phelan'] },
    { name: "a place after 'of', no body's possessive, is a member of the public's", text: "“It was great,” said Sian Jones of Llanelli.", found: ['Sian Jones'] },
    { name: "a place with an apposition that names no body", text: "“It was good,” said Gareth Jones from Llanelli, the team captain’s father.", found: ['Gareth Jones'] },
    { name: "Welsh: a place with an apposition that names no body", text: "“Roedd yn dda,” meddai Gareth Jones o Lanelli, y dref lle cafodd ei fagu.", found: ['Gareth Jones'] },
    { name: 'a retired police officer is a member of the public', text: "“It was awful,” said retired police officer Margaret Phelan.", found: ['Margaret Phelan'] },
    { name: 'a former council officer is a member of the public', text: "“It was awful,” said former council officer Margaret Phelan.", found: ['Margaret Phelan'] },
    { name: "Welsh: responsible for one's own children is no post", text: "“Fe wnaethon ni ddechrau,” meddai Greg Woods, sy’n gyfrifol am ei blant ei hun.", found: ['Greg Woods'] },
    { name: "Welsh: a winner's title before 'wrth' is no post", text: "“Roedd yn wych,” meddai Mirain Brady, Enillydd y Ras wrth golwg360.", found: ['Mirain Brady'] },
    { name: 'Welsh: a name of Welsh words that is a given name and surname', text: "“Mae’n bwysig,” meddai Heulwen Haf.", found: ['Heulwen Haf'] },
    { name: "an MP's constituent is a member of the public", text: "Jo Jones, the MP’s constituent, said: “I am angry.”", found: ['Jo Jones'] },
    { name: "Welsh: a winner's title with a rank is no post", text: "Dywedodd Chris Jones, Prif Enillydd y Ras: “Rydym yn falch.”", found: ['Chris Jones'] },
    { name: 'Welsh: the given name again of a winner named before', text: "Enillodd Chris Jones, 45, o Lanelli y ras. Dywedodd Chris: “Rydym yn falch iawn.”", found: ['Chris'] },
    { name: 'a fan of the national team is a member of the public', text: "“This win was great,” said James Morgan, the Wales fan who travelled to Paris.", found: ['James Morgan'] },
    { name: 'Welsh: a supporter of the national team', text: "“Roedd yn wych,” meddai James Morgan, cefnogwr Cymru.", found: ['James Morgan'] },
    { name: 'someone from Great Britain is no body', text: "“It was lovely,” said Nick Worthington, from Great Britain.", found: ['Nick Worthington'] },
    { name: "Welsh: from a small village, no body", text: 'Dywedodd Clive Example o bentref bach y Rhos: “Roedd yn wych.”', found: ['Clive Example'] },
    { name: "Welsh: officers in another sentence are not the resident's role", text: 'Dywedodd swyddogion y cyngor fod y ffordd ar gau. "Mae\'n beryglus," meddai Theresa Example, sy\'n byw gerllaw.', found: ['Theresa Example'] },
    { name: "officers in another sentence are not the resident's role", text: 'Council officers said the road was closed. “It is dangerous,” said Theresa Example, who lives nearby.', found: ['Theresa Example'] },
    { name: 'a volunteer with a food bank is still a member of the public', text: '“It was a lifeline,” said Kanak Example, a volunteer with the Example Food Bank.', found: ['Kanak Example'] },
    { name: 'Welsh: a volunteer with a food bank is still a member of the public', text: '“Roedd yn achubiaeth,” meddai Kanak Example, gwirfoddolwr gyda Banc Bwyd Example.', found: ['Kanak Example'] },
    { name: 'from two places joined by and', text: 'Jo Example from Cardiff and Swansea said: "It was great."', found: ['Jo Example'] },
    // A plural role before a list of names with their bodies covers them all; not a role in an earlier sentence (real-text-blind145).
    { name: 'a plural role in an earlier sentence is not the speaker\'s', text: 'The judges were impressed. Later, Tom Example, of Cardiff, said: “It was brilliant.”', found: ['Tom Example'] },
    { text: 'Diolch i Mr Jones am helpu Ms Example yn y ffair.\n\nFe ddywedodd hi: “Roedd yn ddiwrnod hyfryd i bawb.”', found: ['Ms Example'] },
    // "He" is no one titled Ms; "she" is no one titled Mr (real-text-blind137).
    { text: 'Mr Tooby Example encouraged the family of Ms Jones to get in touch.\n\nHe added: “We were really sorry to hear about the delay.”', found: ['Mr Tooby Example'] },
    { text: 'Diolch i Mr Jones am helpu Ms Example yn y ffair.\n\nMeddai hi: “Roedd yn ddiwrnod hyfryd i bawb.”', found: ['Ms Example'] },
    { text: '"It was lovely," said Sian Example from North Wales.', found: ['Sian Example'] },
    { text: 'Dywedodd Sian Example o Ogledd Cymru: "Roedd yn hyfryd."', found: ['Sian Example'] },
    { text: '“It was a great day,” said Ruth Example, who won the fancy dress competition.', found: ['Ruth Example'] },
    { text: 'Dyfed Example said: “I was there all day.”', found: ['Dyfed Example'] },
    // A plural role is a group's: not a singer's named after the judges deliberated; a shop owner,
    // a volunteer coach and a nearby engineer speak for themselves (real-text-blind102, -73, -36; drafts-blind16).
    { text: 'While the judges deliberated, the audience were entertained by the singing brothers, Richard and Adam. Richard, 23, said: “We are privileged.”', found: ['Richard'] },
    { text: 'Tra bod y beirniaid yn trafod, cafodd y gynulleidfa ei diddanu gan y brodyr Richard ac Adam. Dywedodd Richard: “Rydyn ni’n freintiedig.”', found: ['Richard'] },
    { text: '"Rydyn ni wedi colli popeth," meddai Mair Example, sy\'n rhedeg siop flodau ar y stryd.', found: ['Mair Example'] },
    { text: '“Teaching is how I want to be remembered,” says Roddie Example, a volunteer coach.', found: ['Roddie Example'] },
    { text: 'Electrical engineer Andy Example said: “Questions have to be asked.”', found: ['Andy Example'] },
    // The subject of the adjudicators' verdict is still quoted as herself (real-text-blind103).
    { text: 'Roedd y beirniaid yn unfrydol mai Esyllt Example oedd yn fuddugol.\n\nDywedodd Esyllt Example: "Does gen i ddim geiriau."', found: ['Esyllt Example'] },
    { text: 'The adjudicators agreed that Esyllt Example had won.\n\nEsyllt Example said: "I have no words."', found: ['Esyllt Example'] },
    // A rank's letters inside a place's name are no rank (real-text-blind109).
    { text: '"We will act," said Mr Jones, who lives near the PC World store.', found: ['Mr Jones'] },
    { text: '“It was lovely,” said Sian Example, a visitor at the show.', found: ['Sian Example'] },
    { text: 'Bu Tudur Example o gwmni lleol Bysiau Cwm Taf yn helpu’r teithwyr.\n\n"Roedd rhaid helpu," dywedodd.', found: ['Tudur Example'] },
    { text: '“It was lovely,” said Sian Example, a customer at the café.', found: ['Sian Example'] },
    { text: '“Roedd yn hyfryd,” meddai Sian Example, un o gwsmeriaid y caffi.', found: ['Sian Example'] },
    { text: 'Chris Example from the UK said it was possible to "avoid many of the incidents by knowing the tides".', found: ['Chris Example'] },
    // A quote introduced by a line ending in a comma (real-text-blind80), and an announcement by
    // someone who holds no office before the name.
    { text: "Dywedodd Mared, sy'n ddisgybl ym mlwyddyn 5 yn Ysgol Rhosybol,\n\n“Rydw i wedi mwynhau.”", found: ['Mared'] },
    { text: 'Mared, who is a Year 5 pupil at Ysgol Rhosybol, said,\n“I enjoyed it.”', found: ['Mared'] },
    { text: 'A resident has announced she will move.\n\nAccording to Bronwen Example, her decision is "timely".', found: ['Bronwen Example'] },
    // A member of the public described by the organisation they volunteer for, and a role word
    // inside the quote, are still quoted (real-text-blind55, -75); "assistant" alone is anyone's.
    { text: '"It is important," said Carol Example, a volunteer with the food bank.', found: ['Carol Example'] },
    { text: '"Mae\'n bwysig," meddai Carol Example, gwirfoddolwr gyda\'r banc bwyd.', found: ['Carol Example'] },
    { text: 'Carol Example said: "It is important that my assistant helps."', found: ['Carol Example'] },
    { text: '“I loved it,” says Flora Example, who works as a freelance assistant stockman.', found: ['Flora Example'] },
    // A parent with a double-barrelled surname, quoted through 'she' (real-text-blind64).
    { text: 'Aranwen Manzini-Hughes said her son was affected.\n\n"The problem is that the bus often runs late," she said.', found: ['Aranwen Manzini-Hughes'] },
    { text: 'Dywedodd Aranwen Manzini-Hughes fod ei mab wedi’i effeithio.\n\n"Y broblem yw bod y bws yn aml yn hwyr," meddai.', found: ['Aranwen Manzini-Hughes'] },
    // A source who is a member of the public is still the one quoted.
    { text: 'According to Sian Example, the day, led by the presenter Tom Example, was a success.\n\n“We loved it,” she said.', found: ['Sian Example'] },
    // The subject right after the verb, not an official named earlier in the clause (real-text-blind69).
    { text: 'Wrth dderbyn y wobr gan Lywydd UAC Ian Example, dywedodd Enid Example: “Y gobaith oedd helpu rhywun arall.”', found: ['Enid Example'] },
    { text: 'Receiving the award from NFU Cymru President Ian Example, said Enid Example: “We hoped to help someone else.”', found: ['Enid Example'] },
    { text: '“We all unite behind the team,” said Gareth Example, a supporter.', found: ['Gareth Example'] },
    // On behalf of a family: still a member of the public.
    { text: 'On behalf of her family, Sian Example said: “We are grateful to everyone.”', found: ['Sian Example'] },
    { text: 'Ar ran y teulu, dywedodd Sian Example: “Rydym yn ddiolchgar i bawb.”', found: ['Sian Example'] },
    // One person described still points back: the singular.
    { text: 'Mali Example has become a foster carer. “It is the right time for us,” said the new foster carer.', found: ['Mali Example'] },
    // A rank's letters away from the name are no rank: a place, a computer (real-text-blind63's look-alikes).
    { text: '“I was terrified,” said Gareth Example, who lives in Washington DC.', found: ['Gareth Example'] },
    { text: "“Mae'n wych,” meddai Gareth Example, sy'n gweithio ar ei PC gartref.", found: ['Gareth Example'] },
    { name: 'given names alone after full names with no member letters', text: 'Siân Example and Hywel Example welcomed the news. In a joint statement, Siân and Hywel said: “We are pleased.”', found: ['Siân'] },
    // "wedi dweud" and "yn dweud" are speech verbs too (real-text-blind53).
    { name: "Welsh: a resident who 'wedi dweud'", text: 'Mae Nathan Example wedi dweud: "Byddai hyn yn helpu pawb i deimlo’n rhan o’r gymuned."', found: ['Nathan Example'] },
    { name: 'a resident who has said', text: 'Nathan Example has said: "This would help everyone feel part of the community."', found: ['Nathan Example'] },
    // From a place, not a body (real-text-blind51's look-alikes below).
    { name: "'from the village' is no organisation", text: 'Catrin Example from the village said: “It was a great day.”', found: ['Catrin Example'] },
    { name: "Welsh: 'o’r pentref' is no organisation", text: 'Meddai Catrin Example o’r pentref: “Roedd yn brofiad gwych.”', found: ['Catrin Example'] },
    // A word or two in quotation marks between the name and the quote is no one else speaking (real-text-blind50).
    { name: "Welsh: a scare-quoted word between the resident and her quote", text: 'Un o’r cleifion yw Mary Example.\n\nMae’n pryderu bod y feddygfa arall eisoes “yn llawn”.\n\n“Dydyn ni ddim yn hapus,” meddai.', found: ['Mary Example'] },
    { name: 'a scare-quoted phrase between the resident and her quote', text: 'Mary Example has been a patient for years.\n\nShe worries the other surgery is already “full up”.\n\n“We never thought it would close,” she said.', found: ['Mary Example'] },
    // A bare "meddai" with only whom it was said to after it points back to the person named before (real-text-blind50).
    { name: "Welsh: '“…,” meddai wrth golwg360.' after a resident named", text: 'Mae Mary Example wedi byw yn Nrefach ers blynyddoedd.\n\n“Doedden ni ddim yn meddwl y byddai’n cau,” meddai wrth golwg360.', found: ['Mary Example'] },
    { name: "Welsh: '“…,” meddai wrth y BBC.' after a scare-quoted word", text: 'Un o’r cleifion yw Mary Example, sy’n galw’r penderfyniad yn “drychineb”. “Dydyn ni ddim yn hapus,” meddai wrth y BBC.', found: ['Mary Example'] },
    // A seat's name is a place, but the same name before a surname is a person (real-text-blind50).
    { name: "'Arfon' as a given name", text: 'Arfon Example, a resident, said: "This is very worrying news."', found: ['Arfon Example'] },
    { name: "Welsh: 'Arfon' as a given name", text: 'Dywedodd Arfon Example, un o’r trigolion: "Mae hyn yn newyddion drwg."', found: ['Arfon Example'] },
    // An official's title owned by what the person speaks of is not the person's (real-text-blind48).
    { name: "Welsh: 'penderfyniad yr Ombwdsmon' after the speaker", text: 'Mynegodd yr academydd Dr Simon Example bryder fod penderfyniad yr Ombwdsmon yn gosod cynsail peryglus. “Fy mhryder i yw hyn,” meddai.', found: ['Dr Simon Example'] },
    { name: "'the decision of the Ombudsman' after the speaker", text: 'The academic Dr Simon Example criticised the decision of the Ombudsman. “My worry is this,” he said.', found: ['Dr Simon Example'] },
    { name: "'the Ombudsman's decision' after the speaker", text: "The academic Dr Simon Example criticised the Ombudsman's decision. “My worry is this,” he said.", found: ['Dr Simon Example'] },
    // A quotation over two paragraphs before its verb; a role that is someone else's, named after it (real-text-blind38).
    { name: 'Welsh: a quotation over two paragraphs, then meddai', text: "Un sydd yn defnyddio'r oergell yw Andrew Example, wedi iddo golli ei bartner y llynedd.\n\n“Mae dod fan hyn yn help mawr.\n\n“Ond mae dod fan hyn yn wahanol,” meddai.", found: ['Andrew Example'] },
    { name: 'a quotation over two paragraphs, then he said', text: 'One who uses the fridge is Andrew Example, who lost his partner last year.\n\n“Coming here is a big help.\n\n“But coming here is different,” he said.', found: ['Andrew Example'] },
    { name: "Welsh: the manager's aunt, the manager named", text: "Yn fodryb i'r rheolwr Shan Example, mae Mair Example yn cyfrannu bwyd i'r oergell yn aml.\n\nDywedodd fod galw am yr oergell yn y dref.\n\n“Fel arall, mae pobl yn gorfod mynd i'r Trallwng,” esboniodd.", found: ['Mair Example'] },
    { name: "the manager's aunt, the manager named", text: 'Aunt of the manager Shan Example, Mair Example often gives food to the fridge.\n\nShe said there is a need for it in the town.\n\n“Otherwise people have to travel to Welshpool,” she explained.', found: ['Mair Example'] },
    // A pronoun points back over sentences naming no one to the person the story is about (real-text-blind33).
    { name: 'a pronoun three sentences after the name', text: "Ms Llywelyn's family have farmed here for five generations. Walkers let their dogs run loose. The attacks are getting worse.\n\n“It's a nightmare,” she said.", found: ['Ms Llywelyn'] },
    { name: 'Welsh: a bare verb three sentences after the name', text: "Mae teulu Mrs Llywelyn wedi ffermio yma ers pum cenhedlaeth. Mae cerddwyr yn gadael i'w cŵn redeg yn rhydd. Mae'r ymosodiadau'n gwaethygu.\n\n“Mae'n hunllef,” meddai.", found: ['Mrs Llywelyn'] },
    // A speech verb of the same speaker on the way back goes on with them (real-text-blind35).
    { name: "Welsh: 'Ychwanegodd bod …' between the name and the quote", text: "Mae Ifan Example o Ruthun wedi treulio'r haf yn gweithio.\n\nYchwanegodd bod ei gyfoedion wedi gorfod addasu.\n\n\"Dwi'n meddwl bo' ni'n haeddu'r graddau,\" meddai.", found: ['Ifan Example'] },
    { name: "'She added that …' between the name and the quote", text: 'Mali Example from Ruthin spent the summer working.\n\nShe added that her friends had to adapt.\n\n“I think we deserve the grades,” she said.', found: ['Mali Example'] },
    // A role after "and (the)" is another person's; a role held once is not held now (real-text-blind36).
    { name: "Welsh: an Assembly Member after 'a’r' is someone else", text: 'Mewn fideo, mae Freya Example a’r Aelod Cynulliad Neil Example yn trafod y sefyllfa.\nWrth drafod yr arwydd, dywed Freya Example fod codi’r arwyddion yn “foment Spartacus” o amgylch y wlad.', found: ['Freya Example'] },
    { name: "an Assembly Member after 'and' is someone else", text: 'In a video, Freya Example and Assembly Member Neil Example discuss the matter.\nDiscussing the sign, Freya Example says the signs are a “Spartacus moment” around the country.', found: ['Freya Example'] },
    { name: 'Welsh: a teacher before retiring', text: 'Dywedodd Enid Example, a oedd yn athrawes cyn ymddeol: “Rwyf wrth fy modd yn mynychu’r Eisteddfod.”', found: ['Enid Example'] },
    { name: 'a retired teacher', text: 'Enid Example, a retired teacher, said: “I love coming to the Eisteddfod.”', found: ['Enid Example'] },
    // A surname alone on second mention, an opener before the speaker, a pronoun's clause before a participle (real-text-blind186, -189).
    { name: 'a surname alone after the full name, with an opener and a relative clause', text: 'Clara Example won the race. Speaking after the race, Example, who has enjoyed a remarkable year, said: “It was lovely.”', found: ['Clara Example'] },
    { name: "'A delighted' surname, 'afterwards' after the verb", text: 'Olivia Example was second. A delighted Example said afterwards: “My mum was here.”', found: ['Olivia Example'] },
    { name: "'Afterwards she said:'", text: 'Clara Example won the race. Afterwards she said: “It was lovely.”', found: ['Clara Example'] },
    { name: "Welsh: 'Wedyn, dywedodd:'", text: 'Enillodd Heledd Example y wobr. Wedyn, dywedodd: “Dw i wrth fy modd.”', found: ['Heledd Example'] },
    { name: "Welsh: 'Wrth siarad ar ôl y ras, dywedodd:'", text: 'Enillodd Clara Example y ras. Wrth siarad ar ôl y ras, dywedodd: “Roedd yn hyfryd.”', found: ['Clara Example'] },
    { name: "a pronoun's clause before ', saying,'", text: 'Heledd Example’s performance earned her a standing ovation. She expressed her delight at winning, saying, “I’ve always been a fan of my tutor.”', found: ['Heledd Example'] },
    { name: "Welsh: a subjectless clause before 'gan ddweud'", text: 'Enillodd Heledd Example y wobr. Diolchodd i bawb, gan ddweud: “Dw i wrth fy modd.”', found: ['Heledd Example'] },
    // A title won, not a post held; a young ambassador is a member of the public (real-text-blind195).
    { name: "Welsh: a post's title not set off whole ('Goruchwylydd Amser Cinio sydd …')", text: 'Daeth ymwelydd i ddathlu ymddeoliad Mrs Dianne Example, Goruchwylydd Amser Cinio sydd wedi troi’n 80 oed.\n\nDywedodd Mrs Example: “Roedd pawb yn adnabod ei gilydd.”', found: ['Mrs Example'] },
    { name: "Welsh: 'Enillydd y Ras' is no post", text: 'Dywedodd Rebecca Example, Enillydd y Ras, ei bod yn hapus.\n\nDywedodd: “Rydyn ni’n treulio’r diwrnod gyda theulu.”', found: ['Rebecca Example'] },
    { name: 'a youth ambassador', text: 'Youth ambassador James Example said: “I really enjoyed the day.”', found: ['James Example'] },
    // Represented, but by no council: the family's spokesman is a member of the public (real-text-blind202).
    { name: 'a seat held once', text: 'Elwyn Example, who represented Glantwymyn on Powys County Council until 2017, said: “There is some worry about the future.”', found: ['Elwyn Example'] },
    { name: 'representing a family, not a seat', text: 'Elwyn Example, who represents his family, said: “There is some worry about the future.”', found: ['Elwyn Example'] },
    // Two blank lines before the bare verb; told whom, then a clause; 'continues:' (real-text-blind201, -203, -204).
    { name: "Welsh: 'Dywedodd:' after two blank lines", text: 'Roedd Alan Example yn teimlo ar wahân, nes iddo glywed am y grŵp.\n\n\nDywedodd: "Mae gan y grwpiau fantais."', found: ['Alan Example'] },
    { name: "Welsh: 'meddai wrth Y Byd ar Bedwar, tra’n …'", text: 'Mae Bill Example yn dweud ei fod yn falch.\n\n“Byddai’n well gen i fod fan hyn,” meddai wrth Y Byd ar Bedwar, tra’n sefyll yn y bwthyn.', found: ['Bill Example'] },
    { name: "'Tony … continues:' before the quote", text: 'A chance comment by the owner set another campaign in train. Tony Example continues:\n\n“All he said was something about volunteers running the business.”', found: ['Tony Example'] },
    { name: "a member of the public, 'who followed his late father Gus'", text: 'Alwyn Example, 80, who followed his late father Gus into the band, said: "Our performance was incredible."', found: ['Alwyn Example'] },
    // A job told in the past is held once; a name no list knows before the colon (real-text-blind208).
    { name: "'worked as a clerk' later in the post", text: '"We had plenty of balloons," Mrs Example said.\n\nMrs Example worked as a clerk, including a position at the Alcan plant.', found: ['Mrs Example'] },
    { name: "Welsh: 'Bu Mrs … yn gweithio fel clerc'", text: 'Dywedodd Mrs Example: “Roedd yn hyfryd.”\n\nBu Mrs Example yn gweithio fel clerc yn y ffatri.', found: ['Mrs Example'] },
    { name: "Welsh: 'Dywedodd Jim:', named in full before", text: 'Mae Jim Morgan yn 100 oed heddiw.\n\nDywedodd Jim: “Cyrraedd 100 – mae’n gyfrinach.”', found: ['Jim'] },
    { name: "'Former museum staff member' opening the sentence", text: 'Former museum staff member Stuart Example has written a book.\n\n“My memory of those years is mixed up,” said Stuart.', found: ['Stuart'] },
    // "Retired" a word or two before the role, "wedi ymddeol" after it (real-text-blind193).
    { name: 'a retired maths teacher', text: '“That money goes over the Irish sea,” says Brian Example, a retired maths teacher.', found: ['Brian Example'] },
    { name: 'a former primary school teacher', text: '“That money goes over the Irish sea,” says Brian Example, a former primary school teacher.', found: ['Brian Example'] },
    { name: "Welsh: a teacher 'wedi ymddeol'", text: '“Mae’r arian yn mynd dros y môr,” meddai Brian Example, athro mathemateg wedi ymddeol.', found: ['Brian Example'] },
    // A participle after the speaker's own clause, set off by a comma (real-text-blind30).
    { name: "', saying:' after the speaker's clause", text: 'Elinor Powell thanked everyone for their support, saying: “Wow what a night!”', found: ['Elinor Powell'] },
    { name: "Welsh: 'gan ddweud:' after the speaker's clause", text: 'Diolchodd Elinor Powell i bawb am eu cefnogaeth gan ddweud: “Am noson!”', found: ['Elinor Powell'] },
    { name: "Welsh: a patient with MS in an apposition ('claf MS')", text: 'Dywedodd Sian Example, claf MS: “Mae’r clinig newydd yn help mawr.”', found: ['Sian Example'] },
    // A role word inside the speaker's own quotation describes someone else (real-text-blind33).
    { name: 'a nurse named inside the quotation', text: '‘The nurse’s joke that they know his name, but not mine,’ Helen said.', found: ['Helen'] },
    { name: 'Welsh: a nurse named inside the quotation', text: '‘Mae’r nyrs yn gwybod ei enw o, ond nid fy enw i,’ meddai Helen.', found: ['Helen'] },
    // A curly quotation mark closed by a straight one, as pasted text mixes them (real-text-blind32).
    { name: 'a curly quote closed by a straight mark', text: 'Mrs Lawson put the phone down and called the police.\n“I was a mess all day after it happened", she said.', found: ['Mrs Lawson'] },
    { name: 'Welsh: a curly quote closed by a straight mark', text: 'Mae Mrs Lawson wedi ffonio’r heddlu. “Roeddwn i’n crynu drwy’r dydd", meddai.', found: ['Mrs Lawson'] },
    // A relative clause on the speaker whose closing comma is left out (real-text-blind30).
    { name: 'a relative clause left open before the verb', text: 'Henry, who is a Year 5 pupil at the school stated: “I’m really grateful to the charity.”', found: ['Henry'] },
    { name: "Welsh: a relative clause left open before 'meddai'", text: 'Henry, sy’n ddisgybl ym Mlwyddyn 5 yn yr ysgol meddai: “Dw i’n ddiolchgar iawn i’r elusen.”', found: ['Henry'] },
    // A role word used as a verb whose object is the speaker is no role of theirs (real-text-blind30).
    { name: 'a speaker another person "used to nurse"', text: 'Mrs Morgan was ill as a child. "I was two months premature," she said. Annie Morris used to nurse Mrs Morgan.', found: ['Mrs Morgan'] },
    { name: 'Welsh: a speaker another person nursed', text: 'Roedd Mrs Morgan yn wael yn blentyn. "Roeddwn i’n gynamserol," meddai. Arferai Annie Morris nyrsio Mrs Morgan.', found: ['Mrs Morgan'] },
    // An MS's letters after a comma, at the first mention, cover "Mr Kurtz" later (real-text-blind29); not the condition.
    { name: 'a patient with MS, after a comma', text: 'Sian Evans, MS patient, said: “The new clinic is a fantastic help.”', found: ['Sian Evans'] },
    // A name after "said" with its own verb is the subject of what was said (real-text-blind27).
    { name: 'the speaker after "said", before the colon', text: 'Said Mr Hatch, of Llanelli: “We loved every minute of the walk.”', found: ['Mr Hatch'] },
    { name: 'Welsh: the speaker after "meddai", after the quote', text: '“Roedd pob munud o’r daith yn wych,” meddai Mr Hatch.', found: ['Mr Hatch'] },
    // A quotation of several paragraphs in straight quotes, introduced across a blank line, and a
    // description after a quote pointing back to the person named before (real-text-blind23).
    { name: 'a straight-quoted paragraph introduced across a blank line', text: 'Former resident Courtney Gray added:\n\n"A majority of the village uses the 412 bus.\n\n"This village is being cut off."', found: ['Courtney Gray'] },
    { name: 'Welsh: a straight-quoted paragraph introduced across a blank line', text: 'Ychwanegodd Mair Example:\n\n"Mae’r rhan fwyaf o’r pentref yn defnyddio’r bws 412.\n\n"Mae’r pentref yn cael ei dorri i ffwrdd."', found: ['Mair Example'] },
    { name: 'a description after the quote pointing back', text: 'Angharad Haden, who has lived in the village all her life, said the cut would isolate villagers.\n\n"We rely on this bus service," said the 18-year-old college student.', found: ['Angharad Haden'] },
    { name: 'Welsh: a description after the quote pointing back', text: 'Dywedodd Angharad Haden, sydd wedi byw yn y pentref ar hyd ei hoes, y byddai’r toriad yn ynysu pobl.\n\n“Rydyn ni’n dibynnu ar y bws hwn,” meddai’r fyfyrwraig 18 oed.', found: ['Angharad Haden'] },
    // A councillor who shares a given name, with a surname no list knows, is someone else (real-text-blind22).
    { name: 'Welsh: a resident who shares a councillor’s given name', text: 'Daeth y Cynghorydd David Yeowell i’r agoriad.\n\nDywedodd un o’r preswylwyr Mr David Thomas: “Mae cael y cartref hwn yn newid ein bywydau’n llwyr.”', found: ['Mr David Thomas'] },
    { name: 'a resident who shares a councillor’s given name', text: 'Councillor David Yeowell came to the opening.\n\nOne of the residents, Mr David Thomas, said: “Having this home has changed our lives completely.”', found: ['Mr David Thomas'] },
    // A quotation as a paragraph of its own after a sentence reporting its speaker (real-text-blind22).
    { name: 'a quote paragraph after reported speech', text: 'Denise said it does not feel like the home it used to be.\n\n"I used to love it here but I\'d move tomorrow if I had the chance."', found: ['Denise'] },
    { name: 'Welsh: a quote paragraph after reported speech', text: 'Dywedodd Mair Example nad yw’r tŷ yn teimlo fel cartref mwyach.\n\n“Roeddwn i wrth fy modd yma, ond byddwn i’n symud yfory.”', found: ['Mair Example'] },
    // Reported speech quoting the speaker's own words a clause on (real-text-blind22).
    { name: 'a claim quoting an objector’s words', text: 'The debate heard from an objector, Carl Jones, who claimed the transport assessment was “packed full of evidence” that the road would suffer.', found: ['Carl Jones'] },
    { name: 'Welsh: a claim quoting an objector’s words', text: 'Clywodd y pwyllgor gan Carl Jones, a honnodd fod yr asesiad trafnidiaeth yn “llawn tystiolaeth gadarn” am y ffordd.', found: ['Carl Jones'] },
    // A resident's memories in her own words (real-text-blind15).
    { name: 'recalled, then the quote after a colon', text: 'Mary previously recalled being in Cardiff during World War Two: “War broke out when I was there. I remember it distinctly.”', found: ['Mary'] },
    { name: 'Welsh: cofiodd, then the quote', text: 'Cofiodd Mary Keir: “Roedd hi’n noson oer iawn pan ddechreuodd y rhyfel.”', found: ['Mary Keir'] },
    { name: 'Welsh: a double-barrelled name of two word-names after the verb (real-text-blind14)', text: 'Dywedodd Lili-Beth o Lanelli: “Roedd yn anhygoel!”', found: ['Lili-Beth'] },
    // A relative clause about the speaker between the name and the quote (real-text-blind12).
    { name: 'Welsh: a relative clause before the quote', text: 'Dywedodd Richard, a ymunodd â’r digwyddiad ar y diwrnod ac a fu’n cymryd rhan yn y cynllun Walkability: “Rydw i’n mwynhau gwylio adar.”', found: ['Richard'] },
    { name: 'a relative clause before the quote', text: 'Said Richard, who joined the event on the day and took part in the Walkability scheme: “I love watching birds.”', found: ['Richard'] },
    // (was test/dp/unconsented-quote.test.ts)
    { text: '“The new bins are brilliant,” said Sian Morgan, a resident.', found: ['Sian Morgan'] },
    { name: 'from a place, not an organisation', text: '“It was a lovely day,” said Sian from Llanelli.', found: ['Sian'] },
    { name: 'Welsh: from a place, not an organisation', text: '“Roedd yn ddiwrnod hyfryd,” meddai Sian o Lanelli.', found: ['Sian'] },
    {
      name: 'masks the author in message and excerpt',
      text: '“The new bins are brilliant,” said Sian Morgan, a resident.',
      errors: [{ message: expect.not.stringContaining('Sian Morgan'), excerpt: expect.not.stringContaining('Sian Morgan') }],
    },
    { text: 'Sian Morgan said: “Best day ever.”', found: ['Sian Morgan'] },
    { text: '“Thanks for fixing the lights!” tweeted @sian_123.', found: ['@sian_123'] },
    { text: 'As @sian_123 tweeted, “the park is lovely”.', found: ['@sian_123'] },
    { text: '@sian_123: “Brilliant service from the library”', found: ['@sian_123'] },
    { text: 'RT @sian_123: the bins were not collected again', found: ['@sian_123'] },
    { text: '“Great,” said Bob.', found: ['Bob'] },
    { text: '‘It’s wonderful,’ said Megan Evans.', found: ['Megan Evans'] },
    { text: '"Fab" said Tom Jones', found: ['Tom Jones'] },
    { text: '“It was great,” Sian Morgan told us, “and we will be back.”', found: ['Sian Morgan'] },
    { text: 'Dywedodd Dai Jones: “Mae’r parc yn wych.”', found: ['Dai Jones'] },
    { text: '“Hyfryd,” meddai Mrs Davies o Lanelli.', found: ['Mrs Davies'] },
    { text: '“Diolch,” meddai @sian_123.', found: ['@sian_123'] },
    { text: 'Yn ôl Sian Morgan, “mae’r llyfrgell yn wych”.', found: ['Sian Morgan'] },
    { name: 'a permission covers only its own author', text: withQuotes(PERMISSIONS, '“Lovely!” said Dai Jones.'), found: ['Dai Jones'] },
    {
      name: 'an author listed without a permission is still reported, with a note',
      text: withQuotes('  - author: "@sian_123"\n', '“Lovely!” tweeted @sian_123.'),
      errors: [{ note: expect.stringMatching(/no permission/) }],
    },
    { name: 'an organisation’s name is reported when it is not organisation.name', text: '“We are listening,” said Dyfed Housing Unitary.', found: ['Dyfed Housing Unitary'] },

    // Added: Welsh with a permission for someone else
    { name: 'Welsh: a permission for another author does not cover this one', text: withQuotes(PERMISSIONS, '“Gwych,” meddai Dai Jones.'), found: ['Dai Jones'] },
    // Straight single quotation marks, with apostrophes inside (Welsh elisions, English contractions).
    { name: "Welsh: straight single quotes with Mae'r inside", text: "Dywedodd Mrs Lewis o Lanelli: 'Mae'r gwasanaeth casglu gwastraff gardd yn wych.'", found: ['Mrs Lewis'] },
    { name: 'straight single quotes and a dash', text: "'It's the best park we've had' - Cerys, Pontyberem", found: ['Cerys'] },
    { name: "Welsh: straight single quotes, a dash and a description", text: "'Dw i wrth fy modd gyda'r parc newydd' – Cerys, mam i ddau o Bontyberem", found: ['Cerys'] },
    // Words introduced as someone's: "words from X:", "gan X:".
    { name: 'kind words from a person in a place, then a colon', text: "Lovely words from Mr Davies in Llandeilo: 'Bin men are always cheerful.'", found: ['Mr Davies'] },
    { name: 'Welsh: geiriau hyfryd gan …:', text: 'Geiriau hyfryd gan Huw Rowlands o Landysul: “Mae’r criw bob amser yn gwenu.”', found: ['Huw Rowlands'] },
    { name: 'this from a handle with a place word', text: 'Loved reading this from @pembs_walker42: “Path looking spotless, diolch!”', found: ['@pembs_walker42'] },
    // A writer's surname alone does not make someone a writer.
    // A name no list knows, described as a member of the public before the quote (real-text-blind10).
    { name: 'Welsh: an unlisted name, one of the patients', text: 'Dywedodd Melaney, un o’r cleifion: “Fe eisteddodd i lawr gyda mi.”', found: ['Melaney'] },
    { name: 'an unlisted name, a resident', text: 'Said Xiomara, a resident of Pembroke Dock: “The new crossing is brilliant.”', found: ['Xiomara'] },
    // Press-release attributions (real-text-blind20): a short name that is a word too, a role set
    // off by a comma, and a pronoun or a bare verb pointing back to the person named before.
    { name: "a short name that is also a word, opening the sentence: 'Ken said:'", text: 'Ken said: “The challenge started as a thank you for everything that was done for my aunty.”', found: ['Ken'] },
    { name: 'a role set off by a comma before the name', text: '“Our youngest child is now 14, so the time is right for us,” said mother of three, Mali.', found: ['Mali'] },
    { name: "'She said:' in the paragraph after the person is named", text: 'Mali Williams from Pen Llŷn has become a foster carer.\n\nShe said: “It is the right time for us.”', found: ['Mali Williams'] },
    { name: "'…,” she said.' after the person is named", text: 'Mali Williams has become a foster carer. “It is the right time for us,” she said.', found: ['Mali Williams'] },
    { name: "Welsh: 'Dywedodd:' with no subject, after the person is named", text: 'Cafodd Jacqueline ddiagnosis ym mis Ebrill.\n\nDywedodd: “Rwyf wrth fy modd bod fy nghydweithwyr yn codi arian.”', found: ['Jacqueline'] },
    { name: "Welsh: 'Dywedodd hi:' after the person is named", text: 'Mae Jacqueline Walters yn byw ym Mronnant.\n\nDywedodd hi: “Rwyf wrth fy modd.”', found: ['Jacqueline Walters'] },
    { name: "Welsh: 'Meddai’r tad, a fagwyd …:' describing the person named before (real-text-blind20)", text: 'Bydd Dewi Example yn cerdded y terfyn ar 21 Ebrill.\nMeddai’r tad, a fagwyd yng Nghwm Prysor, Trawsfynydd: “Mi fyddai Mam yn 70 oed ar y diwrnod hwn.”', found: ['Dewi Example'] },
    { name: "'Said the fundraiser, who lives in Tenby:' describing the person named before", text: 'Sian Evans raised £500 for the hospice.\nSaid the fundraiser, who lives in Tenby: “It was hard work.”', found: ['Sian Evans'] },
    { name: "Welsh: 'Dywedodd ef:' ending a line, the quote on the next (real-text-blind20)", text: 'Mae gofalwyr ifanc wedi helpu, gan gynnwys Joshua Hughes o Fae Colwyn. Dywedodd ef:\n“Dw i’n helpu i ofalu am fy mrawd.”', found: ['Joshua Hughes'] },
    // A bare 'meddai' pointing back, past a sentence that names no one but points back by a pronoun (real-text-blind24).
    { name: "Welsh: a bare '…,” meddai.' two sentences after the person is named", text: "Helpodd Jason Example i sefydlu'r grŵp yr haf diwethaf. Er ei fod yn cyfaddef bod pethau'n araf, tyfodd y grŵp.\n\n“Rydyn ni dal yn cynnal cyfarfodydd misol, ac mae'n gweithio'n dda,” meddai.", found: ['Jason Example'] },
    { name: "'…,” he said.' two sentences after the person is named, past a pronoun", text: 'Jason Example helped set up the group last summer. Though he admits things were slow at first, the group grew.\n\n“We still hold monthly meetings and it works well,” he said.', found: ['Jason Example'] },
    { name: "Welsh: '…,” meddai hi.' after the person is named", text: 'Mae Eirlys Parry wedi gwirfoddoli ers deng mlynedd. “Rydw i wrth fy modd yma,” meddai hi.', found: ['Eirlys Parry'] },
    // A quotation over two paragraphs, the first left open as news writes it (real-text-blind10).
    { name: 'Welsh: a quotation running on into the next paragraph', text: "Eglurodd John: “Rwy'n byw yn lleol yma yn Aberogwr ac rwy'n mwynhau garddio.\n“Rydw i wrth fy modd yn creu lleoedd newydd.”", found: ['John'] },
    { name: 'a quotation running on into the next paragraph', text: 'Explained John Davies: “I live locally and I love gardening.\n“I love creating new places.”', found: ['John Davies'] },
    // An office that is no one person's, or a member of the public described as such, after an office speaking.
    { name: 'a spokesperson speaking, then a resident named', text: 'A council spokesperson said the work would finish soon. “It has been a nightmare,” said Jane Example.', found: ['Jane Example'] },
    { name: 'the First Minister speaking, then a resident described', text: 'The First Minister said the scheme was vital. Resident Jane Example said: “It will help us all.”', found: ['Jane Example'] },
    { name: 'Welsh: y Prif Weinidog speaking, then a resident described', text: 'Dywedodd y Prif Weinidog fod y cynllun yn hanfodol. Dywedodd y preswylydd Jane Example: “Bydd yn help i ni i gyd.”', found: ['y preswylydd Jane Example'] },
    { name: 'a testimonial with a dash is still a quote', text: 'Great day out ‘Loved every minute of it’ - Megan Example.', found: ['Megan Example'] },
    { name: 'Welsh: a testimonial with a dash is still a quote', text: 'Diwrnod gwych ‘Mwynheais bob munud ohono’ - Megan Example.', found: ['Megan Example'] },
    // What they said framed in a clause ending in a colon, the quote on the next line (real-text-blind45).
    { name: 'Welsh: a reported clause ending in a colon before the quote', text: 'Dywedodd Dr Rhys Example ei fod yn poeni am effaith bosib ar yr amgylchedd:\n"Bydd hwn yn cael effaith llawer mwy eang ar y pentref."', found: ['Dr Rhys Example'] },
    { name: 'a reported clause ending in a colon before the quote', text: 'Dr Rhys Example said he was worried about the effect on the environment:\n"This will have a far wider effect on the village."', found: ['Dr Rhys Example'] },
    // A paragraph quoted whole, longer than 500 characters, its close further on (real-text-blind43).
    { name: 'a quotation longer than 500 characters', text: `Phil Example said: “The feedback we receive from the families each year is truly heartbreaking. ${'Christmas brings joy to many families but worry to others. '.repeat(9)}It is difficult to grasp.”`, found: ['Phil Example'] },
    { name: 'Welsh: a quotation longer than 500 characters', text: `Dywedodd Phil Example: “Mae'r ymateb gan y teuluoedd bob blwyddyn yn torri calon. ${"Mae'r Nadolig yn dod â llawenydd i lawer ond pryder i eraill. ".repeat(9)}Mae'n anodd ei ddeall.”`, found: ['Phil Example'] },
    // A straight quote after a colon, running on into the next paragraph (real-text-blind43).
    { name: 'Welsh: a straight quotation after a colon, not closed on its line, an elision inside', text: 'Mewn sgwrs gyda Cymru Fyw dywedodd Rita Example, ar y chwith: "...o\'n i\'n arfer mynd i ganu calennig pob Hen Galan. O\'n i\'n dechre\' am saith y bore.\n\n"Ifor a Gwyn Example, Eirian a Sally Vaughan yw\'r plant eraill."', found: ['Rita Example'] },
    { name: 'a straight quotation after a colon, not closed on its line, an elision inside', text: 'Speaking to the paper, Rita Example said: "We used to go singin\' for calennig every Hen Galan. We\'d start at seven.\n\n"Ifor and Gwyn Example, Eirian and Sally Vaughan are the other children."', found: ['Rita Example'] },
    { name: 'a resident who lives by the Council Offices is still a resident', text: 'Sian Morgan, who lives near the Council Offices, said: “The new crossing is brilliant.”', found: ['Sian Morgan'] },
    { name: 'Welsh: a resident who lives by the Council Offices', text: 'Dywedodd Sian Morgan, sy’n byw ger Swyddfeydd y Cyngor: “Mae’r groesfan newydd yn wych.”', found: ['Sian Morgan'] },
    { name: 'a resident who shares a famous surname', text: '“The staff were so patient,” said resident Margaret Bevan.', found: ['Margaret Bevan'] },
    { name: "Welsh: a resident who shares a writer's surname", text: 'Dywedodd Huw Bevan, sy’n byw ar y stryd: “Rydyn ni wedi aros blynyddoedd.”', found: ['Huw Bevan'] },
  ],
  valid: [
    { name: "Welsh: the Prior of the Order of St John in Wales speaks in office (real-text-blind337)", text: "Dywedodd Syr Paul Williams, Prior Cymru, “Rwyf yn falch iawn o’r rhoddwyr.”" },
    { name: "the Prior for Wales speaks in office", text: "“We are proud of every donor,” said Sir Paul Williams, Prior for Wales." },
    { name: "Welsh: said on behalf of a body is no pointer back", text: "Roedd Rhodri Williams yn gweld y paneli. “Mae llawer o baneli solar,” meddai ar ran y cyngor." },
    { name: "Welsh: 'medden nhw' after a body, nobody named", text: "Mae’r cyngor wedi cau’r ffordd. “Mae’n beryglus,” medden nhw." },
    { name: "Welsh: one of a body's managers (real-text-blind328)", text: "Dywedodd Stuart Thompson, un o reolwyr yr RNLI: “Mae’n haf prysur.”" },
    { name: "one of a body's managers", text: "“It has been a busy summer,” said Stuart Thompson, one of the RNLI’s managers." },
    { name: "one of a chapel's deacons speaks for it (real-text-blind314)", text: "'The chapel was built for 800, and our congregation is about 25,' said Richard Hefin Williams, one of its five deacons." },
    { name: "Welsh: one of a chapel's deacons", text: "“Mae’n drist,” meddai Huw Jones, un o ddiaconiaid y capel." },
    { name: "Welsh: a party's candidate named by the party (real-text-blind314)", text: "Mae ymgeisydd Plaid Cymru Dwyfor Meirionnydd ar gyfer Senedd Cymru, Mabon ap Gwynfor, eisiau gweld y gymuned yn prynu’r capel. Ychwanegodd Mabon ap Gwynfor: “Rwy’n deall fod y caniatâd yn bod.”" },
    { name: "a party's candidate named by the party", text: "“We want the chapel saved,” said the Labour candidate for Dwyfor Meirionnydd, Sian Example." },
    { name: "Welsh: a publisher's man speaks for the press (real-text-blind324)", text: "Meddai Myrddin ap Dafydd o Wasg Carreg Gwalch: “Mae’n llyfr hyfryd.”" },
    { name: "a publisher's man speaks for the press", text: "“The book is lovely,” said Myrddin ap Dafydd of Carreg Gwalch Press." },
    { name: "Welsh: a bare 'meddai' goes back to the speaker, not his institute (real-text-blind321)", text: "Dywed Steffan Evans o Sefydliad Bevan fod yr argyfwng wedi “cyrraedd y penawdau”.\n\n“Mae’r data yn glir,” meddai." },
    { name: "a bare 'he said' goes back to the speaker, not his institute", text: "Steffan Evans of the Bevan Institute said the crisis had “reached the headlines”.\n\n“The data is clear,” he said." },
    { name: "Welsh: on a venue's team (real-text-blind308)", text: "“Mae’n wych gweld pobl ifanc nawr,” meddai Elan Example, sy’n rhan o dîm Clwb Ifor Bach." },
    { name: "on a venue's team", text: "“It is great,” said Elan Example, who is part of the team at Clwb Ifor Bach." },
    { name: "a festival's booker (real-text-blind308)", text: "“It makes sense,” Sŵn booker Adam Example says." },
    { name: "Welsh: a given name alone, named before in role (real-text-blind303)", text: "“Roedden ni’n dod at ddiwedd y cyfnod clo,” eglura Huw Example, Trysorydd Menter Ty’n Llan, y fenter gymunedol.\n\n“Roedd yn stori gadarnhaol o gymuned yn dod at ei gilydd,” meddai Huw." },
    { name: "Welsh: a member named in role, later without the circumflex (real-text-blind302)", text: "Trefnwyd cyfarfod brys gan yr Aelod o’r Senedd dros Arfon, Siân Example, gyda rheolwyr y cwmni.\n\nAc heddiw dywedodd Sian Example mai “nid dyma ddiwedd y mater”." },
    { name: "Welsh: a party's candidate for a seat (real-text-blind298)", text: "Dywedodd Sandra Example, eu hymgeisydd dros Geredigion: “Mae’r afon yn fudr.”" },
    { name: "a body named for the country first (real-text-blind294)", text: "Ian Example, of Welsh Water, said: “Levels are low.”" },
    { name: "Welsh: a local Assembly Member by the letters before the name (real-text-blind294)", text: "Roedd yr AC lleol Siân Example yn falch o fod yno. “Mae’n brosiect gwych,” meddai." },
    { name: "Welsh: the prosecution speaks, not the dead named before (real-text-blind292)", text: "Roedd aelodau o’r teulu yn y fynwent er mwyn bendithio cerrig beddau Michael a Margaret Example ond roedd yr hyn a ddigwyddodd wedyn yn \"anhrefn treisgar a oedd yn cynnwys pob un o’r diffynyddion,\" meddai’r erlyniad." },
    { name: "Welsh: the role heads the next paragraph (real-text-blind291)", text: "Meddai Robert Example:\n\nAelod Cabinet y cyngor dros Fuddsoddi, “Mae hyn yn newyddion da i’r ganolfan.”" },
    { name: "Welsh: a language forum's officer (real-text-blind284)", text: "Dywedodd Catrin Phillips, o Fforwm Iaith Sir Benfro: “Rydym wrth ein bodd gyda’r nifer a ddaeth i’r orymdaith eleni.”" },
    { name: "a forum's member speaking for it", text: "Catrin Phillips, of the Pembrokeshire Language Forum, said: “We were delighted with the numbers.”" },
    { name: "a title with \"at\" and its body, named again later (real-text-blind285)", text: "The authors are Dr Toby Example, Senior Aerial Investigator at the Royal Commission, and Professor Barry Burnham.\n\nDr Example said: “The flights during the drought were exciting.”" },
    { name: "Welsh: a title with \"o’r\" and its body, named again later", text: "Awduron yr astudiaeth yw Dr Toby Example, Uwch Ymchwilydd o’r Awyr y Comisiwn Brenhinol, a’r Athro Barry Burnham.\n\nMeddai Dr Example: ‘Roedd yr hediadau yn gyffrous a dwys.’" },
    { name: "Welsh: a long role set off after the speech verb (real-text-blind289)", text: "Dywedodd y Cyfarwyddwr Gweithredol ar gyfer Therapïau a Gwyddorau Iechyd, Adrian Example, ei fod yn croesawu’r bartneriaeth.\n\nYchwanegodd: “Rydym yn falch y bydd pawb yn gallu elwa o’r gefnogaeth.”" },
    // A body named by an apposition after its name; Friends of the Earth in Welsh; a coastguard; a chairperson (real-text-blind279 to -283).
    { name: "Welsh: 'o Cyd Ynni – y prosiect ynni cymunedol'", text: "Mae pobl eisiau rheoli ynni yn eu cymuned, meddai Gareth Jones o Cyd Ynni – y prosiect ynni cymunedol." },
    { name: "'from Cyd Ynni, the community energy project'", text: "“It was good,” said Gareth Jones from Cyd Ynni, the community energy project." },
    { name: "Welsh: 'o Cyfeillion y Ddaear', then the name again", text: "Yn ôl Jennifer Lloyd o Cyfeillion y Ddaear, mae’n bwysig. “Rydyn ni’n arbed arian,” meddai Jennifer Lloyd." },
    { name: 'a coastguard at work', text: "“The vessel broke down,” Local coastguard Ieuan Williams said." },
    { name: 'a chairperson, then the given name with the verb', text: "Chairperson Sara Jones believes the money helped. “We were hopeful,” says Sara." },
    // A body's official by the body's name before the post (real-text-blind275).
    { name: "'UCU Wales official' before the name", text: "“This result is clear,” said UCU Wales official Margaret Phelan." },
    { name: "Welsh: 'swyddog undeb' before the name", text: "“Mae’n glir,” meddai swyddog undeb Margaret Phelan." },
    // A post with the verb's object after it, a body's work answered for, a campaign's Welsh name (real-text-blind270, -274).
    { name: "Welsh: ', Cysylltydd … wrth golwg360'", text: "“Gwnaeth y syniad ddod ar ôl i fi gwrdd â chwnselydd,” meddai Mirain Brady, Cysylltydd Fedra’i Gisda Caernarfon wrth golwg360." },
    { name: "Welsh: ', sy'n gyfrifol am …' at a body", text: "“Fe wnaethon ni ddechrau tua 14 mis yn ôl,” meddai Greg Woods, sy’n gyfrifol am wneud yn siŵr bod rygbi yn hygyrch i bawb o fewn Undeb Rygbi Cymru." },
    { name: "', who is responsible for …' at a body", text: "“We started about 14 months ago,” said Greg Woods, who is responsible for making rugby accessible at the Welsh Rugby Union." },
    { name: 'Welsh: a campaign named in Welsh common words', text: "“Mae’n bwysig cadw’r enw,” meddai Mynyddoedd Pawb." },
    // An MP by a seat in apposition; a biomedical scientist at work (real-text-blind257, -269).
    { name: "', the MP for the Chirk area,'", text: "Simon Baynes, the MP for the Chirk area, said: “Have your say.”" },
    { name: "Welsh: ', yr AS dros yr ardal,'", text: "Dywedodd Simon Baynes, yr AS dros yr ardal, “Dewch i ddweud eich dweud.”" },
    { name: "Welsh: ', gwyddonydd biofeddygol yn Nhreforys'", text: "Dywedodd Elizabeth Berry, gwyddonydd biofeddygol yn Nhreforys: “Rydyn ni’n falch.”" },
    // A chief executive by a rank and an agent noun, named again by the given name; a head cook (real-text-blind251, -255).
    { name: "Welsh: 'Prif Weithredydd' of a body with '&', and the given name again", text: "Dywedodd Chris Jones, Prif Weithredydd Care & Repair Cymru: “Rydym eisiau codi ymwybyddiaeth.” Wrth dynnu sylw at y peryglon, dywedodd Chris: “Rydym yn dod yn fwy llesg.”" },
    { name: "Welsh: a deputy manager, 'Dirprwy Reolwr'", text: "Dywedodd Chris Jones, Dirprwy Reolwr y Ganolfan: “Rydym yn falch.”" },
    { name: "Welsh: ', y prif gogydd,'", text: "“Roedd yn brofiad gwych i gwrdd â Jamie Oliver,” meddai Lisa Roberts, y prif gogydd, wrth y gohebydd." },
    { name: 'English: the head cook in apposition', text: "“It was a great experience to meet Jamie Oliver,” said Lisa Roberts, the head cook, to the reporter." },
    // Professionals at work, national coaches, bodies named in the possessive or ending in Britain (real-text-blind236, -237, -245, -247).
    { name: 'a midwife quoted at work', text: "“New Year’s Eve was hectic,” said midwife Kath Maguire, who added that the unit was busy." },
    { name: 'Welsh: a midwife quoted at work', text: "“Roedd hi’n brysur iawn,” meddai’r fydwraig Catrin Jones." },
    { name: 'a national team coach', text: "“This win was testament to the programme,” said James Morgan, the Wales Under 16’s national coach." },
    { name: 'Welsh: a national coach', text: "“Roedd yn wych,” meddai James Morgan, hyfforddwr cenedlaethol Cymru." },
    { name: "a body's name in the possessive before its member's", text: "“It provides a great chance for attacks,” said Tour of Britain’s Peter Hodges before the start." },
    { name: 'Welsh: a body whose name ends in Prydain', text: "“Mae’r gamlas yn boblogaidd iawn,” meddai Nick Worthington, o Ddyfrffyrdd Prydain." },
    { name: "Welsh: an Assembly Member quoted, title before the name", text: "Dywedodd Aelod Cynulliad Alun Example: “Mae hwn yn newyddion da i’r ardal ac i bawb.”" },
    { name: 'a Member of Parliament quoted, title before the name', text: "Member of Parliament Jo Example said: “This is great news for the whole city.”" },
    // A member of staff, a scheme's facilitator (real-text-blind224, -226).
    { name: "'Staff member Sara … said'", text: 'Staff member Sara Example said meeting the financial target was "vital to the cinema".' },
    { name: "Welsh: 'hwylusydd GwyrddNi'", text: 'Eglura Nina Example, hwylusydd GwyrddNi ym Mlaenau Ffestiniog, mai pwrpas yr elfen oedd “rhannu eitemau a sgiliau”.' },
    // A job held now; a body before the colon (real-text-blind208).
    { name: "'works as a clerk for the council'", text: '"The hall is ready," Mrs Example said.\n\nMrs Example works as a clerk for the council.' },
    { name: "Welsh: 'Dywedodd Cyngor Gwynedd:'", text: 'Dywedodd Cyngor Gwynedd: “Mae’r gwaith wedi dechrau.”' },
    { name: "Welsh: a company's name alone before the colon", text: 'Mewn ymateb dywedodd Breedon: "Mae safbwynt Breedon yn parhau i fod yr un fath."' },
    // A band's manager with a name in his relative clause; a club's member by its possessive (real-text-blind215, -217).
    { name: "a manager, 'who followed his late father Gus into the band'", text: 'Manager Alwyn Example, 80, who followed his late father Gus into the band, said: "Our performance was incredible."' },
    { name: "a club's possessive before the name", text: 'Maelor Boxing Club’s Butch Example said: “We wish him all the best.”' },
    // A park warden in Welsh; one from a body's unit (real-text-blind208, -214).
    { name: "Welsh: 'Parcmon Awdurdod y Parc Cenedlaethol'", text: 'Dywedodd Parcmon Awdurdod y Parc Cenedlaethol, Haydn Example: “Bydd pobl yn gallu dod â’u hafalau.”' },
    { name: "Welsh: 'o Uned … y Swyddfa Ystadegau Gwladol'", text: 'Meddai Pamela Example o Uned Dadansoddi Demograffig y Swyddfa Ystadegau Gwladol: “Mae’r nifer yn parhau i gynyddu.”' },
    // 'continued' of no person; a councillor told the BBC, then a clause (real-text-blind201, -203).
    { name: "'The work continued:'", text: 'The work continued: “Phase Two” starts in May.' },
    { name: "Welsh: a councillor, 'meddai wrth y BBC, ar ôl …'", text: 'Mae’r Cynghorydd Gareth Example yn falch.\n\n“Mae’n newyddion da,” meddai wrth y BBC, ar ôl y cyfarfod.' },
    // One of the town's councillors, mutated; a councillor by seat or party; a title in quotation marks (real-text-blind202, -203, -207).
    { name: "Welsh: 'un o gynghorwyr tref', then 'Ms' and the surname", text: 'Mae un o gynghorwyr tref Llanfairfechan, Carol Example, wedi gweld y llifogydd.\n\nCafodd y cynllun ei brofi, ac ychwanegodd Ms Example:\n“Roedd yn llwyddiant.”' },
    { name: 'a councillor by the seat she represents', text: 'Elwyn Example, who represents Glantwymyn on Powys County Council, said: “There is some worry about the future.”' },
    { name: "Welsh: a councillor by the seat, 'sy’n cynrychioli … ar Gyngor'", text: 'Dywedodd Elwyn Example, sy’n cynrychioli Glantwymyn ar Gyngor Powys: “Mae pryder am y dyfodol.”' },
    { name: "a party's member by the possessive", text: "Plaid Cymru's Elwyn Example said: “There is some worry about the future.”" },
    { name: "Welsh: a ship's name in quotation marks, then 'gan ychwanegu'", text: 'Adeiladwyd ‘Millennium Falcon’ yn Noc Penfro, gan ychwanegu Hollywood i’w threftadaeth.' },
    // A Welsh job title in capitals after the name; a charity's ambassador (real-text-blind195).
    { name: 'Welsh: a job title headed by an agent noun', text: 'Dywedodd Rebecca Example, Dyrannwr Gofal Critigol, ei bod yn hapus.\n\nDywedodd: “Rydyn ni’n treulio’r diwrnod gyda theulu.”' },
    { name: "a charity's ambassador", text: 'The Charity’s ambassador James Example said: “I really enjoyed the day.”' },
    { name: "Welsh: the charity's ambassador", text: 'Dywedodd llysgennad yr elusen, James Example: “Roedd yn ddiwrnod gwych.”' },
    // A surname or a pronoun pointing back to an official, a body or a firm (real-text-blind186, -189).
    { name: "a councillor's surname alone", text: 'Cllr Clara Example opened the park. Example said: “It is lovely.”' },
    { name: 'a firm sharing the surname', text: 'Clara Example won the race. Example Construction said: “We are proud of her.”' },
    { name: 'a body thanking everyone, saying', text: 'Heledd Example won. The council thanked everyone, saying: “It is a great day.”' },
    { name: "Welsh: 'Wedyn, dywedodd:' after a councillor", text: 'Agorodd y Cynghorydd Clara Example y parc. Wedyn, dywedodd: “Mae’n hyfryd.”' },
    { name: "Welsh: a body as the subject before 'gan ddweud'", text: 'Enillodd Heledd Example y wobr. Diolchodd y cyngor i bawb gan ddweud: “Mae’n ddiwrnod gwych.”' },
    // A role held now, a word after it (real-text-blind193): only "retired", "former", "wedi ymddeol" make it held once.
    { name: 'a maths teacher now', text: '“That money stays here,” says Brian Example, a maths teacher at the school.' },
    { name: 'Welsh: a maths teacher now', text: '“Mae’r arian yn aros yma,” meddai Brian Example, athro mathemateg yn yr ysgol.' },
    // A body's noun with an adjective before 'y'; a parliamentary candidate (real-text-blind184, -187).
    { name: "Welsh: from the council's executive board", text: 'Dywedodd Clive Example o fwrdd gweithredol y cyngor sir ei fod yn cydymdeimlo. “Doedd gennym ni ddim dewis,” meddai.' },
    { name: 'Welsh: a parliamentary candidate', text: 'Dywedodd ymgeisydd seneddol Plaid Cymru, Liz Example: “Mae’n gam ymlaen.”' },
    { name: 'a parliamentary candidate', text: 'Parliamentary candidate Liz Example said: “It is a step forward.”' },
    { name: "Welsh: one of a station's founders", text: 'Yn ôl un o\'r sefydlwyr, Tom Example, mae\'r orsaf newydd yn bwysig: “Mae\'n llais i\'r bobl.”' },
    { name: "one of a station's founders", text: 'According to one of the founders, Tom Example, the new station matters: “It is a voice for the people.”' },
    // A member of a council, one of a body's officers (real-text-blind172).
    { name: "Welsh: a member of a town council", text: 'Dywedodd aelod o gyngor tref Nefyn, Mared Example, bod angen mwy. "Ma rywun yn meddwl bod o\'n saff," meddai wrth raglen Newyddion S4C.' },
    { name: "Welsh: one of a path's officers", text: 'Dywedodd un o swyddogion y llwybr, Theresa Example: "Os ydych chi\'n anghofio am y planhigion mae\'r llwybr yn cael ei orchuddio."' },
    { name: "one of a path's officers", text: 'One of the path officers, Theresa Example, said: “If you forget the plants for a week, the path is covered.”' },
    // A job at a body named in capitals; the Crown's representative in a county (real-text-blind166, -169).
    { name: 'a statistician with a national office', text: '“Marriage rates were at their lowest,” said Kanak Example, a statistician with the Office for National Statistics.' },
    { name: 'Welsh: a statistician with a national office', text: '“Roedd cyfraddau priodasau ar y lefel isaf,” meddai Kanak Example, ystadegydd gyda’r Swyddfa Ystadegau Gwladol.' },
    { name: 'a Lord-Lieutenant named again by title and surname', text: 'Her Majesty’s Lord-Lieutenant Henry Example Esq OBE paid tribute to the cadets. “They are amazing,” said Mr Example.' },
    { name: 'Welsh: a Lord-Lieutenant by the Welsh title', text: 'Dywedodd Arglwydd Raglaw Clwyd, Henry Example: “Maen nhw’n wych.”' },
    // A body's name joining words (real-text-blind163).
    { name: 'from a body whose name joins words', text: 'Mike Example from North Wales Fire and Rescue Service said: "This incident shows why smoke alarms matter."' },
    { name: 'Welsh: from a body whose name joins words', text: 'Dywedodd Mike Example o Wasanaeth Tân ac Achub Gogledd Cymru: “Profwch eich larymau.”' },
    { name: 'a plural role before names with their bodies', text: 'Adjudicators Dr Richard Example, of Cardiff University, and Eirian Example, of Côr Example, said the choir sang “with energy and flair”.' },
    { name: 'Welsh: a plural role before names with their bodies', text: 'Dywedodd y beirniaid, Dr Richard Example o Brifysgol Caerdydd ac Eirian Example o Gôr Example: “Canodd y côr gydag egni.”' },
    // A body's initials with a Welsh digraph, a club committee's member, a development lead, an
    // artist in residence (real-text-blind139, -140, -142).
    '“Roedd dyn yma’r diwrnod o’r blaen yn cael trafferth efo tablet,” meddai Rhys Example o CGGSDd.',
    '“Mae pawb yn edrych ymlaen,” meddai Aelod o Bwyllgor y Clwb a chyn chwaraewr, Dylan Example.',
    'Pyle rugby development lead for the club, Gareth Example said, “We always put a big emphasis on fun.”',
    'Pendine Park artist in residence Sarah Example said: “That was bad enough.”',
    // A body named with its country (real-text-blind126, -130).
    'Dywedodd Ruth Example o Living Streets Cymru: "Mae cerdded yn cynnig manteision enfawr."',
    'However David Example, of Renewable UK Cymru, said: “It is good news.”',
    // An event's organisers and committee members, directors, an office's forecaster, a weather
    // company's forecaster, a chief executive after "â", a police force by name (real-text-blind121 to -125; drafts-blind59).
    'Wrth siarad â golwg360, dywed Sara Example, un o’r trefnwyr, eu bod nhw “wedi gweld bod yna fwlch i gynnal gŵyl”.',
    '“It was a great day,” said committee member, Ruth Example.',
    '“We are growing,” said David Example, one of the directors.',
    'Dywedodd Tony Example, Dirprwy Brif Feteorolegydd y Swyddfa Dywydd, fod yna “gryn ansicrwydd” am gryfder y storm.',
    '“Mae yna wasgedd isel,” meddai Billy Example o gwmni proffwydo tywydd MeteoGroup.',
    'Yn ymuno ag ef oedd rhai Aelodau Cynulliad, ynghyd â phrif weithredwr dros dro yr elusen, Jim Example.\n“Mae angen y ganolfan,” meddai Jim Example.',
    'Dyfed Powys Police said: “Police confirm that three people were arrested.”',
    // Someone speaking for their body: a project's worker, a manager of a service, a branch, a body
    // by its name, a head coach, a practitioner by title, a judge by title (real-text-blind109 to -118).
    'Dywedodd Judith Example, gweithiwr Llesiant a’r Amgylchedd prosiect Dyffryn Gwyrdd: “Roedd hi’n wlyb.”',
    'Dywedodd Helen Example, sy’n rheoli gwirfoddolwyr Tŷ Olwen a’r Gwasanaeth Gofal: “Mae rhai yn gweithio yn y bar te.”',
    '“We are proud of the team,” said Helen Example, who manages the volunteer service.',
    'Meddai Carly Example o gangen Maesteg: "Mae’n wych."',
    '"You go through Swansea," said Quentin Example of Natural Resources Wales.',
    'Mae digon o brofiad i brif hyfforddwr dan 20 Cymru, Gareth Example. “Mae’n dda cael y math yma o chwaraewyr,” meddai Example.',
    'Dywedodd Tracy Example, Uwch Ymarferydd Gofal Critigol: “Trefnais i’r casgliad.”',
    'At Swansea Crown Court, Judge Huw Example told the teenagers: "You took part in serious disorder."',
    'Dywedodd yr athrawes a hyfforddwraig Addysg Gorfforol, Myfanwy Example, “Roedd y merched yn eithriadol.”',
    'The adjudicators were Aled Example, Elan Example and Elinor Example. Elan Example said: “This is a complete collection.”',
    // A competition's adjudicator giving the verdict, a show committee's member named with it, an
    // officer by rank opening the name, a judge speaking after a name in a clause before (real-text-blind103 to -109).
    'Yn ôl y beirniad, Rhian Example, roedd honno’n gystadleuaeth “hollol, hollol wych”.',
    'The adjudicator, Huw Example, said: “The standard was extremely high.”',
    'Dywedodd Emyr Example, Pwyllgor Sioe Tregaron: “Ma bach o nerfusrwydd ar bawb.”',
    '“It was a busy day,” said Emyr Example, Show Committee chair.',
    '“Bydd yn rhaid gweithredu yn ffurfiol," meddai PC Jones.',
    '"We will have to act," said PC Jones.',
    'Ar ôl i Karen Example gael ei rhyddhau heddiw, dywedodd yr ustus ei fod yn “cytuno’n gyfan gwbl” â phenderfyniad y rheithgor.',
    // An event's organiser, a service's weather presenter, an editor, a trustee, the High Sheriff (real-text-blind95 to -98).
    'Dywedodd Elin Example, un o drefnwyr y digwyddiad: "Roedd cymaint o bobl yno."',
    'Dywedodd Llŷr Example o wasanaeth tywydd BBC Cymru: "Bydd y gwynt yn cryfhau."',
    'BBC Radio Cymru editor Rhuanedd Example said: “If ever there was a programme for the moment, this is it.”',
    'Dywedodd Sara Example, un o ymddiriedolwyr Cylch Meithrin Aberhonddu: “Mae’n wych.”',
    '“During my year I have met many volunteers,” said the High Sheriff, Kate Example.',
    // A national body by its name, and a researcher from a named centre (real-text-blind91, -93).
    '“Diolch am eich amynedd,” meddai National Highways.',
    '“Thank you for your patience,” said National Highways.',
    'Yn ôl Dr Hannah Example o\'r Ganolfan Datblygu a Chynnydd, mae "angen mwy o ymchwil i\'r maes".',
    'According to Dr Hannah Example from the Centre for Development, there is "a need for more research in the field".',
    // A business's owner and a service's pilot speak for them; a clause the speaker goes on to has
    // someone else as its subject (real-text-blind86, -87, -89).
    'Dywedodd Ffred Example, perchennog cwmni Cadwyn: “Mae’r archebion wedi dyblu.”',
    '“It means the world to us,” said Gwyn Example, the store’s owner.',
    'Chief pilot David Example said: “This was an extremely challenging rescue.”',
    'Dywedodd llefarydd ar ran yr Ymddiriedolaeth: “Rydyn ni’n chwilio.”\n\n“Ei benderfyniad ef yw meini prawf y swydd,” meddai cyn ychwanegu fod Hilary Example o Ogledd Iwerddon wedi bod yn gwneud y swydd.',
    // A body named by its initials speaks through its people (real-text-blind77).
    "Dywedodd Chris Example o'r RNLI bod modd \"osgoi nifer o'r digwyddiadau wrth wybod pryd mae'r llanw'n troi\".",
    'Chris Example from the RNLI said it was possible to "avoid many of the incidents by knowing the tides".',
    // The court's and the inquest's people, an examiner and a warden in role; an office announcing
    // before its holder is named (real-text-blind77, -79, -84).
    'Dywedodd yr erlynydd Kirsten Example: “Roedd hi ar orsaf,” meddai Kirsten Example.',
    '“He was driving even further,” said prosecutor Mike Example.',
    '“Roedd y car ar y ffordd,” meddai’r uwch grwner Graeme Example.',
    '“Mae angen mwy o hyfforddiant,” meddai Prif Arholwr y Sefydliad, Peter Example.',
    '“More training is needed,” said the Institute’s chief examiner, Peter Example.',
    'Wrth edrych ymlaen at y Nadolig, dywedodd Gruff Example, un o Wardeiniaid Parc Cenedlaethol Eryri,\n\n“Paratowch yn drwyadl.”',
    'Mae prif weithredwr Cyngor Sir Ceredigion wedi cyhoeddi y bydd yn ymddeol.\n\nYn ôl Bronwen Example mae ei phenderfyniad yn "amserol".',
    'The chief executive of Ceredigion Council has announced she will retire.\n\nAccording to Bronwen Example, her decision is "timely".',
    // A chief executive written short, a service's supervisor or assistant, clergy, a part in an
    // organisation after the name, and a place's council (real-text-blind75 to -78).
    "Alison Example, CEO, said: 'We are able to tailor our support.'",
    'Matt Example, South Wales Lifeguard Supervisor said: ‘It is important to carry a phone.’',
    'Dywedodd Sue Example, Cymhorthydd yr Archifau: “Mae heddiw yn ddiwrnod llawn hwyl.”',
    'The Rev Carol Example said: "It is important that we help."',
    'Meddai y Parch Dr Carol Example, un o drefnwyr Clwb Cawl, "Mae\'n bwysig ein bod ni yn helpu."',
    '"It is important," said Carol Example, one of the organisers of the club.',
    '"Mae\'n bwysig," meddai Carol Example, un o drefnwyr y clwb.',
    '“It was lovely,” said Rhondda Cynon Taf Council.',
    '“Roedd yn hyfryd,” meddai Betsi Cadwaladr.',
    // A support worker in Welsh, speaking for her service (real-text-blind61).
    'Dywedodd Kate Example, Gweithiwr Cefnogi Dementia: “Mae hwn yn ben-blwydd arbennig iawn.”',
    // A college's tutor speaking for it (real-text-blind57).
    'Dywedodd Nerys Example, Tiwtor Cymraeg i Oedolion yng Ngholeg Cambria: “Rydyn ni mor falch o’n dysgwyr.”',
    'Nerys Example, a Welsh for Adults tutor at Coleg Cambria, said: “We are so proud of our learners.”',
    // Members named in full with their letters, then by given name alone (real-text-blind54).
    'Mae Siân Example AS a Hywel Example AS wedi croesawu’r newyddion. Mewn datganiad ar y cyd, dywedodd Siân a Hywel: “Rydym yn falch.”',
    'Siân Example MS and Hywel Example MP welcomed the news. In a joint statement, Siân and Hywel said: “We are pleased.”',
    // A long role set off before the name, then the name again by title (real-text-blind55).
    "Mae'r aelod cabinet sydd â chyfrifoldeb dros gyllid yng nghyngor Sir Benfro, Bob Example, wedi amddiffyn y syniad.\n\nDywedodd Mr Example: \"Mae ein lefelau treth cyngor ni dipyn yn is na'r cyfartaledd.\"",
    'The cabinet member with responsibility for finance at Pembrokeshire County Council, Bob Example, defended the idea.\n\nMr Example said: "Our council tax is well below the average."',
    // Advocates in a court report, speaking for their side (real-text-blind53).
    'Thomas Example, prosecuting, said: “In the early hours the defendant set fire to the door.”',
    'Scott Example, mitigating, said: “He is deeply ashamed of what he did.”',
    'Dywedodd Tomos Example, ar ran yr erlyniad: “Fe wnaeth y diffynnydd gynnau tân.”',
    // A society after an elided article, as after "of the" (real-text-blind53).
    'Dywedodd Owain Example, o’r Gymdeithas Ddiwylliannol Fwslimaidd Gymreig: “Mae’n gyfle gwych i weithio’n ddwyieithog.”',
    'Owain Example, of the Welsh Muslim Cultural Society, said: “It is a great chance to work bilingually.”',
    // A party leader who spoke unnamed, then named in the next sentences (real-text-blind53).
    'Mae arweinydd plaid UKIP yng Nghymru wedi dweud y dylai arweinwyr areithio yn Saesneg.\n\nDywedodd Nathan Example ar raglen radio y byddai hyn yn helpu.\n\nDywedodd Mr Example y dylai pawb gael help "i deimlo bod eu gwreiddiau yn bwysig".',
    'The leader of the party in Wales has said that leaders should preach in English.\n\nNathan Example told a radio programme this would help.\n\nMr Example said it would help everyone "to feel their roots matter".',
    // A body's team or the body by its common noun, a wrong accent on 'tîm' too (real-text-blind51).
    'Catrin Example from the council said: “It was a great day for the beach.”',
    'Meddai Catrin Example o dîm y cyngor: “Roedd yn brofiad gwych.”',
    'Meddai Catrin Example o dím Ardal Cadwraeth Arbennig Pen Llŷn: “Roedd yn brofiad gwych.”',
    // A real quotation in between is someone else's words: the pronoun may be theirs.
    'Mary Example has been a patient for years. One neighbour called it “a disgrace to the whole village”. “We never thought it would close,” she said.',
    'Un o’r cleifion yw Mary Example. Galwodd cymydog y penderfyniad yn “warth i’r pentref i gyd”. “Dydyn ni ddim yn hapus,” meddai.',
    // The same after a spokesperson for an organisation.
    'Dywedodd llefarydd ar ran y cyngor bod y gwaith ar ben. “Mae’r ffordd ar agor,” meddai wrth y BBC.',
    'A spokesperson for the council said the work was finished. “The road is open,” she told the BBC.',
    // An elected member named after their seat: the seat is no speaker, the member is elected (real-text-blind50).
    'Plaid Cymru AM for Arfon, Sian Example said: "This is very worrying news for the residents."',
    'Dywedodd yr AS dros Arfon, Sian Example: "Mae hyn yn newyddion drwg i’r trigolion."',
    // The same title in apposition is the speaker's.
    'Dr Simon Example, the Ombudsman, published the report. “My worry is this,” he said.',
    'Dywedodd Dr Simon Example, yr Ombwdsmon: “Fy mhryder i yw hyn.”',
    { name: "Welsh: a councillor's reported clause ending in a colon", text: 'Dywedodd y Cynghorydd Sian Example ei bod yn falch o weld y gwaith:\n"Mae hwn yn newyddion gwych i’r dref."' },
    { name: "a councillor's reported clause ending in a colon", text: 'Cllr Sian Example said she was pleased to see the work finished:\n"This is great news for the town."' },
    // An office one person holds, speaking unnamed in the sentence before, then the person named (real-text-blind43).
    { name: 'the First Minister speaking, then named as the speaker', text: 'Christmas is a time for generosity – said Wales’ First Minister in his festive message.\n“Nadolig Llawen i bawb. I wish you all a Merry Christmas,” said Mark Example.\n“Thank you for everything you do.”' },
    { name: "Welsh: y Prif Weinidog speaking, then named", text: 'Mae’r Nadolig yn amser i roi, meddai Prif Weinidog Cymru yn ei neges.\n“Nadolig Llawen i bawb. Diolch i chi gyd,” meddai Mark Example.' },
    // Someone from a public body speaks for it: Public Health Wales, an agency, a museum (real-text-blind43).
    'Dywedodd Dr Richard Example o Iechyd Cyhoeddus Cymru: "Bob blwyddyn mae straen y ffliw yn newid."',
    'Dr Richard Example of Public Health Wales said: "Every year the flu strain changes."',
    // A county archivist and a museum curator speak for their service (drafts-blind35).
    // A PCSO as Welsh forces write it (real-text-blind47); a title in quotation marks and its performers (real-text-blind46).
    "“Roedd yn ddiddorol iawn,” meddai PCCH Dan Example. “Diolch i bawb a ymunodd.”",
    // The source a sentence opens on speaks next, not someone named later in it (real-text-blind66).
    'Yn ôl Hannah Example, Cydlynydd yr Urdd, mae yna “wledd” o weithgareddau, gan gynnwys sesiwn clocsio gan y cyflwynydd, Tudur Example.\n\n“Rydym wrth ein boddau yn cynnig cyfle fel hyn,” meddai.',
    'According to Hannah Example, the Urdd’s coordinator, there is a feast of activities, including a clog-dancing session led by the presenter, Tudur Example.\n\n“We are delighted to offer this chance,” she said.',
    // A description of several people points back to no one person (real-text-blind65).
    "The prize was won by Elin Example from Betws.\nAccording to the judges, 14 plays were received, with both judges 'very pleased with the promise and confidence shown in all the plays.'",
    'Mae Mali Example yn ofalwr maeth. “Mae’n amser iawn i ni,” meddai’r trefnwyr.',
    'Mali Example has become a foster carer. “It is the right time for us,” said the organisers.',
    // Reported speech with no quotation marks is a paraphrase, the remedy the rule suggests (real-text-blind67).
    'Yn ôl ei fab, Dai Example, mae ansicrwydd dros le y gall ei dad fynd nesaf.',
    'According to his son, Dai Example, there is uncertainty over where his father can go next.',
    // A union's officer and a library's curator (real-text-blind70, real-text-blind71).
    'Dywedodd Gareth Example o Unite: "Mae’r undeb yn siomedig iawn."',
    '“We are very disappointed,” said Gareth Example from Unite.',
    '“Mae’n gyfle gwych i weld y casgliad,” meddai Mari Example, un o guraduron y Llyfrgell.',
    // A statement speaking, not the person its last paragraph named (real-text-blind72).
    '"Mwynhaodd fywyd y Côr, ac ar ôl colli ei annwyl wraig Eirlys yn 2009, bu’r Côr yn gefn mawr iddo."\nYchwanegodd y datganiad: "Roedd yn storiwr o fri."',
    '"He enjoyed the choir, and after losing his wife Eirlys in 2009 the choir was a great support."\nThe statement added: "He was a fine storyteller."',
    // Speaking on behalf of a body (real-text-blind68).
    'Speaking on behalf of the campaign group, Carl Example said: “After a wait of over four months the council finally replied.”',
    'Ar ran y grŵp ymgyrchu, dywedodd Carl Example: “Ar ôl aros pedwar mis, atebodd y cyngor o’r diwedd.”',
    // Police ranks with their letters and the soft mutation (real-text-blind63).
    '“This can be very distressing,” said DC Gareth Example from the Economic crime team.',
    '“Mae’r berthynas gyda’r teuluoedd yn hollbwysig,” meddai Dirprwy Brif Gwnstabl Heddlu Dyfed-Powys, Richard Example.',
    'Daeth yr apêl gan Gomisiynydd Heddlu a Throsedd Gogledd Cymru, Andy Example, ar ôl iddo gael gwybod. Dywedodd Mr Example: “Gall y twyllwyr fod yn gredadwy iawn.”',
    'The appeal came from Deputy Chief Constable Richard Example. “Every missing person has a story,” said Mr Example.',
    'Dawns ‘Ni fydd y wal’ - ‘Curiad Caron’ - Megan a Nel.',
    'Dance: ‘Heart Beat’ - Megan and Nel.',
    "Dywedodd Catrin Example, Archifydd y Sir: “Dyma'r cofnodion mae pobl yn gofyn amdanyn nhw fwyaf.”",
    'Catrin Example, County Archivist, said: “These are the records people ask for most.” Curator Huw Example added: “Come and see them.”',
    // A name opening the quotation is not the speaker of its next paragraph (real-text-blind41).
    { name: 'a school speaking, a pupil named at the start of its quotation', text: 'Ysgol Example said: “Vihaan’s winning article is a reflection of his deep understanding of history.\n“His insightful piece stood out among entries from schools across Wales.”' },
    { name: 'Welsh: a school speaking, a pupil named at the start of its quotation', text: 'Dywedodd Ysgol Example: “Vihaan sydd wedi ennill, ac mae ei erthygl yn dangos ei ddealltwriaeth o hanes.\n“Roedd ei waith yn sefyll allan ymysg ceisiadau o ysgolion ledled Cymru.”' },
    // A long quotation of an official, and a colon before a straight quote that is no one's words.
    { name: "an official's quotation longer than 500 characters", text: `The council leader, Cllr Sian Example, said: “We are proud of our services. ${'Our staff work hard all year to keep the county safe. '.repeat(10)}Thank you.”` },
    { name: "Welsh: an official's quotation longer than 500 characters", text: `Dywedodd arweinydd y cyngor, y Cynghorydd Sian Example: “Rydym yn falch o'n gwasanaethau. ${"Mae ein staff yn gweithio'n galed drwy'r flwyddyn. ".repeat(10)}Diolch.”` },
    { name: 'Welsh: a theme after a colon in straight quotes', text: 'Thema’r ffair eleni: "Gaeaf Hudol yn y Dref\nDewch draw i’r neuadd.' },
    { name: 'a theme after a colon in straight quotes', text: 'This year’s theme: "A Winter Wonderland in Town\nCome along to the hall.' },
    // A police rank written short, and a coordinator (real-text-blind40, real-text-blind39).
    'Ch Insp Stephen Example said: “The River Dee is in a very dangerous state.”',
    'Meddai Lucy Example, Cydgysylltydd y Faner Werdd: “Mae’n wych gweld y parciau’n llwyddo.”',
    // "As usual" is no one's words; a role before an organisation's name is the speaker's (real-text-blind37, real-text-blind6).
    'Cyfarfu’r aelodau yn ôl eu harfer yng nghaffi Beca, Efailwen ar nos Fercher.',
    'The members met, according to plan, at Beca Example, the café in Efailwen, on Wednesday.',
    'Prif Weithredwr Tai Gogledd Cymru, Paul Example, fu’n beirniadu’r addurniadau. Dywedodd: “Roedd yn wych.”',
    // The Senedd's members before 2020, as older news names them (real-text-blind31).
    { name: "Welsh: an 'Aelod Cynulliad' named first, quoted later", text: 'Mae Aelod Cynulliad Ceredigion, Elin Example, wedi canmol y gwasanaethau brys. “Roedd y llifogydd yn annisgwyl,” meddai Elin Example.' },
    { name: "an Assembly Member named first, quoted later", text: 'Janet Example, Assembly Member for Aberconwy, held a public meeting on the floods. Speaking afterwards, Janet said: “Thank you to everyone who came.”' },
    { name: "Welsh: an AC's letters after the name", text: '“Roedd y llifogydd yn annisgwyl,” meddai Elin Example AC.' },
    // A member's letters before the name, or ending an apposition about them (real-text-blind32).
    { name: "a party's AM before the name, quoted later as Mr", text: 'Plaid Cymru AM Llyr Example has warned householders. “These scammers are the worst,” said Mr Example.' },
    { name: "an apposition ending in the member's letters", text: 'Mr Example, Plaid Cymru’s North Wales AM, said: “These scammers are the worst.”' },
    { name: "Welsh: 'AS' and the seat before the name", text: 'Yn ôl AS Arfon, Sian Example, mae angen gweithredu. “Rhaid gweithredu,” meddai Sian.' },
    { name: 'a name in mixed quotation marks, no speaker', text: 'The “Big Cheese" festival returns this year to the castle grounds, organisers said.' },
    { name: 'a sign saying something, no comma', text: 'Mrs Jones put up a sign saying “Keep out of the garden”.' },
    { name: 'Welsh: a sign that says something', text: 'Rhoddodd Mrs Jones arwydd yn dweud “Cadwch allan o’r ardd”.' },
    { name: "an official's participle", text: 'Cllr Sian Jones thanked everyone, saying: “What a night!”' },
    { name: 'an official in an open relative clause', text: 'Sian Jones, who is head of libraries at the council said: “We are delighted.”' },
    { name: 'Welsh: an official in an open relative clause', text: 'Sian Jones, sy’n bennaeth llyfrgelloedd y cyngor meddai: “Rydyn ni wrth ein boddau.”' },
    { name: 'a nurse by her role word, quoted', text: 'Mrs Morgan was on the ward. "It was busy," she said. Nurse Mrs Morgan has worked there for years.' },
    { name: 'Welsh: a nurse by her role word, quoted', text: 'Roedd y nyrs Mrs Morgan ar y ward. "Roedd hi’n brysur," meddai.' },
    { name: 'an MS introduced ", MS for …", quoted later as Mr', text: 'Samuel Kurtz, MS for Carmarthen West, has called on people to shop locally. Mr Kurtz said: “Small Business Saturday is a fantastic opportunity.”' },
    { name: 'Welsh: an AS introduced ", AS …", quoted later as Mr', text: "Mae Samuel Kurtz, AS Gorllewin Caerfyrddin, wedi galw ar bobl i siopa'n lleol. Dywedodd Mr Kurtz: “Mae'n gyfle gwych.”" },
    { name: 'an officer said a named man had shown “…”', text: 'Duncan Smith, the council’s chief officer for neighbourhoods, planning and public protection, said Mr Hatch had shown “a total disregard for the law and local residents”.' },
    { name: 'Welsh: dywedodd swyddog fod dyn wedi dangos “…”', text: "Dywedodd Duncan Smith, prif swyddog cymdogaethau, cynllunio a diogelu'r cyhoedd y cyngor, fod Mr Hatch wedi dangos “diystyrwch llwyr o'r gyfraith a'r trigolion lleol”." },
    // The same shapes for an official, an organisation, and a fire service's chief officer (real-text-blind23's look-alikes).
    'Angharad Haden said the cut would isolate villagers.\n\n"We are reviewing every route," said the council spokesperson.',
    'Dywedodd Angharad Haden y byddai’r toriad yn ynysu pobl.\n\n“Rydym yn adolygu pob llwybr,” meddai’r cyngor.',
    'Wrth drafod y tanau glaswellt, dywedodd PST Roger Example KFSM:\n\n"Mae’r criwiau wedi gweithio’n galed iawn."',
    'Prif Weithredwr Tai Enghraifft, Paul Example, fu’n beirniadu’r addurniadau. Dywedodd:\n\n"Roedd safon y gwaith yn wych."',
    // The same shapes from a councillor, an organisation, or a quoted name of two words (real-text-blind22's look-alikes).
    'Cllr Jane Example said the new library is a wonderful space.\n\n“It will serve the town for decades.”',
    'Dywedodd y Cynghorydd Sian Example fod y llyfrgell yn wych.\n\n“Bydd yn gwasanaethu’r dref am ddegawdau.”',
    'The council said the works will finish in May.\n\n“We thank residents for their patience.”',
    'Mair Example opened the new café on Friday.\n\n“Croeso i bawb” is painted above the door.',
    'Sian Morgan said she and her family went to the market on Saturday for the “Big Cheese” festival.',
    'Dywedodd Sian Morgan ei bod hi a’i theulu wedi mynd i’r farchnad ddydd Sadwrn ar gyfer gŵyl y “Caws Mawr”.',
    'Cllr David Thomas opened the homes.\n\nDavid Thomas said: “These homes change lives.”',
    // A pronoun or a bare verb pointing back to a councillor, to no one, or to a sentence long before.
    'Cllr Jane Example opened the new library on Monday.\n\nShe said: “It is a wonderful space for everyone.”',
    'Agorodd y Cynghorydd Sian Example y llyfrgell newydd ddydd Llun.\n\nDywedodd: “Mae’n lle gwych i bawb.”',
    'The library reopened on Monday after the works.\n\nShe said: “It is a wonderful space for everyone.”',
    'Officers said: “The road will reopen on Friday.”',
    // The chain back through a pronoun reaches a councillor, or stops at a sentence with no pronoun.
    'Cllr Jason Example opened the new hub. Though he admits it was slow to start, it is busy now.\n\n“We are delighted with how it is going,” he said.',
    "Agorodd y Cynghorydd Jason Example yr hyb newydd. Er ei fod yn cyfaddef bod pethau'n araf, mae'n brysur nawr.\n\n“Rydyn ni wrth ein bodd,” meddai.",
    "Helpodd Jason Example i sefydlu'r grŵp. Tyfodd y grŵp yn gyflym dros yr haf.\n\n“Rydyn ni'n cwrdd bob mis,” meddai'r cyngor.",
    // Going back, a sentence with someone else speaking, a role or a name that cannot be quoted ends the search.
    'Mali Example farms beside the path. A council spokeswoman said signs would go up.\n\n“We will act quickly,” she said.',
    "Mae fferm Mali Example ger y llwybr. Dywedodd llefarydd y byddai arwyddion yn cael eu gosod.\n\n“Byddwn yn gweithredu'n gyflym,” meddai.",
    'Mali Example won the drama medal. The Cabinet Member for Culture is Cllr Catrin M S Example. She said: “It is wonderful to see our young people shine.”',
    "Braf oedd gweld Elain Example yn ennill y Fedal Ddrama.\n\nY Cynghorydd Catrin M S Example yw'r aelod Cabinet dros Ddiwylliant. Dywedodd: “Mae'n wych gweld ein pobl ifanc yn disgleirio.”",
    // Still in role: two roles joined by "and", a teacher now (the look-alikes of real-text-blind36's).
    'Sian Example, chair and treasurer of the club, said: “We are delighted.”',
    'Dywedodd Enid Example, athrawes yn yr ysgol: “Rydyn ni wrth ein bodd.”',
    'Enid Example, a teacher at the school, said: “We love the Eisteddfod.”',
    // A description that is an official's or an organisation's is no member of the public.
    'Sian Evans raised £500 for the hospice.\nSaid the spokesperson: “It was hard work.”',
    'Sian Evans raised £500 for the hospice.\nSaid the charity: “It was hard work.”',
    'Mae Sian Evans wedi codi £500 i’r hosbis.\nMeddai’r elusen: “Diolch o galon.”',
    // Staff speaking in their role, the quote on the line after the colon (real-text: a council's advisory teacher).
    'Rachel Example, Additional Learning Needs Advisory Teacher said:\n“I truly feel privileged to have been part of this team.”',
    'Dywedodd Siân Example, athrawes yn yr ysgol:\n“Rydyn ni’n falch iawn o’r disgyblion.”',
    'Our new library opened today. The Leader of the Council said:\n“It is a great day for the town.”',
    'Mali Williams became a foster carer in 2019.\n\n\n\nThe fostering team said: “We need more carers like her.”',
    // A role set off by a comma with no lower-case word is the speaker and a description, not a role.
    'Said Cabinet Member for Housing, Cllr Jane Example: “We are delighted.”',
    { name: 'remember before a quoted name, no speaker', text: 'Residents will remember the old “Tin Chapel” on the corner of Heol y Bont.' },
    { name: 'Welsh: a councillor described by a relative clause', text: 'Dywedodd y Cynghorydd Richard Jones, sy’n gyfrifol am y portffolio hamdden a diwylliant yn y cyngor: “Rydym yn falch iawn.”' },
    { name: 'a councillor described by a relative clause', text: 'Said Councillor Richard Jones, who is responsible for the leisure and culture portfolio: “We are delighted.”' },
    // (was test/dp/unconsented-quote.test.ts)
    '“We are delighted,” said Cllr Jones, Cabinet Member for Waste.',
    '“Mae’n wych,” meddai Cyng. Dai Jones.',
    '“Mae’n newyddion gwych,” meddai Arweinydd y Cyngor.',
    'Our Leader, Cllr Darren Price, said: “We will listen.”',
    'Jane Evans, Director of Place, said: “We are pleased.”',
    // An organiser speaking for an organisation the council works with (the form of a published Wrexham release).
    'Jo Example, Community Organiser at Example Refugee Network, said: “Everyone is welcome.”',
    { name: 'Welsh: an organiser speaking for an organisation', text: 'Meddai Siân Example, Trefnydd Cymunedol gyda Menter Iaith Example: “Mae croeso i bawb.”' },
    // A job title and organisation in Title Case after the name (real-text-blind9).
    { name: 'Welsh: a chief librarian of a council, quoted', text: 'Meddai Deborah Owen, Prif Lyfrgellydd Cyngor Sir Example:\n\n“Rydym ni’n edrych ymlaen yn fawr at groesawu plant yn ôl.”' },
    { name: 'a lead officer of a council, quoted', text: '“We look forward to welcoming children back,” said Deborah Owen, Reading Development Lead, Example County Council.' },
    { name: 'someone speaking for an organisation they are from', text: 'Jo from Example Tenants Association said: “We welcome the plan.”' },
    { name: 'Welsh: someone from a Menter Iaith, named again at the quote', text: 'Mae Gwion o Fenter Iaith Sir Example yn esbonio:\n\n“Mae’r plant wrth eu bodd yn chwarae gyda’i gilydd” medd Gwion.' },
    // Organisations quoted by name (published Welsh news).
    { name: 'Welsh: an organisation quoted (meddai’r Grid Cenedlaethol)', text: '“Bydd y cyflenwad yn ôl erbyn fore Iau,” meddai’r Grid Cenedlaethol.' },
    { name: 'Welsh: a commission quoted (Yn ôl Comisiwn …)', text: 'Yn ôl Comisiwn Example, mae angen lleihau nifer y cyrff cyhoeddus.' },
    { name: 'Welsh: a team quoted on its own behalf', text: 'Dywedodd Sian, ar ran tîm Pêl-rwyd Example: “Rydym yn ddiolchgar iawn.”' },
    { name: "a council group's leader quoted in role", text: 'Current leader Huw Example said: “He served the town for forty years.”' },
    { name: 'someone from a food bank', text: '“Mae’r galw wedi dyblu,” meddai Lowri Example o Fanc Bwyd Example.' },
    { name: 'Welsh: a lead member (aelod arweiniol)', text: 'Meddai Huw Example, Aelod Arweiniol Tai: “Rydym yn falch iawn.”' },
    { name: 'Welsh: a Member of the Senedd with a party between (news scan)', text: 'Gwen Example ydy Aelod Plaid Cymru o’r Senedd dros Ganol De Cymru.\n\n“Dw i’n poeni’n fawr am gartrefi a busnesau,” meddai Gwen Example.' },
    { name: 'a Labour Member of the Senedd', text: 'Gwen Example is the Labour Member of the Senedd for the area.\n\n“We need answers,” said Gwen Example.' },
    '“We are proud,” said Carmarthenshire Council.',
    '“Stay safe,” said Dyfed-Powys Police.',
    '“Thanks all,” tweeted @CarmsCouncil.',
    'One resident told us the new bins are “brilliant”.',
    'Road closed: “Welsh to follow” is not a translation.',
    'Invoice INV-2026-004512 for the “new benches” has been paid.',
    'Have you seen this “black cat”? It was near King Street.',
    // a recorded permission covers the author, by handle or by name
    { name: 'permission by handle', text: withQuotes(PERMISSIONS, '“Lovely!” tweeted @sian_123.') },
    { name: 'permission by full name', text: withQuotes(PERMISSIONS, '“Lovely!” said Megan Evans.') },
    { name: 'permission by full name covers the given name', text: withQuotes(PERMISSIONS, '“Lovely!” said Megan.') },
    { name: 'permission by full name covers the name with a title', text: withQuotes(PERMISSIONS, '“Lovely!” said Mrs Megan Evans.') },
    {
      name: 'the organisation’s own name (organisation.name) is not a member of the public',
      text: '“We are listening,” said Dyfed Housing Unitary.',
      config: { organisation: { name: 'Dyfed Housing Unitary' } },
    },

    // Added: Welsh with a recorded permission
    { name: 'Welsh: a recorded permission by name', text: withQuotes(PERMISSIONS, '“Mae’r llyfrgell yn wych,” meddai Megan Evans.') },
    { name: 'Welsh: a recorded permission by handle', text: withQuotes(PERMISSIONS, 'Yn ôl @sian_123, “mae’r parc yn hyfryd”.') },
    // Officials after an abbreviation's full stop ("y Cyng."), and straight single quotes that are not quotes.
    { name: 'Welsh: y Cyng. before a three-word name', text: 'Dywedodd y Cyng. Nia Wyn Penri: “Mae’n wych gweld y llyfrgell newydd.”' },
    { name: 'Welsh: y Cynghorydd, straight single quotes', text: "Dywedodd y Cynghorydd Llinos Prys: 'Mae'r buddsoddiad yn newyddion da.'" },
    { name: 'a lord provost, quoted in a paragraph left open (news scan)', text: 'Lord provost Bob Duncan said: “George Regan worked tirelessly for the city.\n“He will be missed.”' },
    { name: 'a company quoted by name, described as a sponsor', text: 'Said Tesco, the sponsor: “We are delighted to support the food bank.”' },
    { name: 'Welsh: a company quoted by name, described as a sponsor', text: "Dywedodd Aldi, sy'n noddi'r digwyddiad: “Rydym yn falch.”" },
    { name: 'an opening mark left open, with nobody attributed', text: 'Our “Winter Ready campaign starts today.\nPick up a leaflet at any library.' },
    { name: "possessive apostrophes are not quotation marks", text: "Mrs Davies' class and the residents' group said thanks to the crew." },
    { name: 'a message from the police, then a colon', text: 'A message from Dyfed-Powys Police: “Lock your sheds.”' },
    { name: 'a public office holder', text: 'Our work has been recognised by the Auditor General for Wales who has said: “The Council’s performance improved.”' },
    { name: 'Welsh: a public office holder', text: 'Dywedodd yr Ombwdsmon: “Mae’r cyngor wedi ymateb yn dda.”' },
    { name: 'words from a writer by full name', text: "Words from Dylan Thomas: 'Do not go gentle into that good night.'" },
  ],
});
