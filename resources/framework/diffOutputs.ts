import type * as pulumi from "@pulumi/pulumi";
import equal from "fast-deep-equal";
import { containsUnknown } from "./unknown";
import type { AnyResourceDefinition } from "./resourceDefinition";
import { PENDING, TIMEOUTS } from "./frameworkFields";

/**
 * Compares the last *outputs* with the new inputs (ARCHITECTURE decision 4), so drift found by a
 * refresh is corrected by the next `up`. Write-only and secret fields are compared with the value
 * kept in the outputs, never with the mask the service returns (decision 3). An unknown input may
 * change; if its field replaces, the diff says so. `adopt` only matters at create and never diffs.
 */
export function diffOutputs(
  definition: AnyResourceDefinition,
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): pulumi.dynamic.DiffResult {
  const changed = changedFields(definition, olds, news);
  const replaces = changed.filter((key) => definition.policy[key] === "replace");
  if (!equal(olds[TIMEOUTS], news[TIMEOUTS])) changed.push(TIMEOUTS);
  // A partially failed create or update left steps to run: the next up resumes them.
  if (olds[PENDING] !== undefined) changed.push(PENDING);
  return {
    changes: changed.length > 0,
    replaces,
    deleteBeforeReplace: replaces.length > 0 && definition.deleteBeforeReplace,
  };
}

/** The resource's own input fields whose new value differs from (or may differ from) the old one. */
export function changedFields(
  definition: AnyResourceDefinition,
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): string[] {
  return Object.keys(definition.policy).filter(
    (key) => containsUnknown(news[key]) || !equal(olds[key], news[key]),
  );
}
