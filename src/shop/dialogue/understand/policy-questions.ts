/**
 * Policy questions said without a policy word: how to pay ("can I put it on my Amex", "spread the
 * cost over a few payments", "¿pagar poco a poco?"), what delivery costs or when an order goes
 * out ("what does it cost to get a tank delivered", "¿cuándo salen?"), what to do when something
 * arrived wrong, whether an item can go back, and services at the shopper's home. Joined to the
 * policy intent's pattern (intents-extra.ts); normalised text (no accents, no punctuation).
 */
import type { Language } from '../../contract.ts';

/** Card networks and payment means: general shopping vocabulary, not any store's list. */
const MEANS_EN =
  '(checks?|cheques?|cards?|credit|debit|visa|mastercard|amex|american express|discover|diners( club)?|maestro|jcb|unionpay|crypto|bitcoin|cash|wire|bank transfer)';
const MEANS_ES =
  '(cheques?|tarjetas?|credito|debito|visa|mastercard|amex|american express|discover|diners( club)?|maestro|jcb|unionpay|efectivo|transferencia|bizum|mercado ?pago)';

/**
 * Means of paying a shop by name only (a card network, a wallet, a card "of credit"): "do these
 * cards work" or "¿la tarjeta de memoria sirve?" ask of a product, "would an Amex work" of the shop.
 */
const NETWORKS_EN =
  '(visa|mastercard|amex|american express|discover|diners( club)?|maestro|jcb|unionpay|paypal|apple pay|google pay|(credit|debit) cards?|bank transfer|crypto|bitcoin)';
const NETWORKS_ES =
  '(visa|mastercard|amex|american express|discover|diners( club)?|maestro|jcb|unionpay|paypal|mercado ?pago|bizum|transferencia( bancaria)?|tarjetas? de (credito|debito)|efectivo)';

/** Retail services by their usual names (a general lexicon, not any store's list). */
const SERVICES_EN =
  '(price match(es|ing)?|match (the |a |your )?(\\w+ )?price|price adjustments?|price guarantee|gift ?wrap(s|ped|ping)?|gift (receipts?|messages?|notes?)|layaway|rain ?checks?|store credit|restocking fees?|exchanges?|international(ly)? (shipping|delivery|orders?)|ship (\\w+ ){0,2}(internationally|abroad|overseas)|local pick ?up|pick ?up in store)';
const SERVICES_ES =
  '(igual(ar|ais|an|as|amos)? (el |los |un )?precios?|garantia de (mejor )?precio|papel de regalo|envoltorio de regalo|ticket regalo|credito en tienda|envios? internacional(es)?|(enviais|envian|envias|mandais|mandan) al extranjero)';
/**
 * A shop service in Spanish said by its verb, a clitic on it or not: collecting at the shop, gift
 * wrapping ("envolverlo para regalo"; SERVICES_ES names the services by their nouns).
 */
export const SERVICE_VERBS_ES =
  '((recog(er|erlo|erla|erlos|erlas|e|en)|recoj(o|a|an)|retir(ar|arlo|arla|arlos|arlas|o|a|e|en|an)) (\\w+ ){0,4}(en |a |de )?(la |el |su |vuestra |vuestro |tu )?(tienda|local|sucursal)|(envolver|envolverlo|envolverla|envolverlos|envolverlas|envuelven|envuelve|envolveis|envuelves) (\\w+ ){0,2}(para |de |como )?regalo)';

/**
 * Teaching the shop may offer, by its usual names: classes, lessons, taster sessions, clinics,
 * workshops, courses (a general lexicon; the policy text says which, policy-answer.ts).
 */
export const TEACHING_EN =
  '(classes|class|lessons?|sessions?|courses?|workshops?|clinics?|tuition|coaching|tutorials?)';
export const TEACHING_ES =
  '(clases|lecciones|leccion|sesion(es)?|cursos?|talleres?|clinicas?|tutoriales?|capacitacion(es)?)';

/** Damage said of what arrived: breakage in transit is the returns text's to answer. */
export const DAMAGED_EN = '(broken|cracked|chipped|smashed|shattered|damaged|dented|in pieces)';
export const DAMAGED_ES =
  '(rot[oa]s?|partid[oa]s?|quebrad[oa]s?|rajad[oa]s?|danad[oa]s?|astillad[oa]s?|despostillad[oa]s?|abollad[oa]s?|hecho pedazos)';

export const POLICY_MORE: Record<Language, RegExp> = {
  en: new RegExp(
    [
      `\\bpay (you |us )?(with|by|using|via) (a |an |my |your )?(\\w+ ){0,2}${MEANS_EN}\\b`,
      `\\b(put|charge) (it|this|that|them|the \\w+( \\w+){0,3}|everything) on (my|a|an) (\\w+ )?${MEANS_EN}\\b`,
      '\\b(spread|split) (out )?(the )?(cost|payment|payments|price|bill)\\b',
      '\\b(few|several|multiple|monthly) (payments|installments|instalments)\\b',
      '\\bpay (\\w+ ){0,4}(over time|in parts|monthly|in chunks|bit by bit|little by little)\\b',
      '\\bcost (\\w+ ){0,2}to (get|have) (\\w+ ){0,5}(delivered|shipped|sent)\\b',
      '\\bwhen (do|does|will|would) (\\w+ ){0,3}(ship|go out|get sent|leave|dispatch|be dispatched|be sent)\\b',
      '\\b(arrived|showed up|came|turned up|got here|was delivered)\\b.*\\bwhat (do|should|can) i do\\b',
      `\\b(arrives?|arrived|comes|shows up|turns up|gets here|is delivered)\\b.*\\b${DAMAGED_EN}\\b`,
      '\\b(can|could|may) (it|they|these|those|this|that|i send (it|them)) (go|be sent|be taken) back\\b',
      '\\b(send|sends) (someone|somebody|a (person|technician|tech|installer|pro)) (out|over|round|to)\\b',
      // "Would an Amex card work at your checkout", "do you take Discover": a means of payment
      // asked whether it is accepted.
      `\\b${NETWORKS_EN}( cards?)? (\\w+ ){0,2}(work|works|be accepted|accepted|go through|be ok|be okay|be fine)\\b`,
      `\\b(accept|take|allow) (\\w+ ){0,2}${NETWORKS_EN}\\b`,
      '\\b(pay|paying) (\\w+ ){0,2}(later|in parts)\\b|\\bbuy now pay later\\b',
      // "The only card I carry is an Amex, is that ok?": a means of payment offered, asked whether fine.
      `\\b${NETWORKS_EN}( cards?)?,? (is|would|will) (that|it|this) (be )?(ok|okay|fine|alright|all right|good|accepted)\\b`,
      // "If the grinding bit wears out, is that covered?": the warranty asked without its name.
      '\\b(is|are|would|will) (that|it|this|they|those|these) (be )?covered\\b',
      // "Is an Amex any good for paying you": a means of payment named beside paying.
      `\\b${NETWORKS_EN}( cards?)? (\\w+ ){0,5}(for )?(paying|to pay|pay you)\\b`,
      // "Will you charge me to mail it to Fargo": what sending it costs.
      '\\b(charge|cost|pay)( me| us| you)? (\\w+ ){0,2}to (mail|post|ship|send|deliver)\\b',
      // "What will postage be": the British word for what delivery costs.
      '\\b(postage|carriage charges?|delivery charges?)\\b',
      // A surcharge or fee for what is bulky or heavy is the shipping text's to say.
      '\\b(surcharges?|oversized? (item )?(fees?|charges?)|bulky (item )?(fees?|charges?)|extra (fee|charge|cost) for (\\w+ ){0,3}(bulky|big|large|heavy|oversized?))\\b',
      // "If the frame breaks, how long am I covered": the warranty's length.
      '\\bhow long (am i|are we|are you|is it|are they|will i be|would i be) covered\\b',
      // "I live in Tromsø, will you send it up here": shipping to where the shopper is.
      '\\b(send|ship|deliver|post|mail)(s|ing)? (\\w+ ){0,3}(up |down |out |over )?(here|there|this far)\\b',
      '\\bi live in\\b.*\\b(send|ship|deliver|post|mail|get (it|them|this|that) to)\\b',
      // "What do I do with a dead battery", "can I recycle the box": disposal is the store's to say
      // (the acts, not "recycled glass" or "disposable grips", which describe a product).
      '\\b(recycle|recycling|dispose of|disposal|get rid of)\\b|\\bwhat (do|should|can) i do with (a|an|the|my|old|used) (\\w+ ){0,2}(dead|old|used|empty|broken|spent)\\b',
      // "Could someone come and clean it at my house": a service at the shopper's home.
      '\\b(someone|somebody|anyone|a person|a technician|one of your \\w+) (\\w+ ){0,2}(come|comes|visit|drop by|stop by)\\b|\\bcome (\\w+ ){0,5}(my|our) (house|home|place|flat|apartment)\\b',
      // Store services any retailer may or may not offer, named by their usual retail names.
      `\\b${SERVICES_EN}\\b`,
      // "I've no time to knock in a bat, do you do it for people?", "could you grind them for me":
      // a service asked of the shop, not a product (verbs of shopping and telling aside).
      '\\bdo you (guys )?do (it|that|this|them|one|those) for (people|customers|folks|others|anyone|me|us)\\b',
      '\\b(can|could|would|will) you (guys )?(?!(find|show|get|add|put|pick|choose|recommend|suggest|hold|save|keep|reserve|order|check|compare|look|bring|tell|help|give|send|ship|deliver|email|text|call|remind|remove|take|grab|throw|set|let|buy|sell|make|do)\\b)[a-z]+ (it|them|the \\w+( \\w+)?|my \\w+( \\w+)?|these|those) for me\\b',
      // "Do you have cleaners who come round": people of the shop at the shopper's place.
      '\\b(who|that) (will |would |can )?(come|comes|visit|visits) (round|around|over|out|by|to (your|my|the|our) (house|home|place))\\b',
      // Where to leave the car at the shop, not a car part ("parking sensor").
      '\\bparking\\b(?! (sensors?|brakes?|lights?|aids?|cameras?))|\\bwhere (can|do|should|could) (i|we) park\\b',
      // "Are all your spices certified organic?": a claim about everything the shop sells.
      '\\b(are|is) (all|any|none|every one|each) (of )?(your|the shop s|the store s) (\\w+ ){1,2}(certified|organic|vegan|kosher|halal|fair ?trade|gluten free|non gmo|sustainabl\\w*|ethical\\w*|locally (made|sourced|grown)|made in|tested on|cruelty free|carbon neutral)\\b',
      // "Do you give lessons on how to can", "any sailing sessions for beginners": teaching the
      // shop may offer.
      `\\b(do|does|can|could|will|would) (you|u|y all|you guys|the (shop|store)) (give|offer|run|hold|teach|do|have|host|organi[sz]e|put on|provide)( any| some)? (\\w+ ){0,3}${TEACHING_EN}\\b`,
      `\\b(are there|is there|any) (\\w+ ){0,2}(classes|lessons|workshops|clinics|courses|taster sessions)\\b`,
    ].join('|'),
  ),
  es: new RegExp(
    [
      '\\b(pagar|pagando)(lo|la|los|las)? (\\w+ ){0,4}(poco a poco|de a poco|a plazos|en plazos|en cuotas|a meses|por partes|en partes|en (\\w+ ){0,2}(meses|pagos|plazos|cuotas|veces))\\b',
      // "¿Puedo pagarlo más adelante?": paying later.
      '\\b(pagar|pagarlo|pagarla|pagarlos|pagarlas|pago) (\\w+ ){0,2}(mas adelante|mas tarde|despues|a fin de mes|el mes que viene|el proximo mes)\\b',
      // "¿se puede dividir / fraccionar el pago?": the cost spread over several payments.
      '\\b(dividir|fraccionar|aplazar|repartir|dividirme|fraccionarme) (el |los )?(pago|pagos|importe|coste|costo|precio)\\b',
      // "¿os puedo mandar un cheque?": a means of payment sent to the shop.
      `\\b(mandar|enviar|mando|envio)(os|les|le|te)? (un |una |el |la )?${MEANS_ES}\\b`,
      `\\b(pagar|pago|pagaros|pagarte|pagarle|pagarles)(lo|la)? (\\w+ ){0,2}con (un |una |la |el |mi )?(\\w+ )?${MEANS_ES}\\b`,
      '\\bcuanto (cuesta|cuestan|sale|vale|me cuesta) que me (lo |la |los |las )?(tra|llev|mand|envi)\\w*\\b',
      '\\bcuando (salen|sale|se envian|se envia|los envian|lo envian|enviais|mandais|despachan|despachais)\\b',
      // "¿Cuánto cuesta (de más) enviar una caña?": what shipping costs.
      '\\bcuanto (cuesta|cuestan|sale|vale)( de mas| extra)? (enviar|mandar|el envio|los envios)\\w*\\b',
      '\\b(llego|llegaron|me vino|me vinieron|vino|vinieron)\\b.*\\bque (hago|puedo hacer|debo hacer|hacemos)\\b',
      // "Si me llega una copa partida": what arrives damaged, whatever is asked after it.
      `\\b(llega|llegan|llego|llegaron|viene|vienen|vino|vinieron)\\b.*\\b${DAMAGED_ES}\\b`,
      '\\b(mandais|mandan|enviais|envian) a alguien\\b',
      // "¿Me aceptan una American Express?", "¿sirve la Visa?": a means of payment asked whether
      // it is accepted.
      `\\b(aceptan|aceptais|aceptas|acepta|toman|tomais|tomas|reciben|recibis|recibes)( \\w+){0,3} ${NETWORKS_ES}\\b`,
      // "¿La American Express de mi viejo les sirve para pagar?": named beside paying.
      `\\b${NETWORKS_ES} (\\w+ ){0,6}(para pagar|para pagarles|para pagaros|para el pago)\\b`,
      `\\b${NETWORKS_ES} (\\w+ ){0,2}(sirve|sirven|vale|valen|funciona|funcionan|se acepta|la aceptan|lo aceptan)\\b|\\b(sirve|vale|funciona) (\\w+ ){0,2}${NETWORKS_ES}\\b`,
      // A surcharge for what is bulky or heavy is the shipping text's to say.
      '\\b(recargos?|sobrecargos?|cargo extra|cargo adicional|costo extra|coste extra)\\b',
      // "Si se rompe, ¿por cuánto tiempo estoy cubierto?": the warranty's length (not "cubiertos",
      // the cutlery, which takes no verb of being).
      '\\b(estoy|estamos|esta|estan|quedo|queda|quedan) cubiert[oa]s?\\b|\\b(me|nos|lo|la|los|las) cubre(n)?\\b',
      // "Vivo en Tafí del Valle, ¿me lo mandan hasta acá?": shipping to where the shopper is.
      '\\b(mandan|mandais|mandas|envian|enviais|envias|llega|llegan|llegaria|llegarian|hacen envios)( \\w+){0,2} (hasta )?(aca|aqui|alla|alli|ahi)\\b',
      '\\bvivo en\\b.*\\b(mand|envi|lleg)\\w*\\b',
      // "Se me rompió un vaso, ¿va al reciclaje?": disposal is the store's to say.
      '\\b(reciclar(lo|la|los|las)?|reciclaje|reciclo|recicla|reciclan|reciclables|desechar(lo|la|los|las)?|desecho|desecha|desechan|deshacerme de)\\b|\\b(tiro|tirar|tirarlo|tirarla|tirarlos|tirarlas|lo tiro|la tiro) (\\w+ ){0,3}(basura|contenedor|tacho)\\b',
      // "¿Alguien podría venir a mi casa a …?": a service at the shopper's home.
      '\\b(alguien|una persona|un tecnico) (\\w+ ){0,2}(venir|vengan|venga|pasar|ir)\\b|\\b(venir|vengan|venga|vienen|viene) (\\w+ ){0,3}a (mi|nuestra|la) (casa|domicilio|departamento|depto|oficina)\\b',
      // "¿Me pueden grabar las iniciales?": the shop asked to do a service ("se pueden meter…" asks
      // of the product, not the shop).
      '(?<!\\bse )\\b(me |nos |le |les )?(lo |la |los |las )?(pueden|podrian|podeis|podriais|podes|podrias) (grabar|personalizar|instalar|montar|armar|arreglar|reparar|limpiar|colocar|envolver|recortar|cortar|acortar|afilar|revisar|calibrar|comprobar|moler|ablandar|ajustar|empalmar|coser|centrar)\\b',
      // "¿Me pueden hacer una gaza?", "¿ustedes lo hacen?", "¿ustedes lo pueden revisar?": a service
      // asked of the shop (the object a pronoun or the shopper's own thing, not a product sold).
      '\\b(me|nos) (lo |la |los |las )?(pueden|podrian|podeis|podriais) hacer\\b',
      '\\b(ustedes|vosotros) (me |nos )?(lo|la|los|las) (hacen|haceis|pueden|podeis|podrian|podriais)\\b',
      '\\ba domicilio\\b',
      // "¿Tienen personal que vaya a limpiar la casa?", "¿alguno de sus malabaristas podría venir?".
      '\\b(personal|gente|empleados?|trabajadores?|alguno de (sus|vuestros|tus) \\w+|alguna de (sus|vuestras|tus) \\w+) (que )?(\\w+ )?(vaya|vayan|venga|vengan|venir|pase|pasen|ir)\\b',
      '\\b(estacionamiento|aparcamiento|donde (aparcar|estacionar|dejar el (coche|auto|carro)))\\b',
      '\\b(todas|todos|ninguna|ninguno) (de )?(sus|tus|vuestras|vuestros|las|los) \\w+ (\\w+ )?(son|estan|tienen|llevan|cuentan con) (\\w+ ){0,2}(certificad\\w*|certificacion\\w*|organic\\w*|ecologic\\w*|bio|vegan\\w*|kosher|halal|sin gluten|comercio justo)\\b',
      '\\b(le|les|me|nos) (haceis|hacen) (un|una|el|la)\\b',
      `\\b${SERVICES_ES}\\b`,
      // "¿Dan clases de malabares?", "¿tienen alguna sesión para principiantes?": teaching the shop
      // may offer ("clase de" alone is a kind of thing: only after a verb of giving it).
      `\\b(dan|dais|das|ofrecen|ofreceis|ofreces|imparten|impartis|organizan|organizais|hacen|haceis|tienen|teneis|tenes|hay)( alguna?s?| algun| algunos)? (\\w+ ){0,2}${TEACHING_ES}\\b`,
      '\\b(dan|dais|das|ofrecen|ofreceis|imparten|organizan)( alguna?| una)? clase\\b',
      // Services of the shop said with a pronoun on the verb: "¿puedo pasar a recogerlo a la
      // tienda?", "¿me lo pueden envolver para regalo?".
      `\\b${SERVICE_VERBS_ES}\\b`,
    ].join('|'),
  ),
};
