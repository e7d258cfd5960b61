import type { HuaweiService } from "../../types";
import { createToken } from "./createToken";
import { iamErrorBody } from "./errors";
import { listProjects } from "./listProjects";
import { initialIamState, type IamState } from "./model";

/**
 * Just enough of Huawei IAM for CDM and DLI callers: project-scoped tokens (spec/cdm.md §1.6,
 * spec/dli.md §1.4.1) and the project list (spec/dli.md §1.5).
 */
export const IAM_SERVICE: HuaweiService<IamState> = {
  kind: "huawei",
  name: "iam",
  initialState: initialIamState,
  routes: [
    { method: "POST", path: "/v3/auth/tokens", action: "createToken", handle: createToken },
    { method: "GET", path: "/v3/projects", action: "listProjects", handle: listProjects },
  ],
  errorBody: iamErrorBody,
};

/** The one IAM route that authenticates by its body; the core lets it through unsigned. */
export const IAM_ANONYMOUS_ACTIONS: ReadonlySet<string> = new Set(["createToken"]);

export { lookupToken, TOKEN_LIFETIME_MS } from "./model";
export type { IamState, IamToken, TokenLookup } from "./model";
