/**
 * The extension's settings, read in one place into one typed snapshot. Components
 * listen to `onDidChange` instead of reading configuration in the middle of their work.
 */
import * as vscode from 'vscode';
import { TYPE_NAME_PATTERN } from '../core';
import { Disposable } from './dispose';
import { osUserName } from './userName';

export interface AnnotationTypeConfig {
  /** The name stored in sidecars. */
  name: string;
  /** What the UI shows. */
  label: string;
  /** A `#rrggbb` colour from settings; built-in types use themable colours instead. */
  color?: string;
  builtIn: boolean;
}

export interface HamishConfig {
  types: AnnotationTypeConfig[];
  snapToWords: boolean;
  /** Recorded on new annotations: `hamish.annotator`, else the OS user name. */
  annotator: string | undefined;
}

export const BUILT_IN_TYPES: readonly AnnotationTypeConfig[] = [
  { name: 'claim', label: 'Claim', builtIn: true },
  { name: 'actor', label: 'Actor', builtIn: true },
  { name: 'date', label: 'Date', builtIn: true },
];

const COLOR = /^#[0-9a-fA-F]{6}$/;

export function readConfig(): HamishConfig {
  const c = vscode.workspace.getConfiguration('hamish');
  const types = BUILT_IN_TYPES.map((t) => ({ ...t }));
  const custom = c.get<unknown[]>('types', []);
  for (const entry of Array.isArray(custom) ? custom : []) {
    if (!entry || typeof entry !== 'object') continue;
    const { name, label, color } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || !TYPE_NAME_PATTERN.test(name)) continue;
    const existing = types.find((t) => t.name === name);
    const def: AnnotationTypeConfig = existing ?? { name, label: name, builtIn: false };
    if (typeof label === 'string' && label.trim()) def.label = label.trim();
    if (typeof color === 'string' && COLOR.test(color)) def.color = color;
    if (!existing) types.push(def);
  }
  const annotator = c.get<string>('annotator', '').trim();
  return { types, snapToWords: c.get<boolean>('snapToWords', true), annotator: annotator || osUserName() };
}

export class ConfigService extends Disposable {
  private snapshot = readConfig();
  private readonly emitter = this.register(new vscode.EventEmitter<HamishConfig>());
  readonly onDidChange = this.emitter.event;

  constructor() {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('hamish')) return;
        this.snapshot = readConfig();
        this.emitter.fire(this.snapshot);
      }),
    );
  }

  get current(): HamishConfig {
    return this.snapshot;
  }

  /** The type definition for a name, including names found in sidecars but not configured. */
  typeOf(name: string): AnnotationTypeConfig {
    return this.snapshot.types.find((t) => t.name === name) ?? { name, label: name, builtIn: false };
  }
}
