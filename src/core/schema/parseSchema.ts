/**
 * Reading a workspace schema file (`.hamish/schema.yaml`) over the defaults. The file adds
 * types, and changes or adds attributes, links, labels and colours of existing ones; see
 * docs/schema.md. A file with any error is not applied at all: the defaults stay in force
 * and every error is reported with its line, so a half-read schema never silently
 * reinterprets a corpus.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Problem, ProblemCode } from '../problems';
import { TYPE_NAME_PATTERN } from '../sidecar/format';
import { parseYaml, yamlErrors, type YamlParse } from '../sidecar/yamlDocument';
import { defaultSchema } from './defaults';
import type { AttributeDef, AttributeKind, ChoiceValue, Label, LinkDef, Schema, TypeDef } from './types';

export const SCHEMA_PATH = '.hamish/schema.yaml';

export interface SchemaResult {
  /** The schema in force: defaults plus the file, or the defaults alone when the file has errors. */
  schema: Schema;
  problems: Problem[];
}

const COLOR = /^#[0-9a-fA-F]{6}$/;
const KINDS: readonly string[] = ['text', 'choice', 'date', 'number', 'link'];

/** The schema in force given the text of the schema file (`file` names it in problems). */
export function parseSchema(text: string, file: string = SCHEMA_PATH): SchemaResult {
  const parse = parseYaml(text);
  const syntax = yamlErrors(parse);
  if (syntax.length > 0) {
    return { schema: defaultSchema(), problems: syntax.map((e) => ({ file, line: e.line, code: e.code, severity: 'error', message: e.message })) };
  }
  const reader = new SchemaReader(parse, file);
  const schema = reader.read();
  return reader.problems.length > 0 ? { schema: defaultSchema(), problems: reader.problems } : { schema, problems: [] };
}

class SchemaReader {
  readonly problems: Problem[] = [];
  /** Where each link was written, to point at it when its target turns out unknown. */
  private readonly linkNodes = new Map<LinkDef, unknown>();
  constructor(
    private readonly parse: YamlParse,
    private readonly file: string,
  ) {}

  read(): Schema {
    const schema = defaultSchema();
    const root = this.parse.doc.contents;
    if (root === null || (isScalar(root) && root.value === null)) return schema;
    const top = this.map(root, '', 'the schema');
    if (!top) return schema;
    for (const pair of top) {
      const key = keyOf(pair);
      if (key === 'version') {
        if (!isScalar(pair.value) || pair.value.value !== 1) this.fail(pair.value ?? pair.key, 'version', 'bad-value', 'version must be 1');
      } else if (key === 'types') {
        const types = this.map(pair.value, 'types', 'types');
        for (const entry of types ?? []) this.readType(schema, entry);
      } else this.fail(pair.key, key, 'unknown-field', `unknown field "${key}"; a schema has version and types`);
    }
    this.checkTargets(schema, top);
    return schema;
  }

  private readType(schema: Schema, pair: Pair): void {
    const name = keyOf(pair);
    const path = `types.${name}`;
    if (!this.name(pair.key, path, name, 'type')) return;
    const fields = this.map(pair.value, path, `type "${name}"`);
    if (!fields) return;
    let def = schema.types.find((t) => t.name === name);
    if (!def) {
      def = { name, label: {}, attributes: [], links: [], builtIn: false };
      schema.types.push(def);
    }
    for (const field of fields) {
      const key = keyOf(field);
      const at = `${path}.${key}`;
      if (key === 'label') def.label = this.label(field.value, at) ?? def.label;
      else if (key === 'color') {
        const value = scalarString(field.value);
        if (value !== undefined && COLOR.test(value)) def.color = value;
        else this.fail(field.value ?? field.key, at, 'bad-value', 'color must be written #rrggbb, such as "#d9822b" (quoted: # starts a YAML comment)');
      } else if (key === 'attributes') {
        for (const entry of this.map(field.value, at, 'attributes') ?? []) this.readAttribute(def, entry, at);
      } else if (key === 'links') {
        for (const entry of this.map(field.value, at, 'links') ?? []) this.readLink(def, entry, at, entry.value);
      } else this.fail(field.key, at, 'unknown-field', `unknown field "${key}" in type "${name}"; a type has label, color, attributes and links`);
    }
  }

  private readAttribute(def: TypeDef, pair: Pair, parent: string): void {
    const name = keyOf(pair);
    const path = `${parent}.${name}`;
    if (!this.name(pair.key, path, name, 'attribute')) return;
    const fields = this.map(pair.value, path, `attribute "${name}"`);
    if (!fields) return;
    const kindPair = fields.find((f) => keyOf(f) === 'kind');
    const kind = scalarString(kindPair?.value);
    if (kind === undefined || !KINDS.includes(kind)) {
      this.fail(kindPair?.value ?? pair.key, `${path}.kind`, kindPair ? 'bad-value' : 'missing-field', `attribute "${name}" needs a kind: one of ${KINDS.join(', ')}`);
      return;
    }
    // An attribute of kind link is a link: it is stored among the annotation's links.
    if (kind === 'link') return this.readLink(def, pair, parent, pair.value, ['kind']);
    const attr: AttributeDef = { name, kind: kind as AttributeKind, label: {}, values: [] };
    for (const field of fields) {
      const key = keyOf(field);
      const at = `${path}.${key}`;
      if (key === 'kind') continue;
      if (key === 'label') attr.label = this.label(field.value, at) ?? {};
      else if (key === 'description') attr.description = this.label(field.value, at);
      else if (key === 'values' && kind === 'choice') attr.values = this.choices(field.value, at);
      else this.fail(field.key, at, 'unknown-field', `unknown field "${key}" in attribute "${name}" (${kind}); it may have label, description${kind === 'choice' ? ', values' : ''}`);
    }
    if (kind === 'choice' && !fields.some((f) => keyOf(f) === 'values')) this.fail(pair.key, `${path}.values`, 'missing-field', `choice attribute "${name}" needs a list of values`);
    replaceByName(def.attributes, attr);
  }

  private readLink(def: TypeDef, pair: Pair, parent: string, value: unknown, skip: string[] = []): void {
    const name = keyOf(pair);
    const path = `${parent}.${name}`;
    if (!this.name(pair.key, path, name, 'link')) return;
    const fields = this.map(value, path, `link "${name}"`);
    if (!fields) return;
    const link: LinkDef = { name, label: {}, targets: [], many: false, required: false };
    for (const field of fields) {
      const key = keyOf(field);
      const at = `${path}.${key}`;
      if (skip.includes(key)) continue;
      if (key === 'label') link.label = this.label(field.value, at) ?? {};
      else if (key === 'target' || key === 'targets') link.targets = this.targets(field.value, at);
      else if (key === 'many' || key === 'required') {
        if (isScalar(field.value) && typeof field.value.value === 'boolean') link[key] = field.value.value;
        else this.fail(field.value ?? field.key, at, 'wrong-type', `${key} must be true or false`);
      } else this.fail(field.key, at, 'unknown-field', `unknown field "${key}" in link "${name}"; a link has target, label, many and required`);
    }
    this.linkNodes.set(link, pair.key);
    replaceByName(def.links, link);
  }

  /** Every link's target types must exist once the whole file is read. */
  private checkTargets(schema: Schema, top: Pair[]): void {
    const known = new Set(schema.types.map((t) => t.name));
    for (const type of schema.types) {
      for (const link of type.links) {
        for (const target of link.targets) {
          if (known.has(target)) continue;
          this.fail(this.linkNodes.get(link) ?? top[0]?.key, `types.${type.name}.links.${link.name}`, 'bad-value',
            `link "${link.name}" of type "${type.name}" targets the unknown type "${target}"`);
        }
      }
    }
  }

  private targets(value: unknown, path: string): string[] {
    const list = isSeq(value) ? value.items : [value];
    const out: string[] = [];
    for (const item of list) {
      const name = scalarString(item);
      if (name !== undefined && TYPE_NAME_PATTERN.test(name)) out.push(name);
      else this.fail(item ?? value, path, 'bad-value', 'a link target is a type name, or a list of them');
    }
    return out;
  }

  private choices(value: unknown, path: string): ChoiceValue[] {
    const out: ChoiceValue[] = [];
    const add = (node: unknown, name: string | undefined, label: Label): void => {
      if (name === undefined || name.trim() === '') this.fail(node, path, 'bad-value', 'a choice value is a non-empty word');
      else if (out.some((c) => c.value === name)) this.fail(node, path, 'bad-value', `choice value "${name}" is listed twice`);
      else out.push({ value: name, label });
    };
    if (isSeq(value)) for (const item of value.items) add(item, scalarString(item), {});
    else if (isMap(value)) for (const pair of value.items) add(pair.key, keyOf(pair), this.label(pair.value, `${path}.${keyOf(pair)}`) ?? {});
    else this.fail(value, path, 'wrong-type', 'values must be a list of words, or a mapping from each word to its label');
    return out;
  }

  private label(value: unknown, path: string): Label | undefined {
    const text = scalarString(value);
    if (text !== undefined) return { en: text, ar: text };
    if (isMap(value)) {
      const label: Label = {};
      for (const pair of value.items) {
        const key = keyOf(pair);
        const v = scalarString(pair.value);
        if ((key === 'en' || key === 'ar') && v !== undefined) label[key] = v;
        else this.fail(pair.key, `${path}.${key}`, 'bad-value', 'a label is a text, or a mapping with en and ar texts');
      }
      return label;
    }
    this.fail(value, path, 'wrong-type', 'a label is a text, or a mapping with en and ar texts');
    return undefined;
  }

  private name(node: unknown, path: string, name: string, what: string): boolean {
    if (TYPE_NAME_PATTERN.test(name)) return true;
    this.fail(node, path, 'bad-value', `"${name}" cannot name a ${what}: use letters, digits, _ and - (Arabic letters are fine), starting with a letter or digit`);
    return false;
  }

  private map(value: unknown, path: string, what: string): Pair[] | undefined {
    if (isMap(value)) return value.items as Pair[];
    if (value === null || (isScalar(value) && value.value === null)) return [];
    this.fail(value, path, 'wrong-type', `${what} must be a mapping`);
    return undefined;
  }

  private fail(node: unknown, field: string, code: ProblemCode, message: string): void {
    const offset = (node as Node | undefined)?.range?.[0] ?? 0;
    const line = this.parse.lines.linePos(offset).line;
    this.problems.push({ file: this.file, line, ...(field ? { field } : {}), code, severity: 'error', message });
  }
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function scalarString(value: unknown): string | undefined {
  if (!isScalar(value)) return undefined;
  const v = value.value;
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

function replaceByName<T extends { name: string }>(list: T[], item: T): void {
  const at = list.findIndex((x) => x.name === item.name);
  if (at >= 0) list[at] = item;
  else list.push(item);
}
