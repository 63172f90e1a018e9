/**
 * The engine's decisions as data: what the next step does (say, call tools, ask and wait) and what
 * decide() reads. Apart from actions.ts so helpers of actions can name them without a cycle.
 */
import type { ToolName } from '../../contract.ts';
import type { RememberedPreference } from '../memory.ts';
import type { DialogueState, Turn } from '../state.ts';
import type { Understanding } from '../understand/nlu.ts';

export interface ToolCallPlan {
  name: ToolName;
  input: Record<string, unknown>;
}

/** What the engine asked and waits for; recomputed from the previous turn, never stored. */
export type Awaiting =
  | {
      what: 'variant';
      intent: 'add_to_cart' | 'availability' | 'save_item';
      productId: string;
      quantity?: number;
      size?: string;
      color?: string;
      /** Options other than size/colour already chosen ({Sheets: "120"}); the answer adds or replaces one. */
      options?: Record<string, string>;
      /** Every value of the options the question named, sold-out ones too ("230V" answers it). */
      values?: Record<string, string[]>;
      /** The shopper's usual size, offered in the question: a plain yes takes it. */
      suggested?: { size: string };
    }
  | {
      what: 'product';
      intent: 'add_to_cart' | 'details' | 'availability' | 'save_item';
      quantity?: number;
      size?: string;
      color?: string;
    }
  | { what: 'promo' }
  | { what: 'identify'; customerNumber?: string; documentNumber?: string; postalCode?: string }
  | { what: 'rating' }
  | { what: 'cancel_order'; orderId: string }
  | { what: 'line'; intent: 'remove_from_cart' | 'update_quantity'; quantity?: number };

export type Action =
  | { kind: 'tools'; calls: ToolCallPlan[] }
  /**
   * `unplaced`: the reply says the request could not be placed (not understood, or no product to
   * act on): a Spanish request worth a second reading (second-reading.ts).
   */
  | { kind: 'text'; text: string; awaiting?: Awaiting; unplaced?: true };

export interface DecideInput {
  nlu: Understanding;
  state: DialogueState;
  current: Turn;
  awaiting?: Awaiting;
  /** Tools the previous turn called (a continuation "and the X in size 9" repeats its action). */
  previousCalls?: string[];
  /** What the previous turn added to the cart, if anything ("no wait, the black one" corrects it). */
  previousAdd?: {
    productId: string;
    size?: string;
    color?: string;
    quantity?: number;
    options?: Record<string, string>;
    /** The shopper's words that turn ("el pastillero mensual" names that product from then on). */
    said?: string;
  };
  /**
   * What the previous turn asked to add and the shop refused (a sold-out value), when it added
   * nothing: "the next one down", "the bigger one" step from that value (size-step.ts).
   */
  previousRefused?: DecideInput['previousAdd'];
  /** What the shopper told the assistant about themselves (memory.ts), newest first. */
  memory?: RememberedPreference[];
  /** Tool names the caller offered; undefined means all. */
  tools?: Set<string>;
  maxSteps?: number;
}
