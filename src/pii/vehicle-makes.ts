/**
 * Vehicle makes and common model names, lower case: capitalised in a police appeal or a road
 * report ("a grey Vauxhall Corsa", "a white Mazda 3 GT Sport") they are no person's name, and a
 * model number after one is no registration mark. Makes that are also common surnames (Ford,
 * Morris, Austin, Bentley) are left out.
 */
export const VEHICLE_MAKES = [
  'vauxhall', 'toyota', 'volkswagen', 'vw', 'bmw', 'audi', 'nissan', 'peugeot', 'renault', 'kia', 'hyundai', 'honda',
  'mazda', 'skoda', 'škoda', 'citroen', 'citroën', 'fiat', 'mercedes', 'mercedes-benz', 'volvo', 'tesla', 'suzuki',
  'mitsubishi', 'subaru', 'lexus', 'dacia', 'porsche', 'cupra', 'yamaha', 'kawasaki', 'ducati', 'triumph', 'iveco',
  'corsa', 'astra', 'insignia', 'fiesta', 'qashqai', 'juke', 'micra', 'yaris', 'corolla', 'aygo', 'clio', 'megane',
  'sportage', 'tucson', 'octavia', 'fabia', 'berlingo', 'zafira', 'mondeo', 'kuga', 'passat', 'touran', 'tiguan',
];
