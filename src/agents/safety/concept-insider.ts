/**
 * A shopper who speaks as the shop's side of the counter (concept-match.ts), kind `injection`:
 * - **the customer "has left"**: a turn that declares the shopper's session over and a staff,
 *   cashier or admin mode on, then asks for what only staff may do (refunds to another card,
 *   voided charges). A real clerk never reaches the till through the shopper's chat.
 * - **notes carried out as orders**: text the shopper put in an order note, a delivery remark or
 *   a review, described as an override and then handed to the assistant to execute. A note is
 *   something a person reads, never a command channel.
 */
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import type { PatternRule } from './rules.ts';

/** The shopper declared gone: the speaker now claims to be someone else. */
const SHOPPER_GONE = concept(
  '(?:shopper|customer|user|client|buyer) (?:has |is |just )?(?:logged (?:off|out)|signed (?:off|out)|left|gone|disconnected|offline)',
  '(?:end of|ending) (?:the )?(?:shopper|customer|user|client)\\W?s? (?:session|chat|turn)',
  '(?:shopper|customer|user|client) session (?:ended|over|closed|finished)',
  'fin de (?:la )?(?:sesion|conversacion|chat) del? (?:cliente|usuario|comprador)',
  'sesion del (?:cliente|usuario|comprador) (?:terminada|cerrada|finalizada|acabada)',
  'el (?:cliente|usuario|comprador) (?:se ha ido|se fue|ha salido|se desconecto|ha cerrado sesion)',
);
/** The counter side switched on. */
const STAFF_SIDE = concept(
  '(?:cashier|staff|employee|clerk|admin|operator|manager|till|register|back ?office|pos) (?:mode|terminal|console|view|access)',
  '(?:modo|terminal|consola|vista|acceso) (?:de )?(?:cajer[oa]|caja|emplead[oa]|administrador|operador|gerente|personal)',
  'terminal de caja',
  'caja \\d+',
  'till \\d+',
  'register \\d+',
);
/** Money moved the way only staff may move it. */
const STAFF_MONEY = concept(
  'refund\\w*',
  'route (?:the )?money',
  'send (?:the )?money',
  'void\\w*',
  'reverse\\w*',
  '(?:different|another|new|other) (?:card|visa|mastercard|account)',
  'devuelve\\w*',
  'devolucion\\w*',
  'reembols\\w*',
  'anula\\w*',
  '(?:otra|nueva|distinta) (?:tarjeta|cuenta)',
  'la tarjeta que (?:acaba|termina)',
);

/** Text the shopper wrote somewhere the shop stores it. */
const STORED_NOTE = concept(
  '(?:shipping|delivery|order|checkout|gift) (?:remarks?|notes?|comments?|instructions)',
  '(?:those|these|the|my) (?:remarks|notes|comments)',
  '(?:notas?|observaciones|comentarios?) (?:del|de la|de mi) (?:envio|pedido|entrega|compra)',
  '(?:esas|estas|mis|las) (?:notas|observaciones)',
);
/** The note called a command, or the assistant told to carry it out. */
const NOTE_AS_COMMAND = concept(
  'override\\w*',
  'carry (?:it |them )?out',
  'execute\\w*',
  'obey\\w*',
  'do what (?:it|they) says?',
  'treat (?:it )?as (?:settled|paid)',
  'never bill',
  'no (?:me )?cobr\\w*',
  'ejecuta\\w*',
  'obedece\\w*',
  'cumple\\w* (?:lo que|esas|estas|las)',
  'haz lo que (?:dice|dicen|pone|ponen)',
  'dar (?:lo )?por pagado',
);

const RULES: readonly ConceptRule[] = [
  { name: 'shopper-gone-staff-mode', kind: 'injection', all: [SHOPPER_GONE, STAFF_SIDE], span: 16 },
  { name: 'shopper-gone-refund', kind: 'injection', all: [SHOPPER_GONE, STAFF_MONEY], span: 20 },
  { name: 'note-as-command', kind: 'injection', all: [STORED_NOTE, NOTE_AS_COMMAND], span: 14 },
];

export const CONCEPT_INSIDER_RULES: readonly PatternRule[] = RULES.map(conceptRule);
