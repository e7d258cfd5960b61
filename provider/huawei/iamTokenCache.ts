/**
 * IAM tokens, cached per (IAM endpoint, account, user, project) and reused until one hour before
 * they expire (tokens live 24 h; spec/cdm.md §1.6 step 4, spec/dli.md §1.4.1). Concurrent callers
 * share one fetch. Tokens never leave this cache except into the `X-Auth-Token` header.
 */
export interface IamToken {
  readonly token: string;
  readonly expiresAtMs: number;
}

/** Refresh this long before `expires_at`, so a long `pulumi up` never sends an expiring token. */
export const TOKEN_REFRESH_MARGIN_MS = 3_600_000;

export type TokenFetchReason = "missing" | "expiring" | "rejected";

export class IamTokenCache {
  private readonly tokens = new Map<string, IamToken>();
  private readonly pending = new Map<string, Promise<IamToken>>();

  /**
   * A usable token for `key`. `rejected` is a token the service just refused (401): it is dropped
   * unless another caller has already replaced it.
   */
  async get(
    key: string,
    nowMs: number,
    fetch: (reason: TokenFetchReason) => Promise<IamToken>,
    rejected?: string,
  ): Promise<string> {
    const cached = this.tokens.get(key);
    if (cached && rejected !== undefined && cached.token === rejected) this.tokens.delete(key);
    const current = this.tokens.get(key);
    if (current && nowMs < current.expiresAtMs - TOKEN_REFRESH_MARGIN_MS) return current.token;

    let inFlight = this.pending.get(key);
    if (!inFlight) {
      const reason: TokenFetchReason = rejected !== undefined ? "rejected" : current ? "expiring" : "missing";
      inFlight = fetch(reason).then(
        (token) => {
          this.tokens.set(key, token);
          this.pending.delete(key);
          return token;
        },
        (error: unknown) => {
          this.pending.delete(key);
          throw error;
        },
      );
      this.pending.set(key, inFlight);
    }
    return (await inFlight).token;
  }

  clear(): void {
    this.tokens.clear();
  }
}

let shared: IamTokenCache | undefined;

export function sharedIamTokenCache(): IamTokenCache {
  shared ??= new IamTokenCache();
  return shared;
}
