import { analyseBlock, withVerdicts, type AnalysisOptions, type BlockAnalysis } from './analyseBlock';
import { unpackSentences } from './analysisJob';
import type { Block } from './blocks';
import type { SourceThread } from './sourceThread';

/** How a check analyses blocks: one here, or many in another thread. */
export interface BlockAnalyser {
  one: (block: Block) => BlockAnalysis;
  /** From the thread: for each block, what makes its analysis; undefined when the thread cannot. */
  many?: (blocks: Block[]) => Promise<(() => BlockAnalysis)[] | undefined>;
  /** Called with the analyses made here while those of the thread are awaited. */
  waiting?: (analysed: readonly BlockAnalysis[]) => void;
}

/** Below this many characters of blocks to analyse, a check analyses them all itself. */
export const MIN_THREAD_CHARS = 100_000;
/** The part of the blocks to analyse that the thread takes, by characters. */
const THREAD_SHARE = 0.5;

/**
 * Where the blocks that the thread analyses begin: the last THREAD_SHARE of the characters to
 * analyse (blocks without a hit); all blocks (none for the thread) below MIN_THREAD_CHARS.
 */
export function threadShare(blocks: readonly Block[], hits: readonly unknown[]): number {
  let total = 0;
  blocks.forEach((b, i) => (total += hits[i] ? 0 : b.end - b.start));
  if (total < MIN_THREAD_CHARS) return blocks.length;
  let split = blocks.length;
  for (let away = 0; split > 0 && away < total * THREAD_SHARE; split--) away += hits[split - 1] ? 0 : blocks[split - 1].end - blocks[split - 1].start;
  return split;
}

/**
 * The analyser of one check of `text`: blocks analysed here, and, with a thread that can help,
 * many analysed there, sent back packed and completed here with verdicts judged when asked.
 */
export function blockAnalyser(text: string, prose: string, options: AnalysisOptions, thread: SourceThread | null, waiting?: BlockAnalyser['waiting']): BlockAnalyser {
  const one = (block: Block) => analyseBlock(text, prose, block, options);
  if (!thread?.available) return { one };
  const many = async (list: Block[]) => {
    const answer = await thread.analyse({ text, prose, blocks: list, language: options.language });
    if (!answer) return undefined;
    const unpacked = unpackSentences(answer.sentences);
    return list.map((block) => () => {
      const data = unpacked.next();
      return data.done ? one(block) : withVerdicts(data.value, prose, block, options.sensitivity);
    });
  };
  return { one, many, waiting };
}
