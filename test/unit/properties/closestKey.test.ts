import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { KeyFinder, closestKey } from '../../../src/core/draft/closestKey';
import { options } from './arbitraries';
import { closestKeyReference } from './reference';

/** Keys from a small alphabet, so that many are close to each other; lengths 0 to 24. */
const key = fc.stringMatching(/^[abcé0-9_-]{0,24}$/);

/** A key made from another by a few edits: the case that "did you mean" is for. */
const edited = (from: string) =>
  fc.array(fc.tuple(fc.nat(30), fc.constantFrom('', 'a', 'b', '-', 'É', 'z')), { maxLength: 4 }).map((edits) => {
    let k = from;
    for (const [at, put] of edits) {
      const i = at % (k.length + 1);
      k = k.slice(0, i) + put + k.slice(i + (put === 'z' ? 0 : 1));
    }
    return k;
  });

describe('properties: did-you-mean keys', () => {
  it('the bigram-indexed finder answers exactly as comparing the key with every known key', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }).chain((ids) => fc.tuple(fc.constant(ids), ids.length ? fc.oneof(key, fc.constantFrom(...ids).chain(edited)) : key)), ([ids, typed]) => {
        assert.equal(new KeyFinder(ids).closest(typed), closestKeyReference(typed, ids));
      }),
      options(2000),
    );
  });

  it('one finder answers many keys as fresh ones do (its counts are reset between questions)', () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 40 }), fc.array(key, { maxLength: 20 }), (ids, typed) => {
        const finder = new KeyFinder(ids);
        for (const t of typed) assert.equal(finder.closest(t), closestKey(t, ids));
      }),
      options(500),
    );
  });
});
