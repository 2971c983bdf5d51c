// The entry of a glossary thread (see glossaryThread.ts): parses the one file it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { parseGlossary } from './parseGlossary';

const { file, text } = workerData as { file: string; text: string };
parentPort?.postMessage(parseGlossary(file, text));
