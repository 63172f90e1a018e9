/**
 * The senses Spanish words have in a shop, for the machine translation of the second reading
 * (second-reading.ts). A general dictionary gives their commonest sense elsewhere: "vale" (okay)
 * becomes "voucher", "talla" (size) "cuts", "me llevo" (I'll take) "I spend me", "devolver"
 * (return) "give", "carrito" stays unknown. These are the words of shopping itself, the same for
 * any catalog; the catalog's own words are protected separately. Pure.
 */
import { normalize } from '../words/text.ts';

/** Folded Spanish phrase → its English in a shop, longest phrases first. */
const SENSES: [string, string][] = (
  [
    ['me lo quedo', "I'll take it"],
    ['me la quedo', "I'll take it"],
    ['me quedo con', "I'll take"],
    ['me lo llevo', "I'll take it"],
    ['me la llevo', "I'll take it"],
    ['me llevo', "I'll take"],
    ['que llevo', 'what do I have'],
    ['que le valga', 'that fits'],
    ['que me valga', 'that fits'],
    ['le vale', 'fits'],
    ['le valen', 'fit'],
    ['a plazos', 'in installments'],
    ['cuanto suma', 'what is the total of'],
    ['vacialo', 'empty it'],
    ['vaciar', 'empty'],
    ['vale', 'okay'],
    ['venga', 'okay'],
    ['talla', 'size'],
    ['tallas', 'sizes'],
    ['carrito', 'cart'],
    ['cesta', 'cart'],
    ['ensename', 'show me'],
    ['muestrame', 'show me'],
    ['devolver', 'return'],
    ['devolverlo', 'return it'],
    ['devolverla', 'return it'],
    ['devolucion', 'return'],
    ['devoluciones', 'returns'],
    ['porfa', 'please'],
    ['cobrame', 'check me out'],
    ['pedido', 'order'],
    ['envio', 'shipping'],
    ['enviais', 'do you ship'],
    ['envian', 'do they ship'],
    ['mandais', 'do you ship'],
  ] as [string, string][]
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

export interface SenseHit {
  /** Index of the first word and how many words the phrase covers. */
  start: number;
  length: number;
  english: string;
}

/** The shop-sense phrases among the words (folded with text.ts normalize), without overlaps. */
export function shopSenses(words: readonly string[]): SenseHit[] {
  const folded = words.map((w) => normalize(w));
  const used = new Set<number>();
  const out: SenseHit[] = [];
  for (const [es, english] of SENSES) {
    const parts = es.split(' ');
    for (let i = 0; i + parts.length <= folded.length; i++) {
      if (parts.some((p, k) => used.has(i + k) || folded[i + k] !== p)) continue;
      out.push({ start: i, length: parts.length, english });
      for (let k = 0; k < parts.length; k++) used.add(i + k);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
