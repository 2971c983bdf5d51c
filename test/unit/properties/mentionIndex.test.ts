import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { SourceDocument } from '../../../src/core/corpus/document';
import { Glossary } from '../../../src/core/glossary/glossary';
import { MentionIndex } from '../../../src/core/glossary/mentionIndex';
import { parseGlossary } from '../../../src/core/glossary/parseGlossary';
import { options } from './arbitraries';

const glossary = new Glossary([parseGlossary('glossary.yaml', 'version: 1\nentries:\n  otan: {name: OTAN}\n  onu: {name: ONU}\n  ue: {name: Union européenne}\n')]);

describe('properties: sources that mention an entry', () => {
  it('summaryOf gives the count and the first sources of sourcesOf, whatever the dates, counts and order of the sources', () => {
    const source = fc.record({
      date: fc.option(fc.constantFrom('2019-01-01', '2019-06-30', '2020-03-12', '2021-11-05'), { nil: null }),
      text: fc.array(fc.constantFrom('OTAN', 'ONU', 'Union européenne', 'et'), { maxLength: 8 }).map((w) => w.join(' . ')),
    });
    fc.assert(
      fc.property(fc.array(source, { maxLength: 30 }), fc.array(fc.nat(29), { maxLength: 5 }), fc.integer({ min: 1, max: 5 }), (sources, removed, n) => {
        const mentions = new MentionIndex();
        sources.forEach((s, i) => {
          const doc = { id: `s${i}`, path: `corpus/s${i}.md`, title: `S${i}`, date: s.date } as SourceDocument;
          mentions.set({ key: doc.path, rootName: 'ws', doc }, s.text, glossary.matcher);
        });
        const check = () => {
          for (const entry of ['otan', 'onu', 'ue', 'absent']) {
            const summary = mentions.summaryOf(entry, n); // before sourcesOf sorts and keeps the list
            assert.deepEqual(mentions.summaryOf(entry, n), summary, 'the kept summary');
            const all = mentions.sourcesOf(entry);
            assert.deepEqual(summary, { count: all.length, first: all.slice(0, n) });
            assert.deepEqual(mentions.summaryOf(entry, n), summary, 'from the kept list too');
          }
        };
        for (const i of removed) mentions.delete(`corpus/s${i}.md`);
        check();
        // A source changes, another comes: what was kept is dropped.
        if (sources.length > 0) mentions.set({ key: 'corpus/s0.md', rootName: 'ws', doc: { id: 's0', path: 'corpus/s0.md', title: 'S0', date: '2022-01-01' } as SourceDocument }, 'OTAN ONU', glossary.matcher);
        mentions.set({ key: 'corpus/new.md', rootName: 'ws', doc: { id: 'new', path: 'corpus/new.md', title: 'New', date: '2018-01-01' } as SourceDocument }, 'Union européenne', glossary.matcher);
        check();
      }),
      options(),
    );
  });
});
