/** A token issued by `POST /v3/auth/tokens`, as the IAM service keeps it (plain JSON, persisted). */
export interface IamToken {
  readonly userName: string;
  readonly domain: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly methods: readonly string[];
  readonly issuedAt: number;
  readonly expiresAt: number;
}

export interface IamState {
  /** Keyed by the token text sent back in `X-Auth-Token`. */
  tokens: Record<string, IamToken>;
}

export function initialIamState(): IamState {
  return { tokens: {} };
}

/** spec/cdm.md §1.6 step 4, spec/dli.md §1.4.1: tokens are valid for 24 hours. */
export const TOKEN_LIFETIME_MS = 24 * 3_600_000;

export type TokenLookup =
  | { readonly status: "valid"; readonly token: IamToken }
  | { readonly status: "expired" }
  | { readonly status: "unknown" };

/** How the core authenticates `X-Auth-Token` on CDM and DLI calls. */
export function lookupToken(state: IamState, text: string, now: number): TokenLookup {
  const token = Object.prototype.hasOwnProperty.call(state.tokens, text)
    ? state.tokens[text]
    : undefined;
  if (token === undefined) return { status: "unknown" };
  return token.expiresAt > now ? { status: "valid", token } : { status: "expired" };
}
