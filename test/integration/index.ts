// Entry point of the integration suite inside the VS Code extension host: both
// @vscode/test-electron and the code-server runner load this module and call
// run(). Test names and results are printed with mocha's spec reporter so CI
// logs show them, together with the VS Code version.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import Mocha from 'mocha';

export function runSuite(dir: string, title: string): Promise<void> {
  console.log(
    `[copydesk-integration] ${title} in VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}), extension host Node ${process.version}`,
  );
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.COPYDESK_TEST_TIMEOUT_MS) || 60_000,
    grep: process.env.COPYDESK_TEST_GREP || undefined,
  });
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        console.log(`[copydesk-integration] ${title}: ${failures} failing, VS Code ${vscode.version}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (e) {
      reject(e);
    }
  });
}

export function run(): Promise<void> {
  return runSuite(path.join(__dirname, 'suite'), 'Copydesk integration suite');
}
