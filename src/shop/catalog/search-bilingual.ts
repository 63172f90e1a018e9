/**
 * A built-in Spanish → English retail vocabulary, so a Spanish shopper is understood by a catalog
 * imported in English only ("tiendas de campaña" → tents, "bastones" → poles, "talla" → size).
 * Generic across verticals: it names kinds of products, parts and properties, never a product,
 * brand or store. Entries are folded (lower case, no accents) and singular.
 */
import { fold } from './text.ts';

// prettier-ignore
const ES_EN: [string, string][] = [
  // outdoor and sport
  // Alternatives ("a|b"): the first one the catalog knows is used.
  ['tienda de campana', 'tent'],
  ['casa de campana', 'tent'],
  ['saco de dormir', 'sleeping bag'],
  ['bolsa de dormir', 'sleeping bag'],
  ['esterilla', 'sleeping pad'],
  ['colchoneta', 'mat'],
  ['mochila', 'backpack'],
  ['morral', 'backpack'],
  ['baston de trekking', 'trekking pole'],
  ['baston', 'pole'],
  ['bota de montana', 'hiking boot'],
  ['bota de senderismo', 'hiking boot'],
  ['bota', 'boot'],
  ['zapatilla de trail', 'trail shoe'],
  ['zapatilla de running', 'running shoe'],
  ['zapatilla', 'shoe'],
  ['zapato', 'shoe'],
  ['sandalia', 'sandal'],
  ['calcetin', 'sock'],
  ['chaqueta de lluvia', 'rain jacket'],
  ['chubasquero', 'rain jacket'],
  ['cortavientos', 'wind shell'],
  ['chaqueta', 'jacket'],
  ['abrigo', 'coat'],
  ['chaleco', 'vest'],
  ['forro polar', 'fleece'],
  ['sudadera', 'hoodie'],
  ['camiseta', 't-shirt'],
  ['camisa', 'shirt'],
  ['pantalon corto', 'shorts'],
  ['pantalon', 'pants'],
  ['falda', 'skirt'],
  ['vestido', 'dress'],
  ['gorra', 'cap'],
  ['gorro', 'hat'],
  ['sombrero', 'hat'],
  ['guante', 'glove'],
  ['bufanda', 'scarf'],
  ['gafas de sol', 'sunglasses'],
  ['gafa', 'glasses'],
  ['linterna frontal', 'headlamp'],
  ['frontal', 'headlamp'],
  ['linterna', 'flashlight'],
  ['farol', 'lantern'],
  ['hornillo', 'stove'],
  ['cocina de camping', 'camp stove'],
  ['filtro de agua', 'water filter'],
  ['filtro', 'filter'],
  ['botella', 'bottle'],
  ['cantimplora', 'bottle'],
  ['termo', 'thermos'],
  ['bicicleta', 'bike'],
  ['casco', 'helmet'],
  ['raqueta', 'racket'],
  ['pelota', 'ball'],
  ['balon', 'ball'],
  ['silla', 'chair'],
  ['mesa', 'table'],
  ['navaja', 'knife'],
  ['cuerda', 'rope'],
  ['brujula', 'compass'],
  ['bolsa', 'bag'],
  ['cartera', 'wallet'],
  ['maleta', 'suitcase'],
  ['reloj', 'watch'],
  // home, kitchen, electronics
  ['sarten', 'pan'],
  ['olla', 'pot'],
  ['cazo', 'saucepan'],
  ['cuchillo', 'knife'],
  ['taza', 'mug'],
  ['plato', 'plate'],
  ['vaso', 'glass'],
  ['cafetera', 'coffee maker'],
  ['tetera', 'kettle'],
  ['hervidor', 'kettle'],
  ['batidora', 'blender'],
  ['licuadora', 'blender'],
  ['tostadora', 'toaster'],
  ['horno', 'oven'],
  ['cubierto', 'cutlery'],
  ['tabla de cortar', 'cutting board'],
  ['lampara', 'lamp'],
  ['cojin', 'cushion'],
  ['manta', 'blanket'],
  ['toalla', 'towel'],
  ['sabana', 'sheet'],
  ['almohada', 'pillow'],
  ['alfombra', 'rug'],
  ['cortina', 'curtain'],
  ['vela', 'candle'],
  ['auricular', 'headphones'],
  ['casco', 'headphones|helmet'],
  ['bateria externa', 'power bank'],
  ['cargador portatil', 'power bank'],
  ['funda de movil', 'phone case'],
  ['funda para movil', 'phone case'],
  ['funda para el movil', 'phone case'],
  ['funda de telefono', 'phone case'],
  ['movil', 'phone'],
  ['telefono', 'phone'],
  ['protector de pantalla', 'screen protector'],
  ['cable de carga', 'charging cable'],
  ['trenzado', 'braided'],
  ['cancelacion de ruido', 'noise cancelling'],
  ['resistente a salpicadura', 'splash resistant'],
  ['salpicadura', 'splash'],
  ['mesa de centro', 'coffee table'],
  ['mesa auxiliar', 'side table'],
  ['mesita de noche', 'nightstand|bedside table'],
  ['sillon', 'accent chair|armchair|lounge chair|chair'],
  ['butaca', 'accent chair|armchair|lounge chair|chair'],
  ['lampara de pie', 'floor lamp'],
  ['lampara de mesa', 'table lamp'],
  ['lampara de techo', 'ceiling lamp|pendant'],
  ['espejo', 'mirror'],
  ['estanteria', 'bookcase|bookshelf|shelf'],
  ['libreria', 'bookcase|bookshelf'],
  ['estante', 'shelf'],
  ['funda de cojin', 'cushion cover'],
  ['jarron', 'vase'],
  ['terciopelo', 'velvet'],
  ['mimbre', 'rattan|wicker'],
  ['roble', 'oak'],
  ['nogal', 'walnut'],
  ['marmol', 'marble'],
  ['laton', 'brass'],
  ['lino', 'linen'],
  ['de punto', 'knit'],
  ['montaje', 'assembly'],
  ['exterior', 'outdoor'],
  ['interior', 'indoor'],
  ['altura', 'height'],
  ['redondo', 'round'],
  ['redonda', 'round'],
  ['cuadrado', 'square'],
  ['lavar', 'washable|wash'],
  ['resistente agua', 'water resistant'],
  ['ancho', 'width'],
  ['anchura', 'width'],
  // sports nutrition
  ['proteina en polvo', 'protein powder'],
  ['proteina vegetal', 'plant protein'],
  ['proteina', 'protein'],
  ['batido de proteina', 'protein shake'],
  ['pre entreno', 'pre workout'],
  ['preentreno', 'pre workout'],
  ['barrita de proteina', 'protein bar'],
  ['barrita', 'bar'],
  ['creatina', 'creatine'],
  ['monohidrato', 'monohydrate'],
  ['gominola', 'gummies'],
  ['gomita', 'gummies'],
  ['hidratacion', 'hydration'],
  ['electrolito', 'electrolytes'],
  ['pastilla', 'tablets'],
  ['aminoacido', 'amino acids'],
  ['gel energetico', 'energy gel'],
  ['vaso mezclador', 'shaker'],
  ['botella mezcladora', 'shaker'],
  ['mezclador', 'shaker'],
  ['coctelera', 'shaker'],
  ['sin cafeina', 'caffeine free'],
  ['cafeina', 'caffeine'],
  ['caloria', 'calories'],
  ['vegano', 'vegan'],
  ['vegana', 'vegan'],
  ['vegetal', 'plant'],
  ['sin gluten', 'gluten free'],
  ['sin azucar', 'sugar free'],
  ['vainilla', 'vanilla'],
  ['fresa', 'strawberry'],
  ['sabor', 'flavour|flavor'],
  ['lavavajilla', 'dishwasher'],
  ['bote', 'tub'],
  ['altavoz', 'speaker'],
  ['cargador', 'charger'],
  ['cable', 'cable'],
  ['funda', 'case'],
  ['teclado', 'keyboard'],
  ['raton', 'mouse'],
  ['pantalla', 'screen'],
  ['bateria', 'battery'],
  ['pila', 'battery'],
  // pets, garden, toys, beauty, books (kinds of product only)
  ['comida para perro', 'dog food'],
  ['comida para gato', 'cat food'],
  ['pienso', 'pet food'],
  ['correa', 'leash'],
  ['collar', 'collar'],
  ['cama para perro', 'dog bed'],
  ['juguete', 'toy'],
  ['arena para gato', 'cat litter'],
  ['comedero', 'bowl'],
  ['maceta', 'pot'],
  ['semilla', 'seed'],
  ['manguera', 'hose'],
  ['tijera de podar', 'pruners'],
  ['pala', 'shovel'],
  ['rastrillo', 'rake'],
  ['regadera', 'watering can'],
  ['abono', 'fertilizer'],
  ['fertilizante', 'fertilizer'],
  ['guante de jardin', 'gardening gloves'],
  ['muneca', 'doll'],
  ['peluche', 'plush'],
  ['rompecabezas', 'puzzle'],
  ['puzle', 'puzzle'],
  ['juego de mesa', 'board game'],
  ['bloque de construccion', 'building blocks'],
  ['coche de juguete', 'toy car'],
  ['champu', 'shampoo'],
  ['acondicionador', 'conditioner'],
  ['crema', 'cream'],
  ['perfume', 'perfume'],
  ['jabon', 'soap'],
  ['protector solar', 'sunscreen'],
  ['maquillaje', 'makeup'],
  ['pintalabios', 'lipstick'],
  ['libro', 'book'],
  ['novela', 'novel'],
  ['cuaderno', 'notebook'],
  // properties and materials
  ['impermeable', 'waterproof'],
  ['resistente al agua', 'water resistant'],
  ['ultraligero', 'ultralight'],
  ['ligero', 'lightweight'],
  ['liviano', 'lightweight'],
  ['transpirable', 'breathable'],
  ['recargable', 'rechargeable'],
  ['inalambrico', 'wireless'],
  ['retractil', 'retractable'],
  ['ajustable', 'adjustable'],
  ['lavable', 'washable'],
  ['plegable', 'foldable'],
  ['termico', 'thermal'],
  ['de invierno', 'winter'],
  ['de verano', 'summer'],
  ['de plumas', 'down'],
  ['pluma', 'down'],
  ['sintetico', 'synthetic'],
  ['cuero', 'leather'],
  ['piel', 'leather'],
  ['algodon', 'cotton'],
  ['lana', 'wool'],
  ['madera', 'wood'],
  ['acero inoxidable', 'stainless steel'],
  ['acero', 'steel'],
  ['aluminio', 'aluminium'],
  ['carbono', 'carbon'],
  ['vidrio', 'glass'],
  ['ceramica', 'ceramic'],
  ['organico', 'organic'],
  ['ecologico', 'organic'],
  ['para hombre', 'mens'],
  ['de hombre', 'mens'],
  ['para mujer', 'womens'],
  ['de mujer', 'womens'],
  ['infantil', 'kids'],
  ['para nino', 'kids'],
  ['de nino', 'kids'],
  ['familiar', 'family'],
  ['montana', 'mountain'],
  ['senderismo', 'hiking'],
  ['lluvia', 'rain'],
  ['largo', 'long'],
  ['larga', 'long'],
];

/** Singular of a folded Spanish word ("bastones" → "baston", "tiendas" → "tienda"). */
function singular(w: string): string {
  if (w.length > 4 && /[lnrdzj]es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Every reading of a plural: "cables" → cable, "altavoces" → altavoz, "bastones" → baston. */
function singulars(w: string): string[] {
  const out = [singular(w)];
  if (w.length > 3 && w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.length > 4 && w.endsWith('ces')) out.push(`${w.slice(0, -3)}z`);
  return out;
}

function plural(phrase: string): string {
  if (/fe?$/.test(phrase) && !/(ff|ief|oof)$/.test(phrase)) return phrase.replace(/fe?$/, 'ves');
  if (/(s|x|sh|ch)$/.test(phrase)) return phrase === 'glass' ? 'glasses' : phrase;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
}

const ENTRIES = ES_EN.map(([es, en]) => ({ es: es.split(' '), en })).sort(
  (a, b) => b.es.length - a.es.length,
);

export interface Translation {
  /** Index of the first token replaced and how many. */
  start: number;
  length: number;
  english: string;
}

/**
 * Spanish retail phrases in the (folded) tokens and their English, longest first, without
 * overlaps. `wanted(english, spanish)` decides whether a translation is useful (the catalog
 * knows the English, not the Spanish).
 */
export function spanishPhrases(
  tokens: string[],
  wanted: (english: string, spanish: string, start: number) => boolean,
): Translation[] {
  const out: Translation[] = [];
  const used = new Set<number>();
  for (const e of ENTRIES) {
    const n = e.es.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = fold(tokens[i + k]!);
        ok = !used.has(i + k) && (t === e.es[k] || singulars(t).includes(e.es[k]!));
      }
      if (!ok) continue;
      const said = tokens.slice(i, i + n).join(' ');
      const isPlural = tokens[i] !== e.es[0] && singulars(fold(tokens[i]!)).includes(e.es[0]!);
      // The plural when the catalog knows it ("tents"), else the singular ("knife" for "cuchillos").
      let english: string | undefined;
      for (const en of e.en.split('|')) {
        english = isPlural && wanted(plural(en), said, i) ? plural(en) : en;
        if (wanted(english, said, i)) break;
        english = undefined;
      }
      if (!english) continue;
      out.push({ start: i, length: n, english });
      for (let k = 0; k < n; k++) used.add(i + k);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The English of one Spanish word or phrase, if the vocabulary has it ("impermeable" → "waterproof"). */
export function englishOf(spanish: string): string | undefined {
  const words = fold(spanish).trim().split(/\s+/);
  const hit = ENTRIES.find(
    (e) => e.es.length === words.length && e.es.every((w, k) => w === words[k] || w === singular(words[k]!)),
  );
  return hit?.en.split('|')[0];
}
