import type { BuiltinDetector } from '../engine/types.js';

type Loader = () => Promise<BuiltinDetector<any>>;

type All = typeof import('./all.js');
let loadAll: Promise<All> | undefined;
const all = (): Promise<All> => (loadAll ??= import('./all.js'));

/**
 * Every builtin detector, by the name packs use in `detect: { kind: builtin, name }`. They
 * load together, on first use (a pack with no builtin rules never loads them), and each loads
 * its heavy library (libphonenumber, twitter-text, exifr, the Welsh word list) only when a
 * draft needs it.
 */
export const BUILTINS: Record<string, Loader> = {
  'account-schema': () => all().then((m) => m.accountSchema),
  'email-address': () => all().then((m) => m.emailAddress),
  'phone-number': () => all().then((m) => m.phoneNumber),
  'missing-welsh': () => all().then((m) => m.missingWelsh),
  'english-first': () => all().then((m) => m.englishFirst),
  'unequal-content': () => all().then((m) => m.unequalContent),
  'mangled-diacritics': () => all().then((m) => m.mangledDiacritics),
  'reply-language': () => all().then((m) => m.replyLanguage),
  'truncation-risk': () => all().then((m) => m.truncationRisk),
  'welsh-spelling': () => all().then((m) => m.welshSpelling),
  'nhs-number': () => all().then((m) => m.nhsNumber),
  'ni-number': () => all().then((m) => m.niNumber),
  'payment-card': () => all().then((m) => m.paymentCard),
  'bank-details': () => all().then((m) => m.bankDetails),
  postcode: () => all().then((m) => m.postcode),
  'vehicle-registration': () => all().then((m) => m.vehicleRegistration),
  'driving-licence': () => all().then((m) => m.drivingLicence),
  'passport-number': () => all().then((m) => m.passportNumber),
  'postal-address': () => all().then((m) => m.postalAddress),
  'date-of-birth': () => all().then((m) => m.dateOfBirth),
  'special-category': () => all().then((m) => m.specialCategory),
  'child-details': () => all().then((m) => m.childDetails),
  'case-reference': () => all().then((m) => m.caseReference),
  'unconsented-quote': () => all().then((m) => m.unconsentedQuote),
  'image-location': () => all().then((m) => m.imageLocation),
  'image-consent': () => all().then((m) => m.imageConsent),
};

export const builtinNames = (): string[] => Object.keys(BUILTINS);
