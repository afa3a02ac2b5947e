// The parts of libphonenumber-js the phone detector uses, in a module of their own: imported
// dynamically, a package keeps every export, so this lets the bundle drop the rest.
export { findNumbers, parsePhoneNumberFromString } from 'libphonenumber-js/max';
