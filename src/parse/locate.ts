/**
 * Data path to source span. Rules and the schema report paths; this module
 * turns them into character spans in the YAML text.
 *
 * - A value that exists: the value node.
 * - A missing key: the mapping that should hold it (its first key), found by
 *   walking up to the nearest node that exists.
 * - An unknown key (`atKey`): the key itself, not its value.
 */
import { isMap, isNode, isScalar, isPair, type Document, type Node } from "yaml";
import type { PathSegment } from "../diagnostics/types.js";

/** A span of characters: start inclusive, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

function keySpan(map: Node, key: PathSegment): Span | undefined {
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(key) && pair.key.range) {
      return { start: pair.key.range[0], end: pair.key.range[1] };
    }
  }
  return undefined;
}

function nodeSpan(node: Node): Span {
  const [start, valueEnd] = node.range ?? [0, 0];
  if (isMap(node)) {
    // A whole mapping spans many lines: point at its first key.
    const first = node.items[0];
    if (first && isNode(first.key) && first.key.range) return { start: first.key.range[0], end: first.key.range[1] };
  }
  return { start, end: Math.max(valueEnd, start) };
}

/**
 * Finds where a data path lives in a document.
 *
 * @example
 * ```ts
 * const doc = parseDocument("ages:\n  min: 4\n");
 * locatePath(doc, ["ages", "max"]); // the span of `min` (the mapping that should hold max)
 * ```
 */
export function locatePath(doc: Document | undefined, path: readonly PathSegment[], atKey = false): Span {
  if (!doc || !doc.contents) return { start: 0, end: 0 };
  for (let i = path.length; i >= 0; i--) {
    const prefix = path.slice(0, i);
    const node = i === 0 ? doc.contents : doc.getIn(prefix, true);
    if (!isNode(node)) continue;
    if (atKey && i === path.length && i > 0) {
      const parent = i === 1 ? doc.contents : doc.getIn(path.slice(0, i - 1), true);
      const span = isNode(parent) ? keySpan(parent, path[i - 1]!) : undefined;
      if (span) return span;
    }
    if (atKey && i === path.length - 1) {
      // The key itself is the last segment (unknown key reported at the parent path + key).
      const span = keySpan(node, path[i]!);
      if (span) return span;
    }
    return nodeSpan(node);
  }
  return { start: 0, end: 0 };
}
