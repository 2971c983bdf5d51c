import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { CUE_WEIGHTS, SIGNAL_WEIGHTS, THRESHOLDS, claimWords, detectClaim, namedIn, type Sensitivity } from '../../../src/core/draft/claims';
import { options, soup, text } from './arbitraries';
import { claimWordsReference, namedReference } from './reference';

const sensitivity = fc.constantFrom<Sensitivity>('low', 'medium', 'high');
const heading = fc.oneof(fc.constantFrom('', 'Contexte', 'Recommandations', 'Next steps', 'Analyse'), soup(4));

describe('properties: claim detection', () => {
  it('detectClaim never throws and explains its verdict: known signals and cues, a score that adds up', () => {
    fc.assert(
      fc.property(fc.oneof(text, soup(60)), heading, sensitivity, (t, h, level) => {
        const v = detectClaim(t, h, level);
        assert.equal(new Set(v.signals).size, v.signals.length, 'each signal once');
        assert.ok(v.signals.every((s) => s in SIGNAL_WEIGHTS));
        assert.ok((v.cues ?? []).every((c) => c in CUE_WEIGHTS));
        let expected = v.signals.filter((s) => s !== 'named-actor').reduce((n, s) => n + SIGNAL_WEIGHTS[s], 0) + (v.cues ?? []).reduce((n, c) => n + CUE_WEIGHTS[c], 0);
        if (v.signals.includes('named-actor')) assert.ok([expected + 1, expected + 2].includes(v.score), `score ${v.score}`);
        else assert.equal(v.score, expected);
        expected = v.score;
        assert.equal(v.claim, v.exempt === undefined && expected >= THRESHOLDS[level]);
        assert.deepEqual(detectClaim(t, h, level), v, 'deterministic');
      }),
      options(),
    );
  });

  it('a sentence that is a claim at a low sensitivity is one at every higher sensitivity', () => {
    fc.assert(
      fc.property(fc.oneof(text, soup(60)), heading, (t, h) => {
        const [low, medium, high] = (['low', 'medium', 'high'] as const).map((l) => detectClaim(t, h, l).claim);
        assert.ok(!low || medium, 'low ⇒ medium');
        assert.ok(!medium || high, 'medium ⇒ high');
      }),
      options(),
    );
  });

  it('a question, and anything under a Recommandations heading, is never a claim', () => {
    fc.assert(
      fc.property(soup(40), (t) => {
        assert.equal(detectClaim(`${t} ?`, '', 'high').claim, false);
        assert.equal(detectClaim(t, 'Recommandations', 'high').claim, false);
      }),
      options(),
    );
  });

  it('reads the same words as the expression it replaced (table of letters, elisions split)', () => {
    fc.assert(
      fc.property(fc.oneof(text, soup(60)), (t) => assert.deepEqual(claimWords(t), claimWordsReference(t))),
      options(),
    );
  });

  it('finds the same capitalised words and acronyms as the global expression it replaced', () => {
    fc.assert(
      fc.property(fc.oneof(text, soup(60)), (t) => assert.deepEqual([...namedIn(t)], namedReference(t))),
      options(),
    );
  });
});
