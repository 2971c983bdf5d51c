// extensionTestsPath entry of the "untouched" scenario.
import { runInHost } from '../runInHost';

export function run(): Promise<void> {
  return runInHost(__dirname);
}
