/**
 * How attribute names, attribute values and link names read in the UI: the schema's label
 * in the UI language, else the name as stored. Values of a `choice` attribute show their
 * label, so a researcher reads «منقول» rather than `reported`. Pure (no `vscode`): callers
 * pass `vscode.env.language`. What comes out is still user text, to isolate and escape.
 */
import { labelIn, type AttrValue, type AttributeDef, type LinkDef, type TypeDef } from '../../core';

export function attributeDef(type: TypeDef, name: string): AttributeDef | undefined {
  return type.attributes.find((a) => a.name === name);
}

export function linkDef(type: TypeDef, name: string): LinkDef | undefined {
  return type.links.find((l) => l.name === name);
}

export function attributeLabel(type: TypeDef, name: string, language: string): string {
  return labelIn(attributeDef(type, name)?.label, language, name);
}

export function linkLabel(type: TypeDef, name: string, language: string): string {
  return labelIn(linkDef(type, name)?.label, language, name);
}

/** A stored value as the UI shows it: a choice by its label, a list joined with the Arabic comma. */
export function valueLabel(def: AttributeDef | undefined, value: AttrValue, language: string): string {
  if (Array.isArray(value)) return value.map((v) => valueLabel(def, v, language)).join('، ');
  const choice = def?.kind === 'choice' ? def.values.find((c) => c.value === value) : undefined;
  return choice ? labelIn(choice.label, language, choice.value) : String(value);
}

/**
 * The type's attributes in the order a researcher meets them: the schema's own first, in
 * schema order, then any the sidecar holds that the schema does not define.
 */
export function attributeOrder(type: TypeDef, attrs: Readonly<Record<string, AttrValue>>): string[] {
  const known = type.attributes.map((a) => a.name).filter((n) => n in attrs);
  return [...known, ...Object.keys(attrs).filter((n) => !known.includes(n))];
}
