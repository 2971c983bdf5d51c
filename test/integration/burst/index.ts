// extensionTestsPath entry of the "burst" scenario.
import { runInHost } from '../runInHost';

export function run(): Promise<void> {
  return runInHost(__dirname);
}
