/**
 * Which language a reply is in, by counting function words of each language after removing the
 * catalog's own words (English product names must not make a Spanish reply look English).
 */
const EN = new Set(
  'the a an and or is are was were be it its this that these those you your i we our my me to of in on for with from at by have has had do does did not no yes here there what which would like can could will should about only than then also just but if so all any some more less most one two three added removed cart order total each per size color colour stock available sorry found show shown price priced costs cost okay sure done let know say says please thanks thank'.split(
    ' ',
  ),
);
const ES = new Set(
  'el la los las un una unos unas y o es son era fue esta este estos estas ese esa eso tu tus su sus yo nosotros mi mis me te se lo le les de del en con para por al a que cual cuales cuál qué como cómo tiene tienes tengo tenemos hay aqui aquí alli si sí no ya mas más menos muy solo sólo tambien también pero todo todos toda todas algun alguna algo uno dos tres añadido añadí quitado carrito pedido total cada talla color disponible lo siento encontrado encontré precio cuesta cuestan vale claro hecho gracias quieres quiere puedo puedes desde hasta sin sobre'.split(
    ' ',
  ),
);

export type DetectedLanguage = 'en' | 'es' | 'unknown';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const EN_F = new Set([...EN].map(fold));
const ES_F = new Set([...ES].map(fold));

/** `catalogPhrases`: product titles, vendors, option values; removed before counting. */
export function detectLanguage(text: string, catalogPhrases: readonly string[] = []): DetectedLanguage {
  let t = ` ${text.toLowerCase()} `;
  // Longest first, so a title is removed before a vendor name inside it.
  for (const p of [...catalogPhrases].sort((a, b) => b.length - a.length)) {
    if (p.length >= 3) t = t.split(p.toLowerCase()).join(' ');
  }
  const marks = (t.match(/[ñ¿¡áéíóú]/g) ?? []).length;
  let en = 0;
  let es = marks;
  for (const w of fold(t).split(/[^a-z']+/)) {
    if (!w) continue;
    if (EN_F.has(w) && !ES_F.has(w)) en++;
    else if (ES_F.has(w) && !EN_F.has(w)) es++;
  }
  if (en === es) return 'unknown';
  return en > es ? 'en' : 'es';
}
