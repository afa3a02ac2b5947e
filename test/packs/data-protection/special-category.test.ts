import { expect } from 'vitest';
import { CONTEXT_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('dp/special-category', {
  invalid: [
    { name: "Welsh: a named person's own injuries, no count (look-alike of a statistic)", text: "Dywedodd Huw Jones fod ei anafiadau yn ddifrifol.", found: ["Huw Jones fod ei anafiadau"] },
    { name: "a living campaigner's cancer, no funeral (look-alike)", text: "Cancer campaigner Irfon Williams spoke at the event.", found: ["Cancer campaigner Irfon Williams"] },
    { name: "a person's handle, airlifted to hospital (look-alike of a rescue team's)", text: "Get well soon @sian_jones84, airlifted to hospital after a fall.", found: ["Get well soon @sian_jones84, airlifted to hospital after a fall"] },
    { name: "a named resident's chronic pain (real-text-blind319)", text: "One local resident, Clive Reed, 79, said he suffers with chronic pain and becomes very anxious.", found: ["Clive Reed, 79, said he suffers with chronic pain"] },
    { name: "Welsh: a named resident's chronic pain, mutated", text: "Dywedodd Clive Reed ei fod yn byw gyda phoen cronig ers blynyddoedd.", found: ["Clive Reed ei fod yn byw gyda phoen cronig"] },
    { name: "motor neurone disease written short, about a named person (real-text-blind320)", text: "The day began with a moving speech by our MND warrior Sian Jones.", found: ["MND warrior Sian Jones"] },
    { name: "Welsh: motor neurone disease written short", text: "Mae Sian Jones yn byw gyda MND.", found: ["Sian Jones yn byw gyda MND"] },
    { name: "Welsh: out of hospital is a stay (look-alike of outside the hospital)", text: "Daeth Stephen Sheldon allan o’r ysbyty ddoe.", found: ["Stephen Sheldon allan o’r ysbyty"] },
    { name: "a person said to be Romany, no caravan (look-alike)", text: "John Smith is a Romany and lives in Cardiff.", found: ["John Smith is a Romany"] },
    { name: "a named person's cancer beside a charity's name", text: "Ffion Hughes has cancer and raises money for Young Lives vs Cancer.", found: ["Ffion Hughes has cancer"] },
    { name: "her own stroke, when she was young, is still hers", text: "Carol Example had a stroke when she was 50.", found: ["Carol Example had a stroke"] },
    { name: "Welsh: a person suffering from mental illness", text: "Mae Jo Example yn dioddef o afiechyd meddwl.", found: ["Jo Example yn dioddef o afiechyd"] },
    { name: "a person named Trent", text: "Mae Trent Jones wedi cael anafiadau all newid ei fywyd.", found: ["Trent Jones wedi cael anafiadau"] },
    { name: "the named one injured", text: "Emma Example was seriously injured in the crash.", found: ["Emma Example was seriously injured"] },
    { name: "tuberculosis treated in a person", text: "James Example was treated for tuberculosis last year.", found: ["James Example was treated for tuberculosis"] },
    { name: "driving offences and cannabis admitted by name (real-text-blind292)", text: "Mark Example, 19, faced fines after admitting a string of driving offences and possessing cannabis.", found: ["Mark Example, 19, faced fines after admitting a string of driving offences and possessing cannabis"] },
    { name: "Welsh: driving offences admitted by name", text: "Mae Mark Example wedi cyfaddef troseddau gyrru.", found: ["Mark Example wedi cyfaddef troseddau gyrru"] },
    { name: "a treatment on her knee, not an animal's paw (real-text-blind286)", text: "Mae Jeremy Patterson yn cael triniaeth ar ei ben-glin.", found: ["Jeremy Patterson yn cael triniaeth"] },
    { name: "a severe stroke, adjective before it (real-text-blind286)", text: "Beryl Steadman suffered a severe stroke at home.", found: ["Beryl Steadman suffered a severe stroke"] },
    { name: "a new life after his own stroke is his history", text: "Mike Rees has had a new life after a stroke.", found: ["Mike Rees has had a new life after a stroke"] },
    { name: "a living wife's stroke, his kin", text: "Mike Rees spoke about his wife, who had a stroke.", found: ["Mike Rees spoke about his wife, who had a stroke"] },
    { name: "Welsh: a living wife's stroke", text: "Siaradodd Mike Rees am ei wraig, a gafodd strôc.", found: ["Mike Rees am ei wraig, a gafodd strôc"] },
    { name: "a possessive before what the person owns is a person's", text: "Sian’s mum has dementia.", found: ["Sian’s mum has dementia"] },
    { name: "Welsh: a diagnosis, not a visit to the centre", text: "Mae Menna wedi cael diagnosis o ganser.", found: ["Menna wedi cael diagnosis o ganser"] },
    { name: "Welsh: 'yn Fwslim', soft-mutated", text: "Mae Siân Caiach yn Fwslim.", found: ["Siân Caiach yn Fwslim"] },
    { name: 'a named councillor who is a Muslim', text: "Councillor Siân Caiach is a Muslim and a member of the mosque.", found: ["Councillor Siân Caiach is a Muslim"] },
    { name: "Welsh: 'diwmor', a tumour mutated (real-text-blind265)", text: "Mae gan Bethan Jones diwmor ar yr ymennydd.", found: ["Bethan Jones diwmor"] },
    // A heart condition and a life-limiting one in Welsh; knee trouble (real-text-blind251).
    { name: "Welsh: 'chyflwr difrifol ar y galon'", text: "Mae Elin Jones yn ferch ifanc sydd â chyflwr difrifol ar y galon.", found: ["Elin Jones yn ferch ifanc sydd â chyflwr difrifol ar y galon"] },
    { name: "Welsh: 'cyflwr sy'n byrhau oes'", text: "Mae Elin Jones yn dioddef o gyflwr sy'n byrhau oes.", found: ["Elin Jones yn dioddef o gyflwr sy'n byrhau oes"] },
    { name: "'knee trouble' said of the speaker", text: "Tony Jones said knee trouble meant being at home feels unsafe.", found: ["Tony Jones said knee trouble"] },
    { name: "a named person's condition, however rare among others", text: "Tony Jones's heart disease is rare in men his age.", found: ["Tony Jones's heart disease"] },
    { name: "the speaker's own proneness is still theirs", text: "“I am prone to migraines,” said Chris Jones, a volunteer.", found: ["migraines,” said Chris Jones"] },
    { name: 'Welsh: a named person ill, beside a risk everyone shares', text: "Mae Chris Jones yn dioddef o salwch yr ysgyfaint ac mae pawb yn agored i annwyd.", found: ["Chris Jones yn dioddef o salwch"] },
    { name: "a named person who is disabled, 'other people' after", text: "Sian Jones is disabled and helps other people at the centre.", found: ["Sian Jones is disabled"] },
    // A legislature member's title before the name (real-text-blind235).
    { name: "Welsh: 'Aelod Cynulliad' before the name", text: "Mae’r Aelod Cynulliad Alun Example yn gwella yn yr ysbyty wedi iddo gael trawiad ar y galon.", found: ["Alun Example yn gwella yn yr ysbyty wedi iddo gael trawiad ar y galon"] },
    { name: "'Member of Parliament' before the name", text: "Member of Parliament Jo Example is recovering in hospital after a heart attack.", found: ["Jo Example is recovering in hospital after a heart attack"] },
    { name: "a Gypsy family named", text: 'The Gypsy family of Ashley Example moved to the site.', found: ['Gypsy family of Ashley Example'] },
    { name: 'the named person injured, no one else', text: 'Gruff Example was traversing Crib Goch when he suffered the injury.', found: ['Gruff Example was traversing Crib Goch when he suffered the injury'] },
    // On a charge of (real-text-blind150).
    { name: "Welsh: 'ar gyhuddiad o'", text: 'Mae Jac Example, 25, wedi ymddangos gerbron Llys Ynadon Caerdydd ar gyhuddiad o ddwyn.', found: ['Jac Example, 25, wedi ymddangos gerbron Llys Ynadon Caerdydd ar gyhuddiad o'] },
    { name: "'on a charge of'", text: 'Jac Example, 25, of Cardiff, faces trial on a charge of burglary.', found: ['Jac Example, 25, of Cardiff, faces trial on a charge of burglary'] },
    { name: "a speaker's own injury before their name", text: '“I was badly injured last year,” said Glyn Example.', found: ['injured last year,” said Glyn Example'] },
    { name: "a minister's own illness is still theirs", text: 'The minister for health, Lynne Example, has cancer.', found: ['Lynne Example, has cancer'] },
    { name: 'learning disabilities in lower case are still a person\'s', text: 'Becky Example has learning disabilities.', found: ['Becky Example has learning disabilities'] },
    { name: "Welsh: one who was affected is still the person", text: 'Roedd Sian Example, a oedd wedi ei heffeithio gan afiechyd meddwl, yn siarad.', found: ['Sian Example, a oedd wedi ei heffeithio gan afiechyd'] },
    // Court outcomes short of prison (real-text-blind125).
    { name: 'compensation and a curfew ordered', text: 'Jamie Example was ordered to pay compensation of £1,020 and was placed under curfew for 28 days.', found: ['Jamie Example was ordered to pay compensation of £1,020 and was placed under curfew'] },
    { name: 'a conditional discharge', text: 'Heledd Example was given a conditional discharge.', found: ['Heledd Example was given a conditional discharge'] },
    { name: 'Welsh: a conditional discharge', text: 'Cafodd Heledd Example ryddhad amodol gan yr ynadon.', found: ['Heledd Example ryddhad amodol'] },
    { name: "Welsh: a nurse's own operation", text: "Mae'r nyrs Sian Example yn cael llawdriniaeth yfory.", found: ['Sian Example yn cael llawdriniaeth'] },
    { name: "a volunteer's own surgery", text: 'Ward volunteer Sian Example is having surgery tomorrow.', found: ['Sian Example is having surgery'] },
    { name: 'a volunteer admitted to hospital is a patient', text: 'Phil Example volunteers at the hospital but was admitted to Morriston Hospital.', found: ['Phil Example volunteers at the hospital but was admitted to Morriston Hospital'] },
    { name: 'a patient in apposition is still the person', text: 'Bethan Example, a patient at the hospital, was admitted to Wrexham Maelor Hospital.', found: ['Bethan Example, a patient at the hospital, was admitted to Wrexham Maelor Hospital'] },
    { name: 'the black boy in lower case is still a person', text: 'John Example said the black boy in Caernarfon was attacked.', found: ['John Example said the black boy'] },
    // Prosecuted (passive) is the person's offence; the Welsh verb-noun alone is the council's resolve.
    { name: 'Welsh: a named person prosecuted', text: 'Cafodd Sion Example ei erlyn am dipio anghyfreithlon.', found: ['Sion Example ei erlyn'] },
    { name: 'a pronoun pointing back to the person named before', text: 'Thanks to Sian Example for all her help. She is in hospital after a fall.', found: ['is in hospital', 'after a fall'] },
    { name: 'Welsh: a pronoun pointing back to the person named before', text: 'Diolch i Sian Example am ei help. Mae hi yn yr ysbyty ar ôl cwympo.', found: ['yn yr ysbyty'] },
    { name: 'a diagnosis of the condition a charity is named for', text: 'Wyn Example was diagnosed with Alzheimer’s last year.', found: ['Wyn Example was diagnosed with Alzheimer’s'] },
    { name: 'Welsh: a diagnosis of the condition a charity is named for', text: 'Cafodd Wyn Example ddiagnosis o Alzheimer’s y llynedd.', found: ['Wyn Example ddiagnosis o Alzheimer’s'] },
    // A person named beside a county borough whose name holds a given name is still named (real-text-blind78).
    { name: 'a person from Rhondda Cynon Taf with dementia', text: 'Gwen Example from Rhondda Cynon Taf has dementia.', found: ['Gwen Example from Rhondda Cynon Taf has dementia'] },
    { name: 'Welsh: a person from Rhondda Cynon Taf with dementia', text: 'Mae gan Gwen Example o Rondda Cynon Taf ddementia.', found: ['Gwen Example o Rondda Cynon Taf ddementia'] },
    { name: 'a titled person with a condition said of them nearby', text: 'Dr Sian Example, who has had diabetes since childhood, spoke at the launch.', found: ['Dr Sian Example, who has had diabetes'] },
    { name: "Welsh: guilty in court", text: 'Cafwyd Sian Example yn euog o ddwyn gan ynadon Llanelli.', found: ['Sian Example yn euog'] },
    // Cleared by a court: still criminal proceedings (real-text-blind64).
    { name: 'a person cleared of assault', text: 'Mr Example was cleared of assaulting two pupils on his bus last week.', found: ['Mr Example was cleared of assaulting'] },
    { name: 'Welsh: a person found not guilty', text: 'Cafwyd Mr Example yn ddieuog o ymosod ar ddau ddisgybl ar ei fws.', found: ['Mr Example yn ddieuog'] },
    { name: 'a retired nurse taken to hospital is a patient', text: 'Jackie Example, a retired nurse, was taken to Singleton Hospital after a fall.', found: ['Jackie Example, a retired nurse, was taken to Singleton Hospital after a fall'] },
    // The older spelling 'cancr', mutated (real-text-blind67).
    { name: "Welsh: 'gancr'", text: "Yn 1997 y trodd bywyd Phyllis Example a'i theulu ben i waered gyda'r cadarnhad ei bod yn dioddef o gancr.", found: ["Phyllis Example a'i theulu ben i waered gyda'r cadarnhad ei bod yn dioddef o gancr"] },
    // A birth's words do not excuse a condition or a stay without a birth.
    { name: 'a pregnancy beside a birth', text: 'Aneira Example gave birth in hospital after a difficult pregnancy.', found: ['Aneira Example gave birth in hospital after a difficult pregnancy'] },
    // A newspaper's lede with the name in capitals (real-text-blind50).
    { name: 'a name in capitals opening a lede', text: 'PATRICK EXAMPLE visited his optician when he noticed a black spot, and was diagnosed with glaucoma.', found: ['PATRICK EXAMPLE visited his optician when he noticed a black spot, and was diagnosed'] },
    { name: 'Welsh: a name in capitals opening a lede', text: 'GWENLLIAN EXAMPLE o Landeilo sydd wedi cael diagnosis o ganser y fron eleni.', found: ['GWENLLIAN EXAMPLE o Landeilo sydd wedi cael diagnosis o ganser'] },
    // The look-alikes' true positives (real-text-blind54): minor injuries said of a person, a pronoun with no one else brought in, a hospital by name.
    { name: "Welsh: 'gyda mân anafiadau' said of a person", text: "Aed â Sian Example i'r ysbyty gyda mân anafiadau.", found: ["Sian Example i'r ysbyty gyda mân anafiadau"] },
    { name: 'a pronoun pointing back, with no one else brought in', text: 'Thanks to Sian Example. She is in hospital.', found: ['is in hospital'] },
    { name: "'to Hospital' then no name", text: 'Gary Example was taken to Hospital by ambulance.', found: ['Gary Example was taken to Hospital'] },
    { name: "Welsh: accused, in the passive", text: 'Mae Julie Example wedi ei chyhuddo o ddwyn o’r siop.', found: ['Julie Example wedi ei chyhuddo'] },
    // A church's member by their church, ethnicity in Welsh, Asperger's without its apostrophe, an admitted assault (real-text-blind52, 53).
    { name: 'an Anglican named', text: 'John Example, a longstanding Anglican who lives in Pontypridd, tweeted about it.', found: ['John Example, a longstanding Anglican'] },
    { name: "Welsh: a Baptist named ('Fedyddiwr', mutated)", text: 'Mae John Example, sy’n Fedyddiwr ers blynyddoedd, yn byw ym Mhontypridd.', found: ['John Example, sy’n Fedyddiwr'] },
    { name: "Welsh: 'croenddu' beside a name", text: 'Fe wnaeth Nathan Example, cyn-ymosodwr croenddu Cymru, herio’r cadeirydd.', found: ['Nathan Example, cyn-ymosodwr croenddu'] },
    { name: "'Aspergers' without its apostrophe", text: 'David Example, defending, explained that Jonathan Example had been suffering from Aspergers from a young age.', found: ['Jonathan Example had been suffering from Aspergers'] },
    { name: "Welsh: 'syndrom Asperger'", text: 'Mae gan Jonathan Example syndrom Asperger ers yn blentyn.', found: ['Jonathan Example syndrom Asperger'] },
    { name: 'an admitted assault', text: 'Louis Jones admitted assault by beating at Merthyr Magistrates Court.', found: ['Louis Jones admitted assault'] },
    // A describing word said of a person is still theirs; after an article as a group it is not (below).
    { name: "'who is disabled' said of a person", text: 'Siân Example, who is disabled, spoke at the meeting.', found: ['Siân Example, who is disabled'] },
    { name: "Welsh: 'yn anabl' said of a person", text: 'Mae Siân Example yn anabl ers y ddamwain.', found: ['Siân Example yn anabl'] },
    { name: "'a disabled angler', one person", text: 'Dewi Example, a disabled angler, won the cup.', found: ['Dewi Example, a disabled'] },
    { name: "'is a disabled angler', said of the person", text: 'Dewi Example is a disabled angler who fishes at the lake.', found: ['Dewi Example is a disabled'] },
    // A person's own group stays theirs (real-text-blind194, -198).
    // Acute conditions of a named patient (real-text-blind195).
    { name: 'a cardiac arrest', text: 'Anthony Example, who suffered a cardiac arrest at Three Cliffs Bay, took on the hike.', found: ['Anthony Example, who suffered a cardiac arrest'] },
    { name: "Welsh: 'ataliad ar y galon'", text: 'Cafodd Anthony Example ataliad ar y galon ar y traeth.', found: ['Anthony Example ataliad ar y galon'] },
    { name: "Welsh: rid of one's own cancer stays theirs", text: 'Cafodd Stephen Example wared â’i ganser ar ôl triniaeth.', found: ['Stephen Example wared â’i ganser'] },
    { name: 'a patient in a hospital named by its place', text: 'Kevin Example is recovering in Ysbyty Gwynedd after a fall.', found: ['Kevin Example is recovering in Ysbyty Gwynedd after a fall'] },
    { name: "Welsh: 'hi’n sâl' is still ill", text: 'Dywedodd Sian Example ei bod hi’n sâl iawn.', found: ['Sian Example ei bod hi’n sâl'] },
    { name: "'the ill health of her husband' stays hers to keep", text: 'Sarah Example said the shop closed due to the ill health of her husband.', found: ['Sarah Example said the shop closed due to the ill health'] },
    { name: "'her disabled children'", text: 'Sian Example cares for her disabled children at home.', found: ['Sian Example cares for her disabled'] },
    { name: "Welsh: 'ei phlant anabl'", text: 'Mae Sian Example yn gofalu am ei phlant anabl.', found: ['Sian Example yn gofalu am ei phlant anabl'] },
    // "May", a given name that is a word too, with a surname, beside a health word; and in Welsh.
    { name: "'May' with a surname is a person", text: 'May Example, a wheelchair user, spoke at the meeting.', found: ['May Example, a wheelchair user'] },
    { name: "Welsh: 'May' with a surname is a person", text: 'Mae May Example yn defnyddio cadair olwyn ers ei strôc.', found: ['May Example yn defnyddio cadair olwyn ers ei strôc'] },
    // "the late" before a time is no death: the person is living (real-text-blind41).
    { name: "'the late 1980s' is no tribute", text: 'Aneurin Example worked as a programmer until the company moved in the late 1980s.\n\nNinety-year-old Aneurin, who suffered a stroke a few years ago, enjoyed the celebration.', found: ['Aneurin, who suffered a stroke'] },
    { name: "Welsh: 'y diweddar' before a time is no tribute", text: "Bu Aneurin Example yn rhaglennydd tan y diweddar 1980au.\n\nMae Aneurin, a gafodd strôc rai blynyddoedd yn ôl, wedi mwynhau'r dathlu.", found: ["Aneurin, a gafodd strôc"] },
    { name: "Welsh: 'Trefor', a Welsh given name, in hospital", text: 'Mae Trefor Example yn yr ysbyty ar ôl cwympo.', found: ['Trefor Example yn yr ysbyty'] },
    { name: "'Penri', a Welsh given name, in hospital", text: 'Penri Example from Bala is in hospital after a fall.', found: ['Penri Example from Bala is in hospital after a fall'] },
    // A stay after no unit's name is still the person's (the look-alikes of real-text-blind36's).
    { name: 'Welsh: in hospital, no unit named', text: 'Mae Eiddwen Example yn yr ysbyty ar ôl cwympo.', found: ['Eiddwen Example yn yr ysbyty'] },
    { name: 'in hospital, no unit named', text: 'Eiddwen Example from Llanelli is in hospital after a fall.', found: ['Eiddwen Example from Llanelli is in hospital after a fall'] },
    // A surname alone repeating someone named in full before, as court reports go on (real-text-blind32).
    { name: 'a surname alone after the full name', text: 'Keith Morgan, 61, convinced a manager to lend him money. Cardiff Crown Court heard Morgan immediately laundered the money.', found: ['Morgan immediately laundered'] },
    { name: 'Welsh: a surname alone after the full name', text: 'Roedd Keith Morgan, 61, wedi twyllo rheolwr. Clywodd y llys fod Morgan wedi gwyngalchu arian.', found: ['Morgan wedi gwyngalchu'] },
    // Fraud's proceeds in a court report (real-text-blind32).
    { name: 'a named person who laundered money', text: 'Cardiff Crown Court heard Keith Example immediately laundered the money.', found: ['Keith Example immediately laundered'] },
    { name: 'Welsh: a named person who laundered money', text: 'Clywodd y llys fod Keith Example wedi gwyngalchu arian.', found: ['Keith Example wedi gwyngalchu'] },
    // A person's treatment "for" or "am" a condition is theirs, not a topic (real-text-blind30).
    { name: 'undergone treatment for a condition written in capitals', text: 'Henry Example has undergone treatment for Acute Lymphoblastic Leukaemia.', found: ['Henry Example has undergone treatment for Acute Lymphoblastic Leukaemia'] },
    { name: 'being treated for a condition', text: 'Henry Example is being treated for leukaemia.', found: ['Henry Example is being treated for leukaemia'] },
    { name: 'Welsh: yn cael ei drin am', text: 'Mae Henry Example yn cael ei drin am lewcemia.', found: ['Henry Example yn cael ei drin am lewcemia'] },
    // Coeliac said of a named person in her own words (real-text-blind29).
    { name: "'I'm coeliac myself,' said a named owner", text: '“I’m coeliac myself, so I know how important it is to be able to eat out,” said Georgina Example.', found: [expect.stringContaining('coeliac')] },
    { name: "Welsh: 'Dw i'n seliag fy hun,' meddai", text: '“Dw i’n seliag fy hun, felly dw i’n gwybod pa mor bwysig yw hyn,” meddai Georgina Example.', found: [expect.stringContaining('seliag')] },
    // An animal beside the term is not a person's health; an animal elsewhere in the sentence changes nothing (real-text-blind28).
    { name: 'a named woman walking her dog after her stroke', text: 'Mrs Jones walked her dog after her stroke.', found: ['Mrs Jones walked her dog after her stroke'] },
    { name: "Welsh: a named woman walking her dog since her stroke", text: "Mae Mrs Jones yn mynd â'i chi am dro ers ei strôc.", found: ["Mrs Jones yn mynd â'i chi am dro ers ei strôc"] },
    // A term opening the sentence right before a name is a verb said of them ("Noticed, left" in the sixth session).
    { name: 'Welsh: Carcharwyd, then the name', text: 'Carcharwyd Thomas Example am saith mlynedd am ddwyn.', found: ['Carcharwyd Thomas Example'] },
    { name: 'a headline verb and a colon, then the name', text: 'Arrested: Thomas Example, 34, of Llanelli.', found: ['Arrested: Thomas Example'] },
    // A term its owner's care words go with, and a name that is also a word owning it (drafts-blind23).
    { name: "a child's epilepsy care plan, her name also a word", text: "We've passed your message to the school nurse, who will make sure Lili's epilepsy care plan is in place.", found: ["Lili's epilepsy"] },
    { name: 'a named pupil’s epilepsy care plan', text: "The nurse will make sure Lili Jones's epilepsy care plan is in place.", found: ["Lili Jones's epilepsy"] },
    { name: 'Welsh: cynllun gofal epilepsi a named pupil', text: 'Bydd y nyrs yn sicrhau bod cynllun gofal epilepsi Lili Jones yn ei le.', found: ['epilepsi Lili Jones'] },
    // Common long-term conditions were missing from the health terms (drafts-blind19).
    { name: 'Welsh: deaf, said of a named man', text: 'Mae Mr Huw Example yn fyddar ers blynyddoedd.', found: ['Mr Huw Example yn fyddar'] },
    { name: "a child's asthma in a reply", text: "Hi Kerry, we're sorry that the mould has made Mia's asthma worse.", found: ["Mia's asthma"] },
    { name: 'Welsh: her asthma, aspirate mutation', text: "Mae Mrs Kerry Jones yn dweud bod y llwydni wedi gwneud ei hasthma yn waeth.", found: ['Mrs Kerry Jones yn dweud bod y llwydni wedi gwneud ei hasthma'] },
    { name: 'a named man with heart disease', text: 'Mr Alun Example has heart disease and cannot climb the stairs.', found: ['Mr Alun Example has heart disease'] },
    { name: 'Welsh: a named woman with pneumonia', text: 'Mae Mrs Nia Example yn yr ysbyty gyda niwmonia.', found: ['Mrs Nia Example yn yr ysbyty gyda niwmonia'] },
    // A named defendant in the council's prosecution news (real-text-blind15).
    { name: 'costs and a surcharge ordered against a named man', text: 'Carl Example, aged 34, of Heol y Coed, was also ordered to pay £315.57 prosecution costs and a £15 victim surcharge.', found: ['Carl Example, aged 34, of Heol y Coed, was also ordered to pay £315.57 prosecution costs and a £15 victim surcharge'] },
    { name: 'Welsh: a named woman who offended again', text: "Roedd Sharon Example wedi methu â thalu'r hysbysiad ar ôl cael ei dal yn cyflawni trosedd debyg eto.", found: ["Sharon Example wedi methu â thalu'r hysbysiad ar ôl cael ei dal yn cyflawni trosedd"] },
    // A reply's second person is the correspondent it greets (drafts-blind9).
    { name: 'Welsh: a reply telling its correspondent of her condition', text: '---\nin-reply-to: { language: cy }\n---\nHelo Mrs Evans, diolch am eich amynedd. Gan fod gennych chi sglerosis ymledol, does dim angen asesiad symudedd arall arnoch chi.', found: ['sglerosis ymledol'] },
    { name: 'a reply telling its correspondent of her condition', text: '@mrsevans Hi Mrs Evans, thanks for your patience. As you have multiple sclerosis, you do not need another mobility assessment.', found: ['multiple sclerosis'] },
    // A fine and a verdict with a pronoun between (blind set: a council's prosecution release).
    { name: 'fined', text: 'Mr Gareth Example was fined £375 for fly-tipping.', found: [expect.stringContaining('Gareth Example')] },
    // A death in the sentence is someone else's: the named person is alive (real-text-blind26).
    { name: 'jailed for the death of another person', text: 'READ MORE: Thomas Example jailed for seven years for death of Kirk Sample', found: [expect.stringContaining('jailed')] },
    { name: 'Welsh: jailed for causing the death of another person', text: 'Cafodd Thomas Example ei garcharu am saith mlynedd am achosi marwolaeth Kirk Sample.', found: [expect.stringContaining('garcharu')] },
    // A named person and another, with no clause word between: both were hurt.
    { name: 'a named person and another man injured', text: 'John Example, 45, and another man were injured in the crash.', found: [expect.stringContaining('injured')] },
    { name: 'Welsh: a named person and another injured', text: "Cafodd John Example, 45, ac un arall eu hanafu yn y ddamwain.", found: [expect.stringContaining('anafu')] },
    // Charged and denying it, in the forms a Welsh report writes (real-text-blind24).
    { name: 'Welsh: charged, with "wedi ei"', text: "Mae Robert Example wedi ei gyhuddo o yrru heb y gofal a'r sylw dyladwy.", found: [expect.stringContaining('gyhuddo')] },
    { name: 'Welsh: denies the charge', text: "Mae Robert Example, 62, o Ffontygari yn gwadu'r cyhuddiad.", found: [expect.stringContaining('cyhuddiad')] },
    { name: 'denies the charge', text: 'Robert Example, 62, of Fontygary, denies the charge.', found: [expect.stringContaining('charge')] },
    // A given name before a Welsh place word is still a person (drafts-blind21's look-alike, turned).
    { name: 'a named person fined near a Welsh place', text: 'Gwawr Nefyn was fined £660 for fly-tipping near Morfa Nefyn.', found: [expect.stringContaining('fined')] },
    { name: 'Welsh: a named person fined near a Welsh place', text: "Cafodd Gwawr Nefyn ddirwy o £660 am dipio ger Morfa Nefyn.", found: [expect.stringContaining('dirwy')] },
    { name: 'Welsh: a fine (mutated)', text: 'Cafodd Mr Gareth Example ddirwy o £375 am dipio anghyfreithlon.', found: [expect.stringContaining('Gareth Example')] },
    { name: 'found him guilty, the person in the sentence before', text: 'Gareth Example denied the offence. After a short trial, magistrates found him guilty.', found: [expect.stringContaining('found him guilty')] },
    { name: 'a group word further back, then a named person with the term', text: 'Pupils visited Mr Jones, who has dementia, at the home.', found: [expect.stringContaining('Mr Jones')] },
    { name: 'Welsh: a group word further back, then a named person', text: "Aeth y plant i weld Mrs Jones, sydd â dementia.", found: [expect.stringContaining('Mrs Jones')] },
    // Criminal offence data (blind drafts): a sentence served, previous convictions, release from prison.
    { name: 'Welsh: a sentence for burglary (mutated)', text: 'Helo Mererid, mae Mr Gareth Pryce wedi cwblhau ei ddedfryd am fyrgleriaeth.', found: [expect.stringContaining('Gareth Pryce')] },
    { name: 'previous convictions', text: 'Mr Gareth Example has previous convictions for burglary.', found: [expect.stringContaining('Gareth Example')] },
    { name: 'released from prison', text: 'Gareth Example was released from prison last month.', found: [expect.stringContaining('Gareth Example')] },
    { name: "a resident's party membership", text: 'Our resident Jane Example is a member of the Labour Party.', found: [expect.stringContaining('Jane Example')] },
    { name: "Welsh: a resident's party membership", text: "Mae Mrs Jane Example o Heol y Parc yn aelod o'r Blaid Lafur.", found: [expect.stringContaining('Jane Example')] },
    { name: 'health stays reported beside an office named in the sentence', text: 'Jane Example, who has diabetes, met the First Minister.', found: [expect.stringContaining('Jane Example')] },
    // A name the Welsh dictionary gives with a capital is still a name: "Gerallt Jenkins", "Gerallt Glas".
    { name: 'a given name only the dictionary lists', text: 'Best wishes to Gerallt Jenkins, who is off for a few weeks after his knee op.', found: [expect.stringContaining('Gerallt Jenkins')] },
    { name: 'Welsh: a dictionary name before a colour surname', text: "Mae Gerallt Glas yn yr ysbyty ar ôl llawdriniaeth ar ei ben-glin.", found: [expect.stringContaining('Gerallt Glas')] },
    // (was test/dp/context-rules.test.ts)
    { text: 'Mr Jones, who has dementia, was found safe.', found: ['Mr Jones, who has dementia'] },
    // Blind set (council minutes): a named person standing down on a doctor's advice.
    { name: 'stood down on medical advice', text: 'Councillor Alun Price has stood down on medical advice, the council said.', found: ['Councillor Alun Price has stood down on medical advice'] },
    { name: 'ymddiswyddo ar ôl derbyn cyngor meddygol', text: 'Cyhoeddodd y Cadeirydd fod y cyn-Gynghorydd Derwyn Hughes wedi ymddiswyddo ar ôl derbyn cyngor meddygol.', found: ['Gynghorydd Derwyn Hughes wedi ymddiswyddo ar ôl derbyn cyngor meddygol'] },
    {
      name: 'masks the person and the detail in message and excerpt',
      text: 'Mr Jones, who has dementia, was found safe.',
      errors: [{ message: expect.not.stringContaining('Mr Jones, who has dementia'), excerpt: expect.not.stringContaining('Mr Jones, who has dementia') }],
    },
    { text: 'Our resident Sian is HIV positive and asked us for help.', found: ['Our resident Sian is HIV positive'] },
    { text: '@dai_99 was arrested last week.', found: ['@dai_99 was arrested'] },
    { text: 'Mrs Evans, a Muslim, asked about the prayer room.', found: ['Mrs Evans, a Muslim'] },
    { text: 'Sian Evans, a Labour voter, wrote to us.', found: ['Sian Evans, a Labour voter'] },
    { text: 'Tom Jones is a Unison member.', found: ['Tom Jones is a Unison member'] },
    { text: 'Sian, who came out as gay last year, organised it.', found: ['Sian, who came out as gay'] },
    { text: 'Mae gan Mrs Davies ganser.', found: ['Mrs Davies ganser'] },
    { text: 'Cafodd Dai Morgan ei arestio ddoe.', found: ['Dai Morgan ei arestio'] },
    { text: "Mae'r preswylydd yn feichiog.", found: ["'r preswylydd yn feichiog"] },
    { text: 'Mae Dai Jones yn hoyw.', found: ['Dai Jones yn hoyw'] },
    { name: 'names the category in the message', text: '@dai_99 was arrested last week.', errors: [{ message: expect.stringMatching(/\(criminal offence\)/) }] },
    {
      name: 'two categories about one person give one finding naming both',
      text: 'Mr Jones, who has dementia, was arrested.',
      errors: [{ message: expect.stringMatching(/health, criminal offence/) }],
    },
    // Sight and hearing in Welsh idiom, with the soft mutation after "sy'n" and "yn".
    { name: "Welsh: hard of hearing after sy'n (drwm ei chlyw)", text: "Roedd Mrs Eleri Watkins, sy'n drwm ei chlyw, yn methu clywed y larwm.", found: ["Mrs Eleri Watkins, sy'n drwm ei chlyw"] },
    { name: 'Welsh: sight loss (nam ar y golwg)', text: 'Mae gan Mr Hefin Lloyd nam ar y golwg.', found: ['Mr Hefin Lloyd nam ar y golwg'] },
    // A handle with a place in it is still a person's; long handles (Instagram, 30 characters).
    { name: 'a handle with a place word and digits is a person', text: '@lowri_pembs84 so sorry to hear your son is autistic.', found: ['@lowri_pembs84 so sorry to hear your son is autistic'] },
    { name: 'a handle of more than 15 characters (Instagram)', text: '@gwenllian_caerfyrddin mae dy fam yn yr ysbyty, rydym yn deall.', found: ['@gwenllian_caerfyrddin mae dy fam yn yr ysbyty'] },
    // The organisation's own staff and volunteers.
    { name: 'our colleague, named in lower case', text: 'huge congratulations to our colleague emma rowlands, back at work after treatment for breast cancer', found: ['our colleague emma rowlands, back at work after treatment for breast cancer'] },
    { name: 'our apprentice with a name the lists do not know', text: 'Well done to our apprentice Kieran, who has dyslexia and passed his Level 3!', found: ['our apprentice Kieran, who has dyslexia'] },
    { name: 'Welsh: ein gwirfoddolwr', text: "Mae ein gwirfoddolwr Dewi yn cael llawdriniaeth ar ei galon yfory.", found: ['ein gwirfoddolwr Dewi yn cael llawdriniaeth'] },
    { name: 'a living person beside a tribute to someone else', text: 'Tributes have been paid to Huw Example, who died last week. His friend Dai Example, who has cancer, spoke at the service.', found: ['Dai Example, who has cancer'] },
    { name: 'a tenant who is a Gypsy, her family named after', text: 'Thanks Tom, our tenant Mrs Evans is a Gypsy, and her family are Irish Travellers.', found: ['Mrs Evans is a Gypsy'] },
    // A person introduced as news introduces one, though no list knows the name (blind8).
    { name: 'an unknown name introduced with ", of"', text: 'Marzio Sturaro, of Old Fallings Crescent, Wolverhampton, pleaded guilty at Cannock Magistrates Court to fly-tipping.', found: ['Marzio Sturaro, of Old Fallings Crescent, Wolverhampton, pleaded guilty'] },
    { name: "Welsh: an unknown name introduced with ', o'", text: "Plediodd Marzio Sturaro, o Wolverhampton, yn euog i dipio anghyfreithlon.", found: ['Marzio Sturaro, o Wolverhampton, yn euog'] },
    { name: 'the patient, with nobody else of that kind in the sentence', text: 'We are sorry: the patient in bed 4 has dementia and was moved without notice.', found: ['the patient in bed 4 has dementia'] },
    { name: 'Welsh: a named person in a named hospital', text: 'Mae Sian Example yn Ysbyty Glangwili ers dydd Llun.', found: ['Sian Example yn Ysbyty'] },
    { name: 'an officer as the subject, outside any quotation', text: 'Sergeant Huw Example was treated for serious injuries after the crash.', found: ['Huw Example was treated for serious injuries'] },
    { name: 'a person on treatment is not a topic', text: 'Mr Jones is on dialysis three times a week.', found: ['Mr Jones is on dialysis'] },
    { name: 'a title in a post written in lower case', text: 'so sorry mrs edwards, we did not know you had dementia', found: ['mrs edwards, we did not know you had dementia'] },
    // A person known only by a given name from the ONS lists (ons-names.ts), not names.ts.
    { name: 'a historic given name alone (ONS list)', text: 'Mandy on reception, who starts chemo next week, sends her thanks for the cards.', found: ['Mandy on reception, who starts chemo'] },
    { name: 'Welsh: a historic given name alone (ONS list)', text: 'Mae Jacqueline o’r dderbynfa yn yr ysbyty ar ôl llawdriniaeth ar ei chalon.', found: ['Jacqueline o’r dderbynfa yn yr ysbyty ar ôl llawdriniaeth'] },
  ],
  valid: [
    { name: "Welsh: the number of fatal injuries is a statistic (real-text-blind332)", text: "Dywedodd Huw Jones: “Er ei bod yn galonogol bod nifer yr anafiadau angheuol wedi lleihau, mae’r ffigwr yn rhy uchel.”" },
    { name: "the number of fatal injuries is a statistic", text: "“The number of injuries has fallen,” said Huw Jones." },
    { name: "the funeral of a campaigner (real-text-blind334)", text: "Hundreds attended the funeral of cancer campaigner Irfon Williams last week." },
    { name: "Welsh: the funeral of a campaigner", text: "Roedd cannoedd yn angladd yr ymgyrchydd canser Irfon Williams." },
    { name: "a rescue team's handle in a photo credit (real-text-blind332)", text: "A farmer was airlifted to hospital following the incident (Photo: @aberdyfiSART/Twitter)" },
    { name: "a chronic pain clinic, nobody named", text: "Chronic pain clinics open in Cardiff next week." },
    { name: "Welsh: a chronic pain clinic, nobody named", text: "Mae clinig poen cronig newydd yn agor yng Nghaerdydd." },
    { name: "money for MND research", text: "Sian Jones walked 20 miles to raise money for MND research." },
    { name: "Welsh: ambulances waiting outside the hospital (real-text-blind319)", text: "Dywedodd Stephen Sheldon, Pennaeth Gwasanaeth: “Mae mwy na 90 o ambiwlansys yn aros y tu allan i’r ysbyty.”" },
    { name: "a charity named for its fight (real-text-blind315)", text: "Ffion Hughes is a social worker with Young Lives vs Cancer in Cardiff." },
    { name: "Welsh: a charity named for its fight", text: "Ffion Hughes, gweithiwr cymdeithasol gyda Young Lives vs Cancer, Caerdydd" },
    { name: "a caravan in a people's style (real-text-blind318)", text: "The Smiths run a holiday cottage agency and also have their own Romany caravan in the field." },
    { name: "Welsh: a caravan in a people's style", text: "Mae gan Gwyn Jones hen garafán Romany yn y cae." },
    { name: "Welsh: tackling mental illness, said in role (real-text-blind311)", text: "Meddai Jo Example, y prif weithredwr: “Un o’r ffyrdd allweddol i fynd i’r afael ag afiechyd meddwl yw cefnogaeth gynnar.”" },
    { name: "Welsh: a hospital in Stoke on Trent (real-text-blind304)", text: "Mae un dynes wedi cael ei throsglwyddo i ysbyty arbenigol yn Stoke on Trent gydag anafiadau all newid ei bywyd." },
    { name: "a counted group injured, the named one died (real-text-blind304)", text: "Emma Louise Example, 28, died in a crash on the A487. Three other people were also seriously injured in the incident, including her son." },
    { name: "Welsh: a counted group injured", text: "Bu farw Emma Example mewn gwrthdrawiad. Cafodd tri pherson arall eu hanafu yn ddifrifol." },
    { name: "cattle's tuberculosis (real-text-blind300)", text: "James Example, former president of NFU Cymru, raised awareness of bovine tuberculosis (TB) on his own farm." },
    { name: "driving offences as a campaign's target", text: "The campaign targets driving offences near schools." },
    { name: "Welsh: driving offences as the police's target", text: "Mae’r heddlu’n targedu troseddau gyrru ger ysgolion." },
    { name: "Welsh: an animal's treatment on its paw, a named chief executive appealing (real-text-blind286)", text: "Anfonodd prif weithredwr yr awdurdod, Jeremy Patterson, e-bost yn apelio am wybodaeth ynghylch y dyfrgi er mwyn sicrhau bod yr anifail yn cael triniaeth ar ei bawen." },
    { name: "an animal the subject of the treatment", text: "The chief executive, Jeremy Patterson, emailed staff so that the otter could get treatment on its paw." },
    { name: "a charity named with a possessive (real-text-blind289)", text: "Maggie’s helps people take control when cancer turns life upside down." },
    { name: "Welsh: a charity named with a possessive", text: "Mae Maggie’s yn helpu pobl i gymryd rheolaeth pan fydd canser yn troi bywyd ben i waered." },
    { name: "a slogan of hope from a chair in role (real-text-blind289)", text: "Mike Rees, chairman of the Blackwood Stroke Support Group, wants to show people “there is life after a stroke”." },
    { name: "a late wife's stroke: the dead are not data subjects", text: "Mike, who helped form the group, knows the impact through his late wife, who herself suffered a stroke." },
    { name: "Welsh: a late wife's stroke", text: "Siaradodd Mike Rees am ei ddiweddar wraig, a gafodd strôc." },
    { name: "Welsh: what a stroke does when it strikes, said by a director in role", text: "Dywedodd Carol Bott, Cyfarwyddwr y Gymdeithas Strôc yng Nghymru, “Pan mae strôc yn taro, mae rhan o’ch ymennydd yn marw.”" },
    { name: "Welsh: a visit to the cancer centre to hand over a cheque (real-text-blind289)", text: "Mae Menna bellach wedi mynychu’r Uned Ddydd, rhan o’r ganolfan ganser, i gyflwyno siec am £6,000." },
    // Faith groups' elders and leaders (real-text-blind271).
    { name: 'Muslim elders, a group', text: "The Chief Constable Gwyn Thomas and Councillor Siân Caiach met Muslim elders and officers of the mosque." },
    { name: 'Welsh: arweinwyr Mwslimaidd, a group', text: "Cyfarfu’r Cynghorydd Siân Caiach ag arweinwyr Mwslimaidd y ddinas." },
    { name: "Welsh: research into children's tumours, no one named", text: "Mae’r elusen yn ariannu ymchwil i diwmorau ymennydd plant." },
    { name: 'how common a condition is among a group', text: "Heart disease is common among older people, said Tony Jones." },
    { name: 'Welsh: how common a condition is among a group', text: "Mae clefyd y galon yn gyffredin ymhlith pobl hŷn, yn ôl yr elusen." },
    { name: 'Welsh: children with a heart condition, a group', text: "Mae gan blant â chyflwr ar y galon hawl i gymorth gan y bwrdd iechyd." },
    // A risk everyone shares, said in the first person plural (real-text-blind251).
    { name: 'a risk we all share, in a quote', text: "“As we age, we all become more prone to illness and falls,” said Chris Jones, a volunteer." },
    { name: 'Welsh: a risk we all share, in a quote', text: "“Wrth i ni heneiddio, rydym yn dod yn fwy llesg ac agored i salwch yr ysgyfaint,” meddai Chris Jones, gwirfoddolwr." },
    // Coordinated adjectives before a group noun (real-text-blind243).
    { name: 'elderly, disabled and vulnerable people, a group', text: "The service is for meeting elderly, disabled and vulnerable people who may find it difficult to visit one of Rhun’s offices." },
    { name: 'Welsh: pobl hŷn, anabl a bregus, a group', text: "Bydd y gwasanaeth yn cyfarfod â phobl hŷn, anabl a bregus yn ardal Rhun." },
    { name: "Welsh: a member's seat, no name", text: "Mae’r Aelod Cynulliad dros Gaerdydd wedi galw am fwy o welyau yn yr ysbyty i gleifion sydd wedi cael strôc." },
    { name: 'a Senedd committee, no person', text: "The Senedd Health Committee heard that stroke patients wait too long in hospital." },
    // "Sâl" after a thing is poor, not ill (real-text-blind229).
    { name: "Welsh: 'arwyddion Cymraeg sâl'", text: 'Mae Sgymraeg yn casglu arwyddion Cymraeg sâl o Gymru gyda sylwadau ffraeth gan Euron Example.' },
    // Negated, a hospital's radio or studio, ridding a herd of a disease (real-text-blind218, -221).
    { name: 'non-alcoholic drinks', text: 'Sheila Example joined in on the fun by giving away non-alcoholic drinks and a raffle ticket.' },
    { name: "Welsh: 'Radio Ysbyty Gwynedd'", text: 'Mae Kevin Example, Cadeirydd Radio Ysbyty Gwynedd, yn falch o bawb yn Radio Ysbyty Gwynedd.' },
    { name: "Welsh: a studio 'yn yr ysbyty'", text: 'Wedi i Sulwyn Example a Gerwyn Example fod yn arbrofi gyda rhaglenni, datblygodd y cyfan yn wasanaeth o stiwdio fach yn yr ysbyty.' },
    { name: "Welsh: 'i gael gwared â’r afiechyd'", text: 'Mae Stephen Example wedi dweud bod angen gwneud mwy i gael gwared â’r afiechyd.' },
    { name: "'to eradicate the disease'", text: 'Stephen Example said more must be done to eradicate the disease in cattle.' },
    { name: 'music named for a people', text: 'The band plays 1930s Gypsy jazz and swing, with Ashley Example on bass.' },
    { name: 'Welsh: music named for a people', text: 'Mae Ashley Example yn chwarae cerddoriaeth Gypsy jazz gyda’r band.' },
    // 'One of them' after a clause word; a job named by its field (real-text-blind177, -179).
    { name: "'when one of them suffered the injury'", text: 'Team spokesman Gruff Example said the two were traversing Crib Goch when one of them suffered the injury.' },
    { name: "Welsh: 'pan gafodd un ohonyn nhw ei anafu'", text: 'Dywedodd llefarydd y tîm, Gruff Example, fod y ddau ar Grib Goch pan gafodd un ohonyn nhw ei anafu.' },
    { name: 'a dementia worker', text: 'Above: Dementia worker Elaine Example (front left) with volunteers.' },
    { name: 'Welsh: a dementia worker', text: 'Mae Elaine Example yn weithiwr dementia ac mae Siân Example yn gydlynydd canser.' },
    // Anyone in the speaker's words before their name, a rate, an officer's words (real-text-blind141).
    '“Yn anffodus, rydyn ni i gyd yn gwybod am rywun sydd wedi cael ei anafu’n ddifrifol,” meddai Glyn Example, Llysgennad Partneriaeth Diogelwch Fferm Cymru.',
    'Dywedodd Swyddog Gweithredol UAC Meirionnydd Huw Example: "Mae hyn tua 18 gwaith yn fwy na’r gyfradd anafiadau angheuol yn y diwydiant."',
    // A minister's portfolio before the name and their words in role, a Member of the Senedd by party,
    // a post's or a service's Title Case name, a character played, a dance group, members affected
    // (real-text-blind127 to -132).
    'Welsh Government deputy minister for mental health and wellbeing, Lynne Example, said it “will transform the way the NHS responds to urgent mental health issues”.',
    'Cefin Example, Plaid Cymru Member of the Senedd for Mid & West Wales, has urged eligible locals to claim a payment.',
    'Becky Example, Head of Operations and Service Delivery for Mental Health and Learning Disabilities (East), said: “This service has provided support.”',
    'Beautiful songs from Jodie Example who plays the dual role of Gypsy and Blue Fairy will enchant the audience.',
    '“Freya works with arts care a lot; she runs My Moves which is a disability dance group meeting here.”',
    'Y Llywydd, Elin Example MS, a’r Is-lywydd, David Example MS, gadeiriodd y diwrnod a oedd yn cynnwys datganiadau gan rai Aelodau a oedd wedi eu heffeithio’n bersonol gan afiechyd meddwl.',
    'The council was ordered to pay compensation to the family.',
    'Drivers who are banned from driving must not get behind the wheel.',
    'Mae cyrffyw yn y gwersyll i bawb am 10pm, meddai Sian Example.',
    // A service located at a hospital, a headquarters there (real-text-blind116).
    "Mae 30 ohonyn nhw'n rhoi oriau o'u hamser er budd pawb yn Nhŷ Olwen a'r Gwasanaeth Gofal ehangach sydd wedi'i leoli yn Ysbyty Treforys.",
    'Dywedodd Trefor Example: “Fe wnes i bythefnos o hyfforddiant ym mhencadlys yr ambiwlansys ym Modfan yn Ysbyty Eryri.”',
    'Sian Example works for the volunteer service, which is based at Glangwili Hospital.',
    // Research into a condition, work or volunteering at a hospital, a patient's stay in a volunteer's
    // words, a pub's name, what would have befallen "you" (real-text-blind109 to -118).
    'Fe gyflawnodd Seren Example ddoethuriaeth, gan ddefnyddio technoleg i ymchwilio i anafiadau mewn gemau rygbi.',
    "Roedd Phil Example, 69 oed, sy'n gwirfoddoli ar y ddesg flaen yn Ysbyty Treforys.",
    'Ymunodd Trefor Example â’r GIG ym 1972, gan ddechrau ei yrfa fel clerc ffeilio yn Ysbyty Sir Gaernarfon.',
    'Phil Example, who volunteers at the front desk of Morriston Hospital, said it was great.',
    'Robins volunteer, Bethan Example said, “I love seeing the difference we can make to a patient’s stay in hospital.”',
    'Perchennog busnes arall yw John Example o dafarn y Black Boy yng Nghaernarfon.',
    'Another business owner who welcomed it is John Example of the Black Boy in Caernarfon.',
    'Dywedodd Malcolm Example: "Petaech chi\'n hŷn, fe fyddech chi\'n bendant wedi eich hanfon i\'r carchar."',
    'Malcolm Example told the boy: "If you were older, you would have been sent to prison."',
    // Groups named by what they are, a council resolving to prosecute, a local man the police do not name (real-text-blind107, -109; drafts-blind56).
    "Fe fydd y Gweinidog Iechyd, Mark Example, yn lansio’r rhaglen. Mae wedi ei anelu at bobol â chyflyrau iechyd hirdymor, menywod beichiog a gofalwyr.",
    'Health Minister Mark Example will launch it. It is aimed at people with long-term conditions, pregnant mothers and carers.',
    '“Byddwn yn erlyn bob tro y cawn dystiolaeth,” meddai’r Cynghorydd Nia Example.',
    "Cafodd yr heddlu eu galw i'r parc yn sgil adroddiadau bod dyn lleol wedi cael ei anafu. Cafodd ei gludo i'r ysbyty.",
    'Police were called after reports that a local man had been injured. He was taken to hospital.',
    // An unnamed man the sentence brings in past its subject's own pronoun ("ceir eu hunain"): the
    // injury is his, not the person named in the sentence before (real-text-blind77).
    "Dywedodd dirprwy arweinydd y tîm, Huw Example, eu bod yn benderfynol. Yn ddiweddar fe wnaeth y tîm ddefnyddio ceir eu hunain er mwyn cyrraedd dyn oedd wedi ei anafu yn dilyn damwain sled.",
    'Deputy leader Huw Example said they were determined. The team recently used their own cars to reach a man who had injured his leg in a sledging accident.',
    // Money raised towards a charity named for a condition (real-text-blind83).
    'Cynhaliwyd bore coffi yn y capel sy’ dan ofalaeth y Parch Wyn Example, tuag at Alzheimer’s.',
    'A coffee morning led by Rev Wyn Example raised £300 towards Alzheimer’s.',
    // A county borough and health boards whose names hold given names, and a world awareness month (real-text-blind77, -78).
    'Specialist dementia cafes funded by Rhondda Cynon Taf council will be established across the county.',
    'Bydd caffis dementia yn agor yn Rhondda Cynon Taf a Betsi Cadwaladr cyn hir.',
    "September is World Alzheimer's Month, and dementia is not a normal part of ageing.",
    'Mis Medi yw Mis Alzheimer y Byd, ac nid yw dementia yn rhan arferol o heneiddio.',
    'Yn ddiweddar fe wnaeth y tîm gyrraedd dyn oedd wedi ei anafu yn dilyn damwain sled yn Rhondda Cynon Taf.',
    'Mae ymgyrch ymwybyddiaeth cancr y fron yn dechrau heddiw yn y llyfrgell.',
    'The breast cancer awareness campaign starts today in the library.',
    // A job's full title before the hospital: staff there (real-text-blind67).
    "Yn eu plith roedd Jackie Example, Swyddog Clerigol Cofnodion Iechyd yn Ysbyty Singleton, sydd wedi gweithio i'r GIG am 54 mlynedd.",
    'Among them was Jackie Example, Health Records Clerical Officer at Singleton Hospital, who has worked for the NHS for 54 years.',
    // A death told with words between 'fuodd' and 'farw' (real-text-blind72).
    'Bydd Uwch Farnwyr yn talu teyrngedau i Michael Example QC fore ddydd Iau. Fe fuodd y Barnwr 66 oed o Sir y Fflint farw ddydd Sadwrn ar ôl teimlo’n anhwylus wrth ymweld â Llundain.',
    'Senior judges will pay tribute to Michael Example QC on Thursday. The 66-year-old judge died on Saturday after feeling unwell while visiting London.',
    // A hospital where someone was born is a birthplace (real-text-blind67).
    "Toc wedi canol nos ar 5 Gorffennaf 1948 yn Ysbyty Dyffryn Aman, daeth Aneira Example i'r byd.",
    'Aneira Example was born in Amman Valley Hospital just after midnight on 5 July 1948.',
    // A prison named for a mountain after the Welsh article is no person (real-text-blind67).
    'Mae’r tîm sy’n gyfrifol am ddileu Hepatitis C yng Ngharchar y Berwyn, carchar mwyaf y DU, wedi ennill gwobr.',
    'Mae gofynion penodol ar gyfer profi a thrin hepatitis C yn CEM Berwyn wedi’u cyrraedd.',
    "The healthcare team that eliminated Hepatitis C at HMP Berwyn, the UK's largest prison, has won an award.",
    // Cleared of something that is no charge.
    'The road past Mr Example’s farm was cleared of debris by the council.',
    "Cafodd y ffordd heibio fferm Mr Example ei chlirio o sbwriel gan y cyngor.",
    // A headline in capitals is no name: a given name that is also a word, an organisation.
    'GRACE PERIOD FOR DISABLED PARKING BADGES ends today.',
    'CLARE COUNTY COUNCIL has opened a new dementia café.',
    "MAI HAPUS i bawb sy'n dathlu heddiw, gan gynnwys y rhai sydd yn yr ysbyty.",
    // A hospital's chaplain is its staff (real-text-blind61).
    "Bydd Wynne Roberts, sydd yn gaplan yn yr ysbyty, a'r actor Mici Jones, yn cyd-gyflwyno rhaglen arbennig ar fore Nadolig.",
    'Wynne Roberts, a chaplain in the hospital, will present a special programme on Christmas morning.',
    // Guilt that is a feeling (drafts-blind41), and a researcher far from a condition in a long sentence (real-text-blind57).
    'Dywedodd Sandra Example, sydd wedi gofalu am ei gŵr ers chwe blynedd: "Roeddwn i\'n teimlo\'n euog i ddechrau, ond des i adref yn teimlo fel fi fy hun eto."',
    'Sandra Example, who has cared for her husband for six years, said: "I felt guilty at first, but I came home feeling like myself again."',
    'Professor Colin Example from the University’s School of Medicine has joined forces with experts from two other universities and a charity in a clinical trial which aims to slow the process that destroys the insulin-making cells in Type 1 diabetes.',
    'Mae’r Athro Colin Example o Ysgol Feddygaeth y Brifysgol wedi ymuno ag arbenigwyr o ddwy brifysgol arall ac elusen mewn treial clinigol sy’n ceisio arafu’r broses sy’n dinistrio’r celloedd sy’n gwneud inswlin mewn diabetes math 1.',
    // Rescue and ambulance news (real-text-blind54): a chief executive in role, a source, unnamed
    // casualties, a pronoun of someone brought in unnamed, a cave's name, a service's name.
    'Dywedodd y Prif Weithredwr, Jason Example: “Mae galwadau amhriodol yn broblem pan mae mwy o salwch.”',
    'The Chief Executive, Jason Example, said: “Inappropriate calls are a problem when there is more illness about.”',
    "Cafodd y ddau eu cludo i'r ysbyty ac yn ôl Mr Example roedd y bachgen yn dechrau dioddef o hypothermia.",
    'Both were taken to hospital and according to Mr Example the boy was suffering from hypothermia.',
    'Paul Example, winchman, said a total of three people were rescued, including one injured person at Bala.',
    'Paul Example said three people were rescued. The helicopter was called to help a female walker who had fallen and injured her back.',
    'Dywedodd Paul Example fod tri wedi eu hachub. Galwyd yr hofrennydd i helpu dyn oedd wedi anafu ei goes.',
    'Gary Example asked about access to Hospital Cave before the dive.',
    'Mae Osian Example yn penderfynu nad ydy o angen gwasanaeth argyfwng ac yn ei anfon i uned y mân anafiadau.',
    // The accuser is not accused (real-text-blind55).
    "Mae un rhiant, Julie Example o Lanystumdwy, wedi cyhuddo'r cyngor o ladd ffordd o fyw.",
    'One parent, Julie Example from Llanystumdwy, accused the council of killing a way of life.',
    // Churches and chapels by their denomination name no one.
    'Services at the Anglican church and the Methodist chapel resume on Sunday, said Rev John Example.',
    'Bydd gwasanaethau yng Nghapel y Bedyddwyr yn ailddechrau ddydd Sul, meddai’r Parchedig John Example.',
    // People as a group: a describing word after an article, no noun after it (real-text-blind50).
    'AM Siân Example and MP Hywel Example fear the loss of the surgery will especially affect the elderly and disabled.',
    'Mae Siân Example yn poeni am ofal i’r henoed a’r anabl yn y sir.',
    'Hywel Example said the new crossing helps the blind and partially sighted.',
    // ...or beside a plural of people (real-text-blind51).
    'Mae Dewi Example yn trefnu diwrnod i bysgotwyr anabl yn Llyn y Bwlch.',
    'Dewi Example runs a day for disabled anglers at the lake.',
    // ...or a group with its noun, "with" or "in need of" (real-text-blind194, -198).
    'Gerald Example was awarded the medal for fundraising which has improved the lives of hundreds of disabled people across Wales.',
    // ...or to unnamed people right after it, or said by a councillor of his ward (real-text-blind201, -202).
    'Volunteer Sarah Example said: “The shop closed due to the ill health of the people running it.”',
    'The council has installed defibrillators to help anyone who has a cardiac arrest in the park.',
    'Dysgwch CPR: gall unrhyw un gael ataliad ar y galon.',
    'Dywedodd Sarah Example fod y siop wedi cau oherwydd salwch y perchnogion.',
    'Elwyn Example, who represents Glantwymyn on Powys County Council, said there was some "anxiety" about the future.',
    'Margaret Example, Commercial Director of the hospice, added “This helps us care for those in need of end of life care, and their families”.',
    'Mae Gerald Example yn codi arian i helpu pobl anabl ar draws Cymru.',
    "Mae Margaret Example yn helpu pobl sy'n byw gyda dementia yn y sir.",
    // The pronoun "I" is no surname: "May I remind you" names nobody (real-text-blind48); in a Welsh letter too.
    'It would cause serious problems. May I remind you there is only one narrow pavement, dangerous for prams and wheelchair users already.',
    "Diolch am eich llythyr. May I remind you bod y palmant yn beryglus i ddefnyddwyr cadair olwyn.",
    // A minister's own words about people at large, 'pobl sydd …' (real-text-blind43).
    { name: "Welsh: a minister's words about 'pobl sydd' at risk", text: 'Dywedodd Mr Example: "Gall ffliw beryglu bywydau pobl sydd fwyaf mewn perygl, oherwydd eu hoed, oherwydd bod ganddynt broblem iechyd neu os yn feichiog."' },
    { name: "a minister's words about people who are at risk", text: 'Mr Example said: "Flu can endanger the lives of people who are most at risk, because of their age, a health problem or because they are pregnant."' },
    // A Welsh place-name compound before another capitalised word is a place (real-text-blind40).
    'The yacht was so near to Porthdinllaen Bay that the lifeboat escorted it in, where the injured sailor was transferred.',
    "Roedd y cwch mor agos at Porthdinllaen Ba nes i'r bad achub ei hebrwng i mewn, lle cafodd y morwr a anafwyd ei drosglwyddo.",
    // A hospital stay after a unit's name says where the unit is (real-text-blind36).
    "Cyflwynwyd gwobr i Eiddwen Example am ei hymdrechion i gefnogi'r Uned Cancr yn yr ysbyty.",
    'An award went to Eiddwen Example for her work for the Cancer Day Unit in hospital.',
    // A surname that opens a sentence, or names a place or a ward, is no mention of the person.
    { name: 'a surname opening a sentence as a word', text: 'Tom Green opened the park. Green spaces help people with dementia.' },
    { name: 'a surname inside a ward name', text: 'Sian Morgan opened the new ward. The Morgan Ward treats patients with dementia.' },
    { name: "Welsh: a surname inside a ward's name", text: 'Agorodd Sian Morgan y ward newydd. Mae Ward Morgan Jones yn trin cleifion â dementia.' },
    // A victim of fraud is no offender; money laundering as a topic.
    { name: 'a named victim defrauded', text: 'Mrs Jones was defrauded of £5,000 by a caller pretending to be from her bank.' },
    { name: 'a talk on money laundering', text: 'Keith Example gave a talk on money laundering to local businesses.' },
    { name: 'Welsh: a talk on money laundering', text: 'Rhoddodd Keith Example sgwrs ar wyngalchu arian i fusnesau lleol.' },
    // A treatment that is no one's in particular, and a condition inside a name.
    { name: 'a new treatment for a condition', text: 'Henry Example welcomed a new treatment for leukaemia.' },
    { name: 'a research fund named in capitals', text: 'Henry Example raised money for Acute Lymphoblastic Leukaemia Research.' },
    { name: 'Welsh: raising money for cancer', text: 'Roedd Henry Example yn codi arian am ganser.' },
    { name: 'a coeliac-friendly menu at a named owner’s café', text: 'Georgina Example’s café has a coeliac-friendly menu and caters for coeliacs and vegans.' },
    { name: 'Welsh: a named owner’s café suits coeliac people', text: 'Mae caffi Georgina Example yn addas i bobl seliag.' },
    { name: 'a pregnant cat', text: 'She said another cat, a pregnant grey and white female belonging to a local woman, had also gone.' },
    { name: 'Welsh: a blind dog found by a named woman', text: 'Daeth Mrs Jones o hyd i gi dall ar y traeth.' },
    { name: 'a blind puppy found by a named woman', text: 'Mrs Jones found a blind puppy on the beach.' },
    // In a quote about people at large ("someone", "rhywun"), and a sub-committee, which is no person.
    { name: 'a named MS quoted about someone with a diagnosis', text: 'Mr ap Gwynfor said: “We know that a cancer diagnosis can turn someone’s world upside down.”' },
    { name: 'Welsh: a named MS quoted about rhywun', text: 'Dywedodd Mr ap Gwynfor: “Gall diagnosis canser droi byd rhywun wyneb i waered.”' },
    { name: 'a Licensing Sub-Committee and an unnamed driver', text: "The Licensing Sub-Committee has revoked a hackney carriage and private hire driver's licence, after the driver was convicted of drink-driving." },
    { name: 'Morris dancing and a dementia bus', text: 'There will be Morris dancing, donkey rides and a dementia bus.' },
    { name: 'Welsh: dawnsio Morris and a dementia bus', text: 'Bydd cystadlaethau dawnsio Morris, teithiau ar asynnod a bws dementia.' },
    { name: "a charity's name opening the sentence, then a person", text: 'Cancer Research Wales: Sian Jones joins as chair.' },
    { name: "Welsh: a charity's name opening the sentence, then a person", text: "Arthritis Cymru: Sian Jones yw'r cadeirydd newydd." },
    // A service a named person runs keeps its topic word; a share of people is no one (real-text-blind27, drafts-blind23).
    { name: "a named person's dementia café", text: "Sian Jones's dementia café opens on Monday." },
    { name: 'Welsh: caffi dementia a named person', text: 'Mae caffi dementia Sian Jones yn agor ddydd Llun.' },
    { name: 'a month owning a figure is no person', text: "May's figures show more people waiting for cancer treatment." },
    { name: 'a named man quoting a share of people', text: 'Glyn Roberts, who presented the cheque to the DPJ Foundation, said: “1 in 4 people will suffer with mental health problems in their lifetime.”' },
    { name: 'a union president quoted, speaking in role', text: 'Former FUW President Glyn Roberts said: “Many farmers will suffer with mental health problems in their lifetime.”' },
    { name: 'Welsh: one in every four, quoted', text: 'Dywedodd Glyn Roberts, a gyflwynodd y siec: “Bydd un o bob pedwar yn dioddef o broblemau iechyd meddwl.”' },
    { name: 'a percentage of adults', text: 'Glyn Roberts told the meeting that 40% of adults in the county have arthritis.' },
    // A tribute to the person named: the death is theirs.
    { name: 'a tribute to the person named, who had cancer', text: 'In memory of Mr Dai Example, who had cancer, the choir sang at the hall.' },
    { name: 'Welsh: a tribute to the person named, who had cancer', text: 'Er cof am Mr Dai Example, a fu farw o ganser yr wythnos diwethaf.' },
    // Someone else, unnamed, is the subject of the clause the term is in (real-text-blind24).
    { name: 'the first on the scene of a crash in which others were hurt', text: "John Example was the first to reach the scene after Monday's crash, when two men were killed and another was injured." },
    { name: 'Welsh: the first on the scene of a crash in which others were hurt', text: "Rhys Example o Eglwyseg oedd y person cyntaf i gyrraedd y safle wedi'r ddamwain dydd Llun, pan gafodd dau ddyn eu lladd ac un arall ei anafu." },
    // An accusation with no person: the council denies it.
    { name: 'the council denies the charge', text: 'The council denies the charge that it ignored the complaints.' },
    { name: "Welsh: the council denies the charge", text: "Mae'r cyngor yn gwadu'r cyhuddiad iddo anwybyddu'r cwynion." },
    // A court outcome with nobody named: a Welsh place name in capitals is no person (drafts-blind21).
    { name: 'a fine with no defendant named, near a Welsh place', text: "A man from Nefyn has been fined £660 after pleading guilty to dumping building waste near Morfa Nefyn in March. He was also ordered to pay a £264 victim surcharge." },
    { name: 'Welsh: a fine with no defendant named, near a Welsh place', text: "Mae dyn o Nefyn wedi cael dirwy o £660 ar ôl pledio'n euog i dipio gwastraff ger Morfa Nefyn ym mis Mawrth." },
    // Idioms that use a condition word of a thing (real-text-blind23).
    { name: 'Welsh: falling on deaf ears', text: 'Dywedodd Mr Huw Example fod y neges yn disgyn ar glustiau byddar.' },
    { name: 'falling on deaf ears', text: 'Mr Huw Example said the message was falling on deaf ears.' },
    // A condition with nobody it is said of: advice, a clinic, a campaign.
    { name: 'asthma advice with nobody named', text: 'Damp and mould can make asthma and eczema worse: ventilate rooms and report repairs early.' },
    { name: 'Welsh: asthma advice with nobody named', text: "Gall tamprwydd a llwydni wneud asthma ac ecsema yn waeth: agorwch ffenestri a rhowch wybod am waith atgyweirio." },
    { name: "a café's allergy advice and a trading standards seizure", text: "Caffi Example's owner Mrs Jones says staff can advise on allergy information. Officers made a seizure of illegal tobacco." },
    // A reply that greets someone, then speaks of anyone (drafts-blind14).
    { name: 'a greeted correspondent, then anyone who is ill', text: "---\nin-reply-to: { language: en }\n---\nHi Angharad, anyone who finds it hard to manage at home because of illness, disability or age can ask us for a care assessment." },
    { name: 'Welsh: a greeted correspondent, then anyone who is ill', text: "---\nin-reply-to: { language: cy }\n---\nHelo Angharad, gall unrhyw un sy'n cael trafferth gartref oherwydd salwch neu anabledd ofyn am asesiad gofal." },
    { name: 'prosecution costs with nobody named', text: 'The council was awarded £315 prosecution costs, and the court added a victim surcharge.' },
    { name: 'Welsh: an offence with nobody named', text: "Mae gadael sbwriel yn gyfystyr â chyflawni trosedd, a gall y llys orchymyn costau erlyn." },
    // A condition anyone may meet, even in a reply to a named person.
    { name: 'Welsh: a reply on what anyone with a condition may do', text: '---\nin-reply-to: { language: cy }\n---\nHelo Mrs Evans, diolch am eich neges. Os oes gennych chi ddementia, gallwch wneud cais am Fathodyn Glas.' },
    { name: 'a reply on what anyone with a condition may do, in the greeting sentence', text: '@mrsevans Hi Mrs Evans, if you have multiple sclerosis you may qualify for a Blue Badge without an assessment.' },
    { name: 'a second person in a post that is no reply', text: 'Thanks for your patience, everyone. As you have dementia-friendly cafés in every town, please visit them.' },
    { name: 'a reply on a service for households with a condition (drafts-blind9)', text: '---\nin-reply-to: { language: en }\n---\nHi Gwyn, thanks for asking. If nobody in your household can put the bins out because of a disability, illness or age, you can apply for an assisted collection.' },
    { name: 'Welsh: a reply on a service for households with a condition', text: '---\nin-reply-to: { language: cy }\n---\nHelo Gwyn, diolch am ofyn. Os na all neb yn eich cartref roi’r biniau allan oherwydd anabledd, salwch neu oed, gallwch wneud cais am gasgliad â chymorth.' },
    { name: 'a reply pointing its correspondent at a charity', text: '@sian Hi Sian, thanks for getting in touch. You can donate to Cancer Research at our shops.' },
    { name: 'fines as a topic', text: 'Parking fines will rise in April.' },
    { name: 'Welsh: a fine for anyone', text: "Bydd dirwy o £100 i unrhyw un sy'n gollwng sbwriel." },
    // A group with its own relative clause further back (news scan).
    { name: 'people of all ages who have sight loss', text: 'Jane Carter is head of development at the Trust, which caters for people of all ages who have sight loss.' },
    { name: 'Welsh: pobl o bob oed sydd â dementia', text: "Mae Jane Carter yn gweithio i'r elusen, sy'n helpu pobl o bob oed sydd â dementia." },
    { name: 'a group clause with two terms joined (news scan)', text: 'Jane Carter is head of development at the Wilberforce Trust, which caters for people of all ages who have sight or hearing loss.' },
    { name: 'Welsh: a group clause with two terms joined', text: "Mae Jane Carter yn gweithio i'r elusen, sy'n helpu pobl o bob oed sydd wedi cael strôc neu ddementia." },
    // A community's name in a list, before what it is given or asked (drafts-blind6).
    { name: 'Gypsy, Roma and Traveller families', text: "Hi Tom, we're asking Gypsy, Roma and Traveller families across the county what sites they need." },
    { name: 'the Gypsy and Traveller Accommodation Assessment', text: 'Hi Tom, the Gypsy and Traveller Accommodation Assessment is a survey every council must carry out.' },
    { name: 'Welsh: teuluoedd Sipsi', text: "Helo Tom, rydyn ni'n holi teuluoedd Sipsi ar draws y sir pa safleoedd sydd eu hangen." },
    // A Welsh group mutated after a preposition (real-text-blind10).
    { name: 'Welsh: patients (mutated) who have a diagnosis, in a named officer’s quotation', text: "Enwebwyd y tîm gan Zoe Jones, cyn reolwr ward. Meddai: “Mae angen cydnabod y gwaith mae'r staff yn ei wneud i gleifion sydd wedi derbyn diagnosis dementia.”" },
    { name: 'patients who have a diagnosis, in a named officer’s quotation', text: "The team was nominated by Zoe Jones, a former ward manager. She said: “The staff deserve recognition for their work with patients who have received a dementia diagnosis.”" },
    { name: 'terms joined in a list after a group clause', text: 'Jane Carter runs the club for people of all ages who have dementia, diabetes or cancer.' },
    { name: 'a Title Case body with a national adjective is no person (news scan)', text: 'The Labour member for Douglas convened the audit committee of the Convention of Scottish Local Authorities.' },
    { name: 'Welsh: a Title Case body with a national adjective', text: "Mae aelod o'r Blaid Lafur yn cadeirio pwyllgor Convention of Scottish Local Authorities." },
    { name: 'a burglary with no one named', text: 'Police are appealing for information after a burglary in Heol y Parc.' },
    { name: 'Welsh: a burglary with no one named', text: "Mae'r heddlu'n apelio am wybodaeth ar ôl byrgleriaeth yn Heol y Parc." },
    { name: 'Welsh: sentencing as a topic', text: "Bydd dedfryd hirach i yrwyr sy'n yfed." },
    // An office holder's party is public, as a councillor's is (the techiaith sentences).
    { name: 'an MP named with the post-nominal', text: 'Jane Example MP is a member of the Labour Party.' },
    { name: 'a prime minister', text: 'Harold Wilson was prime minister and a member of the Labour Party.' },
    { name: 'Welsh: a prime minister (mutated)', text: "Roedd Harold Wilson yn brif weinidog ac yn aelod o'r Blaid Lafur." },
    { name: 'Welsh: a Member of the Senedd (AS)', text: "Mae Jane Example AS yn aelod o'r Blaid Lafur." },
    { name: 'the member for a constituency (news scan)', text: 'The Labour member for Douglas and latterly the East Kilbride seat spoke at the dinner.' },
    { name: 'Welsh: the member for a constituency', text: "Siaradodd aelod Llafur dros Arfon yn y cinio." },
    // Title Case Welsh common words are a thing, even when the last is also a surname (blind drafts).
    { name: 'Bathodyn Glas (Blue Badge) is no person', text: "Gall defnyddwyr cadair olwyn weld ble mae toiledau i bobl anabl a lleoedd parcio Bathodyn Glas." },
    { name: 'Blue Badge, in English', text: 'Wheelchair users can see where disabled toilets and Blue Badge parking spaces are.' },
    { name: 'advice to seek medical advice (no one in particular)', text: 'If you feel unwell, seek medical advice. Os ydych yn sâl, gofynnwch am gyngor meddygol.' },
    { name: 'a policy on health reasons', text: 'Staff may work from home for health reasons under the policy.' },
    // (was test/dp/context-rules.test.ts)
    'Mrs Davies opened the new dementia café.',
    // Published forms (blind set): a role word in a rule about a group, and an officer speaking in role.
    // Staff at a hospital are not its patients (real Welsh sentence, techiaith corpus).
    { name: 'Welsh: appointed chief doctor at a hospital', text: 'Yn ddiweddarach penodwyd Dr Huw Example yn brif feddyg yn Ysbyty Glangwili.' },
    { name: 'Welsh: working at a hospital', text: 'Mae Sian Example yn gweithio yn Ysbyty Glangwili ers ugain mlynedd.' },
    // Tributes: data protection law is about the living (published obituaries of councillors).
    { name: 'a tribute naming the illness of the one who died', text: 'Tributes have been paid to Huw Example, who died from cancer last week at the age of 69.' },
    { name: 'illness in one sentence, the death in another', text: 'Mr Example stepped down last year due to illness. Tributes have been paid to Mr Example, who died on Saturday.' },
    { name: 'Welsh: a tribute', text: 'Bu farw Huw Example, cyn-gadeirydd y clwb, ar ôl brwydr hir yn erbyn canser.' },
    // Title Case words with no name among them (a published hospital visiting update).
    { name: 'a heading in Title Case before a health word', text: '• The option to take Lateral Flow Tests prior to hospital visits is still open.' },
    // A police appeal's vehicles are no one's name (published appeal).
    { name: 'a car in a collision report', text: 'The Ford Fiesta then hit a parked Vauxhall Corsa, where the woman driver sustained a hand injury.' },
    { name: 'a role word in a sentence about a group', text: 'Patients who have dementia, or a condition like autism where not having a visitor would cause the patient to be distressed, may have one visitor.' },
    { name: '"the patient" after "a patient" (a published visiting rule)', text: 'A carer of a patient who has dementia or autism may visit where not being present would cause the patient distress.' },
    { name: '"the patient" after "someone"', text: 'To support someone with dementia or autism where not being present would cause the patient to be distressed, one visitor is allowed.' },
    { name: 'Welsh: "y claf" after "pob claf"', text: "Bydd pob claf sydd â dementia yn cael ymwelydd os bydd y claf yn ofidus." },
    { name: 'Welsh: a role word in a sentence about a group', text: "Caiff cleifion sydd â dementia ymwelydd os byddai bod heb ymwelydd yn gofidio'r claf." },
    { name: 'an officer speaking in role about someone unnamed', text: 'Sergeant Huw Example said: “This could have caused serious injuries to somebody.”' },
    { name: 'Welsh: an officer speaking in role', text: 'Dywedodd y Rhingyll Huw Example: “Gallai hyn fod wedi achosi anafiadau difrifol i rywun.”' },
    'Dr Evans, the cancer specialist, spoke at the event.',
    'Mrs Evans from St Mary’s Catholic Church said hello.',
    'Thanks to Mrs Davies for raising money for cancer.',
    'Thanks to Sian for supporting people living with dementia.',
    'Cllr Jones (Labour) opened the new play park.',
    'Cllr Jones, a Labour supporter, opened it.',
    'Mrs Jones’s black cat is missing.',
    'Black Lives Matter march in Carmarthen today.',
    'Disabled parking spaces outside Mrs Davies’s shop.',
    'Thanks @CarmsCouncil for the cancer awareness stall.',
    'If you have dementia, our café is for you.',
    'Christian Evans won the race.',
    'Mae Mrs Davies yn cefnogi ymchwil canser.',
    // Organisations' handles with a place word, and the staff's own words about a topic.
    { name: 'an organisation handle made of a place word', text: 'Thanks @VisitPembs and @WalesOnline for sharing our cancer screening dates.' },
    { name: 'our colleagues in general, a health topic', text: 'Our colleagues in the NHS run cancer screening at Llanelli this week.' },
    { name: 'Welsh: our volunteers and an awareness week', text: "Mae ein gwirfoddolwyr yn cefnogi Wythnos Ymwybyddiaeth Dementia." },
    { name: 'lower case: a poppy appeal is not a person', text: 'well done everyone, the poppy appeal raised money for veterans with ptsd support' },
    { name: 'an e-mail-like @domain is not a handle', text: 'Write to @example.org about the dementia café.' },
    // A talk, a session or advice "on" a condition is a topic.
    { name: 'a named nurse gives a talk on a condition', text: 'Nurse Rachel Hughes will give a free talk on diabetes at Llanelli library.' },
    { name: 'Welsh: sgwrs ar ddementia', text: 'Bydd Mrs Eleri Jones yn rhoi sgwrs ar ddementia yn y llyfrgell.' },
    // ONS given names that are also words, towns or cities, used as such.
    { name: 'a season that is also a name, at a sentence start', text: 'Autumn dementia-friendly film screenings start at the library on Monday.' },
    { name: 'towns that are also names', text: 'Chester and Lincoln hospitals have joined the cancer screening pilot.' },
    { name: 'Welsh: a city abroad that is also a name', text: 'Yn Paris y cynhaliwyd y gynhadledd ar ymchwil canser eleni.' },
    ...CONTEXT_LOOKALIKES,
  ],
});
