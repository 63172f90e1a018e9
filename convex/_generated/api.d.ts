/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type * as claims from "../claims.js";
import type * as history from "../history.js";
import type * as http from "../http.js";
import type * as lib_auth from "../lib/auth.js";
import type * as lib_errors from "../lib/errors.js";
import type * as lib_secret from "../lib/secret.js";
import type * as lib_validate from "../lib/validate.js";
import type * as lib_voiceServer from "../lib/voiceServer.js";
import type * as research from "../research.js";
import type * as researchRunner from "../researchRunner.js";
import type * as savedItems from "../savedItems.js";
import type * as turns from "../turns.js";
import type * as voice from "../voice.js";

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";

declare const fullApi: ApiFromModules<{
  claims: typeof claims;
  history: typeof history;
  http: typeof http;
  "lib/auth": typeof lib_auth;
  "lib/errors": typeof lib_errors;
  "lib/secret": typeof lib_secret;
  "lib/validate": typeof lib_validate;
  "lib/voiceServer": typeof lib_voiceServer;
  research: typeof research;
  researchRunner: typeof researchRunner;
  savedItems: typeof savedItems;
  turns: typeof turns;
  voice: typeof voice;
}>;

/**
 * A utility for referencing Convex functions in your app's public API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
export declare const api: FilterApi<
  typeof fullApi,
  FunctionReference<any, "public">
>;

/**
 * A utility for referencing Convex functions in your app's internal API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = internal.myModule.myFunction;
 * ```
 */
export declare const internal: FilterApi<
  typeof fullApi,
  FunctionReference<any, "internal">
>;

export declare const components: {};
