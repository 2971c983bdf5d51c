// The entry of a reader thread (see readerPool.ts): reads the sources it is sent, one message each.
import { parentPort } from 'node:worker_threads';
import { readJob, type ReadJob } from './readJob';

parentPort?.on('message', (job: ReadJob) => {
  const outcome = readJob(job);
  // The words' spans are moved to the host, not copied.
  parentPort!.postMessage(outcome, 'words' in outcome && outcome.words ? [outcome.words.buffer as ArrayBuffer] : []);
});
