/**
 * Annotations checked against the schema in force: unknown types, attributes and link
 * names, values that do not fit their kind, links to annotations of the wrong type, and
 * expected links that are missing (a claim without its speaker or date). Dangling links
 * are the sidecar check's business (`missing-link-target`); a link to an annotation this
 * set does not hold is not judged here.
 */
import { linkTargets, type Annotation } from '../model/annotation';
import type { ProblemCode, Severity } from '../problems';
import { valueProblem } from './attributeValue';
import { labelIn, typeDef, type Schema } from './types';

export interface SchemaViolation {
  /** Index of the annotation in the list checked. */
  index: number;
  /** Dotted path inside the annotation: `type`, `attrs.modality`, `links.speaker`. */
  field: string;
  code: ProblemCode;
  severity: Severity;
  message: string;
}

export function checkAgainstSchema(annotations: readonly Annotation[], schema: Schema): SchemaViolation[] {
  const types = new Map(annotations.map((a) => [a.id, a.type]));
  const out: SchemaViolation[] = [];
  annotations.forEach((a, index) => {
    const push = (field: string, code: ProblemCode, severity: Severity, message: string) => out.push({ index, field, code, severity, message });
    const def = typeDef(schema, a.type);
    if (!def) {
      push('type', 'schema-unknown-type', 'warning', `type "${a.type}" is not in the schema; add it to .hamish/schema.yaml or retype the annotation`);
      return;
    }
    for (const [name, value] of Object.entries(a.attrs)) {
      const attr = def.attributes.find((x) => x.name === name);
      if (!attr) {
        push(`attrs.${name}`, 'schema-unknown-attribute', 'warning', `attribute "${name}" is not defined for ${def.name}`);
        continue;
      }
      const problem = valueProblem(attr, value);
      if (problem) push(`attrs.${name}`, 'schema-bad-value', 'warning', `attribute "${name}": ${problem}`);
    }
    for (const [name, target] of Object.entries(a.links)) {
      const link = def.links.find((x) => x.name === name);
      if (!link) {
        push(`links.${name}`, 'schema-unknown-link', 'warning', `link "${name}" is not defined for ${def.name}`);
        continue;
      }
      const ids = linkTargets(target);
      if (!link.many && ids.length > 1) push(`links.${name}`, 'schema-bad-value', 'warning', `link "${name}" holds ${ids.length} annotations; the schema allows one`);
      for (const id of ids) {
        const targetType = types.get(id);
        if (targetType !== undefined && link.targets.length > 0 && !link.targets.includes(targetType)) {
          push(`links.${name}`, 'schema-link-target', 'warning', `link "${name}" points to an annotation of type "${targetType}"; it should point to ${link.targets.join(' or ')}`);
        }
      }
    }
    if (a.orphaned) return;
    for (const link of def.links) {
      if (link.required && !(link.name in a.links)) {
        push(`links.${link.name}`, 'schema-missing-link', 'info', `${labelIn(def.label, 'en', def.name).toLowerCase()} has no ${labelIn(link.label, 'en', link.name).toLowerCase()}`);
      }
    }
  });
  return out;
}
