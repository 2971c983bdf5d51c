import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { DEFAULT_LINT_OPTIONS, LINT_CODES, LintCache, draftSentences, lintDraft, type SourceResolver } from '../../../src/core/draft/lint';
import { assertOrderedDisjoint, assertSpansWithin, draft, options, soup, text } from './arbitraries';

/** A corpus of three sources with arbitrary texts; ids the drafts may cite, or not. */
function resolver(texts: string[]): SourceResolver {
  const ids = ['a', 'piege', 'qag-1400'];
  return {
    ids: () => ids,
    has: (id) => ids.includes(id),
    idForLink: (target) => (target === 'corpus/a.md' ? 'a' : undefined),
    text: async (id) => texts[ids.indexOf(id)],
    identity: () => ids,
  };
}

const cited = fc.array(fc.oneof(draft, soup(10), fc.constantFrom(' [@a]', ' [@piege, p. 3]', ' @qag-1400', ' [@inconnu]', ' [voir @a; @b]', '[^1]', '\n\n[^1]: Source [@a].\n', ' [lien](corpus/a.md)', ' « les mots exacts du texte » ', ' 12 %', ' le 15 novembre 2019')), { maxLength: 8 }).map((a) => a.join(''));

describe('properties: checking a whole draft', () => {
  it('lintDraft never throws; every diagnostic covers a sentence of the draft, and its target lies within it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(cited, text), fc.array(fc.oneof(text, soup(40)), { minLength: 3, maxLength: 3 }), fc.constantFrom('sentence', 'paragraph'), async (t, texts, scope) => {
        const found = await lintDraft(t, resolver(texts), { ...DEFAULT_LINT_OPTIONS, scope });
        assertSpansWithin(found, 0, t.length, 'diagnostic');
        for (const d of found) {
          assert.ok((LINT_CODES as readonly string[]).includes(d.code));
          if (d.target) {
            assert.ok(d.start <= d.target.start && d.target.end <= d.end, 'target within its sentence');
            assert.ok(d.target.start <= d.target.end);
          }
        }
        assert.deepEqual(await lintDraft(t, resolver(texts), { ...DEFAULT_LINT_OPTIONS, scope }), found, 'deterministic');
      }),
      options(100),
    );
  });

  it('a check after edits, with the cache the editor keeps, finds exactly what a fresh check finds', async () => {
    const typing = fc.record({ at: fc.nat(), remove: fc.nat(4), insert: fc.constantFrom('', 'x', 'é', ' ', ' 42 %', '.', ' [@a]', ' « mot »', '\n\n', '# ', '- ', '`') });
    await fc.assert(
      fc.asyncProperty(cited, fc.array(typing, { minLength: 1, maxLength: 6 }), fc.constantFrom('sentence', 'paragraph'), async (original, edits, scope) => {
        const texts = ['Le texte de la source a : les mots exacts du texte, 12 %, le 15 novembre 2019.', 'piège', ''];
        const cache = new LintCache();
        const opts = { ...DEFAULT_LINT_OPTIONS, scope } as const;
        const kept = resolver(texts); // the editor keeps one resolver while the corpus is unchanged
        let t = original;
        await lintDraft(t, kept, opts, cache);
        for (const e of edits) {
          const at = e.at % (t.length + 1);
          t = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.remove));
          assert.deepEqual(await lintDraft(t, kept, opts, cache), await lintDraft(t, resolver(texts), opts, new LintCache()));
        }
      }),
      options(150),
    );
  });

  it('draftSentences never throws; sentences and their keys stand in order within the draft', () => {
    fc.assert(
      fc.property(fc.oneof(cited, text), (t) => {
        const sentences = draftSentences(t);
        assertSpansWithin(sentences, 0, t.length, 'sentence');
        assertOrderedDisjoint(sentences, 'sentences');
        for (const s of sentences) assertSpansWithin(s.keys, s.start, s.end, 'key');
      }),
      options(),
    );
  });
});
