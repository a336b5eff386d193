/**
 * Attribute values as a researcher types them, checked against their definition: the
 * quick input of the editor and the schema check of stored values share these rules.
 */
import type { AttrValue } from '../model/annotation';
import type { AttributeDef } from './types';

export type ParsedValue = { value: AttrValue } | { error: string };

// ISO 8601 calendar dates at the precision a news text gives: a year, a month, a day.
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `text` is an ISO 8601 year, month, day, or an interval `start/end` of those. */
export function isIsoDateValue(text: string): boolean {
  const parts = text.split('/');
  if (parts.length > 2) return false;
  if (!parts.every(isIsoDate)) return false;
  // An interval runs forwards: compare at the shorter precision (2024-03/2024 is fine).
  return parts.length === 1 || parts[0]!.slice(0, parts[1]!.length) <= parts[1]!.slice(0, parts[0]!.length);
}

function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  // Day 30 is allowed in every month: Hijri months have 29 or 30 days, and which one is a
  // matter of observation; Gregorian February 30 is still refused below.
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && !(month === 2 && day > 30);
}

/** The value to store for what was typed, or why it cannot be stored. */
export function parseAttributeInput(def: AttributeDef, input: string): ParsedValue {
  const text = input.trim();
  switch (def.kind) {
    case 'text':
      return text ? { value: text } : { error: 'Type a text, or remove the attribute.' };
    case 'number': {
      // Arabic-Indic digits and the Arabic decimal separator are accepted as typed.
      const ascii = text
        .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
        .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
        .replace(/\u066b/g, '.');
      return /^-?\d+(\.\d+)?$/.test(ascii) ? { value: Number(ascii) } : { error: `"${text}" is not a number.` };
    }
    case 'date':
      return isIsoDateValue(text) ? { value: text } : { error: `"${text}" is not an ISO 8601 date: write 2024, 2024-02 or 2024-02-11, or an interval 2023-08-07/2023-08-08.` };
    case 'choice':
      return def.values.some((c) => c.value === text)
        ? { value: text }
        : { error: `"${text}" is not one of ${def.values.map((c) => c.value).join(', ')}.` };
  }
}

/** Why a stored value does not fit its definition, or undefined when it does. */
export function valueProblem(def: AttributeDef, value: AttrValue): string | undefined {
  const shown = JSON.stringify(value);
  switch (def.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `${shown} is not a number`;
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? undefined : `${shown} is not a text`;
    case 'date':
      return typeof value === 'string' && isIsoDateValue(value) ? undefined : `${shown} is not an ISO 8601 date (2024, 2024-02, 2024-02-11 or an interval a/b)`;
    case 'choice':
      return typeof value === 'string' && def.values.some((c) => c.value === value)
        ? undefined
        : `${shown} is not one of ${def.values.map((c) => c.value).join(', ')}`;
  }
}
