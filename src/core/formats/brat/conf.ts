/**
 * annotation.conf and visual.conf for an exported collection, so brat opens it without a
 * hand-written configuration: every entity type, every link name with the types at each
 * end, every attribute with the types it is on and (when valued) its values. Names are
 * written as in the .ann files (`encodeName`); a name that had to be encoded gets its own
 * (Arabic, say) back as its label in visual.conf, which is what brat shows.
 */
import type { AttrKind } from './attrMapping';

export class CollectionSchema {
  private readonly entities = new Set<string>();
  private readonly relations = new Map<string, { from: Set<string>; to: Set<string> }>();
  private readonly attributes = new Map<string, { kind: AttrKind; on: Set<string>; values: Set<string> }>();
  /** Storage form → the name it stands for, where the two differ. */
  private readonly labels = new Map<string, string>();

  private label(stored: string, name: string): void {
    if (stored !== name) this.labels.set(stored, name);
  }

  entity(type: string, name: string): void {
    this.entities.add(type);
    this.label(type, name);
  }

  relation(stored: string, name: string, fromType: string, toType: string): void {
    this.label(stored, name);
    let r = this.relations.get(stored);
    if (!r) this.relations.set(stored, (r = { from: new Set(), to: new Set() }));
    r.from.add(fromType);
    r.to.add(toType);
  }

  attribute(stored: string, name: string, kind: AttrKind, onType: string, values: readonly string[]): void {
    this.label(stored, name);
    let a = this.attributes.get(stored);
    if (!a) this.attributes.set(stored, (a = { kind, on: new Set(), values: new Set() }));
    a.on.add(onType);
    for (const v of values) if (v !== '') a.values.add(v);
  }

  annotationConf(): string {
    const lines = [
      '# brat configuration of a collection exported by Hamish: its types, links and attributes.',
      '[entities]',
      ...sorted(this.entities),
      '',
      '[relations]',
      // Hamish spans may nest and overlap; without this brat flags every such pair as an error.
      '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
      ...sorted(this.relations.keys()).map((name) => {
        const r = this.relations.get(name)!;
        return `${name}\tArg1:${sorted(r.from).join('|')}, Arg2:${sorted(r.to).join('|')}`;
      }),
      '',
      '[events]',
      '',
      '[attributes]',
    ];
    for (const name of sorted(this.attributes.keys())) {
      const a = this.attributes.get(name)!;
      const arg = `Arg:${sorted(a.on).join('|')}`;
      if (a.kind === 'binary') lines.push(`${name}\t${arg}`);
      // A valued attribute whose every value was left out has nothing to declare.
      else if (a.values.size > 0) lines.push(`${name}\t${arg}, Value:${sorted(a.values).join('|')}`);
    }
    return lines.join('\n') + '\n';
  }

  /** Labels for encoded names (brat shows these), and Hamish's colours for its three built-in types. */
  visualConf(): string {
    const colours: Record<string, string> = { claim: '#f9a825', actor: '#42a5f5', date: '#66bb6a' };
    const drawn = Object.keys(colours).filter((t) => this.entities.has(t));
    // A label is one `|`-separated term on a tab-free line: those two characters are replaced.
    const labels = sorted(this.labels.keys()).map((s) => `${s} | ${this.labels.get(s)!.replace(/[|\t\r\n]/g, ' ')}`);
    return ['[labels]', ...labels, '', '[drawing]', ...drawn.map((t) => `${t}\tbgColor:${colours[t]}, borderColor:darken`)].join('\n') + '\n';
  }
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
