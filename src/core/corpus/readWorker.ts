// The entry of a reader thread (see readerPool.ts): reads the sources it is sent, one message each.
import { parentPort } from 'node:worker_threads';
import { readJob, type ReadJob } from './readJob';

parentPort?.on('message', (job: ReadJob) => parentPort!.postMessage(readJob(job)));
