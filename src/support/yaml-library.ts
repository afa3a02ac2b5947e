// The parts of the YAML library smpolicy uses, in a module of their own: imported dynamically,
// a package keeps every export, so this lets the bundle drop the rest (stringify, streams...).
export { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
