/**
 * `--help` in Welsh: each command's description, its arguments and options, keyed by
 * command name plus `<argument>` or `--option` (the English is the command's own, in
 * src/cli/<command>.ts). `run()` puts these in place when the run is Welsh; a command or
 * option with no entry here fails test/i18n/help.test.ts. Lists of values come from the
 * code: {formats}, {channels}, {reports}.
 */
export const HELP_CY: Record<string, string> = {
  '': 'Gwirio drafftiau a gosodiadau cyfrifon yn erbyn polisi cyfryngau cymdeithasol y sefydliad.',
  '--lang': 'iaith y rhyngwyneb: cy|en (rhagosodiad: SMPOLICY_LANG, y ffurfweddiad, iaith y system (LANG), yna Saesneg)',
  '--no-color': 'dim lliw (mae’r gorchymyn hwn yn argraffu testun plaen)',

  check: "gwirio drafftiau a ffeiliau cyfrif; mae '-' yn darllen drafft o'r mewnbwn safonol",
  'check <paths>': "ffeiliau, ffolderi neu batrymau glob (rhagosodiad: y ffolder presennol)",
  'check --fix': "gwneud y cywiriadau diogel yn y ffeiliau (yn atomig), yna nodi beth sydd ar ôl",
  'check --fix-dry-run': "argraffu'r gwahaniaethau y byddai --fix yn eu gwneud; peidio â newid dim",
  'check --fix-personal-data': "gyda --fix: rhoi \"[wedi'i dynnu]\" yn lle data personol hefyd",
  'check --fix-images': "gyda --fix: tynnu'r lleoliad o'r delweddau JPEG sydd wedi'u hatodi hefyd, gan gadw pob delwedd wreiddiol fel ENW.orig.jpg",
  'check --discard-originals': "gyda --fix-images: peidio â chadw'r delweddau gwreiddiol",
  'check --changed': "gwirio dim ond y ffeiliau sydd wedi newid ers REF (rhagosodiad HEAD), wedi'u llwyfannu neu heb eu tracio, drwy git",
  'check --baseline': "nodi dim ond y canfyddiadau nad ydynt wedi'u derbyn yn y ffeil llinell sylfaen hon",
  'check --write-baseline': "derbyn pob canfyddiad presennol: eu hysgrifennu i ffeil llinell sylfaen, a gadael gyda chod 0",
  'check --report-stale': "gyda --baseline: nodi'r cofnodion nad ydynt yn cyfateb i ddim bellach (cod gadael 1)",

  audit: "archwilio popeth a gyhoeddodd y cyfrifon: ffeiliau allforio'r platfformau, ffolderi o ddrafftiau a ffeiliau cyfrif",
  'audit <inputs>': "ffeiliau allforio (CSV Sprout Social, archif X, JSON Facebook, unrhyw CSV gyda --text-column), ffolderi neu batrymau glob (rhagosodiad: y ffolder presennol)",
  'audit --report': 'adroddiad: {reports}',
  'audit --out': "ysgrifennu'r adroddiad i ffeil (yn atomig) yn lle'r allbwn safonol",
  'audit --text-column': "y golofn mewn CSV sy'n dal testun y neges (unrhyw CSV nad yw'n allforyn Sprout Social)",
  'audit --date-column': "y golofn sy'n dal dyddiad cyhoeddi pob neges",
  'audit --account-column': "y golofn sy'n enwi'r cyfrif a gyhoeddodd y neges",
  'audit --id-column': "y golofn sy'n dal ID pob neges",
  'audit --url-column': "y golofn sy'n dal dolen pob neges",
  'audit --date': "y diwrnod i farnu drafftiau a negeseuon heb ddyddiad yn ei erbyn (rhagosodiad: heddiw; caiff negeseuon â dyddiad eu barnu ar eu dyddiad eu hunain)",
  'audit --channel': "sianel: {channels} (rhagosodiad: o bob ffeil allforio neu o'r front matter)",
  'audit --quiet': 'nodi gwallau yn unig, a dim bar cynnydd',
  'audit --jobs': 'edafedd gweithio (rhagosodiad: nifer y creiddiau)',

  rules: 'rhestru pob rheol gyda’i chategori, ei difrifoldeb a chyfeirnod y polisi',
  'rules --format': 'table|json|markdown',
  explain: 'testun y polisi ar gyfer rheol, pam mae hyn yn bwysig, sut i’w gywiro, ac enghreifftiau',
  'explain <rule-id>': 'er enghraifft dp/phone-number',

  init: 'rhyngweithiol: ysgrifennu .smpolicy.yaml gyda sylwadau ar gyfer eich sefydliad',
  'init --force': 'rhoi un newydd yn lle .smpolicy.yaml sy’n bodoli',
  'init --yes': 'ysgrifennu’r rhagosodiadau heb ofyn (ar gyfer sgriptiau)',

  review: 'rhyngweithiol: mynd drwy ganfyddiadau un drafft, a chywiro neu atal pob un',
  'review <file>': "y drafft i'w adolygu (.txt, .md, .markdown)",

  'validate-policy': "dilysu ffeiliau YAML pecynnau rheolau a rhedeg eu henghreifftiau (ar gyfer awduron pecynnau)",
  'validate-policy <paths>': 'ffolderi pecynnau, ffeiliau pecynnau neu ffeiliau rheolau',

  // Options several commands share (each command's own entry, above, wins).
  '--config': "ffeil ffurfweddu (rhagosodiad: y .smpolicy.yaml agosaf wrth fynd i fyny o bob ffeil, yna o'r fan hon)",
  '--policy': 'ffeil neu ffolder pecyn rheolau ychwanegol (gellir ei ailadrodd)',
  '--rule': 'gosod rheol i off|info|warning|error (gellir ei ailadrodd)',
  '--format': 'fformat yr allbwn: {formats}',
  '--output': "ysgrifennu'r adroddiad i ffeil yn lle'r allbwn safonol",
  '--date': "y diwrnod y mae rheolau sy'n dibynnu ar ddyddiad yn ei ddefnyddio (rhagosodiad: heddiw)",
  '--channel': 'sianel: {channels} (rhagosodiad: o’r front matter)',
  '--max-warnings': 'gadael gyda chod 1 pan fo mwy o rybuddion na hyn',
  '--quiet': 'nodi gwallau yn unig',
  '--jobs': "edafedd gweithio ar gyfer llawer o ffeiliau (rhagosodiad: nifer y creiddiau)",
  '--no-redact': 'dangos data personol yn llawn, heb ei guddio (rhagosodiad: wedi’i guddio)',
  'check --no-color': "dim lliw (hefyd NO_COLOR, neu pan nad terfynell yw'r allbwn)",
  'audit --no-color': "dim lliw (hefyd NO_COLOR, neu pan nad terfynell yw'r allbwn)",
};

/**
 * The names of arguments and option values in Welsh usage lines and commander's errors
 * (`<file>` → `<ffeil>`, `[paths...]` → `[llwybrau...]`); what a user types is unchanged.
 * A name with no entry (YYYY-MM-DD, cy|en, n, and ref, which the Welsh help calls REF) is shown as it is.
 */
export const VALUE_NAMES_CY: Record<string, string> = {
  file: 'ffeil',
  path: 'llwybr',
  paths: 'llwybrau',
  inputs: 'mewnbynnau',
  'rule-id': 'id-rheol',
  name: 'enw',
  'id=severity': 'id=difrifoldeb',
};
