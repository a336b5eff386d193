// Entry point of the installed-extension check inside the VS Code extension host (see
// scripts/test-host/run-installed.mjs): the same runner as the integration suite, on this folder.
import { runMocha } from '../integration/runMocha';

export const run = (): Promise<void> => runMocha(__dirname);
