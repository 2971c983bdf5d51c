// The entry of the source thread (see sourceThread.ts): answers the questions it is sent.
import { parentPort } from 'node:worker_threads';
import { answerSourceQuestions, type SourceQuestions } from './sourceQuestions';

parentPort?.on('message', (questions: SourceQuestions) => {
  try {
    parentPort!.postMessage(answerSourceQuestions(questions));
  } catch (err) {
    parentPort!.postMessage({ id: questions.id, quotes: new Uint8Array(0), numbers: new Uint8Array(0), error: String(err) });
  }
});
