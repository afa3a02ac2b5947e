/** Lower-case multi-word hashtags, split with English and Welsh word lists; CamelCase suggested. */
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('a11y/camelcase-hashtag', {
  invalid: [
    // English
    {
      name: 'three English words',
      text: 'A48 at Cross Hands: both lanes closed overnight. #roadclosureupdate',
      found: ['#roadclosureupdate'],
      errors: [{ severity: 'warning', suggestions: ['#RoadClosureUpdate'], message: "Hashtag '#roadclosureupdate' is read as one made-up word by screen readers: write '#RoadClosureUpdate'" }],
    },
    { name: 'two English words', text: 'Gritters out from 6pm. #winterready', errors: [{ suggestions: ['#WinterReady'] }] },
    { name: 'family fun day', text: 'Free! #familyfunday', errors: [{ suggestions: ['#FamilyFunDay'] }] },
    { name: 'a word the English list lacks, from extra-english', text: 'See you there #christmasmarket', errors: [{ suggestions: ['#ChristmasMarket'] }] },
    { name: 'two hashtags', text: '#bindayreminder #shoplocal', found: ['#bindayreminder', '#shoplocal'] },
    // Welsh
    { name: 'Welsh: two words', text: 'Arafwch, os gwelwch yn dda. #diogelwchffyrdd', errors: [{ suggestions: ['#DiogelwchFfyrdd'] }] },
    { name: 'Welsh: recycling week', text: 'Rhowch eich bocs gwydr allan! #wythnosailgylchu', errors: [{ suggestions: ['#WythnosAilgylchu'] }] },
    { name: 'Welsh: fun day', text: 'Am ddim! #diwrnodhwyl', errors: [{ suggestions: ['#DiwrnodHwyl'] }] },
    { name: 'Welsh: a mutated word and a short word', text: '#cadwcymruyndaclus', errors: [{ suggestions: ['#CadwCymruYnDaclus'] }] },
    { name: 'Welsh: local food', text: '#bwydlleol', errors: [{ suggestions: ['#BwydLleol'] }] },
  ],
  valid: [
    // English
    { name: 'single words', text: 'Recycle Week! #recycling #potholes #gritting' },
    { name: 'CamelCase already', text: '#RecycleWeek #RoadClosureUpdate #Carmarthenshire' },
    { name: 'short hashtags', text: '#binday #A48' },
    { name: 'place names', text: '#llanfairpwll #pontarddulais #porthcawl #aberaeron #maesteg #carmarthenshire' },
    { name: 'unknown words are not guessed at', text: '#tiktokmademe #cardiffbay' },
    { name: 'numbers', text: '#senedd2026 #covid19' },
    { name: 'a hashtag inside a URL is not one', text: 'https://www.example.gov.wales/news#roadclosureupdate' },
    { name: 'a password with a hash', text: 'Staff Wi-Fi: Castell#hallofresidence' },
    // Welsh
    { name: 'Welsh: single words and place names', text: 'Wythnos Ailgylchu! #ailgylchu #Llanelli #Caerfyrddin #sirgar #SirGâr #llanymddyfri' },
    { name: 'Welsh: CamelCase already', text: '#WythnosAilgylchu #DiogelwchDŵr' },
  ],
});
