import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { sentencesOf, withVerdicts } from '../../../src/core/draft/analyseBlock';
import { answerAnalysisJob, packSentences, unpackSentences } from '../../../src/core/draft/analysisJob';
import { parseDraft } from '../../../src/core/draft/blocks';
import { detectClaim, type Sensitivity } from '../../../src/core/draft/claims';
import { draft, options, soup, text } from './arbitraries';

const cited = fc.array(fc.oneof(draft, soup(10), fc.constantFrom(' [@a]', ' [@piege, p. 3]', ' @qag-1400', ' [voir @a; @b]', '[^1]', '\n\n[^1]: Source [@a].\n', ' [lien](corpus/a.md)', ' « les mots exacts » ', ' 12 %', ' le 15 novembre 2019', '\n\n| a [@a] | 3 % |\n| --- | --- |\n')), { maxLength: 10 }).map((a) => a.join(''));

/** The sentence's own words, the plain way: citations and footnote calls blanked, then link targets. */
function ownWords(prose: string, start: number, end: number, spans: { start: number; end: number }[]): string {
  const chars = prose.slice(start, end).split(''); // code units: offsets stay exact
  for (const span of spans) for (let i = Math.max(span.start, start); i < Math.min(span.end, end); i++) chars[i - start] = ' ';
  return chars.join('').replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length));
}

describe('properties: analysing blocks in another thread', () => {
  it('packed and unpacked, the sentences of every block are what this thread finds', () => {
    fc.assert(
      fc.property(fc.oneof(cited, text), fc.constantFrom('fr', 'en'), (t, language) => {
        const { blocks, prose } = parseDraft(t);
        const here = blocks.map((b) => sentencesOf(t, prose, b, language));
        assert.deepEqual([...unpackSentences(packSentences(here))], here);
        assert.deepEqual([...unpackSentences(answerAnalysisJob({ id: 1, text: t, prose, blocks, language }).sentences)], here);
      }),
      options(300),
    );
  });

  it('a verdict is that of the sentence\'s own words, however the sentence was found', () => {
    fc.assert(
      fc.property(cited, fc.constantFrom<Sensitivity[]>('low', 'medium', 'high'), (t, sensitivity) => {
        const { blocks, prose } = parseDraft(t);
        for (const b of blocks) {
          const data = [...unpackSentences(packSentences([sentencesOf(t, prose, b, 'fr')]))][0];
          withVerdicts(data, prose, b, sensitivity).sentences.forEach((s, i) => {
            const spans = [...data[i].keys.map((k) => k.group ?? k), ...data[i].calls].map((x) => ({ start: b.start + x.start, end: b.start + x.end }));
            assert.deepEqual(s.verdict, detectClaim(ownWords(prose, b.start + s.start, b.start + s.end, spans), b.heading, sensitivity));
          });
        }
      }),
      options(200),
    );
  });
});
