/**
 * UK domestic bank details: a six-digit sort code written NN-NN-NN, NN NN NN or NNNNNN, and
 * an eight-digit account number. These are format checks only: Vocalink's modulus checking
 * needs its weight table (valacdos.txt) for every sort code range, which is not bundled, so an
 * invented account number with a real-looking sort code is still reported.
 */

export function isSortCode(value: string): boolean {
  return /^\d{2}([ -]?)\d{2}\1\d{2}$/.test(value.trim());
}

export function isAccountNumber(value: string): boolean {
  return /^\d{8}$/.test(value.trim());
}
