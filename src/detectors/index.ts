import type { BuiltinDetector } from '../engine/types.js';

type Loader = () => Promise<BuiltinDetector<any>>;

/**
 * Every builtin detector, by the name packs use in `detect: { kind: builtin, name }`.
 * Each is loaded only when a rule that uses it runs, so start-up stays fast.
 */
export const BUILTINS: Record<string, Loader> = {
  'account-schema': () => import('./account-schema.js').then((m) => m.accountSchema),
  'email-address': () => import('./email-address.js').then((m) => m.emailAddress),
  'phone-number': () => import('./phone-number.js').then((m) => m.phoneNumber),
  'missing-welsh': () => import('./missing-welsh.js').then((m) => m.missingWelsh),
  'english-first': () => import('./english-first.js').then((m) => m.englishFirst),
  'unequal-content': () => import('./unequal-content.js').then((m) => m.unequalContent),
  'mangled-diacritics': () => import('./mangled-diacritics.js').then((m) => m.mangledDiacritics),
  'reply-language': () => import('./reply-language.js').then((m) => m.replyLanguage),
  'truncation-risk': () => import('./truncation-risk.js').then((m) => m.truncationRisk),
  'welsh-spelling': () => import('./welsh-spelling.js').then((m) => m.welshSpelling),
  'nhs-number': () => import('./nhs-number.js').then((m) => m.nhsNumber),
  'ni-number': () => import('./ni-number.js').then((m) => m.niNumber),
  'payment-card': () => import('./payment-card.js').then((m) => m.paymentCard),
  'bank-details': () => import('./bank-details.js').then((m) => m.bankDetails),
  postcode: () => import('./postcode.js').then((m) => m.postcode),
  'vehicle-registration': () => import('./vehicle-registration.js').then((m) => m.vehicleRegistration),
  'driving-licence': () => import('./driving-licence.js').then((m) => m.drivingLicence),
  'passport-number': () => import('./passport-number.js').then((m) => m.passportNumber),
  'postal-address': () => import('./postal-address.js').then((m) => m.postalAddress),
  'date-of-birth': () => import('./date-of-birth.js').then((m) => m.dateOfBirth),
  'special-category': () => import('./special-category.js').then((m) => m.specialCategory),
  'child-details': () => import('./child-details.js').then((m) => m.childDetails),
  'case-reference': () => import('./case-reference.js').then((m) => m.caseReference),
  'unconsented-quote': () => import('./unconsented-quote.js').then((m) => m.unconsentedQuote),
  'image-location': () => import('./image-location.js').then((m) => m.imageLocation),
  'image-consent': () => import('./image-consent.js').then((m) => m.imageConsent),
};

export const builtinNames = (): string[] => Object.keys(BUILTINS);
