import type { BlockAnalysis } from './analyseBlock';
import type { BlockCheck } from './lint';

/** What a sentence without any citation cites: one shared empty list, not one per sentence. */
const NONE: readonly string[] = [];

/**
 * What each sentence of a block cites itself (keys, footnotes, links), and what covers the
 * sentences that cite nothing: in paragraph scope, the citations of the block's last sentence.
 */
export function sentenceCites(analysis: BlockAnalysis, { resolver, options, footnoteCites }: Pick<BlockCheck, 'resolver' | 'options' | 'footnoteCites'>): { cites: readonly (readonly string[])[]; blockCites: readonly string[] } {
  const cites = analysis.sentences.map((s) => {
    if (s.keys.length === 0 && s.footnotes.length === 0 && s.links.length === 0) return NONE;
    const cited = new Set(s.keys.map((k) => k.key));
    for (const label of s.footnotes) for (const id of footnoteCites.get(label) ?? []) cited.add(id);
    for (const target of s.links) {
      const id = resolver.idForLink(target);
      if (id) cited.add(id);
    }
    return [...cited];
  });
  return { cites, blockCites: options.scope === 'paragraph' ? (cites[cites.length - 1] ?? NONE) : NONE };
}
