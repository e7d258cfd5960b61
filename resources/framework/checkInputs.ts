import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { isUnknown, containsUnknown, unknownAlong } from "./unknown";
import type { AnyResourceDefinition } from "./resourceDefinition";
import { ADOPT, TIMEOUTS, adoptField, timeoutsField } from "./frameworkFields";

type Failure = pulumi.dynamic.CheckFailure;

/**
 * Validates and normalises new inputs, reporting every problem at once as check failures (property
 * path, what was given, what is allowed). During preview an input may be the unknown sentinel
 * (engine.md §2.4): such fields are passed through untouched and rules that span fields are
 * skipped, so preview shows no false errors.
 */
export function checkInputs(
  definition: AnyResourceDefinition,
  news: Record<string, unknown>,
): pulumi.dynamic.CheckResult {
  const shape: Record<string, z.ZodType> = { ...definition.fields, [ADOPT]: adoptField };
  if (definition.timeouts !== undefined) shape[TIMEOUTS] = timeoutsField;
  const secrets = new Set(
    Object.entries(definition.policy)
      .filter(([, kind]) => kind === "secret")
      .map(([key]) => key),
  );

  const failures: Failure[] = [];
  const inputs: Record<string, unknown> = {};
  for (const key of Object.keys(news)) {
    if (!(key in shape)) {
      failures.push({ property: key, reason: `unknown property; allowed: ${Object.keys(shape).join(", ")}` });
    }
  }
  for (const [key, schema] of Object.entries(shape)) {
    const given = news[key];
    if (isUnknown(given)) {
      inputs[key] = given;
      continue;
    }
    const result = schema.safeParse(given);
    if (result.success) {
      if (result.data !== undefined) inputs[key] = result.data;
      continue;
    }
    const real = result.error.issues.filter((issue) => !unknownAlong(given, issue.path));
    if (real.length === 0) {
      inputs[key] = given;
      continue;
    }
    for (const issue of real) failures.push(toFailure([key, ...issue.path], issue.message, news, secrets));
  }

  if (failures.length === 0 && definition.rules !== undefined && !containsUnknown(inputs)) {
    definition.rules(inputs, {
      add: (property, message) => failures.push(toFailure(property.split("."), message, news, secrets)),
    });
  }
  return failures.length > 0 ? { inputs: news, failures } : { inputs };
}

function toFailure(
  path: readonly PropertyKey[],
  message: string,
  news: Record<string, unknown>,
  secrets: ReadonlySet<string>,
): Failure {
  const property = path.map(String).join(".");
  const top = String(path[0]);
  const given = secrets.has(top) ? "[secret]" : describeValue(valueAt(news, path));
  return { property, reason: `${message} (given: ${given})` };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
