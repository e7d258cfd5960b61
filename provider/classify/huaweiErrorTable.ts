/**
 * CDM, DLI, IAM and API-gateway error codes → categories.
 * Sources: spec/cdm.md §1.8, §5.1 (and §7 GAP-5, GAP-30, GAP-38, GAP-39), spec/dli.md §1.7, §7.2, §7.3.
 * CDM reports the same condition with 400 or 500 depending on the API (cdm.md §5.1), so the code
 * decides before the HTTP status does.
 */
import type { CodeRule } from "./classification";

/**
 * Synthetic code for a CDM `validation-result` failure (the connectivity check of a link failed,
 * HTTP 500; spec/cdm.md §3.3): the service stored nothing and a retry cannot help.
 */
export const CDM_VALIDATION_FAILED = "Cdm.ValidationFailed";

export const HUAWEI_ERROR_TABLE: readonly CodeRule[] = [
  { code: CDM_VALIDATION_FAILED, category: "invalid", source: "cdm.md §3.3" },
  // API gateway (cdm.md §1.7, GAP-5: clients key on the status; these codes are the common ones).
  { code: "APIG.0308", category: "throttling", source: "cdm.md §1.9 (APIG throttling)" },
  { code: "APIG.0301", category: "auth", source: "cdm.md GAP-5" },
  { code: "APIG.0302", category: "auth", source: "cdm.md GAP-5" },

  // CDM: not found (cdm.md §1.8, §5.1 "Error codes most relevant", GAP-16, GAP-38).
  { code: "Cdm.0001", category: "notFound", source: "cdm.md §5.1, GAP-16" },
  { code: "Cdm.0054", category: "notFound", source: "cdm.md §5.1" },
  { code: "Cdm.0095", category: "notFound", source: "cdm.md GAP-38" },
  { code: "Cdm.00095", category: "notFound", source: "cdm.md GAP-38" },
  { code: "Cdm.0100", category: "notFound", source: "cdm.md §5.1" },
  { code: "Cdm.0101", category: "notFound", source: "cdm.md §5.1" },
  { code: "Cdm.0316", category: "notFound", source: "cdm.md §5.1" },
  { code: "Cdm.0319", category: "notFound", source: "cdm.md §5.1" },
  // CDM: already exists, in use, wrong state.
  { code: "Cdm.0104", category: "conflict", source: "cdm.md §5.1, GAP-39" },
  { code: "Cdm.0315", category: "conflict", source: "cdm.md §5.1" },
  { code: "Cdm.0318", category: "conflict", source: "cdm.md §5.1" },
  { code: "Cdm.0321", category: "conflict", source: "cdm.md §5.1" },
  { code: "Cdm.0322", category: "conflict", source: "cdm.md §5.1" },
  { code: "Cdm.0323", category: "conflict", source: "cdm.md §5.1" },
  { code: "Cdm.0052", category: "conflict", source: "cdm.md §5.1 (job running)" },
  { code: "Cdm.0053", category: "conflict", source: "cdm.md §5.1 (job not running)" },
  // Cdm.0021 is "cannot connect to server", but the delete-link example reuses it for a link in use.
  { code: "Cdm.0021", message: /in use/i, category: "conflict", source: "cdm.md GAP-30" },
  { code: "Cdm.0021", category: "invalid", source: "cdm.md §5.1" },
  // CDM: permission; "retry later"; "contact support".
  { code: "Cdm.0032", category: "auth", source: "cdm.md §5.1" },
  { code: "Cdm.0019", category: "transient", source: "cdm.md §5.1 (retry later)" },
  { code: "Cdm.0202", category: "transient", source: "cdm.md §5.1 (retry later)" },
  { code: "Cdm.0000", category: "fatal", source: "cdm.md §5.1 (system error)" },

  // DLI (dli.md §1.7 not-found rule, §7.2, §7.3).
  { code: "DLI.0002", category: "notFound", source: "dli.md §1.7" },
  { code: "DLI.0023", category: "notFound", source: "dli.md §1.7" },
  { code: "DLI.0008", message: /there is no queue named/i, category: "notFound", source: "dli.md §1.7" },
  { code: "DLI.0006", category: "conflict", source: "dli.md §7.2" },
  // "Operation not supported": the emulator uses it for a call in the wrong state (dli.md §1.7).
  { code: "DLI.0007", category: "conflict", source: "dli.md §1.7 [emulator convention]" },
  { code: "DLI.0013", category: "auth", source: "dli.md §7.2" },
  { code: "DLI.0014", category: "auth", source: "dli.md §7.2" },
  { code: "DLI.0015", category: "auth", source: "dli.md §7.2" },
  { code: "DLI.0003", category: "auth", source: "dli.md §7.2" },
  { code: "DLI.0011", category: "auth", source: "dli.md §7.2" },
  { code: "DLI.1028", category: "fatal", source: "dli.md §7.2 (quota)" },
  { code: "DLI.0009", category: "fatal", source: "dli.md §7.2 (system restriction)" },
  // DLI.0999 ("server-side system error", HTTP 400) carries several causes (dli.md §7.3).
  { code: "DLI.0999", message: /already exist|已存在/i, category: "conflict", source: "dli.md §7.3" },
  { code: "DLI.0999", message: /busy|try again/i, category: "transient", source: "dli.md §7.3" },
  { code: "DLI.0999", category: "invalid", source: "dli.md §7.3" },
];

/**
 * Only for failures that carry no code at all (a DLI `is_success: false` envelope with just a
 * `message`, dli.md §1.6): the message decides for the two conditions the resource layer acts on.
 * Unknown *codes* are classified by HTTP status instead: a message such as "source file does not
 * exist" on a job run must not look like "the job does not exist".
 */
export const HUAWEI_MESSAGE_PATTERNS: ReadonlyArray<{
  pattern: RegExp;
  category: CodeRule["category"];
}> = [
  { pattern: /does ?n[o']t exist|not exist|there is no \w+ named|not found/i, category: "notFound" },
  { pattern: /already exist/i, category: "conflict" },
];
