// The entry of a glossary thread (see glossaryThread.ts): parses the one file it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { packParsedGlossary } from './glossaryThread';
import { parseGlossary } from './parseGlossary';

// Only in a thread started for it: a test runner's threads also have data, and a test may load
// every module of the engine.
const job = workerData as { glossaryJob?: { file: string; text: string } } | null;
if (parentPort && job?.glossaryJob) parentPort.postMessage(packParsedGlossary(parseGlossary(job.glossaryJob.file, job.glossaryJob.text)));
