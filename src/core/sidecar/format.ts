/**
 * The sidecar layout in one place: version, key order, limits. The canonical writer walks
 * these key lists to write, and the validator to check, so the two cannot drift apart. (The
 * fast reader needs none of them: it reads keys in any order and hands the data to the
 * validator.) Described for people in docs/sidecar-format.md.
 */
export const FORMAT_VERSION = 2;

/** Versions this Hamish reads: 1 (no `count`) and the current one. */
export const READABLE_VERSIONS: readonly number[] = [1, FORMAT_VERSION];

/**
 * Top-level keys in the order they are written. `count` (the number of annotations) comes
 * last on purpose: a file cut short anywhere before its last line lacks it or disagrees
 * with it, so truncation is always detected (see docs/sidecar-format.md). Version 2 files
 * must have it; version 1 files, written before it existed, may not.
 */
export const TOP_KEYS = ['version', 'source', 'annotations', 'dismissed', 'count'] as const;
/** `date` (the document's date, an ISO day set by the researcher) is optional and written only when set. */
export const SOURCE_KEYS = ['file', 'sha256', 'length', 'date'] as const;

/**
 * Keys of one entry of the optional `dismissed` list (suggestions the researcher turned
 * down), in the order they are written. The list is written only when it is not empty, so
 * a file without dismissals is byte for byte what a Hamish before them wrote.
 */
export const DISMISSAL_KEYS = ['type', 'start', 'end', 'text', 'before', 'after'] as const;

/** An ISO day, `YYYY-MM-DD`, as `source.date` holds it (whether it is a real day is checked apart). */
export const ISO_DAY_PATTERN = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** Annotation keys in the order they are written. Optional ones are written only when set. */
export const ANNOTATION_KEYS = [
  'id',
  'type',
  'start',
  'end',
  'orphaned',
  'text',
  'before',
  'after',
  'attrs',
  'links',
  'note',
  'annotator',
  'created',
  'modified',
] as const;
export type AnnotationKey = (typeof ANNOTATION_KEYS)[number];

/** A sidecar larger than this is refused unread (100,000 annotations take about 35 MB). */
export const MAX_SIDECAR_BYTES = 64 * 1024 * 1024;

/** A source larger than this is refused unread (a long article is well under 1 MB; this stops a link to /dev/zero). */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/**
 * More alias expansions than this in a hand-written sidecar is treated as an expansion bomb;
 * exactly this many are accepted. (The `yaml` package refuses at its own `maxAliasCount`,
 * so yamlDocument.ts passes it one more.)
 */
export const MAX_ALIAS_COUNT = 100;

/** YAML syntax errors reported for one file; the rest are counted, not formatted (a broken file can hold millions). */
export const MAX_REPORTED_SYNTAX_ERRORS = 20;

/** Type names: letters, digits, `_` and `-`, in any script (so Arabic type names work). */
export const TYPE_NAME_PATTERN = /^[\p{L}\p{N}_][\p{L}\p{N}\p{M}_-]*$/u;

/** Attribute and link names follow the same rule as type names. */
export const KEY_NAME_PATTERN = TYPE_NAME_PATTERN;
