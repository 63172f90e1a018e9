/**
 * A clause of a product text saying the product does not come ready, as Spanish catalogs and
 * flat-pack English ones word it ("Se entrega desarmada", "requiere armado", "sin montar", "ships
 * unassembled"). Without it "¿viene armada?" met "desarmada" as its own word and answered yes.
 * Normalised text (no accents).
 */
export const NOT_READY =
  /\b(unassembled|disassembled|flat ?pack(ed)?|desarmad[oa]s?|desmontad[oa]s?|sin (armar|montar|ensamblar)|(requiere|requieren|necesita|necesitan) (armado|montaje|ensamblaje|armarse|montarse)|hay que (armar|montar)l[oa]s?|se vende[n]? por separado|no incluid[oa]s?|no incluye)\b/;
