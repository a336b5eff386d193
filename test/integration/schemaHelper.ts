// Writing the workspace schema file from a test and waiting until Hamish has read it again.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hamish } from './hamish';
import { waitUntil, workspacePath } from './workspace';

export const schemaPath = (): string => workspacePath('.hamish', 'schema.yaml');

/** Writes the schema file (undefined removes it) and resolves once it is in force. */
export async function useSchema(lines: string[] | undefined): Promise<void> {
  const api = await hamish();
  let loads = 0;
  const sub = api.schemaFile.onDidLoad(() => loads++);
  try {
    if (lines === undefined) fs.rmSync(schemaPath(), { force: true });
    else {
      fs.mkdirSync(path.dirname(schemaPath()), { recursive: true });
      fs.writeFileSync(schemaPath(), lines.join('\n') + '\n');
    }
    await waitUntil(() => loads > 0, { timeoutMs: 20_000, message: 'the schema file read again' });
  } finally {
    sub.dispose();
  }
}
