/**
 * An invented pádel store from Spain whose catalog is written in Spanish (titles, types, option names
 * "Talla", "Color", "Peso", "Formato", values "Azul marino", "Amarillo flúor", EU shoe sizes with a
 * half, grams, packs), sold in euros. Written for issue 12's Spanish work (branch dlg-es5) before the
 * engine was touched: the shop's own words are Spanish, so a Spanish shopper needs no translation but
 * regional words (paleta, bolso, remera, pollera, medias, tenis) still do.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const SHOES = ['39', '40', '41', '42', '42.5', '43', '44', '45'];
const LETTERS = ['S', 'M', 'L', 'XL'];

const PRODUCTS: GridProduct[] = [
  {
    handle: 'vertice-ataque-carbono',
    title: 'Pala Vértice Ataque Carbono 3K',
    body: '<p>Pala de forma diamante para jugadores de ataque. Caras de carbono 3K, núcleo de goma EVA dura, balance alto.</p>',
    vendor: 'Vértice',
    type: 'Palas',
    tags: 'diamante, ataque, carbono, avanzado',
    price: 249,
    options: { Peso: ['360 g', '365 g', '370 g'] },
    soldOut: ['360 g'],
  },
  {
    handle: 'vertice-control-redonda',
    title: 'Pala Vértice Control Redonda',
    body: '<p>Pala redonda de balance bajo, fácil de manejar, para quien empieza o busca control. Peso 355 g. Núcleo de goma EVA blanda.</p>',
    vendor: 'Vértice',
    type: 'Palas',
    tags: 'redonda, control, iniciación',
    price: 139,
    options: { Color: ['Negro', 'Turquesa'] },
    soldOut: ['Turquesa'],
  },
  {
    handle: 'vertice-lagrima-hibrida',
    title: 'Pala Vértice Lágrima Híbrida',
    body: '<p>Pala de forma lágrima con balance medio, entre potencia y control. Peso 360 g. Caras de fibra de vidrio y carbono.</p>',
    vendor: 'Vértice',
    type: 'Palas',
    tags: 'lágrima, polivalente, intermedio',
    price: 179,
  },
  {
    handle: 'brisa-iniciacion-fibra',
    title: 'Pala Brisa Iniciación Fibra de Vidrio',
    body: '<p>Pala redonda de fibra de vidrio, ligera y cómoda. Peso 350 g. Funda incluida.</p>',
    vendor: 'Brisa',
    type: 'Palas',
    tags: 'redonda, iniciación, barata',
    price: 89,
    options: { Color: ['Rojo', 'Azul'] },
  },
  {
    handle: 'brisa-junior',
    title: 'Pala Brisa Junior',
    body: '<p>Pala para niños de 8 a 12 años. Peso 300 g, mango más corto.</p>',
    vendor: 'Brisa',
    type: 'Palas',
    tags: 'niños, junior, infantil',
    price: 59,
    options: { Color: ['Rosa', 'Azul'] },
  },
  {
    handle: 'brisa-clay-zapatillas',
    title: 'Zapatillas Brisa Clay',
    body: '<p>Zapatillas de pádel con suela de espiga para césped artificial con arena. Peso 380 g en talla 42.</p>',
    vendor: 'Brisa',
    type: 'Zapatillas',
    tags: 'espiga, césped artificial, hombre, mujer',
    price: 89,
    options: { Talla: SHOES, Color: ['Blanco', 'Negro', 'Lima'] },
    soldOut: ['43/Lima', '45'],
  },
  {
    handle: 'vertice-omni-zapatillas',
    title: 'Zapatillas Vértice Omni',
    body: '<p>Suela omni para pistas de cemento y moqueta. Amortiguación en el talón. Peso 410 g en talla 42.</p>',
    vendor: 'Vértice',
    type: 'Zapatillas',
    tags: 'omni, cemento, amortiguación',
    price: 119,
    options: { Talla: SHOES, Color: ['Azul marino', 'Blanco'] },
    soldOut: ['42.5/Azul marino'],
  },
  {
    handle: 'vertice-pro-pelotas',
    title: 'Pelotas Vértice Pro',
    body: '<p>Pelotas de competición presurizadas. Un bote trae 3 pelotas.</p>',
    vendor: 'Vértice',
    type: 'Pelotas',
    tags: 'competición, presurizadas, bote',
    price: 6.5,
    options: { Formato: ['Bote de 3', 'Caja de 24 botes'] },
    surcharge: { 'Caja de 24 botes': 133.5 },
  },
  {
    handle: 'brisa-entrenamiento-pelotas',
    title: 'Pelotas Brisa Entrenamiento',
    body: '<p>Pelotas de entrenamiento que aguantan más partidos. Bote de 3 pelotas.</p>',
    vendor: 'Brisa',
    type: 'Pelotas',
    tags: 'entrenamiento, duraderas, bote',
    price: 4.5,
  },
  {
    handle: 'vertice-tour-paletero',
    title: 'Paletero Vértice Tour',
    body: '<p>Paletero para 3 palas con compartimento térmico y bolsillo para zapatillas. Capacidad 45 litros.</p>',
    vendor: 'Vértice',
    type: 'Paleteros',
    tags: 'bolsa, térmico, 3 palas',
    price: 79,
    options: { Color: ['Negro', 'Rojo'] },
    soldOut: ['Rojo'],
  },
  {
    handle: 'brisa-mochila',
    title: 'Mochila Brisa Pádel',
    body: '<p>Mochila con dos compartimentos para palas a los lados. Capacidad 25 litros.</p>',
    vendor: 'Brisa',
    type: 'Paleteros',
    tags: 'mochila, 2 palas, ligera',
    price: 45,
    options: { Color: ['Gris', 'Verde'] },
  },
  {
    handle: 'vertice-overgrip',
    title: 'Overgrip Vértice (pack de 3)',
    body: '<p>Tres overgrips perforados que absorben el sudor.</p>',
    vendor: 'Vértice',
    type: 'Accesorios',
    tags: 'overgrip, grip, mango',
    price: 7,
    options: { Color: ['Blanco', 'Negro', 'Amarillo flúor', 'Rosa'] },
    soldOut: ['Rosa'],
  },
  {
    handle: 'brisa-protector-pala',
    title: 'Protector de Pala Brisa',
    body: '<p>Cinta transparente que protege el marco de la pala de los golpes contra la pared.</p>',
    vendor: 'Brisa',
    type: 'Accesorios',
    tags: 'protector, marco, cinta',
    price: 9,
  },
  {
    handle: 'brisa-presurizador',
    title: 'Presurizador de Pelotas Brisa',
    body: '<p>Bote que mantiene la presión de hasta 4 pelotas entre partidos. Bomba incluida.</p>',
    vendor: 'Brisa',
    type: 'Accesorios',
    tags: 'presión, pelotas, bote',
    price: 25,
  },
  {
    handle: 'vertice-munequeras',
    title: 'Muñequeras Vértice (par)',
    body: '<p>Dos muñequeras de rizo de algodón.</p>',
    vendor: 'Vértice',
    type: 'Accesorios',
    tags: 'muñequera, sudor',
    price: 8,
    options: { Color: ['Blanco', 'Negro'] },
  },
  {
    handle: 'vertice-gorra',
    title: 'Gorra Vértice',
    body: '<p>Gorra técnica transpirable con cierre ajustable. Talla única.</p>',
    vendor: 'Vértice',
    type: 'Accesorios',
    tags: 'gorra, sol',
    price: 18,
    options: { Color: ['Blanco', 'Azul marino'] },
  },
  {
    handle: 'vertice-camiseta-tecnica',
    title: 'Camiseta Técnica Vértice',
    body: '<p>Camiseta de poliéster reciclado que seca rápido.</p>',
    vendor: 'Vértice',
    type: 'Ropa',
    tags: 'camiseta, técnica, hombre',
    price: 29,
    options: { Talla: LETTERS, Color: ['Blanco', 'Azul marino', 'Coral'] },
    soldOut: ['M/Coral'],
  },
  {
    handle: 'brisa-falda-pantalon',
    title: 'Falda Pantalón Brisa',
    body: '<p>Falda con pantalón corto interior y bolsillo para la pelota.</p>',
    vendor: 'Brisa',
    type: 'Ropa',
    tags: 'falda, mujer',
    price: 35,
    options: { Talla: ['XS', 'S', 'M', 'L'], Color: ['Negro', 'Blanco'] },
  },
  {
    handle: 'vertice-pantalon-corto',
    title: 'Pantalón Corto Vértice',
    body: '<p>Pantalón corto con dos bolsillos para pelotas y cintura elástica.</p>',
    vendor: 'Vértice',
    type: 'Ropa',
    tags: 'pantalón, corto, hombre',
    price: 32,
    options: { Talla: LETTERS, Color: ['Negro', 'Azul marino'] },
    soldOut: ['L/Negro'],
  },
  {
    handle: 'vertice-calcetines',
    title: 'Calcetines Vértice (3 pares)',
    body: '<p>Tres pares de calcetines de caña baja con refuerzo en el talón.</p>',
    vendor: 'Vértice',
    type: 'Ropa',
    tags: 'calcetines, pack',
    price: 15,
    options: { Talla: ['35-38', '39-42', '43-46'] },
  },
];

export function padelCsv(): string {
  return shopifyCsv(PRODUCTS.map(gridRow), 350);
}

/** A shop in Spain sells in euros (a Shopify CSV carries no currency). */
export async function padelInEuros(db: Kysely<Database>): Promise<void> {
  await db.updateTable('products').set({ currency: 'EUR' }).execute();
}
