import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root: tests run from out/test/unit, compiled from test/unit. */
export const REPO = resolve(__dirname, '..', '..', '..');
export const FIXTURES = join(REPO, 'test', 'fixtures');
/** The shared sample corpus, present beside the repository on the project's machines. */
export const SHARED_CORPUS = resolve(REPO, '..', 'shared', 'corpus');
export const hasSharedCorpus = existsSync(SHARED_CORPUS);
