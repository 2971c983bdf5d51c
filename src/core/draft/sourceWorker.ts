// The entry of the check thread (see sourceThread.ts): analyses the blocks, or answers the
// source questions, it is sent.
import { parentPort } from 'node:worker_threads';
import { answerAnalysisJob } from './analysisJob';
import type { SourceFacts } from './sourceChecks';
import { answerSourceQuestions } from './sourceQuestions';
import type { ThreadRequest } from './sourceThread';

/** The facts of the sources of the last questions, for the next (one batch's worth is kept). */
let lastFacts = new Map<string, SourceFacts>();

parentPort?.on('message', (request: ThreadRequest) => {
  try {
    if (request.kind === 'analyse') {
      const answer = answerAnalysisJob(request);
      parentPort!.postMessage(answer, [answer.sentences.ints.buffer as ArrayBuffer]);
    } else {
      const { facts, ...answers } = answerSourceQuestions(request, lastFacts);
      lastFacts = facts;
      parentPort!.postMessage(answers);
    }
  } catch (err) {
    parentPort!.postMessage({ id: request.id, error: String(err) });
  }
});
