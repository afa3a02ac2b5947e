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
  // The animal is the subject ("yr anifail yn cael triniaeth", "the animal could get treatment"),
  // or the term is on its body ("triniaeth ar ei bawen", "an injury to its wing").
  const subject = ANIMAL_SUBJECT.exec(text.slice(Math.max(0, start - 60), start));
  if (subject && ANIMAL.test(subject[1]!)) return true;
  if (ANIMAL_PART.test(text.slice(end, end + 30))) return true;
  return ANIMAL.test(/^[^,.;:!?\n]{0,25}/u.exec(text.slice(end, end + 25))![0]);
}

/** A word, then only the verbs that give it the term: "anifail yn cael ", "otter needed " (not "dog after her "). */
const ANIMAL_SUBJECT = /([\p{L}]+)(?:[ \u00A0]+(?:yn|wedi|i|to|could|can|will|would|may|might|must|should|needs?|needed|gets?|got|getting|receives?|received|receiving|had|has|have|having|is|was|being|been|undergo|undergoes|underwent|undergoing|cael|gael|derbyn|dderbyn|angen))+[ \u00A0]+$/u;

/** Right after a term, a part of an animal's body: "on its paw", "ar ei bawen", "to her wing". */
const ANIMAL_PART = /^[ \u00A0]+(?:on|to|in|of|ar|i|yn)[ \u00A0]+(?:its|their|his|her|ei|eu|ei[ \u00A0]+h)[ \u00A0]*(?:paws?|pawen|bawen|pawennau|bawennau|wings?|adain|aden|hadain|haden|hoof|hooves|carn|garn|charn|tail|cynffon|gynffon|flippers?|fins?|beak|pig|big|snout|muzzle)(?![\p{L}])/iu;
