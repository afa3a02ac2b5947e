/**
 * Animals, English and Welsh (mutated forms written out): a health word or an age beside one
 * describes the animal, not a person ("a blind puppy", "ci dall", "14-year-old Jack Russell
 * Terrier, Cindy"). Kinds and common breeds, as rehoming appeals and farm news name them.
 */
export const ANIMAL = /(?<![\p{L}])(?:cats?|kittens?|dogs?|pupp(?:y|ies)|pups?|pooch(?:es)?|hounds?|moggy|horses?|pon(?:y|ies)|foals?|donkeys?|ewes?|lambs?|sheep|cows?|calf|calves|bulls?|mares?|goats?|rabbits?|bunn(?:y|ies)|hamsters?|ferrets?|parrots?|budgies?|tortoises?|pets?|terriers?|collies?|spaniels?|labradors?|retrievers?|lurchers?|greyhounds?|whippets?|poodles?|beagles?|dachshunds?|huskies|husky|staffies|staffie|staffy|bulldogs?|alsatians?|shih[ \u00A0]+tzus?|cockerpoos?|cockapoos?|cavapoos?|great[ \u00A0]+danes?|shar[ \u00A0]+peis?|pugs?|chihuahuas?|rottweilers?|dobermanns?|schnauzers?|dalmatians?|mastiffs?|cath|cathod|ci|cŵn|cwn|ast|cenau|ceffyl|ceffylau|merlen|merlod|ebol|oen|ŵyn|llo|lloi|tarw|teirw|gafr|geifr|asyn|cwningen|cwningod|dafad|defaid|buwch|caseg|anifail|anifeiliaid|gi|nghi|gath|chath|nghath|gŵn|geffyl|ddafad|fuwch|gaseg|gwningen|afr|daeargi|ddaeargi|daeargwn|milgi|filgi|milgwn|sbaniel|sbanieli|adargi|adargwn|corgi|corgwn)(?![\p{L}])/iu;

/** The word right before a term, past an article and a comma: "cat, a ", "gi ". */
const ANIMAL_BEFORE = /([\p{L}]+)(?:,?[ \u00A0]+(?:a|an|the|y|yr))?[ \u00A0]+$/u;

/**
 * An animal right before the term ("another cat, a pregnant …", "ci dall") or right after it in
 * its clause ("a blind puppy"): the term is the animal's. ("Mrs Jones walked her dog after her
 * stroke" is hers.)
 */
export function aboutAnimal(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const m = ANIMAL_BEFORE.exec(before);
  if (m && ANIMAL.test(m[1]!)) return true;
  return ANIMAL.test(/^[^,.;:!?\n]{0,25}/u.exec(text.slice(end, end + 25))![0]);
}
