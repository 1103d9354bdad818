/**
 * zod issues to growsafe problems. zod reports an unknown key at the parent
 * path with a list of keys, and a missing key as a type error with an
 * undefined input: both are split or renamed here so that each gets its own
 * code and position.
 */
import type { z } from "zod";
import { closest } from "../diagnostics/suggest.js";
import type { PathSegment, RawProblem } from "../diagnostics/types.js";

type Issue = z.core.$ZodIssue;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value: unknown } {
  let v: unknown = root;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === "number" && seg < v.length) v = v[seg];
    else if (isRecord(v) && Object.hasOwn(v, String(seg))) v = v[String(seg)];
    else return { found: false, value: undefined };
  }
  return { found: true, value: v };
}

const typeName = (v: unknown): string =>
  v === null ? "null" : Array.isArray(v) ? "list" : typeof v === "object" ? "mapping" : typeof v === "number" && Number.isInteger(v) ? "integer" : typeof v;

const cleanPath = (path: readonly PropertyKey[]): PathSegment[] => path.filter((p): p is string | number => typeof p !== "symbol");

/** The keys a strict object accepts, for "did you mean". */
export type KnownKeys = (path: readonly PathSegment[]) => readonly string[];

/**
 * Converts zod issues for one document into problems with data paths.
 *
 * @param knownKeys the keys allowed at a path, for suggestions on unknown keys.
 */
export function problemsFromIssues(issues: readonly Issue[], value: unknown, knownKeys: KnownKeys): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const issue of issues) {
    const path = cleanPath(issue.path);
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const suggested = closest(key, knownKeys(path));
          problems.push({ code: "schema/unknown-key", path: [...path, key], atKey: true, args: suggested ? { key, suggested } : { key } });
        }
        break;
      case "invalid_type": {
        const at = valueAt(value, path);
        if (!at.found || at.value === undefined) {
          problems.push({ code: "schema/missing-key", path, args: { key: String(path[path.length - 1] ?? "(root)"), expected: issue.expected } });
        } else {
          problems.push({ code: "schema/invalid-type", path, args: { expected: issue.expected, found: typeName(at.value) } });
        }
        break;
      }
      case "invalid_value": {
        const at = valueAt(value, path);
        if (!at.found || at.value === undefined) {
          // zod reports a missing enum field as an invalid value; to a designer it is a missing key.
          problems.push({ code: "schema/missing-key", path, args: { key: String(path[path.length - 1] ?? "(root)"), expected: issue.values.map(String).join(" | ") } });
          break;
        }
        const allowed = issue.values.map(String);
        const word = String(at.value);
        const suggested = closest(word, allowed);
        problems.push({ code: "schema/invalid-value", path, args: { value: word, allowed: allowed.join(", "), ...(suggested ? { suggested } : {}) } });
        break;
      }
      case "invalid_key":
        // A record key that is not a locale tag: point at the key itself.
        problems.push({ code: "schema/invalid", path, atKey: true, args: { detail: issue.issues[0]?.message ?? issue.message } });
        break;
      default:
        problems.push({ code: "schema/invalid", path, args: { detail: issue.message } });
    }
  }
  return problems;
}

/**
 * The keys a strict object in `schema` accepts at `path`, walking through
 * arrays, optionals and records.
 */
export function keysAt(schema: z.core.$ZodType, path: readonly PathSegment[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (s: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    let t = s;
    while (t && (t._zod.def.type === "optional" || t._zod.def.type === "nullable" || t._zod.def.type === "default")) {
      t = (t._zod.def as unknown as { innerType: z.core.$ZodType }).innerType;
    }
    return t;
  };
  for (const seg of path) {
    current = unwrap(current);
    if (!current) return [];
    const def = current._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; valueType?: z.core.$ZodType };
    if (def.type === "object" && def.shape) current = def.shape[String(seg)];
    else if (def.type === "array") current = def.element;
    else if (def.type === "record") current = def.valueType;
    else return [];
  }
  current = unwrap(current);
  const def = current?._zod.def as unknown as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
