import type { HuaweiRoute, HuaweiService } from "../types";
import { compilePathTemplate, splitPath, type PathTemplate } from "./pathTemplate";

export type HuaweiServiceName = HuaweiService<unknown>["name"];

/** Which part of the emulator a request is for, told apart by its shape (ARCHITECTURE.md, emulator). */
export type RequestTarget =
  | { readonly kind: "control"; readonly path: string }
  | { readonly kind: "alibaba" }
  | { readonly kind: "huawei"; readonly service: HuaweiServiceName }
  | { readonly kind: "unknown" };

export const CONTROL_PREFIX = "/__emulator";

const DLI_VERSIONS = new Set(["v1.0", "v1", "v2.0"]);

export function classifyRequest(
  path: string,
  query: URLSearchParams,
  headers: Readonly<Record<string, string | string[] | undefined>>,
): RequestTarget {
  if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
    return { kind: "control", path: path.slice(CONTROL_PREFIX.length) || "/" };
  }
  // spec/dataworks.md §1.1: RPC style, the operation is chosen by `Action` (v1) or `x-acs-action`
  // (ACS3, spec/signing.md §3.1) on path `/`; pop-core POST sends `Action` in the form body only.
  if (path === "/" || headers["x-acs-action"] !== undefined || query.has("Action")) {
    return { kind: "alibaba" };
  }
  const segments = splitPath(path);
  const [version, project, collection] = segments;
  // spec/cdm.md §1.2: IAM token and project APIs live under /v3/.
  if (version === "v3") return { kind: "huawei", service: "iam" };
  // spec/cdm.md §1.2: every CDM path starts with /v1.1/{project_id}/clusters.
  if (version === "v1.1" && project !== undefined && collection === "clusters") {
    return { kind: "huawei", service: "cdm" };
  }
  // spec/dli.md §1.1: DLI paths start with /v1.0, /v1 or /v2.0 followed by the project id.
  if (version !== undefined && DLI_VERSIONS.has(version) && project !== undefined) {
    return { kind: "huawei", service: "dli" };
  }
  return { kind: "unknown" };
}

export interface RouteMatch<S> {
  readonly route: HuaweiRoute<S>;
  readonly pathParams: Record<string, string>;
}

/** Method + path-template matching over one Huawei service's routes, compiled once. */
export class HuaweiRouter<S> {
  private readonly compiled: Array<{ route: HuaweiRoute<S>; template: PathTemplate }>;

  constructor(routes: readonly HuaweiRoute<S>[]) {
    // Literal segments win over placeholders (`/clusters/job` before `/clusters/{cluster_id}`),
    // whatever order the service listed its routes in.
    this.compiled = routes
      .map((route) => ({ route, template: compilePathTemplate(route.path) }))
      .sort((a, b) => literalCount(b.route.path) - literalCount(a.route.path));
  }

  match(method: string, path: string): RouteMatch<S> | undefined {
    for (const { route, template } of this.compiled) {
      if (route.method !== method) continue;
      const pathParams = template.match(path);
      if (pathParams) return { route, pathParams };
    }
    return undefined;
  }
}

function literalCount(template: string): number {
  return splitPath(template).filter((segment) => !segment.startsWith("{")).length;
}
