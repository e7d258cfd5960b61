import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { isUnknown, containsUnknown, unknownAlong } from "./unknown";
import type { AnyResourceDefinition } from "./resourceDefinition";
import { ADOPT, TIMEOUTS, adoptField, timeoutsField } from "./frameworkFields";
import { secretRedactor, type SecretRedactor } from "./secretRedactor";

type Failure = pulumi.dynamic.CheckFailure;

/**
 * Validates and normalises new inputs, reporting every problem at once as check failures (property
 * path, what was given, what is allowed). During preview an input may be the unknown sentinel
 * (engine.md §2.4): such fields are passed through untouched and rules that span fields are
 * skipped, so preview shows no false errors. No failure prints a secret: not a secret field, not a
 * value under a secret-like key at any depth, not a secret quoted by a rule (secretRedactor.ts).
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

  const redactor = secretRedactor(news, secrets);

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
    for (const issue of real) {
      failures.push(toFailure([key, ...issue.path], issue.message, redactor));
    }
  }

  if (failures.length === 0 && definition.rules !== undefined && !containsUnknown(inputs)) {
    definition.rules(inputs, {
      add: (property, message) => failures.push(toFailure(property.split("."), message, redactor)),
    });
  }
  return failures.length > 0 ? { inputs: news, failures } : { inputs };
}

function toFailure(
  path: readonly PropertyKey[],
  message: string,
  redactor: SecretRedactor,
): Failure {
  const property = path.map(String).join(".");
  return { property, reason: redactor.scrub(`${message} (given: ${redactor.describe(path)})`) };
}
