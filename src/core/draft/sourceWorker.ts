// The entry of the check thread (see sourceThread.ts): analyses the blocks, or answers the
// source questions, it is sent.
import { parentPort } from 'node:worker_threads';
import { answerAnalysisJob } from './analysisJob';
import { CheckMemory } from './sourceQuestions';
import type { ThreadRequest } from './sourceThread';

const memory = new CheckMemory();

parentPort?.on('message', (request: ThreadRequest) => {
  try {
    if (request.kind === 'analyse') {
      const answer = answerAnalysisJob(request);
      parentPort!.postMessage(answer, [answer.sentences.ints.buffer as ArrayBuffer]);
    } else {
      parentPort!.postMessage(memory.answer(request));
    }
  } catch (err) {
    parentPort!.postMessage({ id: request.id, error: String(err) });
  }
});
