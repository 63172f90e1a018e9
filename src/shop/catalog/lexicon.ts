/**
 * Bilingual shopping words: groups of terms that mean the same thing in English and Spanish,
 * and colour names. Used to expand queries (a Spanish query finds an English-only catalog)
 * and to translate colours. Entries are folded (lower case, no accents).
 */
import type { Language } from '../contract.ts';
import { fold, forms } from './text.ts';

const TERM_GROUPS: string[][] = [
  ['shoe', 'sneaker', 'trainer', 'zapatilla', 'zapato', 'calzado', 'deportiva'],
  ['running', 'run', 'runner', 'correr', 'carrera', 'runing'],
  ['trail', 'montana', 'mountain', 'offroad'],
  ['boot', 'bota', 'taco', 'tacos'],
  ['football', 'soccer', 'futbol'],
  ['hoodie', 'hoody', 'sudadera', 'sweatshirt', 'capucha'],
  ['tshirt', 'tee', 'shirt', 'camiseta', 'playera', 'remera', 'top'],
  ['shorts', 'short', 'pantaloneta', 'bermuda'],
  ['legging', 'tights', 'malla', 'leggins', 'mallas'],
  [
    'jacket',
    'chaqueta',
    'cazadora',
    'chamarra',
    'windbreaker',
    'cortavientos',
    'anorak',
    'chubasquero',
    'abrigo',
  ],
  ['sock', 'calcetin', 'media', 'calceta'],
  // Argentina and Uruguay say pollera.
  ['skirt', 'falda', 'pollera'],
  ['backpack', 'mochila', 'rucksack', 'bag', 'bolsa'],
  ['bottle', 'botella', 'bidon', 'cantimplora', 'flask', 'termo'],
  ['mat', 'esterilla', 'colchoneta'],
  ['racket', 'racquet', 'raqueta', 'pala'],
  ['ball', 'balon', 'pelota'],
  ['cap', 'gorra', 'hat', 'gorro', 'visor', 'visera'],
  ['tennis', 'tenis'],
  ['basketball', 'baloncesto', 'basket', 'basquet', 'basquetbol'],
  ['pants', 'trousers', 'pantalon', 'jogger', 'chandal'],
  ['waterproof', 'impermeable', 'rain', 'lluvia'],
  ['women', 'woman', 'womens', 'mujer', 'dama', 'ladies', 'female', 'femenino'],
  ['men', 'man', 'mens', 'hombre', 'caballero', 'male', 'masculino'],
  ['kids', 'kid', 'child', 'children', 'nino', 'nina', 'infantil', 'junior'],
  ['lightweight', 'light', 'ligero', 'ligera', 'liviano'],
  ['warm', 'thermal', 'termico', 'calido', 'invierno', 'winter'],
  ['cotton', 'algodon'],
  ['training', 'gym', 'entrenamiento', 'fitness', 'gimnasio', 'entrenar'],
  ['cycling', 'bike', 'ciclismo', 'bicicleta'],
  ['swimming', 'swim', 'natacion', 'nadar'],
  ['hiking', 'hike', 'senderismo', 'trekking'],
  ['water', 'agua'],
  ['insulated', 'isotermico', 'aislante'],
  ['breathable', 'transpirable'],
  ['cushioned', 'cushioning', 'amortiguacion', 'amortiguada', 'amortiguado'],
  ['road', 'asfalto', 'carretera', 'ciudad'],
  ['wool', 'lana', 'merino'],
  ['recycled', 'reciclado', 'reciclada'],
  ['stainless', 'steel', 'acero', 'inoxidable'],
  ['grip', 'agarre'],
  ['padel', 'paddle'],
  ['yoga', 'pilates'],
];

/** Canonical colour (English, as demo variants store it) → its Spanish forms. */
const COLORS: Record<string, { es: string; forms: string[] }> = {
  black: { es: 'negro', forms: ['black', 'negro', 'negra'] },
  white: { es: 'blanco', forms: ['white', 'blanco', 'blanca'] },
  red: { es: 'rojo', forms: ['red', 'rojo', 'roja'] },
  blue: { es: 'azul', forms: ['blue', 'azul'] },
  navy: { es: 'azul marino', forms: ['navy', 'marino'] },
  green: { es: 'verde', forms: ['green', 'verde'] },
  yellow: { es: 'amarillo', forms: ['yellow', 'amarillo', 'amarilla'] },
  orange: { es: 'naranja', forms: ['orange', 'naranja'] },
  pink: { es: 'rosa', forms: ['pink', 'rosa', 'rosado', 'rosada'] },
  purple: { es: 'morado', forms: ['purple', 'morado', 'morada', 'violeta', 'lila'] },
  grey: { es: 'gris', forms: ['grey', 'gray', 'gris'] },
  brown: { es: 'marron', forms: ['brown', 'marron', 'cafe'] },
  beige: { es: 'beis', forms: ['beige', 'beis', 'crema'] },
  turquoise: { es: 'turquesa', forms: ['turquoise', 'turquesa', 'teal'] },
  silver: { es: 'plateado', forms: ['silver', 'plateado', 'plata'] },
};

const groupOf = new Map<string, string[]>();
for (const group of TERM_GROUPS) {
  for (const term of group) for (const f of forms(term)) groupOf.set(f, group);
}

const colorOf = new Map<string, string>();
for (const [canonical, c] of Object.entries(COLORS)) {
  for (const term of c.forms) for (const f of forms(term)) colorOf.set(f, canonical);
}

/** Words that mean the same as `token` in either language (including itself). */
export function synonymsOf(token: string): string[] {
  for (const f of forms(token)) {
    const group = groupOf.get(f);
    if (group) return group.includes(token) ? group : [token, ...group];
  }
  return [token];
}

/** Whether the lexicon knows the word (so it is not an STT error to correct). */
export function isKnownTerm(token: string): boolean {
  return forms(token).some((f) => groupOf.has(f) || colorOf.has(f));
}

/** Canonical English colour for a word in either language ("negras" → "black"), or undefined. */
export function canonicalColor(word: string): string | undefined {
  const folded = fold(word).trim();
  if (folded === 'azul marino') return 'navy';
  for (const f of forms(folded)) {
    const c = colorOf.get(f);
    if (c) return c;
  }
  return undefined;
}

/** A colour name as shoppers of `language` say it; unknown colours pass through. */
export function colorName(color: string, language: Language): string {
  const canonical = canonicalColor(color);
  if (!canonical) return color;
  return language === 'es' ? COLORS[canonical]!.es : canonical;
}

/** Every way to write a colour that should match a stored variant colour (lower-case, folded). */
export function colorMatchForms(color: string): string[] {
  const canonical = canonicalColor(color);
  const own = fold(color).trim();
  if (!canonical) return [own];
  return [
    ...new Set([own, canonical, ...COLORS[canonical]!.forms, ...(canonical === 'grey' ? ['gray'] : [])]),
  ];
}
