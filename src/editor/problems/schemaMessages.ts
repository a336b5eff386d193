/**
 * Schema violations said in the UI's language. The core's check words its findings in
 * English for the CLI; here each code gets its own sentence, with the type, attribute and
 * link names taken from the schema's labels where it has them.
 */
import * as vscode from 'vscode';
import { labelIn, linkTargets, typeDef, type Annotation, type Schema, type SchemaViolation } from '../../core';
import { labelText } from '../display/userText';

export function schemaMessage(v: SchemaViolation, a: Annotation, all: readonly Annotation[], schema: Schema): string {
  const language = vscode.env.language;
  const def = typeDef(schema, a.type);
  const typeName = labelText(def ? labelIn(def.label, language, def.name) : a.type);
  const name = v.field.slice(v.field.indexOf('.') + 1);
  const link = def?.links.find((l) => l.name === name);
  const linkName = labelText(link ? labelIn(link.label, language, link.name) : name);
  const attr = def?.attributes.find((x) => x.name === name);
  const attrName = labelText(attr ? labelIn(attr.label, language, attr.name) : name);
  switch (v.code) {
    case 'schema-unknown-type':
      return vscode.l10n.t('Type {0} is not in the schema: add it to .hamish/schema.yaml or change the annotation’s type.', labelText(a.type));
    case 'schema-unknown-attribute':
      return vscode.l10n.t('Attribute {0} is not defined for the type {1}.', labelText(name), typeName);
    case 'schema-unknown-link':
      return vscode.l10n.t('Link {0} is not defined for the type {1}.', labelText(name), typeName);
    case 'schema-link-target': {
      const types = new Map(all.map((x) => [x.id, x.type]));
      const wrong = linkTargets(a.links[name] ?? []).map((id) => types.get(id)).find((t) => t !== undefined && !link?.targets.includes(t));
      const expected = (link?.targets ?? []).map((t) => labelText(labelTypeIn(schema, t, language))).join(' / ');
      return vscode.l10n.t('Link {0} points to an annotation of type {1}; it should point to {2}.', linkName, labelText(wrong ? labelTypeIn(schema, wrong, language) : '?'), expected);
    }
    case 'schema-missing-link': {
      // Mid-sentence in English: "This claim has no speaker yet" (lower case changes no Arabic).
      const type = labelText((def ? labelIn(def.label, language, def.name) : a.type).toLowerCase());
      const missing = labelText((link ? labelIn(link.label, language, link.name) : name).toLowerCase());
      return vscode.l10n.t('This {0} has no {1} yet.', type, missing);
    }
    default:
      // A value that does not fit its kind: the detail (which values are allowed) is the core's.
      return v.field.startsWith('links.')
        ? vscode.l10n.t('Link {0} does not fit the schema: {1}', linkName, v.message)
        : vscode.l10n.t('The value of {0} does not fit the schema: {1}', attrName, v.message);
  }
}

function labelTypeIn(schema: Schema, name: string, language: string): string {
  const def = typeDef(schema, name);
  return def ? labelIn(def.label, language, name) : name;
}
