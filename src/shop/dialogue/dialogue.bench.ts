/**
 * Benchmark of the offline dialogue engine: time per model call (prompt → last stream part) and
 * time to the first output part (text or tool call), over a generated catalog of growing size
 * and a growing conversation history. No simulated latency: this is the engine's own cost.
 */
import type { LanguageModelV4Prompt, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import type { CatalogVocabulary, Language } from '../contract.ts';
import { createShopDialogueModel } from './model.ts';

export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

const ADJ = [
  'Trail',
  'Cloud',
  'Summit',
  'Urban',
  'Alpine',
  'Coastal',
  'Nova',
  'Terra',
  'Swift',
  'Echo',
  'Granite',
  'Breeze',
];
const NOUN = ['Runner', 'Fleece', 'Shell', 'Walker', 'Rider', 'Knit', 'Trek', 'Glide', 'Peak', 'Drift'];
const CATS = [
  ['running shoes', 'zapatillas de correr'],
  ['hoodies', 'sudaderas'],
  ['jackets', 'chaquetas'],
  ['t-shirts', 'camisetas'],
  ['boots', 'botas'],
  ['backpacks', 'mochilas'],
] as const;

function product(i: number) {
  const cat = CATS[i % CATS.length]!;
  return {
    id: `bp${i}`,
    name: `${ADJ[i % ADJ.length]} ${NOUN[Math.floor(i / ADJ.length) % NOUN.length]} ${1 + Math.floor(i / 120)} ${cat[0]}`,
    brand: `Brand${i % 9}`,
    price: 10 + ((i * 37) % 190) + 0.99,
    cat,
  };
}

function vocabulary(n: number): (l: Language) => CatalogVocabulary {
  const products = Array.from({ length: n }, (_, i) => product(i));
  const make = (language: Language): CatalogVocabulary => ({
    language,
    productNames: products.map((p) => p.name),
    categories: CATS.map((c) => (language === 'es' ? c[1] : c[0])),
    brands: [...new Set(products.map((p) => p.brand))],
    colors: language === 'es' ? ['Negro', 'Rojo', 'Azul', 'Gris'] : ['Black', 'Red', 'Blue', 'Grey'],
    sizes: ['S', 'M', 'L', 'XL', '8', '9', '10', '11'],
    attributes: ['waterproof', 'cotton', 'leather', 'lightweight'],
    minPrice: 10,
    maxPrice: 200,
    currency: 'USD',
  });
  const v = { en: make('en'), es: make('es') };
  return (l) => v[l];
}

/** A history of `turns` search turns with realistic tool results, then the utterance. */
function prompt(turns: number, utterance: string): LanguageModelV4Prompt {
  const p: LanguageModelV4Prompt = [
    { role: 'system', content: 'You are the voice shopping assistant of an online shop.' },
  ];
  for (let t = 0; t < turns; t++) {
    const id = `c${t}`;
    p.push({
      role: 'user',
      content: [{ type: 'text', text: 'show me running shoes under one hundred dollars' }],
    });
    p.push({
      role: 'assistant',
      content: [
        {
          type: 'tool-call',
          toolCallId: id,
          toolName: 'search_products',
          input: { category: 'running shoes', maxPrice: 100 },
        },
      ],
    });
    const items = [0, 6, 12, 18, 24].map((i) => {
      const x = product(i + t * 30);
      return {
        id: x.id,
        name: x.name,
        brand: x.brand,
        price: x.price,
        currency: 'USD',
        sizesInStock: ['8', '9', '10'],
        colorsInStock: ['Black', 'Red'],
      };
    });
    p.push({
      role: 'tool',
      content: [
        {
          type: 'tool-result',
          toolCallId: id,
          toolName: 'search_products',
          output: { type: 'json', value: { count: 5, products: items } },
        },
      ],
    });
    p.push({ role: 'assistant', content: [{ type: 'text', text: 'I found 5 options.' }] });
  }
  p.push({ role: 'user', content: [{ type: 'text', text: utterance }] });
  return p;
}

const UTTERANCES = [
  'show me red jackets under one hundred fifty dollars',
  'tell me about the second one',
  'add the first one in size nine black',
  'compare the first and the third',
  'what is in my cart',
  'apply promo code s a v e ten',
  'busco zapatillas de correr de menos de cien euros',
  'añade la segunda talla diez roja',
  'where is my order one zero four two',
  'hello',
  'tell me about the summit glide',
  'i want to talk to a person',
];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}
const r2 = (x: number) => Math.round(x * 100) / 100;

export async function runDialogueBench(opts: { quick: boolean }): Promise<BenchTable[]> {
  const sizes = opts.quick ? [50] : [50, 500, 3000];
  const histories = opts.quick ? [0, 4] : [0, 4, 20];
  const rounds = opts.quick ? 2 : 20;
  const perCall: (string | number)[][] = [];
  const firstPart: (string | number)[][] = [];
  for (const n of sizes) {
    const model = createShopDialogueModel({ vocabulary: vocabulary(n) });
    // Warm-up compiles the vocabulary once, as a running server would have done.
    await model.doGenerate({ prompt: prompt(0, 'hello') });
    for (const h of histories) {
      const total: number[] = [];
      const ttfText: number[] = [];
      const ttfTool: number[] = [];
      for (let r = 0; r < rounds; r++) {
        for (const u of UTTERANCES) {
          const t0 = performance.now();
          const { stream } = await model.doStream({ prompt: prompt(h, u) });
          const reader = stream.getReader();
          let first: number | undefined;
          let kind: LanguageModelV4StreamPart['type'] | undefined;
          for (;;) {
            const x = await reader.read();
            if (x.done) break;
            if (first === undefined && (x.value.type === 'text-delta' || x.value.type === 'tool-call')) {
              first = performance.now() - t0;
              kind = x.value.type;
            }
          }
          total.push(performance.now() - t0);
          if (first !== undefined) (kind === 'text-delta' ? ttfText : ttfTool).push(first);
        }
      }
      perCall.push([n, h, total.length, r2(pct(total, 50)), r2(pct(total, 95)), r2(Math.max(...total))]);
      firstPart.push([
        n,
        h,
        r2(pct(ttfText, 50)),
        r2(pct(ttfText, 95)),
        r2(pct(ttfTool, 50)),
        r2(pct(ttfTool, 95)),
      ]);
    }
  }
  return [
    {
      title: 'Offline dialogue engine: time per model call (prompt → last stream part)',
      columns: ['catalog products', 'history turns', 'calls', 'p50 ms', 'p95 ms', 'max ms'],
      rows: perCall,
      notes: [
        'One call = one LLM step of the tool loop (a user turn takes 1-3 steps). No simulated latency.',
        `${UTTERANCES.length} EN/ES utterances; each history turn is a search with 5 product results.`,
      ],
    },
    {
      title: 'Offline dialogue engine: time to first output part',
      columns: [
        'catalog products',
        'history turns',
        'first text p50 ms',
        'first text p95 ms',
        'first tool call p50 ms',
        'first tool call p95 ms',
      ],
      rows: firstPart,
      notes: [
        'The LLM-stage TTFT the pipeline sees from this engine (plus DIALOGUE_FIRST_CHUNK_DELAY_MS when set).',
      ],
    },
  ];
}
