// The entry of the analysis thread (see analysisThread.ts): analyses the blocks it is sent.
import { parentPort } from 'node:worker_threads';
import { analyseBlock, toSend, type AnalysisOptions } from './analyseBlock';
import type { Block } from './blocks';

export interface AnalysisJob {
  id: number;
  text: string;
  prose: string;
  blocks: Block[];
  options: AnalysisOptions;
}

parentPort?.on('message', ({ id, text, prose, blocks, options }: AnalysisJob) => {
  try {
    parentPort!.postMessage({ id, list: blocks.map((b) => toSend(analyseBlock(text, prose, b, options))) });
  } catch (err) {
    parentPort!.postMessage({ id, error: String(err) });
  }
});
