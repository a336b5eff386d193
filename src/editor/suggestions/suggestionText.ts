/**
 * What a suggestion says beyond its quote, as rows of a label and a value: its attributes
 * named as the schema names them in the UI language (a date's value, calendar, precision; an
 * actor's canonical name and kind; a claim's modality), its speaker's words, and the rule
 * that proposed it. Values are user or recogniser text: callers isolate and escape them.
 */
import * as vscode from 'vscode';
import type { Suggestion, TypeDef } from '../../core';
import type { AnnotatedDocument } from '../annotatedDocument';
import { attributeDef, attributeLabel, attributeOrder, linkLabel, valueLabel } from '../display/schemaText';
import type { ShownSuggestion } from './shownSuggestion';

export interface DetailRow {
  label: string;
  value: string;
}

export function suggestionDetails(s: Suggestion, def: TypeDef, links: ReadonlyMap<string, string> = new Map()): DetailRow[] {
  const language = vscode.env.language;
  const rows = attributeOrder(def, s.attrs).map((k) => ({ label: attributeLabel(def, k, language), value: valueLabel(attributeDef(def, k), s.attrs[k]!, language) }));
  for (const [name, text] of links) rows.push({ label: linkLabel(def, name, language), value: text });
  rows.push({ label: vscode.l10n.t('Rule'), value: s.rule });
  return rows;
}

/** The words each link of a suggestion points to: another suggestion's, or an existing annotation's. */
export function linkedTexts(s: Suggestion, list: readonly ShownSuggestion[], doc: AnnotatedDocument | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, target] of Object.entries(s.links)) {
    const text = list.find((x) => x.suggestion.key === target)?.suggestion.text ?? doc?.find(target)?.text;
    if (text !== undefined) out.set(name, text);
  }
  return out;
}
