/**
 * Who holds a sidecar lock, for processes running on Node (the CLI, the editor's extension
 * host): process id and machine name go into the lock file, and a waiting writer on the same
 * machine can ask whether the holder still runs.
 */
import * as os from 'os';
import type { LockEnvironment } from '../core';

export function nodeLockEnvironment(tool: string): LockEnvironment {
  return {
    owner: { pid: process.pid, host: os.hostname(), tool },
    isAlive(pid: number): boolean | undefined {
      try {
        process.kill(pid, 0); // signal 0: only asks whether the process exists
        return true;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return code === 'EPERM' ? true : code === 'ESRCH' ? false : undefined;
      }
    },
  };
}
