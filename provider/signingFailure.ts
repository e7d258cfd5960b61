import type { AttemptOutcome, CallFacts } from "./attemptOutcome";
import { CloudError } from "./errors";
import { SigningInputError } from "./signers";

/**
 * The signer refused the input (a parameter name or header it cannot sign the way the server
 * verifies it): nothing was sent, and sending it again cannot help.
 */
export function signingFailureOutcome(call: CallFacts, error: unknown): AttemptOutcome {
  if (!(error instanceof SigningInputError)) throw error;
  return {
    ok: false,
    retry: "final",
    error: new CloudError({ ...call, category: "invalid", code: error.code, serviceMessage: error.message }),
  };
}
