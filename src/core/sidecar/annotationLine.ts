/**
 * Where an annotation is written in a sidecar's text: the 1-based line of its entry, so
 * the editor can open the sidecar there (a quick fix, a Problems entry). Read from the
 * YAML's own positions, not by searching for the id, so a note quoting an id cannot fool it.
 */
import { lineOf, parseYaml, yamlToJs } from './yamlDocument';

/** The line of the entry with `id` under `annotations`, or undefined when there is none. */
export function annotationLine(sidecarText: string, id: string): number | undefined {
  const parse = parseYaml(sidecarText);
  const js = yamlToJs(parse);
  if (!js.ok || !js.data || typeof js.data !== 'object') return undefined;
  const list = (js.data as { annotations?: unknown }).annotations;
  if (!Array.isArray(list)) return undefined;
  const index = list.findIndex((a) => !!a && typeof a === 'object' && (a as { id?: unknown }).id === id);
  return index < 0 ? undefined : lineOf(parse, ['annotations', index]);
}
