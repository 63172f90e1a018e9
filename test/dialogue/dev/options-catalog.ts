/**
 * The two option-heavy Shopify fixtures of the importer (stationery: Sheets, Ruling, Pack, Nib
 * Size, Material; music: Gauge, Pack, Length, Connector, Voltage, Keys, Finish), played as
 * development catalogs for choosing variants by any option.
 */
import { readFileSync } from 'node:fs';

const fixture = (name: string) => () =>
  readFileSync(new URL(`../../../src/shop/catalog/import/fixtures/${name}`, import.meta.url), 'utf8');

export const stationeryCsv = fixture('stationery.csv');
export const musicCsv = fixture('music.csv');
