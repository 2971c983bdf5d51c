// Runs the integration scenarios in a real VS Code.
//
//   npm run test:integration [-- <scenario>] [-- --no-build]
//
// A scenario is a folder test/integration/<name>/ with a scenario.json
// ({ "workspace": "test/fixtures/x" | null, "trusted": true | false,
//    "settings": { optional user settings }, "workspaceFile": optional "x.code-workspace"
//    of the fixture to open instead of the folder }), an index.ts that delegates to
// ../runInHost, and *.test.ts mocha (tdd) suites.
// Default launcher: code-server (VS Code's server + web workbench) in headless
// Chromium. With VSCODE_EXECUTABLE (a desktop VS Code binary), or with
// DOSSIER_TEST_DOWNLOAD=1 (downloads one; needs internet), desktop Electron.
// The last line printed is always the summary.
import fs from 'node:fs';
import path from 'node:path';
import { ensureHost } from './install-host.mjs';
import { ROOT, hostVSCodeVersion } from './lib/paths.mjs';
import { build, installExitHandlers, removeTempDir, tempDir } from './lib/procs.mjs';
import { runScenarioInCodeServer } from './lib/runCodeServer.mjs';
import { electronVersion, resolveElectron, runScenarioInElectron } from './lib/runElectron.mjs';

const SCENARIOS = path.join(ROOT, 'test', 'integration');
const OUT = path.join(ROOT, 'out', 'test', 'integration');
const LOGS = path.join(ROOT, '.vscode-test', 'logs');
const TIMEOUT_MS = (Number(process.env.DOSSIER_SCENARIO_TIMEOUT_S) || 300) * 1000;

/** Reads test/integration/<name>/scenario.json of every scenario (or just `only`). */
function discover(only) {
  const all = fs.readdirSync(SCENARIOS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(SCENARIOS, d.name, 'scenario.json')))
    .map((d) => d.name)
    .sort();
  if (only && !all.includes(only)) throw new Error(`no scenario "${only}" (have: ${all.join(', ') || 'none'})`);
  return (only ? [only] : all).map((name) => {
    const file = path.join(SCENARIOS, name, 'scenario.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (json.workspace !== null && typeof json.workspace !== 'string') throw new Error(`${file}: "workspace" must be a path or null`);
    if (typeof json.trusted !== 'boolean') throw new Error(`${file}: "trusted" must be true or false`);
    const settings = json.settings ?? {};
    if (typeof settings !== 'object' || Array.isArray(settings)) throw new Error(`${file}: "settings" must be an object`);
    const fixture = json.workspace === null ? null : path.resolve(ROOT, json.workspace);
    if (fixture && !fs.statSync(fixture, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(`${file}: workspace ${json.workspace} is not a folder`);
    }
    // A multi-root scenario opens a .code-workspace file of its fixture rather than the folder.
    const workspaceFile = json.workspaceFile ?? null;
    if (workspaceFile !== null && (typeof workspaceFile !== 'string' || !workspaceFile.endsWith('.code-workspace') || !fixture || !fs.existsSync(path.join(fixture, workspaceFile)))) {
      throw new Error(`${file}: "workspaceFile" must name a .code-workspace file of the fixture`);
    }
    return { name, fixture, workspaceFile, trusted: json.trusted, settings, entry: path.join(OUT, name, 'index.js') };
  });
}

/** A temp dir holding a fresh copy of the fixture, plus the env that tells the host about it. */
function prepare(sc) {
  const tmp = tempDir(`dossier-it-${sc.name.slice(0, 20)}-`); // short: socket paths live under it
  let workspace = null;
  if (sc.fixture) {
    workspace = path.join(tmp, path.basename(sc.fixture));
    fs.cpSync(sc.fixture, workspace, { recursive: true });
    workspace = fs.realpathSync(workspace);
  }
  const resultsFile = path.join(tmp, 'results.json');
  const env = {
    DOSSIER_RESULTS_FILE: resultsFile,
    DOSSIER_SCENARIO: JSON.stringify({ name: sc.name, workspace, fixture: sc.fixture, trusted: sc.trusted }),
  };
  // What the window opens: the fixture's copy, or its .code-workspace file.
  const open = workspace && sc.workspaceFile ? path.join(workspace, sc.workspaceFile) : workspace;
  return { tmp, workspace, open, resultsFile, env };
}

/** Turns what came back from the host into counts; a run without results is one failure. */
function collect(sc, prep, outcome) {
  let results = null;
  try {
    results = JSON.parse(fs.readFileSync(prep.resultsFile, 'utf8'));
  } catch {
    const line = outcome.log.findLast((l) => l.startsWith('DOSSIER_RESULTS '));
    if (line) results = JSON.parse(line.slice('DOSSIER_RESULTS '.length));
  }
  const crash = (why) => ({ passed: results?.passed ?? 0, failed: (results?.failed ?? 0) + 1,
    failures: [...(results?.failures ?? []), { title: `${sc.name} (scenario crashed)`, error: why }] });
  if (outcome.error) return crash(outcome.error);
  if (!results) return crash(`VS Code exited with code ${outcome.code} without reporting results`);
  if (outcome.code !== 0 && results.failed === 0) return crash(`VS Code exited with code ${outcome.code}`);
  return results;
}

function firstLines(text, n) {
  const lines = String(text).split('\n');
  return lines.slice(0, n).join('\n') + (lines.length > n ? '\n…' : '');
}

async function main() {
  installExitHandlers();
  const args = process.argv.slice(2);
  const only = args.find((a) => !a.startsWith('--'));
  let label = process.env.VSCODE_EXECUTABLE || process.env.DOSSIER_TEST_DOWNLOAD === '1' ? 'electron' : 'code-server';
  let version = 'unknown';
  let passed = 0;
  let failed = 0;
  const failures = [];
  const summary = () => `integration: ${passed} passed, ${failed} failed in VS Code ${version} (${label})`;
  try {
    const electron = await resolveElectron();
    const scenarios = discover(only);
    if (!args.includes('--no-build')) build();
    if (electron) version = electronVersion(electron);
    else {
      ensureHost();
      version = hostVSCodeVersion();
    }
    fs.mkdirSync(LOGS, { recursive: true });
    for (const sc of scenarios) {
      const missing = !fs.existsSync(sc.entry);
      console.log(`\n▶ ${sc.name} (${sc.fixture ? path.relative(ROOT, sc.fixture) : 'no folder'}, ${sc.trusted ? 'trusted' : 'restricted'})`);
      const t0 = Date.now();
      const prep = prepare(sc);
      const logFile = path.join(LOGS, `${sc.name}.log`);
      const outcome = missing
        ? { error: `no ${path.relative(ROOT, sc.entry)}: add test/integration/${sc.name}/index.ts`, log: [] }
        : electron
          ? await runScenarioInElectron({ sc, prep, exe: electron, timeoutMs: TIMEOUT_MS, logFile })
          : await runScenarioInCodeServer({ sc, prep, timeoutMs: TIMEOUT_MS, logFile });
      const r = collect(sc, prep, outcome);
      removeTempDir(prep.tmp);
      passed += r.passed;
      failed += r.failed;
      failures.push(...r.failures);
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      console.log(`  ${sc.name}: ${r.passed} passed, ${r.failed} failed in ${secs} s${r.failed ? ` (log: ${path.relative(ROOT, logFile)})` : ''}`);
    }
  } catch (e) {
    failed++;
    failures.push({ title: 'integration runner', error: e?.message ?? String(e) });
  }
  if (failures.length) {
    console.log('\nFailures:');
    failures.forEach((f, i) => console.log(`\n${i + 1}) ${f.title}\n${firstLines(f.error, 12).replace(/^/gm, '     ')}`));
  }
  console.log(`\n${summary()}`);
  return failed > 0 ? 1 : 0;
}

process.exit(await main()); // exit handlers stop anything still running
