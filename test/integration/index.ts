// Entry point of the integration suite inside the VS Code extension host. Same contract as
// @vscode/test-electron's `extensionTestsPath`: export `run()`, resolve when all tests passed.
import { runMocha } from './runMocha';

export const run = (): Promise<void> => runMocha(__dirname);
