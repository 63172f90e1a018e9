/**
 * An invented bonsai shop (vivero de bonsáis) whose catalog is written in Spanish and sold in
 * Mexican pesos, written for branch dlg-es9 before the engine was touched: trees by age and pot,
 * pots by width and glaze colour, tools by steel, wire by gauge, substrate and watering cans by
 * volume, sold-out values and combinations, yes/no facts and figures only in the Body, and the
 * store's policy text (Spanish) that covers shipping, returns of live trees and tools, tool
 * warranty and payment, but not pickup or gift wrapping.
 */
import type { Kysely } from 'kysely';
import { importCatalogText } from '../../../src/shop/catalog/import/index.ts';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const PRODUCTS: GridProduct[] = [
  // Árboles.
  {
    handle: 'ficus-retusa',
    title: 'Ficus Retusa Bonsái',
    body: '<p>Ficus retusa de interior, de 25 cm de altura con tronco engrosado. Tolera poca luz; riego cada 3 días. Se entrega en su maceta con plato.</p>',
    vendor: 'Vivero Kaede',
    type: 'Árboles',
    tags: 'ficus, bonsái, interior, árbol',
    price: 650,
    options: { Edad: ['3 años', '5 años'], Maceta: ['Cerámica', 'Plástico'] },
    surcharge: { '5 años': 400, Cerámica: 150 },
    soldOut: ['5 años/Cerámica'],
  },
  {
    handle: 'junipero-procumbens',
    title: 'Junípero Procumbens Nana',
    body: '<p>Enebro rastrero para exterior, necesita sol directo al menos 4 horas al día. No es apto para interior. Ideal para estilo cascada.</p>',
    vendor: 'Vivero Kaede',
    type: 'Árboles',
    tags: 'junípero, enebro, exterior, bonsái, árbol',
    price: 890,
    options: { Tamaño: ['Chico', 'Mediano', 'Grande'] },
    surcharge: { Mediano: 300, Grande: 700 },
    soldOut: ['Grande'],
  },
  {
    handle: 'olmo-chino',
    title: 'Olmo Chino Bonsái',
    body: '<p>Olmo chino semicaduco, resistente y de crecimiento rápido; aguanta heladas ligeras hasta -5 °C. Apto para interior luminoso o exterior.</p>',
    vendor: 'Vivero Kaede',
    type: 'Árboles',
    tags: 'olmo, bonsái, árbol, principiante',
    price: 720,
    options: { Tamaño: ['Mediano', 'Grande'] },
    surcharge: { Grande: 480 },
  },
  // Macetas.
  {
    handle: 'maceta-esmaltada',
    title: 'Maceta Esmaltada Rectangular',
    body: '<p>Maceta de gres esmaltado hecha a mano, con dos orificios de drenaje y malla incluida. Profundidad de 6 cm. No es resistente a heladas; guárdela bajo techo en invierno.</p>',
    vendor: 'Barro Fino',
    type: 'Macetas',
    tags: 'maceta, gres, esmaltada, rectangular',
    price: 380,
    options: { Ancho: ['15 cm', '20 cm', '25 cm'], Color: ['Azul marino', 'Café', 'Verde olivo'] },
    surcharge: { '20 cm': 120, '25 cm': 260 },
    soldOut: ['25 cm/Azul marino', 'Verde olivo'],
  },
  {
    handle: 'bandeja-humedad',
    title: 'Bandeja de Humedad con Rejilla',
    body: '<p>Bandeja de plástico con rejilla para subir la humedad alrededor del árbol; se llena con agua sin que toque la maceta. Aguanta macetas de hasta 22 cm de ancho en la chica y 32 cm en la grande.</p>',
    vendor: 'Barro Fino',
    type: 'Accesorios',
    tags: 'bandeja, humedad, rejilla, plato',
    price: 210,
    options: { Tamaño: ['Chica', 'Grande'] },
    surcharge: { Grande: 90 },
  },
  // Herramientas.
  {
    handle: 'tijera-concava',
    title: 'Tijera Cóncava para Ramas',
    body: '<p>Tijera de corte cóncavo que deja una herida que cicatriza al ras. Largo de 20 cm. Incluye estuche de tela. No se debe lavar en lavavajillas; límpiela y aceítela después de usarla.</p>',
    vendor: 'Hasami',
    type: 'Herramientas',
    tags: 'tijera, cóncava, poda, herramienta',
    price: 540,
    options: { Material: ['Acero al carbono', 'Acero inoxidable'] },
    surcharge: { 'Acero inoxidable': 360 },
    soldOut: ['Acero inoxidable'],
  },
  {
    handle: 'alambre-aluminio',
    title: 'Alambre de Aluminio Anodizado',
    body: '<p>Rollo de 100 g de alambre de aluminio anodizado color cobre, blando y fácil de quitar. En calibre de 1 mm trae unos 45 metros.</p>',
    vendor: 'Hasami',
    type: 'Alambre',
    tags: 'alambre, aluminio, alambrado, modelado',
    price: 120,
    options: { Calibre: ['1 mm', '2 mm', '3 mm'] },
    soldOut: ['3 mm'],
  },
  {
    handle: 'kit-inicio-bonsai',
    title: 'Kit de Inicio para Bonsái',
    body: '<p>Kit para principiantes con tijera básica, rastrillo, dos rollos de alambre y manual en español de 40 páginas. No incluye árbol ni maceta.</p>',
    vendor: 'Hasami',
    type: 'Kits',
    tags: 'kit, principiante, herramientas, regalo',
    price: 690,
  },
  // Sustratos, abono y riego.
  {
    handle: 'akadama',
    title: 'Sustrato Akadama',
    body: '<p>Arcilla volcánica importada de Japón, grano medio de 3 a 6 mm. Retiene humedad y drena bien. No contiene fertilizante.</p>',
    vendor: 'Tierra Viva',
    type: 'Sustratos',
    tags: 'akadama, sustrato, tierra, arcilla',
    price: 180,
    options: { Presentación: ['1 L', '2 L', '5 L'] },
    surcharge: { '2 L': 130, '5 L': 420 },
    soldOut: ['5 L'],
  },
  {
    handle: 'abono-organico',
    title: 'Abono Orgánico en Bolitas',
    body: '<p>Abono orgánico de liberación lenta a base de harina de semilla de colza. Una aplicación dura unas 6 semanas. Es seguro para mascotas.</p>',
    vendor: 'Tierra Viva',
    type: 'Abonos',
    tags: 'abono, fertilizante, orgánico',
    price: 160,
    options: { Presentación: ['250 g', '500 g'] },
    surcharge: { '500 g': 110 },
  },
  {
    handle: 'regadera-cobre',
    title: 'Regadera de Pico Fino',
    body: '<p>Regadera de acero galvanizado con pico largo y roseta de lluvia fina que no arrastra el sustrato. Mide 45 cm de largo.</p>',
    vendor: 'Tierra Viva',
    type: 'Riego',
    tags: 'regadera, riego, agua',
    price: 430,
    options: { Capacidad: ['1 L', '2 L'], Color: ['Verde', 'Negro'] },
    surcharge: { '2 L': 150 },
    soldOut: ['2 L/Negro'],
  },
];

export function bonsaiEsCsv(): string {
  return shopifyCsv(PRODUCTS.map(gridRow), 500);
}

const PROMOS = [
  {
    code: 'BONSAI10',
    value: 10,
    min: 100000,
    ends: null,
    en: '10% off orders over 1,000 pesos',
    es: '10 % en pedidos de más de 1.000 pesos',
  },
];

/** The shop's policy text (its SHOP_POLICY_TEXT), in Spanish: no pickup, no gift wrapping. */
export const BONSAI_ES_POLICY = [
  'Envíos: enviamos a toda la República Mexicana por paquetería; la entrega tarda de 3 a 5 días hábiles.',
  'El envío es gratis en pedidos de más de 1,500 pesos; si no, cuesta 150 pesos.',
  'Los árboles vivos solo se envían dentro de México, nunca al extranjero.',
  'Devoluciones: las herramientas y macetas se pueden devolver dentro de 30 días, sin uso y en su empaque original.',
  'Los árboles vivos no tienen devolución; si un árbol llega dañado, mándenos fotos en 48 horas y se lo reponemos.',
  'Garantía: las herramientas tienen un año de garantía contra defectos de fábrica.',
  'Pagos: aceptamos tarjeta de crédito o débito, pago en OXXO y hasta 6 meses sin intereses con tarjetas participantes.',
].join('\n');

/**
 * A Mexican shop sells in pesos: the Shopify CSV carries no currency, so the store imports it
 * stating it (`--currency MXN`), then adds its own promo code.
 */
export async function bonsaiEsStoreSetup(db: Kysely<Database>): Promise<void> {
  await importCatalogText(db, bonsaiEsCsv(), { name: 'bonsai.csv', currency: 'MXN' });
  await insertPercentPromos(db, PROMOS);
}
