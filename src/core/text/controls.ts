/**
 * Making user text safe to print on a terminal. A quote, note, field name or file name may
 * hold control characters: an escape sequence (ESC, or the one-byte CSI U+009B) can retitle
 * the window, clear the screen or hide the lines before it; a line break can forge a line
 * of output; bidirectional overrides can reorder what is shown. Each is printed as its
 * `\uXXXX` spelling instead, which reads the same as in the sidecar's own escapes.
 * Arabic text, its marks and the ordinary directional marks (LRM, RLM, ALM) are left alone.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROLS, spell);
}

// What JSON.stringify leaves raw among the above: its own output escapes the C0 controls
// inside strings, and the line breaks outside them are its layout.
const JSON_RAW_CONTROLS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `escapeControls` for the output of JSON.stringify: the same safety, still valid JSON meaning the same. */
export function escapeControlsInJson(json: string): string {
  return json.replace(JSON_RAW_CONTROLS, spell);
}

function spell(c: string): string {
  return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
}
