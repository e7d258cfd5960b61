import type { FailureFacts } from "../classify/classifyFailure";

/** A body that could not be parsed as JSON (decoding reports it as a DecodeError). */
export const NOT_JSON: unique symbol = Symbol("NOT_JSON");

export interface AnswerSuccess {
  readonly ok: true;
  /** The parsed JSON body; `{}` when the body was empty; NOT_JSON when it was not JSON. */
  readonly body: unknown;
  readonly requestId: string | undefined;
}

export interface AnswerFailure {
  readonly ok: false;
  /** The status on the wire. */
  readonly httpStatus: number;
  readonly facts: FailureFacts;
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;
}

export type ServiceAnswer = AnswerSuccess | AnswerFailure;

export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The first field that holds a non-empty string (numbers are accepted and written as text). */
export function firstText(record: Record<string, unknown> | undefined, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = record?.[name];
    if (typeof value === "string" && value !== "") return value;
    if (typeof value === "number") return String(value);
  }
  return undefined;
}

/** `false` or `"false"`: DataWorks and DLI envelopes use both (spec/dataworks.md §1.6, spec/dli.md §1.6). */
export function isFalse(value: unknown): boolean {
  return value === false || value === "false";
}

/** A short excerpt of a non-JSON error body (gateways answer HTML). */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
