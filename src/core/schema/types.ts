/**
 * The annotation schema: which types a corpus uses, the typed attributes of each, the
 * links from one annotation to another, and how the UI names and colours them in Arabic
 * and English. Built-in defaults (defaults.ts) are extended or changed by a workspace
 * file, `.hamish/schema.yaml` (parseSchema.ts). Plain data, like the rest of the model.
 */

/** A name in the UI's two languages; either may be missing, and the type's own name stands in. */
export interface Label {
  en?: string;
  ar?: string;
}

export type AttributeKind = 'text' | 'choice' | 'date' | 'number';

export interface ChoiceValue {
  /** What the sidecar stores. */
  value: string;
  label: Label;
}

export interface AttributeDef {
  name: string;
  kind: AttributeKind;
  label: Label;
  /** For `choice`: the allowed values, in the order the UI offers them. */
  values: ChoiceValue[];
  /** Optional help shown with the input. */
  description?: Label;
}

export interface LinkDef {
  name: string;
  label: Label;
  /** The types an annotation linked under this name may have; empty means any type. */
  targets: string[];
  /** Whether the name may hold several ids (a claim with two speakers). */
  many: boolean;
  /**
   * Expected on every annotation of the type (a claim's speaker and date): its absence is
   * reported as information, a research gap rather than an error.
   */
  required: boolean;
}

export interface TypeDef {
  name: string;
  label: Label;
  /** `#rrggbb`; built-in types without one use themable colours. */
  color?: string;
  attributes: AttributeDef[];
  links: LinkDef[];
  builtIn: boolean;
}

export interface Schema {
  types: TypeDef[];
}

/** The label in `language` (`ar`, `en`, `ar-EG`…), else the other language, else `fallback`. */
export function labelIn(label: Label | undefined, language: string, fallback: string): string {
  const arabic = language.toLowerCase().startsWith('ar');
  const first = arabic ? label?.ar : label?.en;
  const second = arabic ? label?.en : label?.ar;
  return first || second || fallback;
}

/** The definition of a type, or undefined when the schema does not know it. */
export function typeDef(schema: Schema, name: string): TypeDef | undefined {
  return schema.types.find((t) => t.name === name);
}
