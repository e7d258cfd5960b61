/**
 * The last step: the answer must satisfy the operation's zod schema. A mismatch is a CloudError
 * `DecodeError` (category `fatal`) naming the action and the paths of the failing fields, never
 * their values (a response may carry secrets, e.g. a data source's connection properties).
 */
import type { CallFacts } from "./attemptOutcome";
import { CloudError } from "./errors";
import { NOT_JSON } from "./http/serviceAnswer";
import type { z } from "zod";

const MAX_ISSUES = 5;

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length === 0 ? "(root)" : issue.path.map(String).join(".");
  // `code` and `expected` only: zod's `message` can quote the received value.
  const expected = "expected" in issue && typeof issue.expected === "string" ? ` (expected ${issue.expected})` : "";
  return `${path}: ${issue.code}${expected}`;
}

export function decodeResponse<T>(
  call: CallFacts,
  schema: z.ZodType<T>,
  body: unknown,
  requestId: string | undefined,
): T {
  if (body === NOT_JSON) {
    throw new CloudError({
      ...call,
      category: "fatal",
      code: "DecodeError",
      serviceMessage: "the response body is not JSON",
      requestId,
    });
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const listed = issues.slice(0, MAX_ISSUES).map(describeIssue).join("; ");
  const more = issues.length > MAX_ISSUES ? `; and ${issues.length - MAX_ISSUES} more` : "";
  throw new CloudError({
    ...call,
    category: "fatal",
    code: "DecodeError",
    serviceMessage: `unexpected response shape: ${listed}${more}`,
    requestId,
  });
}
