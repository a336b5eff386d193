// Writing the workspace schema file from a test and waiting until Hamish has read it again.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hamish } from './hamish';
import { waitUntil, workspacePath } from './workspace';

export const schemaPath = (): string => workspacePath('.hamish', 'schema.yaml');

/**
 * Writes the schema file and resolves once Hamish has read it; undefined puts the defaults
 * back and removes the file. The file watcher can miss a file created together with its
 * folder (seen once in a full run), so a write is repeated, a few times at most, until the
 * reload is seen.
 */
export async function useSchema(lines: string[] | undefined): Promise<void> {
  if (lines === undefined) {
    // An empty schema is the defaults: changing a file that exists is always seen.
    if (fs.existsSync(schemaPath())) await writeAndWait('version: 1\n');
    fs.rmSync(schemaPath(), { force: true });
    return;
  }
  await writeAndWait(lines.join('\n') + '\n');
}

async function writeAndWait(text: string): Promise<void> {
  const api = await hamish();
  let loads = 0;
  const sub = api.schemaFile.onDidLoad(() => loads++);
  try {
    for (let attempt = 1; ; attempt++) {
      fs.mkdirSync(path.dirname(schemaPath()), { recursive: true });
      fs.writeFileSync(schemaPath(), attempt === 1 ? text : `${text}# write ${attempt}\n`);
      try {
        await waitUntil(() => loads > 0, { timeoutMs: 4000, message: 'the schema file read again' });
        return;
      } catch (e) {
        if (attempt === 4) throw e;
      }
    }
  } finally {
    sub.dispose();
  }
}
