/**
 * An invented barbershop supplies store (barbería) whose catalog is written in Spanish and sold in
 * Mexican pesos, written for branch dlg-es7 before the engine was touched: clippers and trimmers
 * by colour, scissors by length in inches ("5.5 pulgadas"), beard oils by scent and size (a sold-out
 * combination), pomades by weight, capes and a barber chair in the store's colour names ("Café",
 * "Azul marino"), battery life, guide combs, weight limits and what a product includes only in the
 * Body, and two promo codes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const PRODUCTS: GridProduct[] = [
  // Máquinas.
  {
    handle: 'maquina-corte-titan',
    title: 'Máquina de Corte Inalámbrica Titán',
    body: '<p>Motor rotativo de 7200 rpm y cuchilla de acero ajustable. Batería de litio con 120 minutos de autonomía y carga en 2 horas. Incluye 8 peines guía (de 3 a 25 mm), base de carga y aceite. No es sumergible.</p>',
    vendor: 'Filo Barber',
    type: 'Máquinas de corte',
    tags: 'máquina, cortadora, clipper, inalámbrica',
    price: 1890,
    options: { Color: ['Negro', 'Dorado'] },
    surcharge: { Dorado: 250 },
    soldOut: ['Dorado'],
  },
  {
    handle: 'maquina-corte-clasica-cable',
    title: 'Máquina de Corte Clásica con Cable',
    body: '<p>Motor magnético de uso rudo con cable de 3 metros. Incluye 4 peines guía. Ideal para rapados y desvanecidos.</p>',
    vendor: 'Filo Barber',
    type: 'Máquinas de corte',
    tags: 'máquina, cortadora, clipper, cable',
    price: 990,
  },
  {
    handle: 'patillera-t-blade',
    title: 'Patillera Recortadora T-Blade',
    body: '<p>Recortadora con cuchilla en T para contornos, barba y diseños. Batería de 90 minutos. Incluye 3 peines guía. Cuchilla de acero al carbono, ajuste cero.</p>',
    vendor: 'Filo Barber',
    type: 'Recortadoras',
    tags: 'patillera, trimmer, recortadora, contornos',
    price: 1150,
    options: { Color: ['Plata', 'Negro'] },
  },
  {
    handle: 'rasuradora-laminas',
    title: 'Rasuradora de Láminas Doble',
    body: '<p>Rasuradora de dos láminas para el acabado al ras de los desvanecidos. Batería de 60 minutos. Láminas de repuesto se venden aparte.</p>',
    vendor: 'Filo Barber',
    type: 'Rasuradoras',
    tags: 'rasuradora, shaver, láminas, acabado',
    price: 1350,
  },
  // Navajas.
  {
    handle: 'navaja-barbero-clasica',
    title: 'Navaja de Barbero Clásica',
    body: '<p>Navaja de hoja intercambiable: usa medias hojas de doble filo. Mango plegable. No incluye hojas.</p>',
    vendor: 'Acero Fino',
    type: 'Navajas',
    tags: 'navaja, barbero, afeitado, hoja intercambiable',
    price: 320,
    options: { Mango: ['Acero', 'Madera'] },
    surcharge: { Madera: 80 },
  },
  {
    handle: 'hojas-doble-filo',
    title: 'Hojas de Afeitar de Doble Filo',
    body: '<p>Hojas de acero inoxidable con recubrimiento de platino, para navaja y rastrillo de seguridad.</p>',
    vendor: 'Acero Fino',
    type: 'Navajas',
    tags: 'hojas, navajas, repuesto, doble filo',
    price: 150,
    options: { Paquete: ['20 hojas', '100 hojas'] },
    surcharge: { '100 hojas': 420 },
  },
  // Tijeras y peines.
  {
    handle: 'tijeras-corte-profesionales',
    title: 'Tijeras de Corte Profesionales',
    body: '<p>Acero japonés 440C con filo de navaja y tornillo de tensión ajustable. Incluye estuche de piel y paño de limpieza.</p>',
    vendor: 'Acero Fino',
    type: 'Tijeras',
    tags: 'tijeras, corte, profesional',
    price: 890,
    options: { Tamaño: ['5.5 pulgadas', '6 pulgadas', '6.5 pulgadas'] },
    surcharge: { '6 pulgadas': 60, '6.5 pulgadas': 120 },
    soldOut: ['6.5 pulgadas'],
  },
  {
    handle: 'tijeras-entresacar',
    title: 'Tijeras de Entresacar 30 Dientes',
    body: '<p>Tijeras de 6 pulgadas con 30 dientes que quitan un 30 % de volumen por corte. Sin estuche.</p>',
    vendor: 'Acero Fino',
    type: 'Tijeras',
    tags: 'tijeras, entresacar, texturizar, desmechar',
    price: 760,
  },
  {
    handle: 'peine-carbono',
    title: 'Peine de Carbono para Corte',
    body: '<p>Peine antiestático de fibra de carbono, resiste el calor de la secadora. 18 cm.</p>',
    vendor: 'Acero Fino',
    type: 'Peines',
    tags: 'peine, carbono, antiestático',
    price: 95,
    options: { Color: ['Negro', 'Blanco'] },
  },
  {
    handle: 'cepillo-desvanecedor',
    title: 'Cepillo Desvanecedor',
    body: '<p>Cepillo de cerdas suaves para limpiar el pelo cortado del cuello y la cara durante el desvanecido.</p>',
    vendor: 'Acero Fino',
    type: 'Cepillos',
    tags: 'cepillo, desvanecido, cuello, limpieza',
    price: 140,
  },
  // Capas y mobiliario.
  {
    handle: 'capa-corte-impermeable',
    title: 'Capa de Corte Impermeable',
    body: '<p>Capa de poliéster impermeable de 140 x 160 cm con cierre de broche ajustable. Lavable a máquina.</p>',
    vendor: 'Sillas Rey',
    type: 'Capas',
    tags: 'capa, bata, corte, impermeable',
    price: 260,
    options: { Color: ['Negro', 'Azul marino', 'Rayas'] },
  },
  {
    handle: 'sillon-barbero-hidraulico',
    title: 'Sillón de Barbero Hidráulico',
    body: '<p>Sillón con pistón hidráulico, gira 360° y se reclina para el afeitado. Soporta hasta 150 kg. Tapizado de vinil. Se entrega desarmado; el armado es sencillo.</p>',
    vendor: 'Sillas Rey',
    type: 'Mobiliario',
    tags: 'sillón, silla, barbero, hidráulico',
    price: 8900,
    options: { Color: ['Negro', 'Rojo', 'Café'] },
    soldOut: ['Rojo'],
  },
  {
    handle: 'esterilizador-uv',
    title: 'Esterilizador UV para Herramientas',
    body: '<p>Gabinete con luz ultravioleta para peines, tijeras y cuchillas. Ciclo de 15 minutos.</p>',
    vendor: 'Sillas Rey',
    type: 'Higiene',
    tags: 'esterilizador, higiene, uv, desinfección',
    price: 1450,
  },
  {
    handle: 'atomizador-agua',
    title: 'Atomizador de Agua',
    body: '<p>Atomizador de niebla continua de 300 ml.</p>',
    vendor: 'Sillas Rey',
    type: 'Accesorios',
    tags: 'atomizador, rociador, spray, agua',
    price: 120,
    options: { Color: ['Negro', 'Transparente'] },
  },
  {
    handle: 'toallas-algodon',
    title: 'Toallas de Algodón para Barbería',
    body: '<p>Toallas de algodón de 40 x 80 cm que aguantan el vapor de las toallas calientes.</p>',
    vendor: 'Sillas Rey',
    type: 'Accesorios',
    tags: 'toallas, algodón',
    price: 310,
    options: { Paquete: ['6 piezas', '12 piezas'], Color: ['Blanco', 'Negro'] },
    surcharge: { '12 piezas': 280 },
  },
  {
    handle: 'aceite-lubricante-cuchillas',
    title: 'Aceite Lubricante para Cuchillas',
    body: '<p>Aceite ligero para cuchillas de máquinas y patilleras; unas gotas antes de cada jornada. 120 ml.</p>',
    vendor: 'Filo Barber',
    type: 'Mantenimiento',
    tags: 'aceite, lubricante, cuchillas, mantenimiento',
    price: 85,
  },
  // Afeitado.
  {
    handle: 'brocha-sintetica',
    title: 'Brocha de Afeitar Sintética',
    body: '<p>Brocha de pelo sintético, vegana, que seca rápido. Mango de resina.</p>',
    vendor: 'Acero Fino',
    type: 'Afeitado',
    tags: 'brocha, afeitado, sintética, vegana',
    price: 280,
  },
  {
    handle: 'brocha-tejon',
    title: 'Brocha de Afeitar de Tejón',
    body: '<p>Brocha de pelo de tejón puro que retiene el agua caliente. Mango de madera.</p>',
    vendor: 'Acero Fino',
    type: 'Afeitado',
    tags: 'brocha, afeitado, tejón',
    price: 650,
  },
  {
    handle: 'crema-afeitar-mentolada',
    title: 'Crema de Afeitar Mentolada',
    body: '<p>Crema de glicerina y mentol que hace espuma con brocha o con la mano. Sin alcohol.</p>',
    vendor: 'Don Bigote',
    type: 'Afeitado',
    tags: 'crema, afeitar, espuma, mentol',
    price: 180,
    options: { Tamaño: ['150 ml', '300 ml'] },
    surcharge: { '300 ml': 110 },
  },
  {
    handle: 'locion-aftershave',
    title: 'Loción Aftershave',
    body: '<p>Loción para después del afeitado con alcohol y hamamelis; cierra el poro y refresca. 100 ml.</p>',
    vendor: 'Don Bigote',
    type: 'Afeitado',
    tags: 'loción, aftershave, después del afeitado',
    price: 210,
  },
  // Barba y estilizado.
  {
    handle: 'aceite-barba',
    title: 'Aceite para Barba',
    body: '<p>Mezcla de aceite de argán y jojoba que suaviza la barba y quita la comezón. Un gotero de vidrio.</p>',
    vendor: 'Don Bigote',
    type: 'Barba',
    tags: 'aceite, barba, argán',
    price: 230,
    options: { Aroma: ['Sándalo', 'Cedro', 'Sin aroma'], Tamaño: ['30 ml', '60 ml'] },
    surcharge: { '60 ml': 150 },
    soldOut: ['Cedro/60 ml'],
  },
  {
    handle: 'balsamo-barba',
    title: 'Bálsamo para Barba',
    body: '<p>Bálsamo de manteca de karité y cera de abeja que peina y da forma a la barba. Lata de 60 g.</p>',
    vendor: 'Don Bigote',
    type: 'Barba',
    tags: 'bálsamo, barba, karité',
    price: 250,
    options: { Aroma: ['Sándalo', 'Cítrico'] },
  },
  {
    handle: 'pomada-fijacion-fuerte',
    title: 'Pomada Fijación Fuerte',
    body: '<p>Pomada a base de agua con fijación fuerte y brillo medio; sale con agua, sin residuos.</p>',
    vendor: 'Don Bigote',
    type: 'Estilizado',
    tags: 'pomada, fijación, brillo, peinado',
    price: 190,
    options: { Tamaño: ['100 g', '250 g'] },
    surcharge: { '250 g': 130 },
  },
  {
    handle: 'cera-mate',
    title: 'Cera Mate Fijación Media',
    body: '<p>Cera de acabado mate y fijación media para peinados con textura. 100 g.</p>',
    vendor: 'Don Bigote',
    type: 'Estilizado',
    tags: 'cera, mate, fijación, peinado',
    price: 210,
  },
  {
    handle: 'polvo-texturizante',
    title: 'Polvo Texturizante',
    body: '<p>Polvo matificante que da volumen a la raíz. 20 g.</p>',
    vendor: 'Don Bigote',
    type: 'Estilizado',
    tags: 'polvo, textura, volumen',
    price: 170,
  },
];

export function barberCsv(): string {
  return shopifyCsv(PRODUCTS.map(gridRow), 250);
}

const PROMOS = [
  {
    code: 'NAVAJA10',
    value: 10,
    min: 100000,
    ends: null,
    en: '10% off orders over 1,000 pesos',
    es: '10 % en pedidos de más de 1,000 pesos',
  },
  {
    code: 'BUENFIN',
    value: 20,
    min: 0,
    ends: '2024-11-18T23:59:59Z',
    en: '20% off, Buen Fin weekend',
    es: '20 % por el Buen Fin',
  },
];

/** A shop in Mexico sells in pesos (a Shopify CSV carries no currency), with its own promo codes. */
export async function barberStoreSetup(db: Kysely<Database>): Promise<void> {
  await db.updateTable('products').set({ currency: 'MXN' }).execute();
  await insertPercentPromos(db, PROMOS);
}
