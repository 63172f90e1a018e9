/**
 * Multi-turn conversations shared by the fake-shop tests and the end-to-end tests on the real
 * shop tools. Each turn names the tool calls it must make (in order) and words the reply must
 * contain. Scenarios are written against two catalogs: an apparel store and a bookshop.
 */

export interface ScenarioTurn {
  say: string;
  /**
   * Tool names called this turn, in order. Look-ups the engine may add on its own (search,
   * get_product, view_cart) are ignored unless the list names one of them.
   */
  calls?: string[];
  /** Regexes the reply must match. */
  reply?: RegExp[];
  /** Said once the research started earlier (it runs in the background) has finished. */
  afterResearch?: true;
}

export interface Scenario {
  name: string;
  catalog: 'apparel' | 'books';
  language: 'en' | 'es';
  turns: ScenarioTurn[];
  /** An order must (true) or must not (false) have been placed at the end. */
  ordered: boolean;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'search, details, add with size question, checkout with explicit yes',
    catalog: 'apparel',
    language: 'en',
    ordered: true,
    turns: [
      { say: 'hi', calls: [], reply: [/what are you shopping for/i] },
      {
        say: 'show me running shoes under one hundred fifty dollars',
        calls: ['search_products'],
        reply: [/Trail Runner 2/, /Road Glide/],
      },
      {
        say: 'tell me about the trail runner two',
        calls: ['get_product'],
        reply: [/Trail Runner 2/, /\$89\.99/],
      },
      { say: 'add it to my cart', calls: [], reply: [/which size/i] },
      { say: 'size nine', calls: [], reply: [/which colou?r/i] },
      { say: 'red', calls: ['add_to_cart'], reply: [/added/i, /Trail Runner 2/] },
      { say: 'check out', calls: ['prepare_order'], reply: [/say yes/i] },
      { say: 'yes', calls: ['confirm_order'], reply: [/placed/i] },
    ],
  },
  {
    name: 'read-back refused: no order without a yes',
    catalog: 'apparel',
    language: 'en',
    ordered: false,
    turns: [
      { say: 'add the canvas tote bag to my cart', calls: ['add_to_cart'], reply: [/Canvas Tote Bag/] },
      { say: 'checkout', calls: ['prepare_order'], reply: [/say yes/i] },
      { say: 'no wait', calls: [], reply: [/won.t place/i] },
      { say: 'yes', calls: [], reply: [/nothing to confirm/i] },
    ],
  },
  {
    name: 'a yes that hedges is not consent; the read-back must be answered right away',
    catalog: 'apparel',
    language: 'en',
    ordered: false,
    turns: [
      { say: 'add the canvas tote bag', calls: ['add_to_cart'] },
      { say: 'place my order', calls: ['prepare_order'] },
      { say: 'what is in my cart', calls: ['view_cart'], reply: [/Canvas Tote Bag/] },
      { say: 'yes', calls: [], reply: [/nothing to confirm/i] },
    ],
  },
  {
    name: 'refine, compare, cheaper one, availability',
    catalog: 'apparel',
    language: 'en',
    ordered: false,
    turns: [
      { say: 'i am looking for something waterproof', calls: ['search_products'], reply: [/3 options/] },
      {
        say: 'only the red ones',
        calls: ['search_products'],
        reply: [/Trail Runner 2/, /Summit Rain Jacket/],
      },
      { say: 'compare them', calls: ['compare_products'], reply: [/cheapest is Trail Runner 2/i] },
      { say: 'tell me about the more expensive one', calls: ['get_product'], reply: [/Summit Rain Jacket/] },
      { say: 'does it come in yellow', calls: ['check_availability'], reply: [/in stock/i] },
    ],
  },
  {
    name: 'cart edits: quantity, remove by name, view',
    catalog: 'apparel',
    language: 'en',
    ordered: false,
    turns: [
      { say: 'add two everyday cotton t shirts in medium white', calls: ['add_to_cart'], reply: [/Added 2/] },
      { say: 'add the canvas tote bag', calls: ['add_to_cart'] },
      {
        say: 'change the quantity of the t shirts to three',
        calls: ['update_cart_item'],
        reply: [/quantity set to 3/i],
      },
      { say: 'remove the tote bag', calls: ['remove_from_cart'], reply: [/removed/i] },
      { say: "what's in my cart", calls: ['view_cart'], reply: [/3 Everyday Cotton T-Shirt/] },
    ],
  },
  {
    name: 'out-of-stock size is never added; alternatives offered',
    catalog: 'apparel',
    language: 'en',
    ordered: false,
    turns: [
      { say: 'show me the road glide running shoes', calls: ['search_products'] },
      { say: 'is it available in size ten', calls: ['check_availability'], reply: [/out of stock/i] },
      { say: 'add it in size ten white', calls: [], reply: [/isn.t available in 10/i, /8, 9/] },
      { say: 'nine', calls: ['add_to_cart'], reply: [/size 9/] },
    ],
  },
  {
    name: 'promo code spelled out, then checkout',
    catalog: 'apparel',
    language: 'en',
    ordered: true,
    turns: [
      { say: 'add the alpine hiking boots in size eleven', calls: ['add_to_cart'] },
      { say: 'i have a promo code', calls: [], reply: [/what.s the code/i] },
      { say: 's a v e one zero', calls: ['apply_promo'], reply: [/SAVE10 applied/] },
      { say: 'ready to pay', calls: ['prepare_order'] },
      { say: 'yes please', calls: ['confirm_order'], reply: [/placed/i] },
      { say: 'where is my order', calls: ['order_status'], reply: [/placed/i] },
    ],
  },
  {
    name: 'identification in two steps, history, human handoff',
    catalog: 'apparel',
    language: 'en',
    ordered: false,
    turns: [
      { say: 'my customer number is one two three four', calls: [], reply: [/postal code/i] },
      { say: 'nine four one zero five', calls: ['identify_user'], reply: [/verified/i] },
      { say: 'what did i buy before', calls: ['shopping_history'] },
      { say: 'can i talk to a real person', calls: ['request_human'], reply: [/colleague|team|person/i] },
    ],
  },
  {
    name: 'save for later, wishlist, research, goodbye and survey',
    catalog: 'apparel',
    language: 'en',
    ordered: false,
    turns: [
      { say: 'show me hoodies', calls: ['search_products'] },
      { say: 'save it for later', calls: ['save_item'], reply: [/Cloud Fleece Hoodie/] },
      { say: 'show my wishlist', calls: ['list_saved_items'], reply: [/Cloud Fleece Hoodie/] },
      { say: 'research the best jackets for rain', calls: ['start_research'] },
      {
        say: 'what did you find',
        calls: ['get_research'],
        reply: [/options|found one/i],
        afterResearch: true,
      },
      { say: 'bye', calls: [], reply: [/one to five/i] },
      { say: 'four', calls: ['submit_survey'], reply: [/feedback/i] },
    ],
  },
  {
    name: 'STT-style transcript with misrecognitions',
    catalog: 'apparel',
    language: 'en',
    ordered: true,
    turns: [
      { say: 'show me the sumit rein jacket', calls: ['search_products'], reply: [/Summit Rain Jacket/] },
      { say: 'ad it in small yelow', calls: ['add_to_cart'], reply: [/size S/] },
      { say: 'check out', calls: ['prepare_order'] },
      { say: 'yeah', calls: ['confirm_order'] },
    ],
  },
  {
    name: 'español: búsqueda, detalles, añadir, pagar y confirmar',
    catalog: 'apparel',
    language: 'es',
    ordered: true,
    turns: [
      { say: 'hola', calls: [], reply: [/qué estás buscando/i] },
      {
        say: 'busco zapatillas de correr de menos de cien euros',
        calls: ['search_products'],
        reply: [/Trail Runner 2/],
      },
      { say: 'cuéntame más', calls: ['get_product'], reply: [/Tallas disponibles/] },
      { say: 'añádela en talla nueve', calls: [], reply: [/qué color/i] },
      { say: 'roja', calls: ['add_to_cart'], reply: [/Añadí 1/] },
      { say: 'quiero pagar', calls: ['prepare_order'], reply: [/di sí/i] },
      { say: 'sí', calls: ['confirm_order'], reply: [/está hecho/] },
    ],
  },
  {
    name: 'español: refinar, comparar y guardar',
    catalog: 'apparel',
    language: 'es',
    ordered: false,
    turns: [
      { say: 'tienes algo de northpeak', calls: ['search_products'] },
      { say: 'compara el primero y el segundo', calls: ['compare_products'], reply: [/más barato/] },
      { say: 'guarda el segundo para después', calls: ['save_item'], reply: [/Guardé/] },
      { say: 'muéstrame mis favoritos', calls: ['list_saved_items'] },
    ],
  },
  {
    name: 'español: carrito, código promocional y cancelación',
    catalog: 'apparel',
    language: 'es',
    ordered: false,
    turns: [
      { say: 'añade el canvas tote bag', calls: ['add_to_cart'] },
      { say: 'aplica el código save diez', calls: ['apply_promo'], reply: [/SAVE10 aplicado/] },
      { say: 'finalizar la compra', calls: ['prepare_order'] },
      { say: 'no mejor no', calls: [], reply: [/no hago el pedido/] },
      { say: 'qué hay en mi carrito', calls: ['view_cart'], reply: [/Canvas Tote Bag/] },
    ],
  },
  {
    name: 'bookshop: formats as sizes, add, checkout',
    catalog: 'books',
    language: 'en',
    ordered: true,
    turns: [
      {
        say: 'do you have mystery novels',
        calls: ['search_products'],
        reply: [/Silent Harbor/, /Midnight Ledger/],
      },
      { say: 'tell me about the silent harbour', calls: ['get_product'], reply: [/Paperback/] },
      { say: 'add it', calls: [], reply: [/which size/i] },
      { say: 'hardcover', calls: ['add_to_cart'], reply: [/Hardcover/] },
      { say: 'add the cooking with fire cookbook', calls: ['add_to_cart'] },
      { say: 'check out', calls: ['prepare_order'] },
      { say: 'yes', calls: ['confirm_order'] },
    ],
  },
  {
    name: 'bookshop: price range, cheapest, removal',
    catalog: 'books',
    language: 'en',
    ordered: false,
    turns: [
      {
        say: 'show me illustrated books under thirty euros',
        calls: ['search_products'],
        reply: [/Atlas of Lost Cities/, /Quantum Cats/],
      },
      { say: 'add the cheapest one', calls: ['add_to_cart'], reply: [/Quantum Cats/] },
      { say: 'make it two', calls: ['update_cart_item'], reply: [/2 Quantum Cats/] },
      { say: 'remove it', calls: ['remove_from_cart'], reply: [/empty/i] },
    ],
  },
  {
    name: 'librería: búsqueda en español y pedido',
    catalog: 'books',
    language: 'es',
    ordered: true,
    turns: [
      { say: 'busco novelas de penrose press', calls: ['search_products'], reply: [/Silent Harbor/] },
      // "Tapa blanda" is the catalog's "Paperback" through the bilingual retail vocabulary.
      { say: 'me llevo la primera en tapa blanda', calls: ['add_to_cart'], reply: [/Paperback/] },
      { say: 'pagar', calls: ['prepare_order'] },
      { say: 'sí confirmo', calls: ['confirm_order'] },
      { say: 'dónde está mi pedido', calls: ['order_status'] },
    ],
  },
];
