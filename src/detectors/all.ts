/**
 * Every builtin detector in one module: the bundle makes it one lazily loaded chunk, since a
 * draft usually needs most of them and each separate file costs start-up time to load.
 */
export { accountSchema } from './account-schema.js';
export { emailAddress } from './email-address.js';
export { phoneNumber } from './phone-number.js';
export { missingWelsh } from './missing-welsh.js';
export { englishFirst } from './english-first.js';
export { unequalContent } from './unequal-content.js';
export { mangledDiacritics } from './mangled-diacritics.js';
export { replyLanguage } from './reply-language.js';
export { truncationRisk } from './truncation-risk.js';
export { welshSpelling } from './welsh-spelling.js';
export { nhsNumber } from './nhs-number.js';
export { niNumber } from './ni-number.js';
export { paymentCard } from './payment-card.js';
export { bankDetails } from './bank-details.js';
export { postcode } from './postcode.js';
export { vehicleRegistration } from './vehicle-registration.js';
export { drivingLicence } from './driving-licence.js';
export { passportNumber } from './passport-number.js';
export { postalAddress } from './postal-address.js';
export { dateOfBirth } from './date-of-birth.js';
export { specialCategory } from './special-category.js';
export { childDetails } from './child-details.js';
export { caseReference } from './case-reference.js';
export { unconsentedQuote } from './unconsented-quote.js';
export { imageLocation } from './image-location.js';
export { imageConsent } from './image-consent.js';
