import { expect, it } from 'vitest';
import { Fifo } from './fifo.ts';

it('keeps FIFO order across compactions and retain', () => {
  const q = new Fifo<number>();
  for (let i = 0; i < 5000; i++) q.push(i);
  const out: number[] = [];
  for (let i = 0; i < 3000; i++) out.push(q.shift()!);
  expect(out.slice(0, 3)).toEqual([0, 1, 2]);
  expect(out.at(-1)).toBe(2999);
  expect(q.length).toBe(2000);
  q.retain((n) => n % 2 === 0);
  expect(q.length).toBe(1000);
  expect(q.shift()).toBe(3000);
  expect(q.shift()).toBe(3002);
  q.clear();
  expect(q.shift()).toBeUndefined();
  expect(q.length).toBe(0);
});
