// The packaged-extension check: run against a code-server where the .vsix was
// installed with --install-extension, WITHOUT extensionDevelopmentPath.
import { runSuite } from '../index';
import * as path from 'node:path';

export function run(): Promise<void> {
  return runSuite(path.join(__dirname), 'Copydesk .vsix install test');
}
