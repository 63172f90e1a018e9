/**
 * Words hidden by splitting or spelling them in ways the general folding (normalize.ts) must leave
 * alone, because ordinary text uses the same shapes: a word cut once by a hyphen or a dot
 * ("st-ab", "ig.nore", like "t-shirt", "10-12", "44-1234-A"), letters listed with commas ("b, o, m, b",
 * like "sizes S, M, L"), letter names or the radio alphabet ("eye gee en oh are ee", "kilo india
 * lima lima"). Such a run is joined only when it spells one of the words below, so a size range, a
 * fraction or a product code never changes, and a dodge of a listed word reads as the word.
 * Input is already folded (lower case, no accents, look-alikes and leetspeak undone).
 */

/** The words worth hiding: the rules' and the learned guard's strongest EN/ES cues. */
const HIDDEN = new Set(
  [
    // injection
    'ignore ignoring disregard forget override bypass jailbreak unrestricted unfiltered uncensored',
    'instructions instruction previous prompt system rules guidelines filters filter reveal password passwords',
    'olvida olvidar ignora ignorar instrucciones anteriores reglas normas contrasena sistema',
    // harm
    'kill killing murder stab stabbing strangle shoot bomb bombs explosive explosives grenade detonator',
    'poison poisoning meth cocaine heroin fentanyl drugs drug gun guns weapon weapons silencer suicide',
    'hack hacking steal rob robbery kidnap someone somebody',
    'matar mato matarlo matarla apunalar bomba bombas explosivo veneno envenenar droga drogas pistola',
    'arma armas suicidio robar secuestrar alguien',
    // abuse
    'idiot stupid moron retard fuck fucking shit bitch bastard asshole cunt whore slut racist nude naked porn',
    'idiota imbecil estupido gilipollas mierda puta cabron zorra desnuda desnudo',
  ]
    .join(' ')
    .split(' '),
);

/** A word cut by single dots, hyphens, asterisks or underscores between letters: "ig.nore", "st-ab". */
const CUT_WORD = /(?<![\p{L}\d])\p{L}+(?:[-.*_·|+~]\p{L}+)+(?![\p{L}\d])/gu;
/** Single letters listed with commas or semicolons: "b, o, m, b". */
const LISTED_LETTERS = /(?<![\p{L}\d])\p{L}(?:\s*[,;]\s*\p{L}(?![\p{L}\d])){2,}/gu;

/** Letter names (EN and ES) and the radio alphabet, to the letter they name. */
const LETTER_NAMES: Record<string, string> = {};
for (const [letter, names] of Object.entries({
  a: 'ay alfa alpha',
  b: 'bee be bravo',
  c: 'see cee ce charlie',
  d: 'dee de delta',
  e: 'ee echo',
  f: 'ef efe foxtrot',
  g: 'gee ge golf',
  h: 'aitch hache hotel',
  i: 'eye india',
  j: 'jay jota juliett juliet',
  k: 'kay ka kilo',
  l: 'el ele lima',
  m: 'em eme mike',
  n: 'en ene november',
  o: 'oh oscar',
  p: 'pee pe papa',
  q: 'cue cu quebec',
  r: 'are ar erre ere romeo',
  s: 'ess ese sierra',
  t: 'tee te tango',
  u: 'uniform',
  v: 'vee uve victor',
  w: 'whiskey',
  x: 'ex equis xray',
  y: 'why wye yankee',
  z: 'zee zed zeta zulu',
}))
  for (const name of names.split(' ')) LETTER_NAMES[name] = letter;

/** Joins what spells a hidden word; anything else is returned unchanged. */
function joinIfHidden(run: string, strip: RegExp): string {
  const joined = run.replace(strip, '');
  return HIDDEN.has(joined) ? joined : run;
}

/**
 * Runs of three or more letter names: the longest stretch starting at each name that spells a
 * hidden word replaces its names ("eye gee en oh are ee your rules" = "ignore your rules").
 */
function joinLetterNames(text: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let found = 0;
    let spelled = '';
    for (let j = i; j < words.length && j - i < 16; j++) {
      const letter = LETTER_NAMES[words[j]!.replace(/[,.;:!?]+$/, '')];
      if (letter === undefined) break;
      spelled += letter;
      if (j - i >= 2 && HIDDEN.has(spelled)) found = j - i + 1;
    }
    if (found > 0) {
      out.push([...words.slice(i, i + found)].map((w) => LETTER_NAMES[w.replace(/[,.;:!?]+$/, '')]).join(''));
      i += found - 1;
    } else out.push(words[i]!);
  }
  return out.join(' ');
}

/**
 * A cue word a speech transcript hands over in pieces ("dis regard your pre vious in structions",
 * "ig nora las ins trucciones"): two or three adjacent pieces of two letters or more are joined
 * when they spell a long cue (six letters or more) and none is a cue already ("bomb as" stays).
 */
const SPOKEN_CUES = new Set([...HIDDEN].filter((w) => w.length >= 6));
function joinSpokenPieces(text: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let taken = 1;
    for (const n of [3, 2]) {
      const pieces = words.slice(i, i + n);
      if (
        pieces.length === n &&
        pieces.every((w) => /^\p{L}{2,}$/u.test(w) && !HIDDEN.has(w)) &&
        SPOKEN_CUES.has(pieces.join(''))
      ) {
        taken = n;
        break;
      }
    }
    out.push(words.slice(i, i + taken).join(''));
    i += taken - 1;
  }
  return out.join(' ');
}

export function joinHiddenWords(folded: string): string {
  return joinLetterNames(
    joinSpokenPieces(
      folded
        .replace(CUT_WORD, (run) => joinIfHidden(run, /[-.*_·|+~]/g))
        .replace(LISTED_LETTERS, (run) => joinIfHidden(run, /[\s,;]/g)),
    ),
  );
}
