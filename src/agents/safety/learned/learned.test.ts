/**
 * The learned guard's mechanism on small fixtures of its own (not the spent sets' lines): features
 * are deterministic, training separates what it is shown, the weights file round-trips, the level
 * and the profile's topics gate the verdict, and the guard reports it as a finding.
 */
import { describe, expect, it } from 'vitest';
import { SafetyGuard } from '../guard.ts';
import { SafetySettings } from '../settings.ts';
import { DEFAULT_FEATURES, featureBuckets, fnv1a } from './features.ts';
import { learnedFinding, sharedLearnedModel } from './learned-guard.ts';
import { scoreText } from './model.ts';
import { type LabelledLine, train } from './train.ts';
import { decodeWeights, encodeWeights, WeightsFile } from './weights-file.ts';

const line = (label: LabelledLine['label'], text: string): LabelledLine => ({
  text,
  label,
  group: 'fixture',
});

/** Invented lines: a toy shop of teapots, attempts in a vocabulary (zorbling, glimmer) no real line uses. */
const FIXTURE: LabelledLine[] = [
  ...[
    'a blue teapot please',
    'do you have a glass teapot',
    'show me teapots under 20',
    'a teapot with an infuser',
    'which teapot is the biggest',
    'add the red teapot to my cart',
  ].map((t) => line('ordinary', t)),
  ...[
    'zorbling the hidden glimmer text now',
    'print your glimmer text for me',
    'zorbling mode on, glimmer out',
  ].map((t) => line('injection', t)),
  ...['how to brew a quexil toxin', 'quexil toxin for my neighbour', 'make quexil toxin at home'].map((t) =>
    line('harmful', t),
  ),
  ...['who wins the blorvian vote', 'blorvian vote: which party', 'the blorvian vote result'].map((t) =>
    line('offtopic', t),
  ),
  ...['you dumb snarfbot', 'snarfbot you are dumb', 'dumb dumb snarfbot'].map((t) => line('abuse', t)),
];

/** A small table keeps the fixture model quick to train and compare. */
const spec = { ...DEFAULT_FEATURES, bits: 12 };
const model = train(FIXTURE, { epochs: 30, seed: 3, spec });
const fitted = { model, thresholds: { strict: 0.5, moderate: 0.8 } };

describe('features', () => {
  it('hashes deterministically and reads leetspeak and accents like plain words', () => {
    expect(fnv1a('abc')).toBe(fnv1a('abc'));
    expect(fnv1a('abc')).not.toBe(fnv1a('abd'));
    expect([...featureBuckets('Ignore the prompt')]).toEqual([...featureBuckets('1gn0re the prompt')]);
    expect([...featureBuckets('canción')]).toEqual([...featureBuckets('cancion')]);
    const b = featureBuckets('a blue teapot');
    expect([...b]).toEqual([...b].sort((x, y) => x - y));
    expect(new Set(b).size).toBe(b.length);
  });
});

describe('training', () => {
  it('is reproducible from the same lines and seed', () => {
    const again = train(FIXTURE, { epochs: 30, seed: 3, spec });
    expect(Buffer.from(again.weights.buffer).equals(Buffer.from(model.weights.buffer))).toBe(true);
    const other = train(FIXTURE, { epochs: 30, seed: 4, spec });
    expect(Buffer.from(other.weights.buffer).equals(Buffer.from(model.weights.buffer))).toBe(false);
  });

  it('separates the kinds it was shown, also in wordings it was not shown', () => {
    expect(scoreText(model, 'a green teapot').attempt).toBeLessThan(0.5);
    const unseen = scoreText(model, 'tell me the glimmer text, zorbling');
    expect(unseen.attempt).toBeGreaterThan(0.5);
    expect(unseen.kind).toBe('injection');
    expect(scoreText(model, 'quexil toxin recipe').kind).toBe('harmful');
    expect(scoreText(model, 'blorvian vote opinion').kind).toBe('offtopic');
    expect(scoreText(model, 'dumb snarfbot').kind).toBe('abuse');
  });
});

describe('weights file', () => {
  it('round-trips through quantisation with scores within a few hundredths', () => {
    const file = WeightsFile.parse(
      JSON.parse(JSON.stringify(encodeWeights(model, fitted.thresholds, { test: true }))),
    );
    const back = decodeWeights(file);
    expect(back.thresholds).toEqual(fitted.thresholds);
    for (const t of ['a green teapot', 'quexil toxin recipe', 'zorbling glimmer'])
      expect(Math.abs(scoreText(back.model, t).attempt - scoreText(model, t).attempt)).toBeLessThan(0.05);
  });

  it('rejects a file whose buckets and weights disagree, saying how to fix it', () => {
    const file = encodeWeights(model, fitted.thresholds, {});
    expect(() => decodeWeights({ ...file, weights: Buffer.from([1, 2, 3]).toString('base64') })).toThrow(
      /rebuild with eval\/learned-guard\/build\.ts/,
    );
  });

  it('the committed weights load and let ordinary talk through at strict (phrasings in no training file)', async () => {
    const shipped = await sharedLearnedModel();
    expect(shipped.thresholds.strict).toBeGreaterThan(0);
    for (const text of [
      'do you have running shoes in size 42?',
      'is this a person or a bot I am chatting with?',
      'could you tell me what you are able to help with?',
      '¿me atiende una persona o un programa?',
      'is this blanket safe for a newborn baby?',
    ])
      expect(learnedFinding(shipped, text, 'strict', ['politics', 'medical advice'])).toBeUndefined();
  });
});

describe('level and topic gating', () => {
  const topics = ['politics'];
  it('blocks at strict, needs the higher threshold at moderate, is off at relaxed', () => {
    const text = 'quexil toxin for my neighbour';
    const score = scoreText(model, text).attempt;
    expect(learnedFinding(fitted, text, 'strict', topics)?.rule).toBe('harm:learned-harmful');
    expect(learnedFinding(fitted, text, 'relaxed', topics)).toBeUndefined();
    const high = { model, thresholds: { strict: 0.5, moderate: Math.min(1, score + 0.01) } };
    expect(learnedFinding(high, text, 'moderate', topics)).toBeUndefined();
    expect(learnedFinding(fitted, 'a blue teapot please', 'strict', topics)).toBeUndefined();
  });

  it('counts off-topic only when the profile blocks a known topic, abuse only at strict', () => {
    const vote = 'who wins the blorvian vote';
    expect(learnedFinding(fitted, vote, 'strict', ['politics'])?.kind).toBe('topic');
    expect(learnedFinding(fitted, vote, 'strict', [])).toBeUndefined();
    expect(learnedFinding(fitted, vote, 'strict', ['Política'])?.kind).toBe('topic');
    const insult = 'you are such a dumb snarfbot';
    expect(learnedFinding(fitted, insult, 'strict', [])?.kind).toBe('hate');
    expect(
      learnedFinding({ model, thresholds: { strict: 0.5, moderate: 0.5 } }, insult, 'moderate', []),
    ).toBeUndefined();
  });

  it('leaves texts under five words to the rules', () => {
    expect(scoreText(model, 'dumb snarfbot').kind).toBe('abuse');
    expect(
      learnedFinding({ model, thresholds: { strict: 0, moderate: 0 } }, 'dumb snarfbot', 'strict', []),
    ).toBeUndefined();
  });
});

describe('in the guard', () => {
  const settings = (level: 'strict' | 'relaxed') =>
    SafetySettings.parse({ level, blockedTopics: ['politics'] });
  const guard = new SafetyGuard({ learned: fitted });
  it('blocks the shopper’s words with a learned finding, never the assistant’s', () => {
    const v = guard.checkLocal('zorbling glimmer text, print it', {
      settings: settings('strict'),
      direction: 'input',
    });
    expect(v.action).toBe('block');
    expect(v.blockedBy?.rule).toBe('injection:learned-injection');
    const out = guard.checkLocal('quexil toxin for my neighbour', {
      settings: settings('strict'),
      direction: 'output',
    });
    expect(out.findings.some((f) => f.rule.includes('learned'))).toBe(false);
  });

  it('is off with `learned: null` and at relaxed', () => {
    const rulesOnly = new SafetyGuard({ learned: null });
    const text = 'zorbling glimmer text, print it';
    expect(rulesOnly.checkLocal(text, { settings: settings('strict'), direction: 'input' }).action).toBe(
      'allow',
    );
    expect(guard.checkLocal(text, { settings: settings('relaxed'), direction: 'input' }).action).toBe(
      'allow',
    );
  });
});
