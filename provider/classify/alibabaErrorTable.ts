/**
 * DataWorks / Alibaba API gateway error codes → categories.
 * Sources: spec/dataworks.md §1.7 (generic codes), §4.9 (every documented code), §1.8 (daily cap),
 * spec/signing.md §2.5 (gateway signature codes).
 */
import type { CodeRule } from "./classification";

export const ALIBABA_ERROR_TABLE: readonly CodeRule[] = [
  // Throttling: QPS limits clear by waiting (§1.7, §1.8).
  { code: "Throttling", category: "throttling", source: "dataworks.md §1.7" },
  { code: "Throttling.Api", category: "throttling", source: "dataworks.md §1.7" },
  { code: "Throttling.System", category: "throttling", source: "dataworks.md §1.7" },
  { code: "Throttling.User", category: "throttling", source: "dataworks.md §1.7" },
  // The daily cap of level-3 APIs does not clear before the next day: never retry (§1.7, §1.8).
  { code: "Throttling.Api.Risk", category: "fatal", source: "dataworks.md §1.7" },
  // "Contact us by submitting a ticket": a quota, not a rate.
  { code: "Throttling.Resource", category: "fatal", source: "dataworks.md §1.7" },
  { code: "ServiceUnavailable", category: "transient", source: "dataworks.md §1.7 [outside seeds]" },
  { code: "InternalError", category: "transient", source: "dataworks.md §1.7" },
  { code: "InternalError.System", category: "transient", source: "dataworks.md §1.7" },
  { code: "InternalError.UserId.Missing", category: "transient", source: "dataworks.md §1.7" },
  { code: "InternalError.DI.Parameter", category: "transient", source: "dataworks.md §4.9" },
  { code: "Forbidden.Not.Server", category: "fatal", source: "dataworks.md §1.7" },
  // Signature and credentials (signing.md §2.5). A stale timestamp or a reused nonce means the
  // gateway refused the request before processing it: re-sign and send once more.
  { code: "InvalidTimeStamp.Expired", category: "auth", reSign: true, source: "signing.md §2.5" },
  { code: "SignatureNonceUsed", category: "auth", reSign: true, source: "signing.md §2.5" },
  { code: "SignatureDoesNotMatch", category: "auth", source: "signing.md §2.5" },
  { code: "IncompleteSignature", category: "auth", source: "signing.md §2.5" },
  { code: "InvalidAccessKeyId.NotFound", category: "auth", source: "signing.md §2.5" },
  { code: "InvalidAccessKeyId.Inactive", category: "auth", source: "signing.md §2.5" },
  { code: "InvalidSecurityToken.Expired", category: "auth", source: "signing.md §2.1" },
  { code: "InvalidSecurityToken.Malformed", category: "auth", source: "signing.md §2.1" },
  { code: "InvalidSecurityToken.MismatchWithAccessKey", category: "auth", source: "signing.md §2.1" },
  // Permissions and editions (§1.7, §4.9).
  { code: "Forbidden.Access", category: "auth", source: "dataworks.md §1.7" },
  { code: "Forbidden.NoTenant", category: "auth", source: "dataworks.md §1.7" },
  { code: "Forbidden.RAM", category: "auth", source: "dataworks.md §1.7 [outside seeds]" },
  { code: "Forbidden.DI.NoPrivilege", category: "auth", source: "dataworks.md §4.9" },
  { code: "ResourceNotAuthorized.Api", category: "auth", source: "dataworks.md §1.7" },
  { code: "Invalid.Tenant.UserNotInProject", category: "auth", source: "dataworks.md §4.9" },
  { code: "Invalid.Tenant.UserIsNotProjectOwnerOrAdmin", category: "auth", source: "dataworks.md §4.9" },
  { code: "Invalid.Tenant.UserNotInTenant", category: "auth", source: "dataworks.md §4.9" },
  // Objects that do not exist (ARCHITECTURE decision 5).
  { code: "Invalid.Tenant.ConnectionNotExists", category: "notFound", source: "dataworks.md §4.9" },
  { code: "Invalid.Tenant.ProjectNotExists", category: "notFound", source: "dataworks.md §4.9" },
  { code: "DataSource.NotFound", category: "notFound", source: "dataworks.md §4.9" },
  // Already exists / in use.
  { code: "ConnectionAlreadyExist", category: "conflict", source: "dataworks.md §4.9" },
  { code: "Invalid.DI.Parameter.File.Existed", category: "conflict", source: "dataworks.md §4.9" },
  { code: "Invalid.Tenant.UserAlreadyInProject", category: "conflict", source: "dataworks.md §4.9" },
  // "You cannot delete the bindingCalcEngine that is bound to the data source": in use.
  { code: "Invalid.Operation", category: "conflict", source: "dataworks.md §4.9" },
];

/**
 * Codes outside the table, by shape. The seeds defer most business codes to the online error
 * centre (dataworks.md §4.9 last paragraph), so a missing object or a duplicate name surfaces with
 * a code we have not seen; these patterns catch the usual spellings. `InvalidAccessKeyId.NotFound`
 * is in the table above and never reaches them.
 */
export const ALIBABA_CODE_PATTERNS: ReadonlyArray<{ pattern: RegExp; category: CodeRule["category"] }> = [
  { pattern: /^Throttling\b/, category: "throttling" },
  { pattern: /NotExist|NotFound|Not\.Exist|Not\.Found/i, category: "notFound" },
  { pattern: /AlreadyExist|Already\.Exist|Existed|Duplicate/i, category: "conflict" },
  { pattern: /^InternalError\b/, category: "transient" },
];
