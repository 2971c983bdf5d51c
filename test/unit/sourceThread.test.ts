import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sentencesOf } from '../../src/core/draft/analyseBlock';
import { unpackSentences } from '../../src/core/draft/analysisJob';
import { MIN_QUESTIONS } from '../../src/core/draft/askSources';
import { parseDraft } from '../../src/core/draft/blocks';
import { MIN_THREAD_CHARS, threadShare } from '../../src/core/draft/blockAnalyser';
import type { Block } from '../../src/core/draft/blocks';
import { DEFAULT_LINT_OPTIONS, LintCache, lintDraft, type SourceResolver } from '../../src/core/draft/lint';
import { CheckMemory, type SourceQuestions } from '../../src/core/draft/sourceQuestions';
import { SourceFacts } from '../../src/core/draft/sourceChecks';
import { SourceThread } from '../../src/core/draft/sourceThread';
import { REPO } from './paths';

/** Sources that hold some of the draft's quotations and numbers, and miss others. */
const TEXTS: Record<string, string> = {
  'conseil-2021': 'Le Conseil a adopté 12 mesures le 12 mars 2021. Le ministre a déclaré : « La coopération est essentielle à la sécurité. » Le budget atteint 1 000 millions.',
  'otan-2019': 'Brussels, 4 December 2019. The Alliance agreed that "cyber defence is part of collective defence" and counted 29 members.',
  'note-2020': 'Paris, le 15 novembre 2020. La délégation compte 45 diplomates, selon le communiqué.',
};

/** A long draft: cited sentences with quotations and numbers (found or not), uncited claims, a footnote, a link, typos in keys. */
function longDraft(paragraphs: number): string {
  const out = ['---', 'dossier: brief', '---', '', '# Contexte', ''];
  for (let i = 0; i < paragraphs; i++) {
    const n = [12, 13, 1000, 29, 45, 46][i % 6];
    out.push(
      i % 4 === 0
        ? `Le Conseil a adopté ${n} mesures le 12 mars 2021 [@conseil-2021]. Selon le ministre, « la coopération est essentielle à la sécurité » [^${i}].`
        : i % 4 === 1
          ? `The Alliance said that "cyber defence is part of ${i % 3 ? 'collective' : 'national'} defence" with ${n} members [@otan-2019; @otan-2091].`
          : i % 4 === 2
            ? `La délégation compte ${n} diplomates le 15 novembre 2020, selon [le communiqué](corpus/note-2020.txt). La Russie a bloqué le rapport final en ${1990 + (i % 30)}.`
            : `Le ministre a affirmé en ${2000 + (i % 20)} que « la paix est un processus long et coûteux » [@note-2020].`,
      '',
    );
    if (i % 4 === 0) out.push(`[^${i}]: Voir [@conseil-202${i % 2}].`, '');
  }
  return out.join('\n');
}

const resolver = (): SourceResolver => {
  const identity = {};
  return {
    ids: () => Object.keys(TEXTS),
    has: (id) => id in TEXTS,
    idForLink: (target) => (target === 'corpus/note-2020.txt' ? 'note-2020' : undefined),
    text: async (id) => TEXTS[id],
    identity: () => identity,
  };
};

/** A thread whose requests are counted: blocks to analyse, and questions of the sources. */
function countedThread(script?: string): { thread: SourceThread; analysed: () => number; asked: () => number; jobs: Omit<SourceQuestions, 'id'>[] } {
  const thread = new SourceThread(script);
  let analysed = 0;
  const jobs: Omit<SourceQuestions, 'id'>[] = [];
  const analyse = thread.analyse.bind(thread);
  const ask = thread.ask.bind(thread);
  thread.analyse = (job) => {
    analysed++;
    return analyse(job);
  };
  thread.ask = (questions) => {
    jobs.push(questions);
    return ask(questions);
  };
  return { thread, analysed: () => analysed, asked: () => jobs.length, jobs };
}

/** Each question of a job, as "source id|quotation" and "source id#number". */
const questionsOf = (job: Omit<SourceQuestions, 'id'>): string[] => [
  ...job.quotes.map((q, i) => `${job.ids[job.quoteSources[i]]}|${q}`),
  ...job.numbers.map((n, i) => `${job.ids[job.numberSources[i]]}#${n}`),
];

describe('the source thread', () => {
  const text = longDraft(800);

  it('a long first check analyses blocks and asks the sources in the thread, and finds exactly what a check in one thread finds', async () => {
    assert.ok(text.length > MIN_THREAD_CHARS);
    const { thread, analysed, asked, jobs } = countedThread();
    try {
      for (const scope of ['sentence', 'paragraph'] as const) {
        const options = { ...DEFAULT_LINT_OPTIONS, scope };
        const here = await lintDraft(text, resolver(), options, new LintCache(), null);
        const codes = new Set(here.map((d) => d.code));
        assert.deepEqual([...codes].sort(), ['number-not-in-source', 'quote-not-in-source', 'uncited-claim', 'unknown-source'], 'the draft has every kind of finding');
        assert.deepEqual(await lintDraft(text, resolver(), options, new LintCache(), thread), here);
      }
      assert.equal(analysed(), 2, 'the thread analysed blocks, once a check');
      assert.equal(asked(), 4, 'the thread was asked twice a check: about the blocks analysed here, then the others');
      for (const [first, second] of [jobs.slice(0, 2), jobs.slice(2, 4)]) {
        const asked = [...questionsOf(first), ...questionsOf(second)];
        assert.ok(questionsOf(first).length > 0 && questionsOf(second).length > 0);
        assert.equal(new Set(asked).size, asked.length, 'no question asked twice');
      }
    } finally {
      await thread.dispose();
    }
  });

  it('the thread takes the last half of the characters still to analyse, and nothing of a short draft', () => {
    const blocks = (sizes: number[]): Block[] => {
      let at = 0;
      return sizes.map((n) => ({ start: at, end: (at += n), kind: 'paragraph', heading: '' }));
    };
    const tenths = blocks(Array.from({ length: 10 }, () => MIN_THREAD_CHARS / 5));
    assert.equal(threadShare(tenths, []), 5, 'half of ten equal blocks');
    // Blocks known from the last check count for nothing: of the six to analyse, the last three.
    const known = [true, true, true, true, false, false, false, false, false, false];
    assert.equal(threadShare(tenths, known), 7);
    assert.equal(threadShare(blocks([MIN_THREAD_CHARS - 2, 1]), []), 2, 'below the threshold, all here');
    assert.equal(threadShare(tenths, tenths.map((_, i) => i > 0)), 10, 'one block to analyse: here');
  });

  it('a short check asks nothing of the thread', async () => {
    const { thread, analysed, asked } = countedThread();
    try {
      const short = longDraft(8);
      assert.deepEqual(await lintDraft(short, resolver(), DEFAULT_LINT_OPTIONS, new LintCache(), thread), await lintDraft(short, resolver(), DEFAULT_LINT_OPTIONS, new LintCache(), null));
      assert.equal(analysed(), 0);
      assert.equal(asked(), 0);
      assert.ok(MIN_QUESTIONS > 8 * 3 && MIN_THREAD_CHARS > short.length);
    } finally {
      await thread.dispose();
    }
  });

  it('the answers kept in the cache serve the checks after an edit, as the check in one thread would', async () => {
    const thread = new SourceThread();
    try {
      const cache = new LintCache();
      const oneThread = new LintCache();
      const r = resolver();
      await lintDraft(text, r, DEFAULT_LINT_OPTIONS, cache, thread);
      await lintDraft(text, r, DEFAULT_LINT_OPTIONS, oneThread, null);
      const edited = text.replace('with 13 members', 'with 14 members').replace('Le Conseil a adopté 12 mesures', 'Le Conseil a adopté 99 mesures');
      assert.deepEqual(await lintDraft(edited, r, DEFAULT_LINT_OPTIONS, cache, thread), await lintDraft(edited, r, DEFAULT_LINT_OPTIONS, oneThread, null));
    } finally {
      await thread.dispose();
    }
  });

  it('without its script, or when the thread dies, the check answers everything itself, with the same findings', async () => {
    const expected = await lintDraft(text, resolver(), DEFAULT_LINT_OPTIONS, new LintCache(), null);
    const missing = new SourceThread('/nowhere/sourceWorker.js');
    assert.equal(missing.available, false);
    assert.deepEqual(await lintDraft(text, resolver(), DEFAULT_LINT_OPTIONS, new LintCache(), missing), expected);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-thread-'));
    const dying = join(dir, 'sourceWorker.js');
    writeFileSync(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));");
    const { thread, analysed, asked } = countedThread(dying);
    assert.deepEqual(await lintDraft(text, resolver(), DEFAULT_LINT_OPTIONS, new LintCache(), thread), expected);
    assert.equal(analysed(), 1, 'the thread was asked to analyse, and died');
    assert.ok(asked() <= 1, 'at most the first questions were sent before it died; all were answered here');
    assert.equal(thread.available, false, 'a dead thread is not asked again');
  });

  it('the bundled script (dist/sourceWorker.js, as the extension and the CLI start it) analyses and answers as this thread does', async () => {
    const thread = new SourceThread(join(REPO, 'dist', 'sourceWorker.js'));
    try {
      assert.ok(thread.available, 'npm run build makes dist/sourceWorker.js');
      const texts = Object.values(TEXTS);
      const questions = { check: 1, last: false, ids: Object.keys(TEXTS), texts, quoteSources: [0, 0, 1], quotes: ['la coopération est essentielle à la sécurité', 'la guerre est finie pour de bon', 'cyber defence is part of collective defence'], numberSources: [0, 0, 2, 2], numbers: ['1000', '13', '45', '2020-11-15'] };
      const answers = await thread.ask(questions);
      assert.ok(answers);
      assert.deepEqual([...answers.quotes], [1, 0, 1]);
      assert.deepEqual([...answers.numbers], [1, 0, 1, 1]);
      assert.deepEqual(answers, new CheckMemory().answer({ ...questions, id: answers.id }));
      const next = await thread.ask({ ...questions, quoteSources: [2, 2, 1], last: true });
      assert.deepEqual(next && [...next.quotes], [0, 0, 1], 'the next batch, of the same sources (facts kept), each of its own source');

      const { blocks, prose } = parseDraft(text);
      const analysed = await thread.analyse({ text, prose, blocks, language: 'fr' });
      assert.ok(analysed);
      assert.deepEqual([...unpackSentences(analysed.sentences)], blocks.map((b) => sentencesOf(text, prose, b, 'fr')));
    } finally {
      await thread.dispose();
    }
  });

  it('a check’s batches share the sources’ facts; another check, a changed text or the last batch starts afresh', () => {
    const made: string[] = [];
    const memory = new CheckMemory((t) => (made.push(t), new SourceFacts(t)));
    const ids = ['conseil-2021', 'note-2020'];
    const batch = (check: number, last = false, texts = ids.map((id) => TEXTS[id])) => ({ id: 0, check, last, ids, texts, quoteSources: [], quotes: [], numberSources: [0, 1], numbers: ['12', '45'] });
    const first = memory.answer(batch(1));
    assert.deepEqual([...first.numbers], [1, 1]);
    assert.equal(made.length, 2);
    const changed = 'Paris, le 15 novembre 2020. La délégation compte 46 diplomates.';
    const second = memory.answer(batch(1, false, [TEXTS['conseil-2021'], changed]));
    assert.equal(made.length, 3, 'the same text is not read again; the changed one is');
    assert.deepEqual([...second.numbers], [1, 0], 'the changed text answers');
    memory.answer(batch(2));
    assert.equal(made.length, 5, 'another check reads its sources');
    memory.answer(batch(2, true));
    assert.equal(made.length, 5);
    memory.answer(batch(2));
    assert.equal(made.length, 7, 'after the last batch of a check, nothing is kept');
  });
});
