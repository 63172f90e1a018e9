/**
 * Musical instruments & audio gear (acoustic, electric, bass and classical guitars, ukuleles,
 * strings, picks, capos, straps, tuners, digital pianos and keyboards, drums and cymbals, amps,
 * pedals, cables, headphones, microphones, interfaces, studio monitors), EN and ES shoppers on the
 * English-only catalog. Frozen: written before this round's tuning; never edit expectations.
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
  neverShown,
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
  swaps,
  unchanged,
  usd,
} from '../../../dialogue/bilingual.ts';
import { M } from './music.handles.ts';
import { IDK, keeps, NO, NOT_NO, NOT_YES, ONLY_UNOPENED, RETURNS, SOLD_OUT } from './patterns.ts';

export const [musicEn, musicEs] = scripts('music', [
  {
    title:
      'guitars and accessories: a first acoustic up to 500, plugs into an amp, sold-out finish, weight, comparison, price, no pickup, unknown tuners, priciest acoustic (draft never offered), sold-out finish + orientation, beginner strings, sold-out string pack, strings not for nylon, thin picks, sold-out decimal pick, capo not for classical, sold-out colour family, sold-out strap colour + length, colour family, several items, save for later, total, remove',
    steps: [
      {
        en: "my daughter's finally starting guitar, she mostly wants to strum along to songs. what acoustics do you have for 500 or less?",
        es: 'mi hija por fin empieza con la guitarra, sobre todo quiere rasguear canciones. ¿qué guitarras acústicas tenéis por 500 o menos?',
        covers: 'category search with a price bound (the draft product is never offered)',
        checks: [
          shown({ type: ['Acoustic Guitars', 'Classical Guitars'], maxPrice: 500 }),
          shownSome({ handles: [M.wren] }),
          neverShown(M.customDraft),
        ],
      },
      {
        en: 'her school has a talent show. can the Wren go straight into an amp, or does it need something added?',
        es: 'en su cole hay un festival. ¿la Wren se puede enchufar directamente a un ampli o hay que ponerle algo?',
        covers: 'spec question answered yes from the product text (built-in pickup)',
        checks: [
          says('yes|\\bsi\\b|pickup|pastilla|previo|built|integrad|incorpora'),
          says('wren'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(M.wren),
        ],
      },
      {
        en: 'ooh the faded denim finish is totally her',
        es: 'uy, el acabado faded denim le pega un montón',
        covers: 'sold-out variant (Finish "Faded Denim") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('natural|sunburst')],
      },
      {
        en: "shame. the vintage sunburst then, she'll get over it",
        es: 'qué pena. pues la vintage sunburst, ya se le pasará',
        covers: 'option value by catalog name after a refusal (Finish "Vintage Sunburst")',
        checks: [adds(line(M.wren, { Finish: 'Vintage Sunburst' }, 1))],
      },
      {
        en: "what's it weigh? she takes the bus to lessons with it on her back",
        es: '¿cuánto pesa? va a clase en autobús con ella a la espalda',
        covers: 'spec question answered from the product text (guitar weight)',
        checks: [says('3[.,]4'), says('wren|guitar|guitarra'), shownOnly(M.wren)],
      },
      {
        en: 'for me, what actually separates the Wren from the Rambler D18?',
        es: 'y para mí, ¿qué diferencia hay de verdad entre la Wren y la Rambler D18?',
        covers: 'comparison of two named products',
        checks: [says('wren|parlor'), says('rambler|d18|dreadnought'), shownOnly(M.wren, M.rambler)],
      },
      {
        en: 'how much is the Rambler going for?',
        es: '¿y a cuánto sale la Rambler?',
        covers: "price in the store's currency",
        checks: [says('\\b649\\b'), says('rambler|d18'), ...usd],
      },
      {
        en: 'I play open mics. could I just plug the Rambler into the PA like it is?',
        es: 'toco en micros abiertos. ¿podría enchufar la Rambler a la mesa tal cual viene?',
        covers: 'spec question whose answer in the text is no (no pickup, purely acoustic)',
        checks: [
          says(NO),
          says('rambler|d18|guitar|guitarra'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.rambler),
        ],
      },
      {
        en: 'what brand of tuning machines are on the Rambler?',
        es: '¿de qué marca son los clavijeros de la Rambler?',
        covers: "spec question not in the text: don't know (tuning machines)",
        checks: [says(DONT_KNOW), says('rambler|d18'), shownOnly(M.rambler), notCalled('add_to_cart')],
      },
      {
        en: "out of curiosity, what's the most expensive acoustic guitar you sell?",
        es: 'por curiosidad, ¿cuál es la guitarra acústica más cara que vendéis?',
        covers: 'superlative over price (the pricier draft is never offered)',
        checks: [
          best(M.rambler, 'rambler|d18|\\b649\\b|\\b679\\b', 'wren|sevilla'),
          neverShown(M.customDraft),
          saysNot('d28|2027|preview|2[,.]?499'),
        ],
      },
      {
        en: "I'm a lefty. the Rambler in tobacco burst for me",
        es: 'soy zurdo. para mí la Rambler en tobacco burst',
        covers:
          'sold-out variant (Finish "Tobacco Burst" + Orientation "Left-Handed") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('natural|right|diestr')],
      },
      {
        en: 'natural works, still left-handed obviously',
        es: 'pues natural, zurda, claro',
        covers:
          'option value by catalog name after a refusal keeps the orientation (Finish "Natural", Orientation "Left-Handed")',
        checks: [adds(line(M.rambler, { Finish: 'Natural', Orientation: 'Left-Handed' }, 1))],
      },
      {
        en: 'which acoustic strings are kindest on fingertips for a total beginner?',
        es: '¿qué cuerdas de acústica duelen menos en las yemas a alguien que empieza de cero?',
        covers: 'spec question answered from the product text (extra light gauge for beginners)',
        checks: [says('extra'), says('10-47|string|cuerda|phosphor|bronce|bronze')],
      },
      {
        en: 'I like mediums on mine. the medium three-pack please',
        es: 'a mí me gustan medias. el pack de tres juegos de las medium, porfa',
        covers:
          'sold-out variant (Gauge "Medium 13-56" + Pack "3 Sets") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('single|suelt|un juego|light|extra')],
      },
      {
        en: 'then two single sets of the mediums',
        es: 'entonces dos juegos sueltos de las medium',
        covers:
          'quantity + option values by catalog name after a refusal (Gauge "Medium 13-56", Pack "Single Set")',
        checks: [adds(line(M.acousticStrings, { Gauge: 'Medium 13-56', Pack: 'Single Set' }, 2))],
      },
      {
        en: "would those go on my grandpa's old nylon-string guitar as well?",
        es: '¿y esas valdrían para la guitarra española de cuerdas de nylon de mi abuelo?',
        covers: 'spec question whose answer in the text is no (steel strings not for classical guitars)',
        checks: [
          says(NO),
          says('string|cuerda|phosphor|bronze|bronce|classical|clasica|nylon'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.acousticStrings),
        ],
      },
      {
        en: "she'll need picks. what thickness should she use if she's only strumming chords?",
        es: 'le harán falta púas. ¿de qué grosor las coge si solo va a rasguear acordes?',
        covers: 'spec question answered from the product text (thin picks for strumming)',
        checks: [says('0[.,]46'), says('pick|pua|thin|fina|delgad')],
      },
      {
        en: 'and a pack of the .71s for me',
        es: 'y un paquete de las de 0,71 para mí',
        covers:
          'sold-out decimal size (Thickness "0.71 mm") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('0[.,]46|0[.,]96|1[.,]2')],
      },
      {
        en: "fine, I'll go heavier, the point nine six",
        es: 'bueno, pues más gruesas, las de 0,96',
        covers: 'decimal size by catalog name after a refusal (Thickness "0.96 mm")',
        checks: [adds(line(M.picks, { Thickness: '0.96 mm' }, 1))],
      },
      {
        en: 'my son plays classical. would the clamp capo work on his guitar?',
        es: 'mi hijo toca clásica. ¿la cejilla clamp le sirve para su guitarra?',
        covers: 'spec question whose answer in the text is no (capo not for flat classical fingerboards)',
        checks: [says(NO), says('capo|cejilla|clamp'), saysNot(NOT_YES), saysNot(IDK), shownOnly(M.capo)],
      },
      {
        en: 'oh well, one for us then, the rose gold one',
        es: 'bueno, pues una para nosotras, la de color oro rosa',
        covers:
          'sold-out variant (Color "Rose Copper", said as rose gold) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|gold|negr|dorad|\\boro\\b')],
      },
      {
        en: 'gold it is',
        es: 'pues la dorada',
        covers: 'option value by catalog name after a refusal (Color "Gold")',
        checks: [adds(line(M.capo, { Color: 'Gold' }, 1))],
      },
      {
        en: "and a leather strap for me. I'm six foot four so the long version, in oxblood",
        es: 'y una correa de cuero para mí. mido casi dos metros, así que la larga, en oxblood',
        covers:
          'sold-out variant (Color "Oxblood" + Length "Extra Long") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('chestnut|black|standard|castan|negr|estandar')],
      },
      {
        en: 'brown will do, keep it extra long',
        es: 'en marrón me vale, que sea la extra larga',
        covers: 'colour family (brown → Color "Chestnut") after a refusal keeps the length',
        checks: [adds(line(M.strap, { Color: 'Chestnut', Length: 'Extra Long' }, 1))],
      },
      {
        en: 'chuck in one of the clip-on tuners and a set of 10-46 electric strings',
        es: 'añade un afinador de pinza y un juego de cuerdas de eléctrica 10-46',
        covers: 'several items in one request, one with an option value by catalog name (Gauge "10-46")',
        checks: [adds(line(M.tuner, undefined, 1), line(M.electricStrings, { Gauge: '10-46' }, 1))],
      },
      {
        en: "on second thought, stash the electric strings for later, I haven't bought an electric yet",
        es: 'pensándolo mejor, guárdame las cuerdas de eléctrica para más adelante, que aún no tengo eléctrica',
        covers: 'save for later',
        checks: [saved(M.electricStrings), keeps(M.electricStrings)],
      },
      {
        en: "ok, what's the damage on all that so far?",
        es: '¿cuánto llevo gastado de momento?',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says(
            'wren|rambler|guitar|guitarra|string|cuerda|pick|pua|capo|cejilla|strap|correa|tuner|afinador',
          ),
        ],
      },
      {
        en: "pull the capo out, we'll share mine",
        es: 'quita la cejilla, que compartimos la mía',
        covers: 'remove an item',
        checks: [removes(line(M.capo))],
      },
    ],
  },
  {
    title:
      'keys and drums: weighted keys up to 700, no batteries, heaviest piano, sold-out finish, headphones for two, assembly, comparison, matching bench, no storage, quiet drums, sold-out bundle, no kick pedal, sold-out sticks, quantity, saddle throne, promos, checkout, returns, oversize shipping, order, status, cancel',
    steps: [
      {
        en: "I'm getting back into piano after twenty years and I want keys that feel like the real thing. anything under 700?",
        es: 'vuelvo al piano después de veinte años y quiero teclas que se sientan como las de verdad. ¿algo por menos de 700?',
        covers: 'category search with a price bound by a spec from the product text (weighted keys)',
        checks: [
          shown({ type: ['Digital Pianos', 'Keyboards'], maxPrice: 700 }),
          shownSome({ handles: [M.stage] }),
        ],
      },
      {
        en: 'could I take the Stage 88 to the park and run it off batteries?',
        es: '¿podría llevarme el Stage 88 al parque y hacerlo funcionar con pilas?',
        covers: 'spec question whose answer in the text is no (adapter only, no battery compartment)',
        checks: [says(NO), says('stage|88|piano'), saysNot(NOT_YES), saysNot(IDK), shownOnly(M.stage)],
      },
      {
        en: "which of your pianos weighs the most? there's three flights of stairs to my apartment",
        es: '¿cuál de vuestros pianos pesa más? a mi piso hay tres tramos de escalera',
        covers: 'superlative over a numeric attribute (weight in the description)',
        checks: [best(M.parlour, 'parlour|\\b83\\b', 'stage|busker')],
      },
      {
        en: 'ha, my brothers owe me. put the Parlour in white ash in the cart',
        es: 'ja, mis hermanos me deben una. mete el Parlour en white ash',
        covers: 'sold-out variant (Finish "White Ash") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('rosewood|satin|black|palisandro|negr')],
      },
      {
        en: 'satin black then',
        es: 'entonces el satin black',
        covers: 'option value by catalog name after a refusal (Finish "Satin Black")',
        checks: [adds(line(M.parlour, { Finish: 'Satin Black' }, 1))],
      },
      {
        en: 'my partner plays too. can we both practice on it at night with headphones and not wake the baby?',
        es: 'mi pareja también toca. ¿podemos practicar los dos de noche con cascos sin despertar al bebé?',
        covers: 'spec question answered yes from the product text (two headphone jacks)',
        checks: [
          says('yes|\\bsi\\b|two|\\bdos\\b|\\b2\\b'),
          says('parlour|piano|headphone|auricular|cascos'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(M.parlour),
        ],
      },
      {
        en: 'does it arrive in one piece, ready to play?',
        es: '¿llega montado, listo para tocar?',
        covers: 'spec question whose answer in the text is no (needs assembly)',
        checks: [
          says(`${NO}|assembl|montar|montaje|\\b45\\b`),
          says('parlour|piano|assembl|mont|\\b45\\b'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.parlour),
        ],
      },
      {
        en: 'my nephew wants a keyboard too. how is the Stage 88 different from the Busker 61?',
        es: 'mi sobrino también quiere teclado. ¿en qué se diferencia el Stage 88 del Busker 61?',
        covers: 'comparison of two named products',
        checks: [says('stage|\\b88\\b'), says('busker|\\b61\\b'), shownOnly(M.stage, M.busker)],
      },
      {
        en: 'back to mine: add the adjustable bench in satin black to match the piano',
        es: 'volviendo a lo mío: añade la banqueta regulable en satin black, a juego con el piano',
        covers: 'option value by catalog name (Color "Satin Black")',
        checks: [adds(line(M.bench, { Color: 'Satin Black' }, 1))],
      },
      {
        en: 'can I stuff my sheet music inside the bench?',
        es: '¿puedo guardar las partituras dentro de la banqueta?',
        covers: 'spec question whose answer in the text is no (no storage under the seat)',
        checks: [
          says(NO),
          says('bench|banqueta|storage|seat|asiento|hueco|guardar'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.bench),
        ],
      },
      {
        en: 'different problem: my kid wants to drum and we share walls with neighbors. what is quiet?',
        es: 'otro tema: mi hijo quiere tocar la batería y tenemos vecinos pared con pared. ¿qué hay que no haga ruido?',
        covers: 'category search by a use from the product text (quiet, for an apartment)',
        checks: [shown({ type: ['Electronic Drums', 'Practice Pads'] }), shownSome({ handles: [M.garage] })],
      },
      {
        en: 'the Garage, the bundle that comes with a throne and headphones',
        es: 'la Garage, el pack que trae banqueta y auriculares',
        covers:
          'sold-out variant (Pack "With Throne + Headphones") refused with in-stock alternatives, nothing added',
        checks: [
          unchanged,
          says(SOLD_OUT),
          says('kit only|only the kit|just the kit|solo (el )?kit|sin (banqueta|taburete|auriculares)'),
        ],
      },
      {
        en: "just the kit on its own, I'll piece the rest together",
        es: 'solo el kit, el resto ya lo voy juntando',
        covers: 'option value by catalog name after a refusal (Pack "Kit Only")',
        checks: [adds(line(M.garage, { Pack: 'Kit Only' }, 1))],
      },
      {
        en: 'is there a kick pedal in the box?',
        es: '¿en la caja viene pedal de bombo?',
        covers: 'spec question whose answer in the text is no (kick pedal not included)',
        checks: [
          says(NO),
          says('garage|kit|pedal|bombo|kick'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.garage),
        ],
      },
      {
        en: 'he breaks sticks like crazy. two pairs of 5A with the nylon tips',
        es: 'rompe baquetas a lo loco. dos pares de 5A con punta de nylon',
        covers:
          'sold-out variant (Size "5A" + Tip "Nylon") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('wood|madera|7a|5b|2b')],
      },
      {
        en: 'wood tips are fine, still two pairs of 5A',
        es: 'con punta de madera vale, dos pares de 5A igualmente',
        covers: 'quantity + option values by catalog name after a refusal (Size "5A", Tip "Wood")',
        checks: [adds(line(M.sticks, { Size: '5A', Tip: 'Wood' }, 2))],
      },
      {
        en: 'and a drum throne, the one shaped like a bike seat, his back gets sore',
        es: 'y un taburete de batería, el que tiene forma de sillín, que le duele la espalda',
        covers: 'option value in words (bike seat → Seat "Saddle")',
        checks: [adds(line(M.throne, { Seat: 'Saddle' }, 1))],
      },
      {
        en: 'do you have any coupon codes going at the moment?',
        es: '¿tenéis algún cupón ahora mismo?',
        covers: 'list the promos (not the expired one)',
        checks: [says('backline ?10'), says('jam ?25'), saysNot('gig ?season'), notCalled('search_products')],
      },
      {
        en: 'a friend gave me GIGSEASON30, does that still work?',
        es: 'un amigo me pasó GIGSEASON30, ¿todavía funciona?',
        covers: 'expired promo code refused',
        checks: [promo(null), says(REFUSED_CODE)],
      },
      {
        en: 'bummer. put JAM25 on it then',
        es: 'vaya. pues ponme JAM25',
        covers: 'apply a promo code',
        checks: [promo('JAM25')],
      },
      {
        en: "alright, I'm ready to pay for all this",
        es: 'venga, ya quiero pagar todo esto',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [
          orders(0),
          saysTotal,
          says('parlour|piano|garage|drum|bateria|bench|banqueta|throne|taburete|stick|baqueta'),
        ],
      },
      {
        en: 'no no, hang on a minute',
        es: 'no, no, para, espera un momentito',
        covers: 'no order on "no"',
        checks: [orders(0), notCalled('confirm_order')],
      },
      {
        en: "if the piano shows up and I can't stand how the keys feel, can I send it back?",
        es: 'si llega el piano y no soporto el tacto de las teclas, ¿lo puedo devolver?',
        covers:
          'policy question answered from the policy text (30 days, in as-new condition, original packaging)',
        checks: [
          saysNot(IDK),
          says(RETURNS),
          says('\\b30\\b'),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'and what will delivery of the piano run me?',
        es: '¿y cuánto me cuesta el envío del piano?',
        covers: 'policy question answered from the policy text (oversize shipping for digital pianos)',
        checks: [saysNot(IDK), says('\\b59\\b'), notCalled('add_to_cart')],
      },
      {
        en: "ok, let's go ahead. it's going to my place in Tulsa",
        es: 'vale, adelante. va a mi casa en Tulsa',
        covers: 'checkout read-back with the total in USD, no order yet',
        checks: [orders(0), saysTotal],
      },
      {
        en: 'yep, place the order for all of it',
        es: 'sí, tramita el pedido ya',
        covers: 'order placed after an explicit yes',
        checks: [orders(1), emptyCart],
      },
      {
        en: "any idea when it'll ship?",
        es: '¿sabes cuándo se envía?',
        covers: 'order status names the existing order',
        checks: [namesOrder],
      },
      {
        en: 'ugh, the landlord just said absolutely no drums. cancel the whole order',
        es: 'uf, el casero acaba de decir que nada de baterías. cancela el pedido entero',
        covers: 'cancel an unfulfilled order asks for confirmation first',
        checks: [notCancelledYet, says('cancel|anul')],
      },
      {
        en: "yes, I'm sure, cancel it",
        es: 'sí, estoy segura, cancélalo todo',
        covers: 'cancel after confirmation',
        checks: [cancelled],
      },
    ],
  },
  {
    title:
      'amps and studio gear: amps up to 300, no bass amps, headphone use, start over, cheapest amp, tube amp with headphones, black keyboards, ordinal, grey headphones, phone, sold-out white mic, unknown iPad, sold-out cable, decimal snare size, correction, draft, read-back, remove, empty, human',
    steps: [
      {
        en: "I need an amp for my bedroom, I don't want to spend more than 300",
        es: 'necesito un ampli para mi habitación, no quiero gastar más de 300',
        covers: 'category search with a price bound',
        checks: [shown({ type: 'Amplifiers', maxPrice: 300 })],
      },
      {
        en: 'leave out anything made for bass',
        es: 'quita lo que sea para bajo',
        covers: 'negation keeps the category and the price bound',
        checks: [shown({ type: 'Amplifiers', maxPrice: 300, notHandles: [M.deepend] })],
      },
      {
        en: 'and it has to have a headphone jack, my roommate works nights',
        es: 'y tiene que tener salida de audífonos, mi roomie trabaja de noche',
        covers: 'refinement by a spec keeps category and price bound',
        checks: [shown({ type: 'Amplifiers', maxPrice: 300, handles: [M.cub] })],
      },
      {
        en: 'actually forget all of that, start fresh and show me every amp you carry',
        es: 'mira, olvida todo eso, empezamos de nuevo: enséñame todos los amplis que tenéis',
        covers: 'start over drops the price bound, the negation and the refinement',
        checks: [
          shown({ type: 'Amplifiers' }),
          shownSome({ handles: [M.roarer] }),
          shownSome({ handles: [M.deepend] }),
        ],
      },
      {
        en: 'which one costs the least?',
        es: '¿cuál es el más económico?',
        covers: 'superlative over price',
        checks: [best(M.cub, 'cub|\\b99\\b', 'roarer|deepend')],
      },
      {
        en: 'could I play the Roarer through headphones late at night?',
        es: '¿podría tocar con el Roarer por auriculares a altas horas?',
        covers: 'spec question whose answer in the text is no (tube amp, no headphone jack)',
        checks: [
          says(NO),
          says('roarer|tube|valvul|amp'),
          saysNot(NOT_YES),
          saysNot(IDK),
          shownOnly(M.roarer),
        ],
      },
      {
        en: 'switching gears. keyboards I can carry to a gig, in black',
        es: 'cambiando de tema: teclados que pueda cargar a una tocada, en negro',
        covers: 'category search by an option value (Color "Black")',
        checks: [
          shown({
            type: ['Keyboards', 'Digital Pianos'],
            option: { name: 'Color', values: ['Black'] },
            notHandles: [M.parlour],
          }),
        ],
      },
      {
        en: "I'll take the second one you listed",
        es: 'me quedo con el segundo que mencionaste',
        covers: 'ordinal reference to the list shown ("the second one") keeps the colour asked in the search',
        checks: [addedShownAt(2, { Color: 'Black' })],
      },
      {
        en: 'I want some studio headphones for mixing, the gray ones',
        es: 'quiero unos audífonos de estudio para mezclar, los grises',
        covers: 'colour family (gray → Color "Fog Gray")',
        checks: [adds(line(M.monitor7, { Color: 'Fog Gray' }, 1))],
      },
      {
        en: 'will they get loud enough plugged right into my phone?',
        es: '¿suenan suficientemente fuerte conectados directo al celular?',
        covers: 'spec question answered yes from the product text (loud enough from a phone)',
        checks: [
          says('yes|\\bsi\\b|loud|phone|movil|telefono|\\b38\\b'),
          says('monitor|headphone|auricular|audifono|cascos'),
          saysNot(NOT_NO),
          saysNot(IDK),
          shownOnly(M.monitor7),
        ],
      },
      {
        en: "and the Podium mic, the white one, it'd match my desk",
        es: 'y el micro Podium, el blanco, que pega con mi escritorio',
        covers:
          'sold-out variant (Color "Frost White", said as white) refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('black|negr')],
      },
      {
        en: "black's fine, whatever",
        es: 'negro vale, da igual',
        covers: 'colour family (black → Color "Matte Black") after a refusal',
        checks: [adds(line(M.podium, { Color: 'Matte Black' }, 1))],
      },
      {
        en: 'will the Duo 2x2 run off my iPad?',
        es: '¿la Duo 2x2 funciona con mi iPad?',
        covers: "spec question not in the text: don't know (iPad)",
        checks: [
          says(DONT_KNOW),
          says('duo|interface|interfaz|2x2'),
          shownOnly(M.duo),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'I need a guitar cable, twenty feet with the right-angle plug',
        es: 'necesito un cable de guitarra de veinte pies con el conector en ángulo',
        covers:
          'sold-out variant (Length "20 ft" + Plugs "Right-Angle") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('straight|rect|\\b15\\b|\\b10\\b')],
      },
      {
        en: 'then fifteen feet, still the right angle',
        es: 'pues de quince pies, en ángulo igualmente',
        covers: 'option values by catalog name after a refusal (Length "15 ft", Plugs "Right-Angle")',
        checks: [adds(line(M.cable, { Length: '15 ft', Plugs: 'Right-Angle' }, 1))],
      },
      {
        en: 'my drummer wants the maple snare, fourteen by six and a half',
        es: 'mi baterista quiere la tarola de arce de 14 x 6,5',
        covers:
          'sold-out decimal size (Size "14 x 6.5 in") refused with in-stock alternatives, nothing added',
        checks: [unchanged, says(SOLD_OUT), says('5[.,]5|\\b13\\b')],
      },
      {
        en: 'ok, the fourteen by five and a half then',
        es: 'ok, entonces la de 14 x 5,5',
        covers: 'decimal size in words after a refusal (Size "14 x 5.5 in")',
        checks: [adds(line(M.snare, { Size: '14 x 5.5 in' }, 1))],
      },
      {
        en: 'wait, he texted, he wants the thirteen inch one instead',
        es: 'espera, me acaba de escribir, mejor la de trece pulgadas',
        covers: 'correction switches the option value (Size "14 x 5.5 in" → "13 x 5.5 in", a decimal size)',
        checks: [swaps(line(M.snare, { Size: '13 x 5.5 in' }, 1), line(M.snare, { Size: '14 x 5.5 in' }))],
      },
      {
        en: 'do you have any limited run acoustic guitars coming out next year?',
        es: '¿tenéis alguna guitarra acústica de edición limitada que salga el año que viene?',
        covers: 'a draft product is never offered',
        checks: [
          shown({ type: 'Acoustic Guitars', notHandles: [M.customDraft] }),
          saysNot('d28|2027|preview|2[,.]?499'),
        ],
      },
      {
        en: 'run through what I have in the cart',
        es: 'dime qué traigo en el carrito',
        covers: 'cart read-back with the total in USD',
        checks: [
          saysTotal,
          says(
            'headphone|monitor|mic|cable|snare|keyboard|busker|stage|auricular|audifono|caja|tarola|teclado',
          ),
        ],
      },
      {
        en: 'lose the mic',
        es: 'fuera el micro',
        covers: 'remove an item',
        checks: [removes(line(M.podium))],
      },
      {
        en: "actually, just wipe the whole cart, I'll come back after payday",
        es: 'mejor vacía todo el carrito, regreso cuando me paguen',
        covers: 'empty the cart',
        checks: [emptyCart],
      },
      {
        en: 'is there somebody there who actually plays I could ask?',
        es: '¿hay alguien ahí que toque de verdad a quien le pueda preguntar?',
        covers: "ask for a human (reply in the shopper's language)",
        checks: [called('request_human')],
      },
    ],
  },
  {
    title:
      'store policies: opened strings, small-order shipping, piano to Canada, warped neck, cracked cymbal, tried-on headphones, personal check, installments, blown speaker, guitar setups',
    steps: [
      {
        en: 'I opened a pack of strings and it turns out they are the wrong gauge. can I return them?',
        es: 'abrí un paquete de cuerdas y resulta que no es el calibre que quería. ¿las puedo devolver?',
        covers: 'policy question answered from the policy text (opened strings cannot be returned)',
        checks: [
          saysNot(IDK),
          says(NO),
          says(RETURNS),
          notCalled('search_products'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: "what's shipping on a small order, say 40 bucks?",
        es: '¿cuánto es el envío de un pedido pequeño, de unos 40 dólares?',
        covers: 'policy question answered from the policy text (shipping under the free threshold)',
        checks: [saysNot(IDK), says('8[.,]95'), notCalled('search_products')],
      },
      {
        en: 'could you ship a digital piano to my sister in Vancouver?',
        es: '¿podéis mandar un piano digital a mi hermana en Vancouver?',
        covers: 'policy question answered from the policy text (digital pianos cannot ship to Canada)',
        checks: [saysNot(IDK), says(NO), says('canad'), notCalled('add_to_cart')],
      },
      {
        en: 'I left my guitar in the car in July and now the neck is warped. will the warranty cover it?',
        es: 'me dejé la guitarra en el coche en julio y ahora tiene el mástil torcido. ¿lo cubre la garantía?',
        covers: 'policy question answered from the policy text (neck warping from heat is not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('search_products')],
      },
      {
        en: 'my crash cymbal cracked after a month of gigs. is that a warranty thing?',
        es: 'mi crash se ha rajado después de un mes de bolos. ¿eso entra en garantía?',
        covers: 'policy question answered from the policy text (cymbals not covered against cracking)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('warrant|garant|cover|cubr|crack|raj'),
          notCalled('add_to_cart'),
        ],
      },
      {
        en: 'I tried the headphones on for an evening and they pinch. can they go back?',
        es: 'me probé los auriculares una tarde y me aprietan. ¿los puedo devolver?',
        covers: 'policy question answered from the policy text (headphones only unopened)',
        checks: [saysNot(IDK), says(ONLY_UNOPENED), says(RETURNS), notCalled('add_to_cart')],
      },
      {
        en: 'can I pay you with a personal check?',
        es: '¿os puedo pagar con un cheque personal?',
        covers: 'policy question answered from the policy text (personal checks not accepted)',
        checks: [
          saysNot(IDK),
          says(NO),
          says('check|cheque'),
          saysNot(NOT_YES),
          notCalled('search_products'),
        ],
      },
      {
        en: 'is there some way to spread the cost over a few payments?',
        es: '¿hay alguna forma de pagarlo a plazos?',
        covers: 'policy question answered from the policy text (Klarna pay-in-4 on orders of $250 or more)',
        checks: [
          saysNot(IDK),
          says('klarna|pay.?in.?4|plazo|cuota|4 pagos'),
          says('\\b250\\b'),
          notCalled('search_products'),
        ],
      },
      {
        en: 'I cranked my practice amp all the way and the speaker blew. is that covered?',
        es: 'le di caña al ampli a tope y se ha reventado el altavoz. ¿lo cubre la garantía?',
        covers:
          'policy question answered from the policy text (speakers blown by overdriving are not covered)',
        checks: [saysNot(IDK), says(NO), says('warrant|garant|cover|cubr'), notCalled('add_to_cart')],
      },
      {
        en: 'do you guys do setups or fret leveling if I bring my guitar in?',
        es: 'si os llevo la guitarra, ¿le hacéis un ajuste o un nivelado de trastes?',
        covers: 'policy question the text does not answer: no guess, a person or "I don\'t know"',
        checks: [any(called('request_human'), says(DONT_KNOW)), notCalled('add_to_cart')],
      },
    ],
  },
]);
