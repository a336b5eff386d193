/**
 * The extension's settings and the annotation schema in force, read in one place into one
 * typed snapshot. Components listen to `onDidChange` instead of reading configuration in
 * the middle of their work. The schema comes from `.hamish/schema.yaml` (SchemaFile feeds
 * it in) over the defaults; the `hamish.types` setting adds types and colours on top.
 */
import * as vscode from 'vscode';
import { defaultSchema, labelIn, type Schema, SUGGESTED_TYPES, type SuggestedType, type TypeDef, TYPE_NAME_PATTERN } from '../core';
import { Disposable } from './dispose';
import { osUserName } from './userName';

export interface AnnotationTypeConfig {
  /** The name stored in sidecars. */
  name: string;
  /** What the UI shows, in the UI's language when the schema has it. */
  label: string;
  /** A `#rrggbb` colour from the schema or settings; built-in types use themable colours instead. */
  color?: string;
  builtIn: boolean;
  /** The type's schema definition: attributes, links, labels in both languages. */
  def: TypeDef;
}

export interface HamishConfig {
  types: AnnotationTypeConfig[];
  snapToWords: boolean;
  /** Recorded on new annotations: `hamish.annotator`, else the OS user name. */
  annotator: string | undefined;
  /** `hamish.suggest.*`: what Suggest Annotations proposes, and whether it runs when a source opens. */
  suggest: { onOpen: boolean; types: SuggestedType[] };
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** A definition for a type the schema does not know (found in a sidecar, or from settings). */
function bareType(name: string): TypeDef {
  return { name, label: {}, attributes: [], links: [], builtIn: false };
}

function fromSchema(def: TypeDef): AnnotationTypeConfig {
  return { name: def.name, label: labelIn(def.label, vscode.env.language, def.name), ...(def.color ? { color: def.color } : {}), builtIn: def.builtIn, def };
}

export function readConfig(schema: Schema = defaultSchema()): HamishConfig {
  const c = vscode.workspace.getConfiguration('hamish');
  const types = schema.types.map(fromSchema);
  const custom = c.get<unknown[]>('types', []);
  for (const entry of Array.isArray(custom) ? custom : []) {
    if (!entry || typeof entry !== 'object') continue;
    const { name, label, color } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || !TYPE_NAME_PATTERN.test(name)) continue;
    const existing = types.find((t) => t.name === name);
    const def: AnnotationTypeConfig = existing ?? fromSchema(bareType(name));
    // A label from the setting is the researcher's own wording for display and wins; a colour
    // only fills in what the schema file (which speaks for the whole corpus) leaves open.
    if (typeof label === 'string' && label.trim()) def.label = label.trim();
    if (typeof color === 'string' && COLOR.test(color) && !def.color) def.color = color;
    if (!existing) types.push(def);
  }
  const annotator = c.get<string>('annotator', '').trim();
  return { types, snapToWords: c.get<boolean>('snapToWords', true), annotator: annotator || osUserName(), suggest: readSuggest(c) };
}

function readSuggest(c: vscode.WorkspaceConfiguration): HamishConfig['suggest'] {
  const listed = c.get<unknown>('suggest.types', SUGGESTED_TYPES);
  // Unknown entries are ignored; a list with none known falls back to every type.
  const types = Array.isArray(listed) ? SUGGESTED_TYPES.filter((t) => listed.includes(t)) : [];
  return { onOpen: c.get<boolean>('suggest.onOpen', false) === true, types: types.length > 0 || (Array.isArray(listed) && listed.length === 0) ? types : [...SUGGESTED_TYPES] };
}

export class ConfigService extends Disposable {
  private schemaValue: Schema = defaultSchema();
  private snapshot = readConfig(this.schemaValue);
  private readonly emitter = this.register(new vscode.EventEmitter<HamishConfig>());
  readonly onDidChange = this.emitter.event;

  constructor() {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('hamish')) return;
        this.refresh();
      }),
    );
  }

  get current(): HamishConfig {
    return this.snapshot;
  }

  /** The schema in force (defaults and the workspace file), without the setting's additions. */
  get schema(): Schema {
    return this.schemaValue;
  }

  /** Puts a schema read from the workspace in force (SchemaFile calls this). */
  useSchema(schema: Schema): void {
    this.schemaValue = schema;
    this.refresh();
  }

  /** The type definition for a name, including names found in sidecars but not configured. */
  typeOf(name: string): AnnotationTypeConfig {
    return this.snapshot.types.find((t) => t.name === name) ?? fromSchema(bareType(name));
  }

  private refresh(): void {
    this.snapshot = readConfig(this.schemaValue);
    this.emitter.fire(this.snapshot);
  }
}
