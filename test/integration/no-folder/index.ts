// extensionTestsPath entry of the "no-folder" scenario.
import { runInHost } from '../runInHost';

export function run(): Promise<void> {
  return runInHost(__dirname);
}
