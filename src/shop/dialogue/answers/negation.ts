/**
 * How a product's text denies or limits what it says, read on a clause's tokens: a negation in
 * front of the words ("not for induction"), a phrase keeping them away ("keep out of rain"), made
 * only to take them ("mounts for a rack"), left out after them ("sold separately", "are not
 * made"), a prohibition ("do not put it in the dishwasher"), and an "only" elsewhere. Split from
 * text-answer.ts, which finds the clauses. Pure.
 */

export const NEGATORS =
  /^(not|no|non|without|never|sin|nor|cannot|isn|doesn|won|aren|don|can t|lacks|barely|hardly|scarcely|apenas)$/;
/** Words a negation reaches over ("not for induction", "no added sugar", "not certified organic"). */
const REACH = 3;

/**
 * Phrases that keep the thing after them away ("keep it out of heavy rain", "avoid water",
 * "not suitable for hair dryers", "too small for koi", "not strong enough for hardwood"), read
 * over the words just before it.
 */
const AWAY =
  /\b(keep (it |them )?(out of|away from)|away from|avoid|never (use|put|expose)|not (suitable|safe|meant|designed|intended|made) for|unsuitable for|too \w+ (for|to)|demasiado \w+ (para|como para)|not \w+ enough (for|to)|no es apt[oa] para|evit(a|ar|e))( \w+){0,2}$/;

/**
 * Made to take the thing, which is then not part of it ("mounts for a disc brake", "ready for a
 * rear rack", "preparado para portabultos"): the words just before it.
 */
const PREPARED =
  /\b(mounts|mounting points|attachment points|eyelets|loops|hooks|bosses|pre drilled|predrilled|prepped|prepared|ready|anclajes|preparad[oa]s?|list[oa]s?) (for|para)( (a|an|the|un|una|el|la|los|las))?( \w+)?$/;

/**
 * Said after the thing: "shims are not included", "paddles sold separately", "half sizes are not
 * made", "the brake itself is not included", "no se fabrican" ("no incluye" comes first).
 */
export const LEFT_OUT =
  /^((itself|themselves|alone) )?((is|are) )?(not (included|supplied|provided|made|offered|available|stocked|sold)|sold separately|extra|no incluid[oa]s?|se venden? aparte|no se (fabrica|fabrican|hace|hacen|vende|venden|ofrece|ofrecen)|no (esta|estan) disponibles?)\b/;

const ARTICLE = /^(the|a|an|its|el|la|los|las|un|una|su|sus)$/;

/**
 * The last word of a list of one-word items that continues past `lastAt` ("… line and backing",
 * "… canisters and the windscreen").
 */
export function pastList(tokens: string[], lastAt: number): number {
  let k = lastAt;
  for (let items = 0; items < 3 && /^(and|or|y|e|o|u)$/.test(tokens[k + 1] ?? ''); items++) {
    const next = ARTICLE.test(tokens[k + 2] ?? '') ? k + 3 : k + 2;
    if (!tokens[next]) break;
    k = next;
  }
  return k;
}

/** A clause said as a prohibition ("do not move a hot jar onto a cold counter", "nunca lo meta …"). */
const FORBIDS =
  /^(do not|don t|dont|never|avoid|nunca|no (lo |la |los |las |le )?[a-z]+(e|en)|evite|evitar) /;

export function negatedAt(tokens: string[], at: number, lastAt: number): boolean {
  // A prohibition denies all it goes on to say, until a "but" turns it.
  if (
    FORBIDS.test(tokens.join(' ')) &&
    !tokens.slice(0, at).some((w) => /^(but|pero|although|aunque)$/.test(w))
  )
    return true;
  if (tokens[lastAt + 1] === 'free' || tokens[lastAt + 1] === 'less') return true;
  if (LEFT_OUT.test(tokens.slice(lastAt + 1, lastAt + 5).join(' '))) return true;
  // "Reel, line and backing are not included": the words head a list whose end is left out.
  const listEnd = pastList(tokens, lastAt);
  if (listEnd > lastAt && LEFT_OUT.test(tokens.slice(listEnd + 1, listEnd + 5).join(' '))) return true;
  if (AWAY.test(tokens.slice(Math.max(0, at - 6), at).join(' '))) return true;
  if (PREPARED.test(tokens.slice(Math.max(0, at - 5), at).join(' '))) return true;
  // "Does not test GH or KH": a negation reaches every item of the list it heads ("or", "nor"),
  // never past "and" / "but", which may start a clause of their own.
  let reach = REACH;
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) {
    if (/^(or|nor|ni)$/.test(tokens[k]!)) {
      reach += 2;
      continue;
    }
    if (/^(and|but|y|pero|o)$/.test(tokens[k]!)) return false;
    if (NEGATORS.test(tokens[k]!)) return true;
    if (tokens[k] === 't' && /^(can|isn|doesn|won|don|aren)$/.test(tokens[k - 1] ?? '')) return true;
  }
  return false;
}

export const isOnly = (w: string) => w === 'only' || w === 'solo' || w === 'solamente' || w === 'exclusively';

/**
 * "Training wheels included with the 16 in. only": an "only" that restricts something other than
 * the words asked about (not right next to them, as in "Presta valves only") makes a partial yes.
 */
export function onlyElsewhere(tokens: string[], at: number, lastAt: number): boolean {
  return tokens.some((w, k) => isOnly(w) && (k < at - 1 || k > lastAt + 1));
}

/**
 * "On carpet or grass it barely comes back up": what the clause says after the words asked is
 * said to hardly happen there, so "will it work on carpet?" is no (until a "but" turns it).
 */
export function weakenedAfter(tokens: string[], lastAt: number): boolean {
  for (const w of tokens.slice(lastAt + 1)) {
    if (/^(but|pero|although|aunque)$/.test(w)) return false;
    if (/^(barely|hardly|scarcely|poorly|apenas)$/.test(w)) return true;
  }
  return false;
}
