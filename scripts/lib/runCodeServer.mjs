// Runs one scenario in code-server + headless Chromium, with VS Code's own
// web test hooks: the workbench calls window.codeAutomationLog for the extension
// host's console and window.codeAutomationExit(code) when the test entry's run() settles.
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { freePort } from './procs.mjs';
import { hostLogger } from './hostLog.mjs';

export async function runScenarioInCodeServer({ sc, prep, timeoutMs, logFile }) {
  const logger = hostLogger(logFile);
  const dataDir = path.join(prep.tmp, 'host');
  let server;
  let browser;
  let timer;
  try {
    fs.mkdirSync(dataDir);
    const port = await freePort();
    server = await startCodeServer({ dataDir, port, workspace: prep.open, trusted: sc.trusted, env: prep.env,
      settings: sc.settings });
    let page;
    ({ browser, page } = await openBrowser());
    let settle;
    const finished = new Promise((resolve) => { settle = resolve; });
    // Both hooks must exist before the workbench loads.
    await page.exposeFunction('codeAutomationLog', (_type, args) => logger.host(args));
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
    page.on('pageerror', (e) => logger.file(`[page error] ${e.message}`));
    page.on('crash', () => settle({ error: 'the workbench page crashed' }));
    server.exited.then((c) => settle({ error: `code-server stopped during the run (${c})` }));
    timer = setTimeout(() => settle({ error: `timed out after ${timeoutMs / 1000} s (no exit from VS Code)` }), timeoutMs);
    await page.goto(workbenchUrl(port, { folder: prep.open, extensionTestsPath: sc.entry }), { timeout: 60_000 });
    return { ...(await finished), log: logger.lines };
  } catch (e) {
    return { error: e?.message ?? String(e), log: logger.lines };
  } finally {
    clearTimeout(timer);
    // Bounded: a wedged browser is killed with the process anyway.
    await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 10_000).unref())]).catch(() => {});
    await server?.stop();
    const serverLog = path.join(dataDir, 'code-server.log'); // kept: the temp dir goes away
    if (fs.existsSync(serverLog)) logger.file(`\n--- code-server log ---\n${fs.readFileSync(serverLog, 'utf8')}`);
  }
}
