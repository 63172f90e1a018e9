/**
 * An invented tattoo supplies store (insumos para tatuaje) whose catalog is written in Spanish and
 * sold in Colombian pesos, written for branch dlg-es8 before the engine was touched: rotary
 * machines by colour, needle cartridges in boxes by configuration, inks by volume in ounces, a
 * power supply, grips by diameter, nitrile gloves by size in boxes, a stretcher (camilla) that
 * ships unassembled, what a product includes (cables, pilas) only in the Body, sold-out values and
 * combinations, and two promo codes.
 */
import type { Kysely } from 'kysely';
import { importCatalogText } from '../../../src/shop/catalog/import/index.ts';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const PRODUCTS: GridProduct[] = [
  // Máquinas.
  {
    handle: 'maquina-rotativa-pen-nova',
    title: 'Máquina Rotativa Tipo Pen Nova',
    body: '<p>Máquina rotativa tipo pen inalámbrica con motor suizo y carrera de 3,5 mm. Batería intercambiable de 6 horas; incluye dos baterías y cable de carga. Acepta cartuchos universales.</p>',
    vendor: 'Tinta Viva',
    type: 'Máquinas de tatuar',
    tags: 'máquina, rotativa, pen, inalámbrica',
    price: 1450000,
    options: { Color: ['Negro', 'Rojo'] },
    soldOut: ['Rojo'],
  },
  {
    handle: 'maquina-bobinas-clasica',
    title: 'Máquina de Bobinas Clásica',
    body: '<p>Máquina de bobinas de 10 vueltas para delineado, marco de hierro. Se conecta con cable clip (no incluido).</p>',
    vendor: 'Tinta Viva',
    type: 'Máquinas de tatuar',
    tags: 'máquina, bobinas, delineado, liner',
    price: 520000,
  },
  {
    handle: 'fuente-poder-digital',
    title: 'Fuente de Poder Digital',
    body: '<p>Fuente de poder con pantalla digital, de 4 a 12 voltios, con pedal y cable clip incluidos.</p>',
    vendor: 'Tinta Viva',
    type: 'Fuentes de poder',
    tags: 'fuente, poder, pedal, voltaje',
    price: 380000,
  },
  // Cartuchos y agujas.
  {
    handle: 'cartuchos-delineado-rl',
    title: 'Cartuchos de Aguja para Delineado',
    body: '<p>Caja de 20 cartuchos estériles con membrana, configuración Round Liner. Desechables, un solo uso.</p>',
    vendor: 'Punta Fina',
    type: 'Cartuchos',
    tags: 'cartuchos, agujas, delineado, round liner',
    price: 95000,
    options: { Configuración: ['3RL', '5RL', '9RL'] },
    soldOut: ['9RL'],
  },
  {
    handle: 'cartuchos-sombreado-m1',
    title: 'Cartuchos de Aguja para Sombreado',
    body: '<p>Caja de 20 cartuchos estériles con membrana, configuración Magnum para sombras y relleno.</p>',
    vendor: 'Punta Fina',
    type: 'Cartuchos',
    tags: 'cartuchos, agujas, sombreado, magnum',
    price: 105000,
    options: { Configuración: ['7M1', '9M1', '15M1'] },
  },
  // Tintas.
  {
    handle: 'tinta-negra-profunda',
    title: 'Tinta Negra Profunda',
    body: '<p>Tinta negra vegana para relleno y delineado, sin metales pesados. Agitar antes de usar.</p>',
    vendor: 'Pigmento Andino',
    type: 'Tintas',
    tags: 'tinta, negra, vegana, relleno',
    price: 60000,
    options: { Tamaño: ['1 oz', '4 oz', '8 oz'] },
    surcharge: { '4 oz': 90000, '8 oz': 190000 },
    soldOut: ['8 oz'],
  },
  {
    handle: 'set-tintas-color',
    title: 'Set de Tintas de Colores',
    body: '<p>Doce frascos de 1 oz de colores primarios y pasteles, veganos. No incluye negro.</p>',
    vendor: 'Pigmento Andino',
    type: 'Tintas',
    tags: 'tinta, colores, set, vegana',
    price: 420000,
  },
  // Grips y accesorios.
  {
    handle: 'grip-desechable',
    title: 'Grip Desechable de Espuma',
    body: '<p>Caja de 20 grips desechables con recubrimiento de espuma para máquinas de bobinas.</p>',
    vendor: 'Punta Fina',
    type: 'Grips',
    tags: 'grip, desechable, espuma',
    price: 70000,
    options: { Diámetro: ['25 mm', '30 mm'] },
  },
  {
    handle: 'guantes-nitrilo-negros',
    title: 'Guantes de Nitrilo Negros',
    body: '<p>Caja de 100 guantes de nitrilo sin polvo, libres de látex.</p>',
    vendor: 'Higiene Pro',
    type: 'Guantes',
    tags: 'guantes, nitrilo, desechables',
    price: 38000,
    options: { Talla: ['S', 'M', 'L'] },
    soldOut: ['L'],
  },
  {
    handle: 'film-protector-rollo',
    title: 'Film Protector en Rollo',
    body: '<p>Rollo de 10 metros de film transpirable para cubrir tatuajes recién hechos.</p>',
    vendor: 'Higiene Pro',
    type: 'Cuidado posterior',
    tags: 'film, protector, vendaje, segunda piel',
    price: 85000,
    options: { Ancho: ['15 cm', '30 cm'] },
    surcharge: { '30 cm': 55000 },
  },
  {
    handle: 'crema-cicatrizante',
    title: 'Crema Cicatrizante para Tatuajes',
    body: '<p>Crema con pantenol y manteca de karité para los primeros días. Tubo de 50 g. Sin perfume.</p>',
    vendor: 'Higiene Pro',
    type: 'Cuidado posterior',
    tags: 'crema, cicatrizante, cuidado',
    price: 32000,
  },
  {
    handle: 'papel-hectografico',
    title: 'Papel Hectográfico para Stencil',
    body: '<p>Paquete de 100 hojas tamaño carta para transferir diseños a la piel.</p>',
    vendor: 'Punta Fina',
    type: 'Stencil',
    tags: 'papel, stencil, transfer, calco',
    price: 110000,
  },
  // Mobiliario.
  {
    handle: 'camilla-reclinable',
    title: 'Camilla Reclinable de Tatuaje',
    body: '<p>Camilla hidráulica de tres cuerpos, reclinable, soporta hasta 200 kg. Se entrega desarmada con herramientas. Tapizado lavable.</p>',
    vendor: 'Estudio Forte',
    type: 'Mobiliario',
    tags: 'camilla, silla, mobiliario, hidráulica',
    price: 2900000,
    options: { Color: ['Negro', 'Blanco'] },
  },
  {
    handle: 'lampara-led-aro',
    title: 'Lámpara LED de Aro con Brazo',
    body: '<p>Lámpara de aro de 18 pulgadas con brazo articulado y tres tonos de luz. Incluye control remoto con pilas.</p>',
    vendor: 'Estudio Forte',
    type: 'Iluminación',
    tags: 'lámpara, led, aro, luz',
    price: 340000,
    options: { Tamaño: ['10 pulgadas', '18 pulgadas'] },
    surcharge: { '10 pulgadas': -140000 },
  },
];

export function tattooCsv(): string {
  return shopifyCsv(PRODUCTS.map(gridRow), 300);
}

const PROMOS = [
  {
    code: 'TINTA10',
    value: 10,
    min: 500000,
    ends: null,
    en: '10% off orders over 500,000 pesos',
    es: '10 % en pedidos de más de 500.000 pesos',
  },
  {
    code: 'AMORYAMISTAD',
    value: 20,
    min: 0,
    ends: '2024-09-30T23:59:59Z',
    en: '20% off, Amor y Amistad',
    es: '20 % por Amor y Amistad',
  },
];

/**
 * A shop in Colombia sells in pesos, a currency without minor units: a Shopify CSV carries no
 * currency, so the store imports it again the way a shop owner would, stating the currency
 * (`--currency COP`), rather than relabelling prices read as cents. Its own promo codes (minimums
 * in whole pesos).
 */
export async function tattooStoreSetup(db: Kysely<Database>): Promise<void> {
  await importCatalogText(db, tattooCsv(), { name: 'tattoo.csv', currency: 'COP' });
  await insertPercentPromos(db, PROMOS);
}
