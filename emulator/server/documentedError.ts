/**
 * The HTTP status (and, where the spec gives one, the message) each cloud documents for an error
 * code, so an injected fault that names only a code answers like the real service would. Exact
 * codes first, then the families the spec's tables assign one status to.
 */
export interface DocumentedError {
  readonly status: number;
  readonly message?: string;
}

const EXACT: Readonly<Record<string, DocumentedError>> = {
  // spec/dataworks.md §1.7, generic table for every chapter-4 API and the other chapters' codes.
  "Forbidden.Access": {
    status: 403,
    message:
      "Access is forbidden. " +
      "Please first activate DataWorks Enterprise Edition or Flagship Edition.",
  },
  "Throttling.Api": {
    status: 429,
    message: "The request for this resource has exceeded your available limit.",
  },
  "Throttling.Api.Risk": {
    status: 429,
    message: "The request for this resource has exceeded your daily available limit.",
  },
  "Throttling.System": { status: 429, message: "The DataWorks system is busy. Try again later." },
  "Throttling.User": { status: 429, message: "Your request is too frequent. Try again later." },
  "Throttling.Resource": {
    status: 429,
    message:
      "You have reached the limit for the resource. Please contact us by submitting a ticket.",
  },
  "InternalError.System": {
    status: 500,
    message: "An internal system error occurred. Try again later.",
  },
  "InternalError.UserId.Missing": {
    status: 500,
    message: "An internal system error occurred. Try again later.",
  },
  "ResourceNotAuthorized.Api": {
    status: 403,
    message: "You are not authorized to access the resources.",
  },
  "Forbidden.Not.Server": {
    status: 500,
    message:
      "The dataworksAPI service is not available in this area. Please try it in another area.",
  },
  "Forbidden.NoTenant": {
    status: 403,
    message: "The tenant information cannot be obtained using user ID.",
  },
  // Alibaba Cloud's common error for a temporary outage (outside the seeds; brief of issue 3).
  ServiceUnavailable: {
    status: 503,
    message: "The request has failed due to a temporary failure of the server.",
  },
  // spec/signing.md §2.5 step 4 names the Alibaba gateway's codes; statuses as the emulator's own
  // verifier answers them (emulator/auth/alibabaGatewayErrors.ts).
  "InvalidAccessKeyId.NotFound": { status: 404, message: "Specified access key is not found." },
  SignatureDoesNotMatch: { status: 400 },
  SignatureNonceUsed: { status: 400, message: "Specified signature nonce was used already." },
  MissingParameter: { status: 400 },
  "InvalidTimeStamp.Expired": { status: 400 },
  "InvalidTimeStamp.Format": { status: 400 },
  InvalidParameter: { status: 400 },
  IncompleteSignature: { status: 400 },
  "InvalidAction.NotFound": { status: 501 },
  // Huawei API gateway (spec/cdm.md §1.8, §1.9, Appendix D; spec/dli.md §1.4.3; public APIG table).
  "APIG.0308": { status: 429, message: "The throttling threshold has been reached." },
  "APIG.0301": { status: 401, message: "Incorrect IAM authentication information." },
  "APIG.0302": { status: 403, message: "The IAM user is not authorized to access the API." },
  "APIG.0201": { status: 413, message: "Request entity too large." },
  "APIG.0101": {
    status: 404,
    message: "The API does not exist or has not been published in the environment.",
  },
  "APIG.0002": { status: 500, message: "Internal server error." },
  // spec/dli.md §7.2: every DLI code is 400 except these.
  "DLI.0013": { status: 401 },
  "DLI.0014": { status: 401 },
  "DLI.0023": { status: 404 },
};

/** Families whose every documented code has one status. */
const FAMILIES: ReadonlyArray<readonly [RegExp, number]> = [
  // spec/dataworks.md §1.7: every `Throttling.*` code is 429; the seeds' `Invalid.*` / `Param.*`
  // validation codes are 400.
  [/^Throttling(\.|$)/, 429],
  [/^InternalError(\.|$)/, 500],
  [/^(Invalid|Param|Missing)\./, 400],
  [/^ServiceUnavailable(\.|$)/, 503],
  // spec/cdm.md §5.1: "the seed lists HTTP status 400 for every code"; §5.3: every DLF code is 400.
  [/^Cdm\.\d+$/, 400],
  [/^DLF\.?\d+$/, 400],
  // spec/dli.md §7.2 (exceptions above), including DLI.0999, "mapped to 400, not 500".
  [/^DLI\.\d+$/, 400],
];

export function documentedError(code: string): DocumentedError | undefined {
  const exact = EXACT[code];
  if (exact) return exact;
  const family = FAMILIES.find(([pattern]) => pattern.test(code));
  return family ? { status: family[1] } : undefined;
}
