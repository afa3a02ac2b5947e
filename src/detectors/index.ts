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
};

export const builtinNames = (): string[] => Object.keys(BUILTINS);
