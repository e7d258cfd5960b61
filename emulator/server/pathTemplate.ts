/**
 * Huawei REST routes are declared as `METHOD /v1.1/{project_id}/clusters/{cluster_id}`; a template
 * compiles once into a matcher that returns the percent-decoded placeholder values.
 */
export interface PathTemplate {
  readonly template: string;
  /** Placeholder values keyed by name, or undefined when the path does not match. */
  match(path: string): Record<string, string> | undefined;
}

export function compilePathTemplate(template: string): PathTemplate {
  const parts = splitPath(template).map((segment) => {
    const placeholder = /^\{([A-Za-z0-9_]+)\}$/.exec(segment);
    return placeholder ? { name: placeholder[1] as string } : { literal: segment };
  });
  return {
    template,
    match(path) {
      const segments = splitPath(path);
      if (segments.length !== parts.length) return undefined;
      const params: Record<string, string> = {};
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        const raw = segments[i]!;
        if ("literal" in part) {
          if (part.literal !== raw) return undefined;
          continue;
        }
        const value = safeDecode(raw);
        if (value === undefined || value === "") return undefined;
        params[part.name] = value;
      }
      return params;
    },
  };
}

/**
 * Splits on `/`, ignoring one trailing slash: the Huawei SDK strips it before sending and the
 * signature treats both forms alike (spec/signing.md §4.2 step 1).
 */
export function splitPath(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
  return trimmed.split("/").slice(1);
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
