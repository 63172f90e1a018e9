import { describe, expect, it } from 'vitest';
import { askedOffer, askedRenting, figuresOf, holdsAnswer, questionKind } from './question-kind.ts';

describe('askedOffer', () => {
  it('reads what the shopper asks the shop to offer, without fillers, conditions or purposes', () => {
    expect(askedOffer('Do you sell water beds?')).toBe('water beds');
    expect(askedOffer('do you guys offer a student discount')).toBe('a student discount');
    expect(askedOffer('do you have any kind of payment plan?')).toBe('payment plan');
    expect(askedOffer('do you give a discount if I buy two guitars')).toBe('a discount');
    expect(askedOffer('do you make cases that fit a cello')).toBe('cases');
    expect(askedOffer('¿Tenéis descuento para estudiantes?')).toBe('descuento');
    expect(askedOffer('¿alquiláis violines?')).toBe('violines');
    // "Is there …" followed by the thing alone, in two or three words; not a question about one.
    expect(askedOffer('is there a student discount')).toBe('student discount');
    expect(askedOffer('¿hay programa de fidelidad?')).toBe('programa de fidelidad');
    expect(askedOffer('is there a minimum')).toBeUndefined();
    expect(askedOffer('is there a limit on how many miles I can drive')).toBeUndefined();
    expect(askedOffer("is there a smallest order you'll take?")).toBeUndefined();
  });

  it("reads a Spanish question's machine English, which drops the 'do' and the subject", () => {
    expect(askedOffer('They sell beds of water?')).toBe('beds of water');
    expect(askedOffer('Have discount for students?')).toBe('discount');
  });

  it('is undefined for other questions, and for "do you do" inside a question', () => {
    expect(askedOffer('how long does delivery take?')).toBeUndefined();
    expect(askedOffer('what do you do with the old piano after you pick it up')).toBeUndefined();
    expect(askedOffer('can I return opened strings?')).toBeUndefined();
    expect(askedOffer('do I have to be home for the delivery?')).toBeUndefined();
    expect(askedOffer('does it have a warranty?')).toBeUndefined();
  });
});

describe('questionKind', () => {
  it('reads "what hours" and "what days" as asking for a time', () => {
    expect(questionKind('what hours can wine be dropped off?')).toBe('duration');
    expect(questionKind('which days are you open')).toBe('duration');
    expect(questionKind('¿qué horario tienen los sábados?')).toBe('duration');
  });
});

describe('questionKind: measures before times', () => {
  it('reads a measure asked with a "when" or "how long is" as a size, not a duration', () => {
    expect(questionKind('how big is the tent when it is packed')).toBe('size');
    expect(questionKind('how long is the corner sofa')).toBe('size');
    expect(questionKind('how heavy is the treadmill')).toBe('size');
    expect(questionKind('how much does it weigh')).toBe('size');
    expect(questionKind('¿cuánto pesa la bicicleta?')).toBe('size');
  });

  it('keeps "how long is" a duration when a time is what is asked', () => {
    expect(questionKind('how long is the trial period')).toBe('duration');
    expect(questionKind('how long is the plumber going to stay')).toBe('duration');
    expect(questionKind('how long does assembly take')).toBe('duration');
    expect(questionKind('how much is the assembly')).toBe('price');
  });
});

describe('holdsAnswer', () => {
  it('reads a weight as a measure', () => {
    expect(holdsAnswer('size', 'The frame weighs 45 pounds.')).toBe(true);
    expect(holdsAnswer('size', 'Pesa unos 20 kg.')).toBe(true);
  });

  it('reads a price written with the currency sign before or after the figure', () => {
    expect(holdsAnswer('price', 'Los violines se alquilan por 25 €.')).toBe(true);
    expect(holdsAnswer('price', 'Violins are rented for €25 a month.')).toBe(true);
    expect(holdsAnswer('price', 'Rentals last 12 months.')).toBe(false);
  });

  it('reads a fee stated as a share of the price as a price, not any percentage', () => {
    expect(holdsAnswer('price', 'Next-day work carries a rush fee of 50% of the price.')).toBe(true);
    expect(holdsAnswer('price', 'Se aplica un recargo del 20 % en pedidos urgentes.')).toBe(true);
    expect(holdsAnswer('price', '90% of repairs are ready within a week.')).toBe(false);
  });
});

describe('askedRenting', () => {
  it('reads renting or hiring as what is asked, in English, Spanish and its machine English', () => {
    expect(askedRenting('do you rent wedding dresses')).toBe('rent');
    expect(askedRenting('can I rent one of your kilns for a weekend')).toBe('rent');
    expect(askedRenting('are you hiring mechanics')).toBe('hir');
    expect(askedRenting('¿rentan sillas y mesas para fiestas?')).toBe('rent');
    expect(askedRenting('¿alquiláis violines?')).toBe('alquil');
    expect(askedRenting('Rent chairs and tables for parties?')).toBe('rent');
  });

  it('is undefined for selling or having, other questions, and the shopper’s own renting', () => {
    expect(askedRenting('do you sell water beds')).toBeUndefined();
    expect(askedRenting('how much to rent a tux')).toBeUndefined();
    expect(askedRenting('we rent bikes to tourists, what do we do about warranty')).toBeUndefined();
  });
});

describe('temperature and size questions, and figures said in words', () => {
  it('reads a question wanting degrees or a measure, in English and Spanish', () => {
    expect(questionKind('how warm does the pool water stay')).toBe('temperature');
    expect(questionKind('¿a qué temperatura llega el horno?')).toBe('temperature');
    expect(questionKind('how big is the tent once it is packed')).toBe('size');
    expect(questionKind('¿cuánto espacio necesita la mesa?')).toBe('size');
    // A yes/no question naming a temperature is still yes/no.
    expect(questionKind('is the temperature of the oven adjustable')).toBe('yesno');
  });

  it('finds degrees and measures only where a passage states them', () => {
    expect(holdsAnswer('temperature', 'The kiln fires to 1,200 °C in about eight hours.')).toBe(true);
    expect(holdsAnswer('temperature', 'Keep it between 10 and 25 degrees.')).toBe(true);
    expect(holdsAnswer('temperature', 'The kiln ships within 3 days.')).toBe(false);
    expect(holdsAnswer('size', 'The rug measures 5 by 8 feet.')).toBe(true);
    expect(holdsAnswer('size', 'La mesa mide 120 cm de largo.')).toBe(true);
    expect(holdsAnswer('size', 'The rug costs $90.')).toBe(false);
  });

  it('reads a figure said in words as its digits, so "two to four weeks" is a duration', () => {
    expect(figuresOf('arrives in two to four weeks')).toBe('arrives in 2 to 4 weeks');
    expect(figuresOf('the bench seats three adults')).toBe('the bench seats 3 adults');
    expect(holdsAnswer('duration', 'Orders arrive in two to four weeks.')).toBe(true);
    expect(holdsAnswer('duration', 'Entregamos en tres semanas.')).toBe(true);
    expect(holdsAnswer('count', 'The tent sleeps five people.')).toBe(true);
    // A word that is no figure there stays ("pick one", "once a year").
    expect(figuresOf('pick one')).toBe('pick one');
    expect(holdsAnswer('duration', 'Oil the hinges once a year.')).toBe(false);
  });
});

describe('questionKind: which or what after a statement', () => {
  it('is no yes/no question when the asking clause asks which or what', () => {
    expect(questionKind('my son is 4, which class would he go in')).not.toBe('yesno');
    expect(questionKind('the box showed up smashed, what do I do')).not.toBe('yesno');
    expect(questionKind('I opened a pack and they look yellow, can I send them back')).toBe('yesno');
  });
});

describe('askedOffer: a repair service asked for', () => {
  it('reads what the shopper asks the shop to repair, in English, Spanish and its machine English', () => {
    expect(askedOffer('do you repair sewing machines')).toBe('sewing machines');
    expect(askedOffer('¿reparan máquinas de coser?')).toBe('maquinas de coser');
    expect(askedOffer('Repair sewing machines?')).toBe('sewing machines');
    expect(askedOffer('¿arregláis bicis eléctricas?')).toBe('bicis electricas');
  });
});
