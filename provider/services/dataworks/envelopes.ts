/**
 * The response envelopes of spec/dataworks.md §1.6. There is no single envelope: each family below
 * lists its own top-level fields, and each operation adds its payload field (`Data`, `BusinessId`,
 * `DeploymentId`, `NodeTypeInfoList`). The client has already rejected error answers
 * (HTTP status, `ErrorCode`/`Code`, `Success: false`) before these schemas run.
 */
import { z } from "zod";
import { httpStatusCode, optional, successTrue } from "./wireScalars";

/**
 * DataStudio standard family: `HttpStatusCode`, `RequestId`, `Success`, `ErrorCode`,
 * `ErrorMessage`.
 * Success examples carry placeholder `ErrorCode`/`ErrorMessage` values (§0.3); they are accepted
 * and ignored.
 */
export function standardEnvelope<Payload extends z.ZodRawShape>(payload: Payload) {
  return z.object({
    RequestId: z.string(),
    HttpStatusCode: httpStatusCode,
    Success: successTrue,
    ErrorCode: optional(z.string()),
    ErrorMessage: optional(z.string()),
    ...payload,
  });
}

/**
 * Tenant family (data sources, GetProject): `HttpStatusCode` (String or Integer depending on the
 * table), `RequestId`, `Success`, `Data`; no `ErrorCode`/`ErrorMessage` fields are listed.
 */
export function tenantEnvelope<Payload extends z.ZodRawShape>(payload: Payload) {
  return z.object({
    RequestId: z.string(),
    HttpStatusCode: httpStatusCode,
    Success: successTrue,
    ...payload,
  });
}

/**
 * Families without status fields: "Minimal" (`RequestId` only: CheckFileDeployment), "List w/o
 * status" (`RequestId`, `Data`: ListDeployments) and "Node types" (`RequestId`,
 * `NodeTypeInfoList`: ListFileType).
 */
export function bareEnvelope<Payload extends z.ZodRawShape>(payload: Payload) {
  return z.object({ RequestId: z.string(), ...payload });
}
