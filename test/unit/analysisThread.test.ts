import * as assert from 'node:assert/strict';
import { analyseBlock } from '../../src/core/draft/analyseBlock';
import { AnalysisThread } from '../../src/core/draft/analysisThread';
import { parseDraft } from '../../src/core/draft/blocks';
import { DEFAULT_LINT_OPTIONS, LintCache, lintDraft, type SourceResolver } from '../../src/core/draft/lint';

/** A long draft: cited and uncited sentences, quotes, numbers, footnotes, links, a heading. */
function longDraft(paragraphs: number): string {
  const out = ['---', 'dossier: brief', '---', '', '# Contexte', ''];
  for (let i = 0; i < paragraphs; i++) {
    out.push(
      i % 3 === 0
        ? `Le Conseil a adopté ${i} mesures le 12 mars 2021 [@source-${i % 7}]. Selon le ministre, « la coopération est essentielle à la sécurité » [^${i}].`
        : `La Russie a bloqué le rapport final en ${1990 + (i % 30)}. Voir [le communiqué](corpus/source-${i % 5}.txt). Nous recommandons de poursuivre.`,
      '',
    );
    if (i % 3 === 0) out.push(`[^${i}]: Voir [@source-${i % 4}].`, '');
  }
  return out.join('\n');
}

const resolver: SourceResolver = {
  ids: () => ['source-0', 'source-1', 'source-2'],
  has: (id) => ['source-0', 'source-1', 'source-2'].includes(id),
  idForLink: (target) => (target === 'corpus/source-1.txt' ? 'source-1' : undefined),
  text: async () => 'Le Conseil a adopté 0 mesures le 12 mars 2021. « La coopération est essentielle à la sécurité. »',
};

describe('the analysis thread', () => {
  it('analyses blocks as this thread does, verdicts included (judged here when asked)', async () => {
    const thread = new AnalysisThread();
    try {
      const text = longDraft(30);
      const { blocks, prose } = parseDraft(text);
      const options = { language: 'fr', sensitivity: 'medium' as const };
      const there = await thread.analyse(text, prose, blocks, options);
      assert.ok(there, 'the thread answered (the script is beside the engine)');
      const here = blocks.map((b) => analyseBlock(text, prose, b, options));
      // Compared as data, every verdict asked for.
      assert.deepEqual(JSON.parse(JSON.stringify(there)), JSON.parse(JSON.stringify(here)));
    } finally {
      await thread.dispose();
    }
  });

  it('a first check of a long draft, in two threads, finds what a check in one thread finds', async () => {
    const text = longDraft(500);
    const found = await lintDraft(text, resolver, DEFAULT_LINT_OPTIONS, new LintCache());
    assert.ok(found.some((d) => d.code === 'uncited-claim') && found.some((d) => d.code === 'unknown-source'));
    // A cache that has the blocks already analyses nothing anew, in one thread: the same findings.
    const cache = new LintCache();
    await lintDraft(text, resolver, DEFAULT_LINT_OPTIONS, cache);
    assert.deepEqual(await lintDraft(text, resolver, DEFAULT_LINT_OPTIONS, cache), found);
  });

  it('without its script, a thread answers nothing, and the caller analyses the blocks itself', async () => {
    const thread = new AnalysisThread('/nowhere/analysisWorker.js');
    assert.equal(thread.available, false);
    assert.equal(await thread.analyse('a', 'a', [], { language: 'fr', sensitivity: 'medium' }), undefined);
  });
});
