/**
 * One DataWorks wire action, described once: its name, throttling level (spec/dataworks.md §1.8),
 * whether it may be retried blindly, the zod schema of its typed input (camelCase, transformed into
 * wire-ready values) and the zod schema of its whole answer. `operation(input)` validates the input
 * and builds the `AlibabaOperation` the client sends.
 */
import { z } from "zod";
import { CloudError } from "../../errors";
import type { AlibabaOperation, AlibabaParamValue, DataWorksLevel } from "../../operation";

export interface ActionDefinition<In extends z.ZodType, Out> {
  readonly action: string;
  readonly level: DataWorksLevel;
  readonly idempotent: boolean;
  readonly input: In;
  readonly response: z.ZodType<Out>;
}

export interface Action<In extends z.ZodType, Out> extends ActionDefinition<In, Out> {
  operation(input: z.input<In>): AlibabaOperation<Out>;
}

export function defineAction<In extends z.ZodType, Out>(
  definition: ActionDefinition<In, Out>,
): Action<In, Out> {
  return {
    ...definition,
    operation(input) {
      const parsed = definition.input.safeParse(input);
      if (!parsed.success) {
        // Raised before anything is sent, so the caller can fix the input (category "invalid").
        throw new CloudError({
          cloud: "alibaba",
          service: "dataworks",
          action: definition.action,
          category: "invalid",
          code: "InvalidInput",
          serviceMessage: z.prettifyError(parsed.error),
        });
      }
      return {
        cloud: "alibaba",
        service: "dataworks",
        action: definition.action,
        params: toWireParams(parsed.data as Record<string, AlibabaParamValue>),
        level: definition.level,
        idempotent: definition.idempotent,
        response: definition.response,
      };
    },
  };
}

/**
 * camelCase input keys become the documented PascalCase parameter names (`fileFolderPath` →
 * `FileFolderPath`); unset parameters are left out rather than sent empty.
 */
export function toWireParams(
  input: Readonly<Record<string, AlibabaParamValue>>,
): Record<string, AlibabaParamValue> {
  const params: Record<string, AlibabaParamValue> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) params[key.charAt(0).toUpperCase() + key.slice(1)] = value;
  }
  return params;
}
