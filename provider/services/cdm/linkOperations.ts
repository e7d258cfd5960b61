/**
 * Link operations (spec/cdm.md §3). There is no list-links API (GAP-22): a link is found by name
 * with `showLink`, whose not-found answer (`Cdm.0101`, 404) the client raises as `notFound`.
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { cdmPath } from "./cdmPath";
import {
  type CdmLinkInput,
  CdmLinkInputSchema,
  CdmLinkNameSchema,
  type CdmShowLinkResult,
  EmptyAnswerSchema,
  ShowLinkResponseSchema,
  ValidationAnswerSchema,
  linkBody,
} from "./linkSchemas";
import { parseInput } from "./parseInput";
import { type CdmValidationMessage, requireNoValidationErrors } from "./validationResult";

const clusterId = z.string().min(1);

/** What a successful create/update returns: the echoed name and any `WARNING` entries. */
export interface CdmWriteResult {
  readonly name?: string;
  readonly warnings: readonly CdmValidationMessage[];
}

export interface CreateLinkOptions {
  /** `?validate=true`: only validate the parameters, create nothing (spec/cdm.md §3.3, GAP-32). */
  readonly validate?: boolean;
}

/**
 * `POST …/clusters/{cluster_id}/cdm/link` (spec/cdm.md §3.3). The service tests connectivity; a
 * failed test (500 + `validation-result`, or 200 with an `ERROR` entry) is raised as an `invalid`
 * CloudError and the link is not created.
 */
export async function createLink(
  sender: OperationSender,
  cluster: string,
  input: CdmLinkInput,
  options: CreateLinkOptions = {},
): Promise<CdmWriteResult> {
  parseInput(clusterId, cluster, "createLink");
  const parsed = parseInput(CdmLinkInputSchema, input, "createLink");
  const answer = await sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "createLink",
    method: "POST",
    path: cdmPath(cluster, "cdm", "link"),
    ...(options.validate === true ? { query: { validate: "true" } } : {}),
    body: linkBody(parsed),
    // A validate-only call creates nothing and may be replayed; a real create may not (duplicate name).
    idempotent: options.validate === true,
    response: ValidationAnswerSchema,
  });
  const warnings = requireNoValidationErrors(answer.messages, "createLink");
  return answer.name === undefined ? { warnings } : { name: answer.name, warnings };
}

/** `GET …/cdm/link/{link_name}` (spec/cdm.md §3.4). */
export async function showLink(sender: OperationSender, cluster: string, linkName: string): Promise<CdmShowLinkResult> {
  parseInput(clusterId, cluster, "showLink");
  parseInput(CdmLinkNameSchema, linkName, "showLink");
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "showLink",
    method: "GET",
    path: cdmPath(cluster, "cdm", "link", linkName),
    idempotent: true,
    response: ShowLinkResponseSchema,
  });
}

/**
 * `PUT …/cdm/link/{link_name}`: a full replacement of the link (spec/cdm.md §3.4). The path name is
 * `input.name`; renaming is not supported (GAP-31).
 */
export async function updateLink(
  sender: OperationSender,
  cluster: string,
  input: CdmLinkInput,
): Promise<CdmWriteResult> {
  parseInput(clusterId, cluster, "updateLink");
  const parsed = parseInput(CdmLinkInputSchema, input, "updateLink");
  const answer = await sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "updateLink",
    method: "PUT",
    path: cdmPath(cluster, "cdm", "link", parsed.name),
    body: linkBody(parsed),
    idempotent: true,
    response: ValidationAnswerSchema,
  });
  return { warnings: requireNoValidationErrors(answer.messages, "updateLink") };
}

/**
 * `DELETE …/cdm/link/{link_name}` (spec/cdm.md §3.4). A link used by a job cannot be deleted
 * (`Cdm.0021`/`Cdm.0321`, GAP-30).
 */
export async function deleteLink(sender: OperationSender, cluster: string, linkName: string): Promise<void> {
  parseInput(clusterId, cluster, "deleteLink");
  parseInput(CdmLinkNameSchema, linkName, "deleteLink");
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "deleteLink",
    method: "DELETE",
    path: cdmPath(cluster, "cdm", "link", linkName),
    idempotent: true,
    response: EmptyAnswerSchema,
  });
}
