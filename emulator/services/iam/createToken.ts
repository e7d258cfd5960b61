import { createHash } from "node:crypto";
import { z } from "zod";
import type { HuaweiRequest, HuaweiResponse, ServiceContext } from "../../types";
import { IAM_ERRORS } from "./errors";
import { TOKEN_LIFETIME_MS, type IamState } from "./model";

// spec/cdm.md §1.6 and spec/dli.md §1.4.1: a password identity, a project scope by id or by name.
const TokenRequestSchema = z.object({
  auth: z.object({
    identity: z
      .object({
        methods: z.array(z.string()).min(1),
        password: z
          .object({
            user: z.object({
              name: z.string().min(1),
              password: z.string(),
              domain: z.object({ name: z.string().min(1) }),
            }),
          })
          .optional(),
      })
      .optional(),
    scope: z
      .object({
        project: z
          .object({ id: z.string().min(1).optional(), name: z.string().min(1).optional() })
          .refine((p) => p.id !== undefined || p.name !== undefined, {
            error: "scope.project needs an id or a name",
          }),
      })
      .optional(),
  }),
});

/**
 * `POST /v3/auth/tokens` — IAM "获取用户Token". With a password identity the user, domain and
 * password must match a configured IAM user; a request signed with an accepted AK/SK (verified by
 * the core) gets a token for the key's user whatever its identity says. Answers 201 with the token
 * in `X-Subject-Token` and `token.expires_at` 24 h later (spec/cdm.md §1.6).
 */
export function createToken(request: HuaweiRequest, ctx: ServiceContext<IamState>): HuaweiResponse {
  const parsed = TokenRequestSchema.safeParse(request.body);
  if (!parsed.success) throw IAM_ERRORS.invalidBody(z.prettifyError(parsed.error));
  const { identity, scope } = parsed.data.auth;
  const credentials = ctx.credentials ?? { alibaba: [], huawei: [], projects: [], iamUsers: [] };

  let user: { name: string; domain: string };
  let methods: string[];
  if (identity?.methods.includes("password")) {
    const given = identity.password?.user;
    if (!given)
      throw IAM_ERRORS.invalidBody("identity.password.user is required for the password method");
    const match = credentials.iamUsers.find(
      (u) =>
        u.name === given.name && u.domain === given.domain.name && u.password === given.password,
    );
    if (!match) throw IAM_ERRORS.wrongPassword();
    user = { name: match.name, domain: match.domain };
    methods = ["password"];
  } else if (request.accessKey !== undefined) {
    const key = credentials.huawei.find((k) => k.accessKey === request.accessKey);
    const name = key?.userName ?? request.accessKey;
    user = { name, domain: credentials.iamUsers.find((u) => u.name === name)?.domain ?? name };
    methods = ["hw_ak_sk"];
  } else {
    throw IAM_ERRORS.noIdentity();
  }

  if (!scope) throw IAM_ERRORS.noProjectScope();
  const project = credentials.projects.find(
    (p) =>
      (scope.project.id === undefined || p.id === scope.project.id) &&
      (scope.project.name === undefined || p.name === scope.project.name),
  );
  if (!project) throw IAM_ERRORS.unknownProject(scope.project.id ?? scope.project.name ?? "");

  const now = ctx.now();
  pruneExpired(ctx.state, now);
  const text = `MIIT${Buffer.from(`${ctx.newId()}${ctx.newId()}`).toString("base64url")}`;
  const token = {
    userName: user.name,
    domain: user.domain,
    projectId: project.id,
    projectName: project.name,
    methods,
    issuedAt: now,
    expiresAt: now + TOKEN_LIFETIME_MS,
  };
  ctx.state.tokens[text] = token;

  const baseUrl = `http://${request.headers["host"] ?? "127.0.0.1"}`;
  const domainRef = { id: stableId(`domain:${user.domain}`), name: user.domain };
  return {
    status: 201,
    headers: { "X-Subject-Token": text, "x-iam-trace-id": ctx.requestId },
    body: {
      token: {
        expires_at: iamTime(token.expiresAt),
        issued_at: iamTime(token.issuedAt),
        methods,
        catalog: ["cdm", "dli", "iam"].map((service) => ({
          type: service,
          id: stableId(`service:${service}`),
          name: service,
          endpoints: [
            {
              id: stableId(`endpoint:${service}:${project.name}`),
              interface: "public",
              region: project.name,
              region_id: project.name,
              url: service === "iam" ? `${baseUrl}/v3` : baseUrl,
            },
          ],
        })),
        project: { domain: domainRef, id: project.id, name: project.name },
        roles: [{ id: stableId("role:te_admin"), name: "te_admin" }],
        user: {
          domain: domainRef,
          id: stableId(`user:${user.domain}:${user.name}`),
          name: user.name,
          password_expires_at: "",
        },
      },
    },
  };
}

/** IAM writes times with microseconds: `2019-02-13T06:52:13.855000Z` (spec/cdm.md §1.6). */
export function iamTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/Z$/, "000Z");
}

/** Ids that stay the same across restarts for the same name (32 hex characters, like IAM's). */
function stableId(name: string): string {
  return createHash("md5").update(name).digest("hex");
}

function pruneExpired(state: IamState, now: number): void {
  for (const [text, token] of Object.entries(state.tokens)) {
    if (token.expiresAt <= now) delete state.tokens[text];
  }
}
