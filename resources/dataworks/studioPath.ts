import { z } from "zod";

/** The first segment of every DataStudio folder path: "business flows" (spec/dataworks.md §2.5). */
export const BUSINESS_ROOT_SEGMENT = "业务流程";

/** `a/ b//c/` → `a/b/c`: the canonical form the service stores and answers with (§2.5). */
export function canonicalStudioPath(path: string): string {
  return splitStudioPath(path).join("/");
}

export function splitStudioPath(path: string): string[] {
  return path
    .split("/")
    .map((segment) => segment.trim())
    .filter((segment) => segment !== "");
}

/** The path of a business flow's own folder, under which its category folders live (§2.5). */
export function businessFlowPath(name: string): string {
  return `${BUSINESS_ROOT_SEGMENT}/${name}`;
}

/** One path segment: a folder or business flow name. */
export const studioNameField = z
  .string()
  .trim()
  .min(1, { error: "must not be empty" })
  .refine((name) => !name.includes("/"), { error: "must be one path segment (no '/')" });

/**
 * A path under the business-flow root with at least the business flow: `业务流程/<flow>[/…]`.
 * Normalised to the canonical form so that `a/b/` and `a/b` do not differ.
 */
export const studioParentPathField = z
  .string()
  .transform(canonicalStudioPath)
  .refine(
    (path) => {
      const segments = splitStudioPath(path);
      return segments[0] === BUSINESS_ROOT_SEGMENT && segments.length >= 2;
    },
    {
      error: `must start with ${BUSINESS_ROOT_SEGMENT}/<business flow>, e.g. ${BUSINESS_ROOT_SEGMENT}/my_flow/MaxCompute`,
    },
  );
