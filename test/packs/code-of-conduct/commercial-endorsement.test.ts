/** Endorsing a business: discount codes, "best in town", paid-content tags, affiliate links. */
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('conduct/commercial-endorsement', {
  invalid: [
    // A superlative with an award word but no naming, or naming with no award, is still a recommendation.
    { name: "'the best café in town' beside 'award-winning cakes'", text: 'Visit Caffi Example, the best café in town, and try the award-winning cakes.', found: ['best café in town (warning)'] },
    { name: "Welsh: 'y caffi gorau yn y dref' beside 'gwobr'", text: 'Ewch i Gaffi Example, y caffi gorau yn y dref, ac enillwch wobr yn ein raffl.', found: ['gorau yn y dref (warning)'] },
    // A firm or trade called the best (drafts-blind20).
    { name: 'the best care company in town', text: 'Looking for home care? Gofal Example Cyf are the best care company in town.', found: ['best care company in town (warning)'] },
    { name: 'Welsh: y cwmni gofal gorau yn y dref', text: "Chwilio am ofal cartref? Gofal Example Cyf yw'r cwmni gofal gorau yn y dref.", found: ['gorau yn y dref (warning)'] },
    { name: "a shop's code, with the council's shop-local page", text: 'Shop local! Use code SHOPLOCAL10 at Becws Bara Ni. More at https://example.org/shoplocal', config: { organisation: { domains: ['example.org'] } }, found: ['code SHOPLOCAL10 (warning)'] },
    { name: "our partner's code, linked on the partner's site", text: 'Our partners at Example Bikes: use code BIKE15 at https://examplebikes.example.com', config: { organisation: { domains: ['example.org'] } }, found: ['code BIKE15 (warning)'] },
    { name: "Welsh: a shop's code with the council's page", text: "Siopa'n lleol! Defnyddiwch y cod SIOPA10 yn Becws Bara Ni. https://example.org/siopa", config: { organisation: { domains: ['example.org'] } }, found: ['cod SIOPA10 (warning)'] },
    // A named town as the place (blind drafts): "the best breakfast in Aberaeron".
    { name: 'the best breakfast in a named town', text: "Massive thanks to Caffi'r Harbwr for hosting our volunteers. Honestly the best breakfast in Aberaeron – go and see them!", found: ['best breakfast in Aberaeron (warning)'] },
    { name: 'Welsh: y brecwast gorau yn Aberaeron', text: "Diolch i Gaffi'r Harbwr! Y brecwast gorau yn Aberaeron.", found: ['gorau yn Aberaeron (warning)'] },
    // "Our" before another business than the one called best is still an endorsement (accounts-blind10).
    { name: 'our favourite, a café called the best', text: 'Our favourite: Example Café, the best café in town.', found: ['best café in town (warning)'] },
    { name: 'Welsh: ein hoff le, a café called the best', text: 'Ein hoff le: Caffi Example, y caffi gorau yn y dref.', found: ['gorau yn y dref (warning)'] },
    { name: 'an aff= id off a ticketing site', text: 'Book here: https://shop.example.com/tickets?aff=cc123', found: ['https://shop.example.com/tickets?aff=cc123'] },
    // English
    { name: 'a discount code', text: "It's Cycle to Work Week! Use code COUNCIL10 for 10% off a bike service.", found: ['code COUNCIL10 (warning)'], errors: [{ severity: 'warning', message: "Endorsement of a business (a discount code): 'code COUNCIL10'" }] },
    { name: 'a promo code with a colon', text: 'Promo code: XMAS25 at checkout.', found: ['Promo code: XMAS25 (warning)'] },
    { name: 'the code is ...', text: 'The discount code is SAVE20.', found: ['discount code is SAVE20 (warning)'] },
    { name: 'best in town', text: 'Honestly the best bike shop in town.', found: ['best bike shop in town (warning)'] },
    { name: 'the best coffee in town', text: 'The best coffee in town, at Example Roasters!', found: ['best coffee in town (warning)'] },
    { name: 'paid content tag', text: 'Our favourite new café #ad', found: ['#ad (warning)'] },
    { name: 'paid partnership', text: 'Paid partnership with Example Bikes.', found: ['Paid partnership (warning)'] },
    { name: 'an Amazon affiliate tag is an error', text: 'Grab the full set: https://www.amazon.co.uk/dp/1234567890?tag=examplecc-21', found: ['https://www.amazon.co.uk/dp/1234567890?tag=examplecc-21'], errors: [{ severity: 'error' }] },
    { name: 'an amzn.to short link', text: 'Buy it here: https://amzn.to/3xYzAbC', found: ['https://amzn.to/3xYzAbC'] },
    { name: 'an affiliate network redirect', text: '[Book now](https://www.awin1.com/cread.php?awinmid=1234&awinaffid=5678)', found: ['https://www.awin1.com/cread.php?awinmid=1234&awinaffid=5678'] },
    { name: 'an affiliate id in the query', text: 'See https://shop.example.com/p/42?aff_id=7788', found: ['https://shop.example.com/p/42?aff_id=7788'] },
    { name: 'utm marking an affiliate', text: 'See https://shop.example.com/p/42?utm_medium=affiliate', found: ['https://shop.example.com/p/42?utm_medium=affiliate'] },
    // Welsh
    { name: 'Welsh: a discount code', text: "Defnyddiwch y cod CYNGOR10 i gael 10% oddi ar eich coffi.", found: ['cod CYNGOR10 (warning)'] },
    { name: 'Welsh: best in town', text: 'Y caffi gorau yn y dref!', found: ['gorau yn y dref (warning)'] },
    { name: 'Welsh: a discount code word', text: 'Cod disgownt: HAF2026', found: ['Cod disgownt: HAF2026 (warning)'] },
  ],
  valid: [
    // An award's title, whoever won it (drafts-blind40).
    'Congratulations to our Money Advice team, named the best advice service in Wales at the Wales Money Advice Awards 2043!',
    'Congratulations to Caffi Example, voted the best café in town at the Food Awards.',
    "Llongyfarchiadau i Gaffi Example, a gafodd ei enwi'n gaffi gorau yn y dref yng Ngwobrau Bwyd y Sir.",
    // A council service or a team called the best is no business (drafts-blind20's look-alikes).
    'Our home care team was named the best in Wales at the Social Care Awards.',
    'Enwyd ein tîm gofal cartref y gorau yng Nghymru yng Ngwobrau Gofal.',
    // The organisation's own business, named with "our"/"ein", called the best at an award (accounts-blind10).
    "Cafodd ein salon ei enwi'n salon gorau Cymru yng Ngwobrau Addysg Bellach 2029.",
    'Our salon is the best salon in town, say this year’s judges.',
    // An Eventbrite link's aff= is the organiser's tracking code, not a payment (real-text-blind36).
    'Tickets: https://www.eventbrite.co.uk/e/opening-event-tickets-192347906767?aff=erelexpmlt',
    'Tocynnau: https://www.eventbrite.co.uk/e/noson-agoriadol-tickets-192347906767?aff=erelexpmlt',
    // The council's own offer (drafts-blind13): its links all on the council's domains, "our"/"ein" in the sentence.
    { name: "the council's own leisure offer", text: 'Our Actif winter offer runs until 31 January: use code GAEAF20 for 20% off. Sign up at https://example.org/actif/join', config: { organisation: { domains: ['example.org'] } } },
    { name: "Welsh: the council's own leisure offer", text: 'Ein cynnig gaeaf Actif: defnyddiwch y cod GAEAF20 am 20% i ffwrdd. https://example.org/actif', config: { organisation: { domains: ['example.org'] } } },
    // A named place after a superlative that is about no business.
    'The best views in Wales are on the coast path.',
    'Our library has the best collection in Wales of Welsh hymn books.',
    'Mae’r golygfeydd gorau yng Nghymru ar lwybr yr arfordir.',
    // English look-alikes
    'To pay your bill online, use the code at the top of your bill.',
    'Best Independent Retailer: The Example Bookshop, Llandovery.',
    'Congratulations to every winner at the 2026 Example County Business Awards.',
    'Business rates relief: apply at https://www.example.gov.wales/business',
    'Enter your post code SA31 1JP to find your bin day.',
    'Scan the QR code ABCD on the poster.',
    'Read the Highway Code before your test.',
    'One of the best recycling rates in Wales: thank you!',
    'The best views in town are from the castle walls, and entry is free.',
    'Special screening of Wicked: For Good at Theatr Ffwrnes. Tickets: https://www.example.gov.wales/theatres',
    'Our open data API: https://data.example.gov.wales/api/docs?ref=main',
    'Code Club for children at Llanelli Library on Tuesdays.',
    // Welsh look-alikes
    "I dalu'ch bil ar-lein, defnyddiwch y cod ar frig eich bil.",
    'Gwobrau Busnes 2026: Manwerthwr Annibynnol Gorau, Siop Lyfrau Enghraifft.',
    'Y gwasanaeth gorau i breswylwyr: cysylltwch â ni ar-lein.',
  ],
});
