/**
 * 3D printing supplies (filament by material, diameter, colour and weight; nozzles by size; hotends;
 * build plates; resins; dryers, enclosures and tools), EN and ES shoppers on the English-only
 * catalog. Frozen: written before this round's tuning; never edit expectations.
 */
import {
  addedShownAt,
  adds,
  any,
  best,
  called,
  cancelled,
  DONT_KNOW,
  emptyCart,
  line,
  namesOrder,
  notCalled,
  notCancelledYet,
  orders,
  promo,
  REFUSED_CODE,
  removes,
  saved,
  says,
  saysNot,
  saysTotal,
  scripts,
  shown,
  shownOnly,
  shownSome,
  unchanged,
  usd,
} from '../../../dialogue/bilingual.ts';
import { IDK, keeps, NO, NOT_YES, RETURNS, SOLD_OUT } from './patterns.ts';
import { P } from './printing.handles.ts';

/** A yes-answer that may go on to name a limit ("yes, up to…"): no opening "No". */
const OPENS_NO = '^\\W*no\\b';

export const [printingEn, printingEs] = scripts('printing', [
  {
    title:
      'first printer: filament under 30, no heated bed, sold-out colour family + diameter, colour family after refusal keeps diameter and quantity, catalog colour, nozzle temperature, comparison, price, silk not for functional parts, sold-out silk colour, not food safe, unknown origin, sold-out weight + colour, weight after refusal, sold-out decimal nozzle, decimal after refusal, brass not for glow, sold-out plate size + surface, surface after refusal keeps size, base sold separately, size from context, several items, read-back, remove, save for later',
    steps: [
      {
        en: 'so I got my very first printer for my birthday, one of those Ender clones. what filament do you have for under thirty bucks?',
        es: 'me regalaron mi primera impresora en mi cumpleaños, una de esas copias de la Ender. ¿qué filamento tienen por menos de treinta dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Filament', maxPrice: 30 }), shownSome({ handles: [P.pla] })],
      },
      {
        en: 'every video says start with PLA. um, does your PLA plus need a heated bed? mine has one but it takes forever',
        es: 'en todos los videos dicen que empiece con PLA. este… ¿su PLA plus necesita cama caliente? la mía tiene, pero tarda siglos',
        covers: 'spec question whose answer in the text is no (a heated bed is not required)',
        checks: [
          says(`${NO}|not required|optional|no hace falta|no necesita|opcional`),
          says('pla|bed|cama'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(P.pla),
        ],
      },
      {
        en: "two spools of it in one seventy five, in blue, that's my team colour",
        es: 'dos rollos en uno setenta y cinco, en azul, que es el color de mi equipo',
        covers:
          'sold-out variant by colour family (blue → Color "Cobalt", Diameter "1.75 mm") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|white|\\bred\\b|jade|negr|blanc|\\brojo')],
      },
      {
        en: 'bummer. the green then, still two, same thickness',
        es: 'qué lástima. entonces el verde, igual dos, del mismo grosor',
        covers:
          'colour family to a catalog colour name after a refusal keeps the diameter and the quantity (green → Color "Jade", Diameter "1.75 mm", 2)',
        checks: [adds(line(P.pla, { Diameter: '1.75 mm', Color: 'Jade' }, 2))],
      },
      {
        en: 'and one more spool of that in the matte black',
        es: 'y otro rollo de ese en el negro mate',
        covers: 'option value by catalog name keeps the diameter (Color "Matte Black", Diameter "1.75 mm")',
        checks: [adds(line(P.pla, { Diameter: '1.75 mm', Color: 'Matte Black' }, 1))],
      },
      {
        en: 'what temperature do I set the nozzle to for that stuff?',
        es: '¿a qué temperatura le pongo la boquilla para ese material?',
        covers: 'spec question answered from the product text (200 to 220 °C)',
        checks: [says('\\b200\\b|\\b220\\b'), saysNot(IDK), shownOnly(P.pla)],
      },
      {
        en: 'my brother swears by PETG. how is your PETG different from the PLA plus?',
        es: 'mi hermano jura por el PETG. ¿en qué se diferencia su PETG del PLA plus?',
        covers: 'comparison of two named products',
        checks: [says('petg'), says('pla'), shownOnly(P.petg, P.pla)],
      },
      {
        en: "and what's a one kilo roll of the PETG going for?",
        es: '¿y en cuánto sale un rollo de un kilo del PETG?',
        covers: "price in the store's currency",
        checks: [says('\\b28\\b'), says('petg'), ...usd],
      },
      {
        en: 'the shiny silk one looks so cool. is it strong enough for a phone mount on my bike?',
        es: 'el sedoso brillante se ve padrísimo. ¿aguanta para un soporte de celular en mi bici?',
        covers: 'spec question whose answer in the text is no (silk PLA not for functional parts)',
        checks: [
          says(`${NO}|weaker|decorat|m[aá]s d[eé]bil|decorativ`),
          says('silk|sedos|layer|capa|functional|funcional'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'still want one for a vase though. a roll of the silk in gold',
        es: 'igual quiero uno para un florero. un rollo del sedoso en dorado',
        covers:
          'sold-out variant (Color "Gold Silk", said as gold) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('copper|rainbow|cobre|arco')],
      },
      {
        en: 'could I print my kid a little drinking cup in PETG?',
        es: '¿le podría imprimir a mi hijo un vasito para tomar agua en PETG?',
        covers: 'spec question whose answer in the text is no (not certified food safe)',
        checks: [
          says(`${NO}|food safe|alimentari`),
          says('petg|food|cup|vas|taza|aliment'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'is the PETG actually made in the States?',
        es: '¿el PETG de verdad se fabrica en Estados Unidos?',
        covers: "spec question not in the text: don't know (country of manufacture)",
        checks: [says(DONT_KNOW), says('petg'), shownOnly(P.petg), notCalled('add_to_cart')],
      },
      {
        en: 'ok, a two kilo PETG in the teal',
        es: 'va, un PETG de dos kilos en el verde azulado',
        covers:
          'sold-out variant (Weight "2 kg" + Color "Ocean Teal") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('1 kg|one kilo|un kilo|clear|smoke|grey|gris|transparent')],
      },
      {
        en: 'the smaller roll in that colour is fine',
        es: 'el rollo chico en ese color me sirve',
        covers:
          'option value by catalog name after a refusal keeps the colour (Weight "1 kg", Color "Ocean Teal")',
        checks: [adds(line(P.petg, { Weight: '1 kg', Color: 'Ocean Teal' }, 1))],
      },
      {
        en: 'I also want spare nozzles for fine detail. the brass pack in point two',
        es: 'también quiero boquillas de repuesto para detalle fino. el paquete de latón en cero punto dos',
        covers:
          'sold-out decimal size ("point two" → Nozzle Size "0.2 mm") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says(
            '0[.,]4|0[.,]6|0[.,]8|point (four|six|eight)|punto (cuatro|seis|ocho)|coma (cuatro|seis|ocho)',
          ),
        ],
      },
      {
        en: 'well my printer came with a point four, so one pack of those',
        es: 'pues mi impresora traía la de cero punto cuatro, así que un paquete de esas',
        covers: 'decimal size by catalog name after a refusal (Nozzle Size "0.4 mm")',
        checks: [adds(line(P.brass, { 'Nozzle Size': '0.4 mm' }, 1))],
      },
      {
        en: 'will those be ok with glow in the dark filament?',
        es: '¿esas aguantan el filamento que brilla en la oscuridad?',
        covers: 'spec question whose answer in the text is no (brass not for abrasive filaments)',
        checks: [
          says(`${NO}|abrasive|abrasiv`),
          says('brass|lat[oó]n|glow|abras|nozzle|boquilla'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'the bed sticker is peeling. I need a textured PEI sheet, my bed is two fifty six',
        es: 'la calcomanía de la cama se está despegando. necesito una lámina PEI texturizada, mi cama es de doscientos cincuenta y seis',
        covers:
          'sold-out variant (Size "256 x 256 mm" + Surface "Textured") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('smooth|\\blisa\\b|220|235')],
      },
      {
        en: 'smooth is fine, keep the two fifty six',
        es: 'la lisa me sirve, mismo tamaño',
        covers:
          'option value by catalog name after a refusal keeps the size (Surface "Smooth", Size "256 x 256 mm")',
        checks: [adds(line(P.pei, { Size: '256 x 256 mm', Surface: 'Smooth' }, 1))],
      },
      {
        en: 'does that sheet just stick to my bed on its own?',
        es: '¿esa lámina se pega sola a mi cama?',
        covers: 'spec question whose answer in the text is no (needs a magnetic base, sold separately)',
        checks: [
          says(`${NO}|separately|por separado|aparte`),
          says('magnet|im[aá]n|base'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'then throw in the magnetic base for it, the size that matches',
        es: 'entonces échale la base magnética para esa, del tamaño que le corresponde',
        covers: 'option value by catalog name from the context (Size "256 x 256 mm")',
        checks: [adds(line(P.magBase, { Size: '256 x 256 mm' }, 1))],
      },
      {
        en: 'oh and flush cutters plus the deburring tool',
        es: 'ah, y unas pinzas de corte al ras más la herramienta de rebabas',
        covers: 'several items in one request',
        checks: [adds(line(P.cutters, undefined, 1), line(P.deburr, undefined, 1))],
      },
      {
        en: "ok where am I at, read me what's in there",
        es: 'a ver cómo voy, dime qué hay en el carrito',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('pla|petg|nozzle|pei|magnetic|cutter|boquilla|l[aá]mina|base|pinza')],
      },
      {
        en: 'take the deburring tool out, I have a hobby knife',
        es: 'quítame la de rebabas, tengo un cúter',
        covers: 'remove an item',
        checks: [removes(line(P.deburr))],
      },
      {
        en: "and save the PETG for later, I'll burn through the PLA first",
        es: 'y guárdame el PETG para después, primero me acabo el PLA',
        covers: 'save for later',
        checks: [saved(P.petg), keeps(P.petg)],
      },
    ],
  },
  {
    title:
      'resin for miniatures: resins under 40, water-washable only, comparison, no drain, quantity + colour, sold-out glove size, size after refusal, film size, promos, expired code, code, checkout, no, opened resin returns, read-back, yes, status, cancel asks, cancel',
    steps: [
      {
        en: 'my daughter wants to print minis for her tabletop group. which resins have you got under forty dollars?',
        es: 'mi hija quiere imprimir miniaturas para su grupo de rol. ¿qué resinas tenéis por menos de cuarenta dólares?',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Resin', maxPrice: 40 }), shownSome({ handles: [P.stdResin] })],
      },
      {
        en: "we'd rather not keep alcohol around the flat, so just the ones that clean up with water",
        es: 'preferimos no tener alcohol en el piso, así que solo las que se limpian con agua',
        covers: 'refinement by a spec from the text keeps category and price bound',
        checks: [shown({ type: 'Resin', maxPrice: 40, handles: [P.washResin] })],
      },
      {
        en: 'out of curiosity, how does the Tough resin compare with the Standard one?',
        es: 'por curiosidad, ¿qué diferencia hay entre la resina Tough y la Standard?',
        covers: 'comparison of two named products',
        checks: [says('tough'), says('standard'), shownOnly(P.toughResin, P.stdResin)],
      },
      {
        en: 'with the washable one, can the dirty water just go down the sink afterwards?',
        es: 'con la lavable, ¿el agua sucia se puede tirar luego por el fregadero?',
        covers: 'spec question whose answer in the text is no (never down the drain)',
        checks: [
          says(`${NO}|never|nunca`),
          says('drain|sink|sun|cure|desag[uü]e|fregadero|sol|cur'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'right, two bottles of the washable in grey',
        es: 'vale, dos botes de la lavable en gris',
        covers: 'quantity + option value by catalog name (Color "Grey", 2)',
        checks: [adds(line(P.washResin, { Color: 'Grey' }, 2))],
      },
      {
        en: 'she needs gloves as well, she has big hands, so extra large',
        es: 'también necesita guantes, tiene las manos grandes, así que talla extra grande',
        covers: 'sold-out variant (Size "XL") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('large|medium|grande|mediana|size (l|m)\\b|talla (l|m)\\b')],
      },
      {
        en: 'the large will have to do then',
        es: 'pues tendrá que apañarse con la grande',
        covers: 'option value by catalog name after a refusal (Size "L")',
        checks: [adds(line(P.gloves, { Size: 'L' }, 1))],
      },
      {
        en: 'plus the FEP film for a ten inch vat',
        es: 'y el film FEP para una cubeta de diez pulgadas',
        covers: 'option value by catalog name (Size "10 in")',
        checks: [adds(line(P.fep, { Size: '10 in' }, 1))],
      },
      {
        en: 'is there a deal code I could use on this lot?',
        es: '¿hay por ahí algún código que me rebaje algo?',
        covers: 'list the promos (not the expired one)',
        checks: [
          says('first ?layer ?10'),
          says('spool ?up ?15'),
          saysNot('benchy ?20'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'somebody on a forum posted BENCHY20',
        es: 'en un foro alguien puso BENCHY20',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'oh well. FIRSTLAYER10 then',
        es: 'bueno, pues FIRSTLAYER10',
        covers: 'apply a promo code',
        checks: [promo('FIRSTLAYER10')],
      },
      {
        en: "that's the lot, take me to payment",
        es: 'ya no necesito más, pasamos a pagar',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal, says('resin|glove|fep|film|resina|guante')],
      },
      {
        en: 'wait, no, let me think for a sec',
        es: 'espera, para, déjame pensarlo un segundo',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: 'if the grey turns out to be the wrong shade, can I send back a bottle we already opened?',
        es: 'si el gris resulta no ser el tono que queríamos, ¿puedo devolver un bote ya abierto?',
        covers: 'policy question answered from the policy text (opened resin cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: 'fair enough. carry on with the checkout',
        es: 'me parece justo. sigue con el pago',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yes, every line is right, send the order through',
        es: 'sí, no falta nada, adelante con la compra',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: 'any update on the resin we ordered?',
        es: '¿ya salió la resina que encargué?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'her aunt just gave her a starter kit with resin in it, so I want to cancel that order',
        es: 'su tía le acaba de regalar un kit de inicio con resina, así que quiero cancelar ese pedido',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: 'yes, go ahead and call the whole thing off',
        es: 'sí, que se anule, no quiero nada de ese pedido',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'print farm shelf: tools under 20, no grease, nozzle cleaning only, start over, cheapest tool, hottest hotend part, not included, add by reference, colour family, sold-out capacity, capacity after refusal, drying temperature, weight by catalog name, brass not for carbon, sold-out decimal nozzle, decimal after refusal, option search, ordinal, draft, sold-out weight + colour, weight after refusal keeps colour, Bowden speed, read-back, remove, empty, human',
    steps: [
      {
        en: "I'm kitting out a shelf for my little print farm. show me tools under twenty dollars",
        es: 'estoy armando un estante para mi granjita de impresión. enséñame herramientas de menos de veinte dólares',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Tools', maxPrice: 20 }), shownSome({ handles: [P.cutters] })],
      },
      {
        en: 'not the grease, I have a whole tub of it',
        es: 'la grasa no, tengo un bote entero',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Tools', maxPrice: 20, notHandles: [P.lube] })],
      },
      {
        en: 'hmm, only stuff for cleaning out a clogged nozzle',
        es: 'mmm, nomás cosas para destapar una boquilla tapada',
        covers: 'refinement by a use from the text keeps category and price bound',
        checks: [shown({ type: 'Tools', maxPrice: 20, handles: [P.cleaningKit] })],
      },
      {
        en: 'scratch all that, list every tool you carry',
        es: 'olvida todo eso, enlístame todas las herramientas que manejan',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Tools' }),
          shownSome({ handles: [P.inserts] }),
          shownSome({ handles: [P.lube] }),
        ],
      },
      {
        en: "out of all of them, what's the lowest price tag?",
        es: 'de esa lista, ¿cuál es la que menos me pega en el bolsillo?',
        covers: 'superlative over price',
        checks: [best(P.lube, 'grease|lubric|\\b6\\b|grasa', 'cutter|\\b7\\b|pinza|alicate')],
      },
      {
        en: "different thing. in your hotend section, what's rated for the highest temperature?",
        es: 'otra cosa. en su sección de hotends, ¿qué aguanta la temperatura más alta?',
        covers: 'superlative over a numeric attribute (temperature in the description)',
        checks: [best(P.hotend, 'all.metal|hotend|\\b300\\b', 'sock|\\b280\\b|funda|calcet')],
      },
      {
        en: "what doesn't come in the box with that hotend?",
        es: '¿qué no viene en la caja con ese hotend?',
        covers: 'spec question answered from the product text (heater cartridge and thermistor not included)',
        checks: [
          says('heater|cartridge|thermistor|cartucho|termistor|calentador'),
          saysNot(IDK),
          shownOnly(P.hotend),
        ],
      },
      {
        en: "fine, I'll reuse mine. put it in",
        es: 'va, reuso los míos. agrégalo',
        covers: 'add by reference to the product in focus',
        checks: [adds(line(P.hotend, undefined, 1))],
      },
      {
        en: 'I want ASA for a sign that sits in the garden, in the dark grey',
        es: 'quiero ASA para un letrero que va en el jardín, en el gris oscuro',
        covers: 'colour family to a catalog colour name (dark grey → Color "Charcoal")',
        checks: [adds(line(P.asa, { Color: 'Charcoal' }, 1))],
      },
      {
        en: 'my spools get soggy in the garage. a dryer box that holds two',
        es: 'mis rollos agarran humedad en la cochera. una secadora que le quepan dos',
        covers: 'sold-out variant (Capacity "2 Spools") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('one spool|1 spool|single|un (solo )?(rollo|carrete)|1 rollo|\\b59\\b'),
        ],
      },
      {
        en: 'give me the one-spool model then',
        es: 'entonces la de uno',
        covers: 'option value by catalog name after a refusal (Capacity "1 Spool")',
        checks: [adds(line(P.dryer, { Capacity: '1 Spool' }, 1))],
      },
      {
        en: 'does it get hot enough for nylon? the label on mine says seventy',
        es: '¿calienta lo suficiente para nylon? la etiqueta del mío dice setenta',
        covers: 'spec question answered yes from the product text (up to 70 °C)',
        checks: [says('\\b70\\b|seventy|setenta'), saysNot(IDK), saysNot(OPENS_NO)],
      },
      {
        en: 'speaking of which, the carbon fiber nylon, the half kilo',
        es: 'hablando de eso, el nylon con fibra de carbono, el de medio kilo',
        covers: 'option value by catalog name said in words ("half kilo" → Weight "500 g")',
        checks: [adds(line(P.cfNylon, { Weight: '500 g' }, 1))],
      },
      {
        en: 'can I run that through the brass nozzles I already have?',
        es: '¿lo puedo pasar por las boquillas de latón que ya tengo?',
        covers: 'spec question whose answer in the text is no (abrasive: hardened steel or ruby)',
        checks: [
          says(`${NO}|harden|ruby|steel|acero|rub[ií]`),
          says('brass|lat[oó]n|nylon|carbon|steel|acero|ruby|rub[ií]|nozzle|boquilla'),
          saysNot(NOT_YES),
          saysNot(IDK),
        ],
      },
      {
        en: 'ok, a hardened steel nozzle in point six',
        es: 'órale, una boquilla de acero endurecido de cero punto seis',
        covers:
          'sold-out decimal size ("point six" → Nozzle Size "0.6 mm") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('0[.,]4|point four|punto cuatro|coma cuatro|ruby|rub[ií]')],
      },
      {
        en: 'go with the point four',
        es: 'la de cero punto cuatro entonces',
        covers: 'decimal size by catalog name after a refusal (Nozzle Size "0.4 mm")',
        checks: [adds(line(P.steel, { 'Nozzle Size': '0.4 mm' }, 1))],
      },
      {
        en: 'what else do you sell in point four millimeter?',
        es: '¿qué más venden en cero punto cuatro milímetros?',
        covers: 'category search by an option value (Nozzle Size "0.4 mm")',
        checks: [shown({ option: { name: 'Nozzle Size', values: ['0.4 mm'] } })],
      },
      {
        en: 'grab me number three from those',
        es: 'agrega el tercero de esa lista',
        covers: 'ordinal reference to the list shown ("the third one") keeps the size asked in the search',
        checks: [addedShownAt(3, { 'Nozzle Size': '0.4 mm' })],
      },
      {
        en: 'a guy on Reddit said Layerforge has a Nebula Glow PLA coming out. can I order it already?',
        es: 'un tipo en Reddit dijo que Layerforge va a sacar un PLA Nebula Glow. ¿ya lo puedo pedir?',
        covers: 'a draft product is never offered',
        checks: [shown({ type: 'Filament', notHandles: [P.draftNebula] }), saysNot('nebula|2027|preview')],
      },
      {
        en: 'for phone cases, the flexible TPU, one kilo, in natural',
        es: 'para fundas de celular, el TPU flexible, de un kilo, en natural',
        covers:
          'sold-out variant (Weight "1 kg" + Color "Natural") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr|500|half|medio')],
      },
      {
        en: 'the half kilo roll in natural is enough',
        es: 'con el rollo de medio kilo en natural me alcanza',
        covers:
          'option value by catalog name after a refusal keeps the colour (Weight "500 g", Color "Natural")',
        checks: [adds(line(P.tpu, { Weight: '500 g', Color: 'Natural' }, 1))],
      },
      {
        en: 'heads up, mine is a Bowden setup. is that gonna be a problem with TPU?',
        es: 'ojo, la mía es tipo Bowden. ¿eso va a ser problema con el TPU?',
        covers: 'spec question answered from the product text (Bowden: 20 mm/s or slower)',
        checks: [says('\b20\b|slow|lent|direct'), saysNot(IDK), shownOnly(P.tpu)],
      },
      {
        en: 'run me through the cart as it stands',
        es: '¿cómo va mi carrito hasta ahorita, qué traigo?',
        covers: 'cart read-back with the total in USD',
        checks: [saysTotal, says('hotend|asa|dryer|nylon|nozzle|tpu|secador|boquilla')],
      },
      {
        en: "drop the dryer, I'll dry them in the oven",
        es: 'quita la secadora, los seco en el horno',
        covers: 'remove an item',
        checks: [removes(line(P.dryer))],
      },
      {
        en: 'you know what, clear the whole thing, I have to run it by my wife',
        es: 'sabes qué, vacíalo todo, lo tengo que platicar con mi esposa',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'can I get a human on the line about my printer firmware?',
        es: '¿hay alguna persona de carne y hueso a quien preguntarle sobre el firmware de mi impresora?',
        covers: 'ask for a human',
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'policy questions: resin to Canada, shipping under the threshold, Amex, instalments, opened filament returns, faulty spool test, nozzle warranty, dryer warranty, resin to Hawaii, calibration, classes not in the text',
    steps: [
      {
        en: "I'm up in Toronto. could you send me a bottle of resin?",
        es: 'vivo en Toronto. ¿me podéis mandar un bote de resina?',
        covers: 'policy question answered from the policy text (no resin to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad|resin|resina'), notCalled('add_to_cart')],
      },
      {
        en: "if I only spend around forty dollars, what's shipping going to cost me?",
        es: 'si solo me gasto unos cuarenta dólares, ¿cuánto me va a costar el envío?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('6[.,]95|\\b75\\b'), notCalled('search_products')],
      },
      {
        en: 'will you take an American Express card on this?',
        es: '¿os vale una American Express para pagar?',
        covers: 'policy question answered from the policy text (American Express not accepted)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('amex|american express'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'if I buy a lot at once, can I pay it off in chunks?',
        es: '¿hay forma de pagar un pedido grande a plazos?',
        covers: 'policy question answered from the policy text (Afterpay in four payments from $100)',
        checks: [
          saysNot(IDK),
          says('afterpay|four|cuatro|plazo|pagos'),
          says('\\b100\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'I opened a spool last week and it keeps snapping. can I return it?',
        es: 'abrí un rollo la semana pasada y no para de partirse. ¿lo puedo devolver?',
        covers: 'policy question answered from the policy text (opened filament cannot be returned)',
        checks: [saysNot(IDK), says(NO), says(RETURNS), notCalled('search_products')],
      },
      {
        en: "I'm pretty sure that spool is faulty though. is there any way you can check it?",
        es: 'aun así estoy casi seguro de que ese rollo viene defectuoso. ¿lo podéis comprobar de alguna forma?',
        covers: 'policy question answered from the policy text (free test print of a mailed 5 m sample)',
        checks: [
          saysNot(IDK),
          says('free|gratis|sample|muestra|\\b5\\b|five|cinco'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'my nozzle wore out after a month. is that covered by a warranty?',
        es: 'la boquilla se me gastó en un mes. ¿eso lo cubre alguna garantía?',
        covers: 'policy question answered from the policy text (nozzles are consumables, no warranty)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|consumable|consumible'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'and how long is the warranty on a filament dryer?',
        es: '¿y cuánta garantía tiene una secadora de filamento?',
        covers: 'policy question answered from the policy text (dryers: 1-year warranty)',
        checks: [saysNot(IDK), says('\\b1\\b|one|un a[nñ]o|1 a[nñ]o|year'), notCalled('add_to_cart')],
      },
      {
        en: 'my cousin lives in Honolulu. can resin be shipped out there?',
        es: 'mi primo vive en Honolulu. ¿se le puede enviar resina allí?',
        covers: 'policy question answered from the policy text (no resin to Alaska or Hawaii)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('hawai|alaska|resin|resina|honolulu'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'my prints are all wonky. what would you charge to calibrate my printer at your place?',
        es: 'me salen todas las piezas torcidas. ¿cuánto cobráis por calibrar la impresora en vuestra tienda?',
        covers: 'policy question answered from the policy text (calibration at the shop for $65)',
        checks: [saysNot(IDK), says('\\b65\\b'), notCalled('add_to_cart')],
      },
      {
        en: 'do you run any beginner classes on CAD modelling?',
        es: '¿organizáis talleres de diseño CAD para gente que empieza?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
