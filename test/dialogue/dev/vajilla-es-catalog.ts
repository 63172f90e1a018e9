/**
 * An invented tableware shop (vajilla y menaje de mesa) in Argentina whose catalog is written in
 * Spanish and sold in Argentine pesos, written for branch dlg-es10 before the engine was touched:
 * plates, mugs, glasses, cutlery, table linen and serving pieces, with yes/no facts and figures
 * only in the Body (dishwasher, microwave, what is and is not included, sizes, capacities), and the
 * store's policy text (Spanish) that covers shipping cost and zones, a bulky-item surcharge,
 * breakage in transit, returns, warranty, payment and disposal, but not engraving or home service.
 */
import type { Kysely } from 'kysely';
import { importCatalogText } from '../../../src/shop/catalog/import/index.ts';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const PRODUCTS: GridProduct[] = [
  {
    handle: 'plato-playo-gres',
    title: 'Plato Playo de Gres Esmaltado',
    body: '<p>Plato playo de gres esmaltado a mano, de 27 cm de diámetro. Apto para lavavajillas y microondas. No apto para horno ni para fuego directo.</p>',
    vendor: 'Alfarería del Sur',
    type: 'Platos',
    tags: 'plato, playo, gres, vajilla',
    price: 9800,
    options: { Color: ['Blanco', 'Arena', 'Verde agua'] },
    soldOut: ['Verde agua'],
  },
  {
    handle: 'vajilla-porcelana-18',
    title: 'Juego de Vajilla de Porcelana 18 Piezas',
    body: '<p>Juego de porcelana blanca para 6 personas: 6 platos playos, 6 hondos y 6 de postre. No incluye tazas ni cubiertos. Apto para lavavajillas; no usar en microondas por el filete dorado.</p>',
    vendor: 'Porcelana Tandil',
    type: 'Vajilla',
    tags: 'vajilla, juego, porcelana, platos',
    price: 84500,
  },
  {
    handle: 'taza-ceramica',
    title: 'Taza de Cerámica con Asa',
    body: '<p>Taza de cerámica de 350 ml, con asa grande. Se vende por unidad; el platito se vende por separado.</p>',
    vendor: 'Alfarería del Sur',
    type: 'Tazas',
    tags: 'taza, café, té, cerámica',
    price: 6200,
    options: { Color: ['Negro', 'Terracota'] },
  },
  {
    handle: 'copas-vino-cristal',
    title: 'Copas de Vino de Cristal x6',
    body: '<p>Caja de 6 copas de cristal sin plomo de 450 ml cada una, de 22 cm de alto. Conviene lavarlas a mano; el lavavajillas las opaca con el tiempo.</p>',
    vendor: 'Cristalería Andina',
    type: 'Cristalería',
    tags: 'copas, vino, cristal',
    price: 38900,
  },
  {
    handle: 'vasos-vidrio-reciclado',
    title: 'Vasos de Vidrio Reciclado x4',
    body: '<p>Set de 4 vasos de vidrio reciclado soplado, de 300 ml. Cada vaso pesa 280 g. Aptos para lavavajillas.</p>',
    vendor: 'Cristalería Andina',
    type: 'Cristalería',
    tags: 'vasos, vidrio, reciclado',
    price: 15600,
  },
  {
    handle: 'cubiertos-acero-24',
    title: 'Set de Cubiertos de Acero Inoxidable 24 Piezas',
    body: '<p>Cubiertos de acero inoxidable 18/10 para 6 personas: cuchillos, tenedores, cucharas y cucharitas. Vienen en caja de regalo. Aptos para lavavajillas.</p>',
    vendor: 'Cuchillería Rosario',
    type: 'Cubiertos',
    tags: 'cubiertos, acero, set, tenedores, cuchillos',
    price: 52000,
    options: { Acabado: ['Brillante', 'Mate negro'] },
    surcharge: { 'Mate negro': 9000 },
  },
  {
    handle: 'mantel-lino',
    title: 'Mantel de Lino Rectangular',
    body: '<p>Mantel de lino lavado de 150 x 250 cm, para mesas de 6 a 8 personas. Se lava en lavarropas con agua fría; no usar lavandina.</p>',
    vendor: 'Telar Norte',
    type: 'Mantelería',
    tags: 'mantel, lino, mesa',
    price: 41000,
    options: { Color: ['Crudo', 'Gris topo'] },
  },
  {
    handle: 'servilletas-algodon',
    title: 'Servilletas de Algodón x4',
    body: '<p>Cuatro servilletas de tela de algodón de 45 x 45 cm cada una. Se pueden lavar en lavarropas y planchar.</p>',
    vendor: 'Telar Norte',
    type: 'Mantelería',
    tags: 'servilletas, algodón, tela',
    price: 12400,
  },
  {
    handle: 'fuente-horno',
    title: 'Fuente de Cerámica para Horno',
    body: '<p>Fuente rectangular de cerámica de 32 x 22 cm y 2,5 litros de capacidad. Apta para horno hasta 250 °C y para freezer. Sin tapa.</p>',
    vendor: 'Alfarería del Sur',
    type: 'Fuentes',
    tags: 'fuente, horno, cerámica, asadera',
    price: 23900,
  },
  {
    handle: 'tabla-asado',
    title: 'Tabla de Asado de Algarrobo',
    body: '<p>Tabla de madera de algarrobo de 40 x 25 cm con canaleta para jugos. No va al lavavajillas; lavar a mano y aceitar una vez al mes.</p>',
    vendor: 'Maderas Chaco',
    type: 'Servir',
    tags: 'tabla, asado, madera, algarrobo',
    price: 18700,
  },
  {
    handle: 'jarra-vidrio',
    title: 'Jarra de Vidrio con Tapa',
    body: '<p>Jarra de vidrio borosilicato de 1,5 litros con tapa de acero. Resiste agua hirviendo.</p>',
    vendor: 'Cristalería Andina',
    type: 'Servir',
    tags: 'jarra, vidrio, agua, limonada',
    price: 14300,
  },
];

export function vajillaEsCsv(): string {
  return shopifyCsv(PRODUCTS.map(gridRow), 900);
}

const PROMOS = [
  {
    code: 'MESA15',
    value: 15,
    min: 5000000,
    ends: null,
    en: '15% off orders over 50,000 pesos',
    es: '15 % en pedidos de más de 50.000 pesos',
  },
];

/** The shop's policy text (its SHOP_POLICY_TEXT), in Spanish: no engraving, no home service. */
export const VAJILLA_ES_POLICY = [
  'Envíos: enviamos a todo el país por correo; en CABA y GBA la entrega tarda de 2 a 3 días hábiles y en el resto del país de 4 a 7.',
  'El envío cuesta 6.500 pesos y es gratis en compras de más de 80.000 pesos.',
  'Los juegos de vajilla completos y las cajas de copas pagan un recargo de 3.000 pesos por embalaje especial.',
  'Roturas: si algo llega roto, mandanos una foto dentro de las 48 horas y te enviamos el reemplazo sin cargo.',
  'Devoluciones: tenés 30 días para devolver productos sin uso y en su caja original.',
  'Garantía: los cubiertos tienen 5 años de garantía contra defectos de fabricación.',
  'Pagos: aceptamos Visa, Mastercard y American Express, transferencia bancaria y Mercado Pago; hasta 3 cuotas sin interés con tarjetas de crédito.',
  'Reciclaje: el vidrio y la cerámica rotos no van al contenedor de reciclables; envolvelos en papel de diario y tiralos con la basura común.',
].join('\n');

/**
 * An Argentine shop sells in pesos: the Shopify CSV carries no currency, so the store imports it
 * stating it (`--currency ARS`), then adds its own promo code.
 */
export async function vajillaEsStoreSetup(db: Kysely<Database>): Promise<void> {
  await importCatalogText(db, vajillaEsCsv(), { name: 'vajilla.csv', currency: 'ARS' });
  await insertPercentPromos(db, PROMOS);
}
