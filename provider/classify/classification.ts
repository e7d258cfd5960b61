import type { ErrorCategory } from "../errors";

/** What a classification table says about one error code. */
export interface Classification {
  readonly category: ErrorCategory;
  /**
   * The request was rejected because of its timestamp or nonce, i.e. it was not processed: it may be
   * re-signed (fresh time and nonce) and sent once more even when it is not idempotent.
   */
  readonly reSign?: boolean;
}

/** A table row: an exact code, optionally narrowed by the message (codes reused for several causes). */
export interface CodeRule extends Classification {
  readonly code: string;
  readonly message?: RegExp;
  /** Spec section the row comes from. */
  readonly source: string;
}

export function findRule(
  rules: readonly CodeRule[],
  code: string,
  message: string,
): CodeRule | undefined {
  return rules.find((r) => r.code === code && (r.message === undefined || r.message.test(message)));
}
