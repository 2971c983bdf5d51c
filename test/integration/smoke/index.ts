// extensionTestsPath entry of the "smoke" scenario.
import { runInHost } from '../runInHost';

export function run(): Promise<void> {
  return runInHost(__dirname);
}
