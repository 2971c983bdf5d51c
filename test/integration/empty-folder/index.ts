// extensionTestsPath entry of the "empty-folder" scenario.
import { runInHost } from '../runInHost';

export function run(): Promise<void> {
  return runInHost(__dirname);
}
