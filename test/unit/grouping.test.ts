import * as assert from 'node:assert/strict';
import type { SourceDocument } from '../../src/core/corpus/document';
import { isEmptyFilter, matchesMetadata, parseFilter } from '../../src/core/corpus/filter';
import { groupSources, type SourceEntry, type TreeNode } from '../../src/core/corpus/grouping';

function entry(path: string, title: string, date: string | null, kind: string, language: 'fr' | 'en' = 'fr', rootName = 'ws'): SourceEntry {
  const doc: SourceDocument = {
    id: path.replace(/^.*\//, '').replace(/\.\w+$/, ''), path, title, date, kind, language, publisher: null, author: null,
    words: 10, inferred: [], excerpt: '', passages: [], encoding: 'utf-8', problems: [],
  };
  return { rootName, doc };
}

/** A tree as lines: groups as "value (count)", sources by title, indented by depth. */
function outline(nodes: TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) =>
    n.type === 'group'
      ? [`${'  '.repeat(depth)}${n.facet}:${n.value} (${n.count})`, ...outline(n.children, depth + 1)]
      : [`${'  '.repeat(depth)}${n.entry.doc.title}`],
  );
}

const ENTRIES = [
  entry('corpus/qag.txt', 'Question Appel de Paris', '2018-11-15', 'parliamentary-question'),
  entry('corpus/nato/pledge.md', 'Cyber Defence Pledge', '2019-05-23', 'press-article', 'en'),
  entry('corpus/communique.txt', 'Communiqué Tallinn', '2019-10-15', 'press-release'),
  entry('corpus/article.txt', 'Article sans date', null, 'press-article'),
  entry('corpus/nato/speech.md', 'Statement at the UNSC', '2021-06-29', 'speech', 'en'),
  entry('corpus/memo.txt', 'Note interne', '2019-10-02', 'memo'),
];

describe('grouping the Sources view', () => {
  it('by kind: known kinds in their order, unknown kinds before "other", newest first inside', () => {
    assert.deepEqual(outline(groupSources(ENTRIES, 'kind')), [
      'kind:parliamentary-question (1)', '  Question Appel de Paris',
      'kind:press-article (2)', '  Cyber Defence Pledge', '  Article sans date',
      'kind:press-release (1)', '  Communiqué Tallinn',
      'kind:speech (1)', '  Statement at the UNSC',
      'kind:memo (1)', '  Note interne',
    ]);
  });

  it('by date: years then months, newest first, undated last', () => {
    assert.deepEqual(outline(groupSources(ENTRIES, 'date')), [
      'year:2021 (1)', '  month:2021-06 (1)', '    Statement at the UNSC',
      'year:2019 (3)', '  month:2019-10 (2)', '    Communiqué Tallinn', '    Note interne', '  month:2019-05 (1)', '    Cyber Defence Pledge',
      'year:2018 (1)', '  month:2018-11 (1)', '    Question Appel de Paris',
      'undated: (1)', '  Article sans date',
    ]);
  });

  it('by folder: folders as in the Explorer, with the workspace folder on top in multi-root', () => {
    assert.deepEqual(outline(groupSources(ENTRIES.slice(0, 3), 'folder')), [
      'folder:corpus (3)', '  folder:nato (1)', '    Cyber Defence Pledge', '  Communiqué Tallinn', '  Question Appel de Paris',
    ]);
    const multi = [entry('corpus/a.txt', 'A', null, 'other', 'fr', 'one'), entry('corpus/b.txt', 'B', null, 'other', 'fr', 'two')];
    assert.deepEqual(outline(groupSources(multi, 'folder', true)), [
      'folder:one (1)', '  folder:corpus (1)', '    A', 'folder:two (1)', '  folder:corpus (1)', '    B',
    ]);
  });

  it('gives every group an id unique in its tree', () => {
    const ids: string[] = [];
    const walk = (nodes: TreeNode[]) => nodes.forEach((n) => n.type === 'group' && (ids.push(n.id), walk(n.children)));
    for (const g of ['kind', 'date', 'folder'] as const) walk(groupSources(ENTRIES, g));
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('the Sources filter', () => {
  it('separates metadata terms from words', () => {
    assert.deepEqual(parseFilter('  cyber kind:press-article year:2018-2019 lang:en  otan '), {
      words: 'cyber otan', kinds: ['press-article'], years: [{ from: 2018, to: 2019 }], languages: ['en'],
    });
    assert.ok(isEmptyFilter(parseFilter('   ')));
  });

  it('keeps the sources whose metadata pass every term', () => {
    const pass = (text: string) => ENTRIES.filter((e) => matchesMetadata(parseFilter(text), e.doc)).map((e) => e.doc.title);
    assert.deepEqual(pass('kind:press'), ['Cyber Defence Pledge', 'Communiqué Tallinn', 'Article sans date']);
    assert.deepEqual(pass('year:2019 lang:fr'), ['Communiqué Tallinn', 'Note interne']);
    assert.deepEqual(pass('year:2020-2030'), ['Statement at the UNSC']);
    assert.deepEqual(pass('kind:speech,report'), ['Statement at the UNSC']);
  });
});
