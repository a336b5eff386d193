/**
 * Who is annotating when `hamish.annotator` is unset: the operating system's user name, as git
 * falls back to it for commits. Undefined where there is none to read (a web extension host).
 */
import * as os from 'os';

export function osUserName(): string | undefined {
  try {
    const name = os.userInfo().username.trim();
    return name || undefined;
  } catch {
    return undefined; // no passwd entry for this uid, or no OS at all
  }
}
