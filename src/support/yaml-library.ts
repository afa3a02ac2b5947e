// The parts of the YAML library smpolicy uses, in a module of their own: imported dynamically,
// a package keeps every export, so this lets the bundle drop the rest (stringify, streams...).
export { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
// js-yaml reads a well-formed file several times faster (a 1,000-rule pack: 60 ms against
// 700 ms); the YAML library above is still used for positions and for every error.
export { load as fastLoad, CORE_SCHEMA } from 'js-yaml';
