/**
 * A request the signer refuses to sign because the server would compute a different signature
 * (spec/signing.md §6). Raised before anything is sent; never retried.
 */
export type SigningInputErrorCode =
  /** ACS3 canonical query names are not encoded by the SDKs; we refuse names that would need it (§3.4 step 2). */
  | "UnsignableParameterName"
  /** A business parameter or extra header collides with one the signer owns (Action, x-acs-date …). */
  | "ReservedName"
  /** The input cannot be represented on the wire (e.g. an unflattenable value). */
  | "InvalidInput";

export class SigningInputError extends Error {
  override readonly name = "SigningInputError";
  readonly category = "invalid";
  constructor(
    readonly code: SigningInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}
