/**
 * Deployment packages (发布包): SubmitFile and DeployFile create them, GetDeployment and
 * ListDeployments read them, CheckFileDeployment answers an extension's deployment check
 * (spec/dataworks.md §3.1.6 – §3.1.10, §4.3).
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { wireObject } from "./camelKeys";
import { collectPages } from "./collectPages";
import { defineAction } from "./defineAction";
import { bareEnvelope, standardEnvelope } from "./envelopes";
import {
  CheckingStatus,
  DeploymentFromEnvironment,
  DeploymentStatus,
  DeploymentToEnvironment,
  FileDeploymentCheckStatus,
  ListedDeploymentStatus,
  exactlyOneOf,
  idInput,
  projectSelector,
  text,
} from "./schemas";
import { arrayOf, epochMillis, optional, wireLong } from "./wireScalars";

// ---- SubmitFile (level 3, asynchronous, §3.1.6) ----

export const SubmitFileInput = z
  .object({ ...projectSelector, fileId: idInput, comment: z.string().optional() })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type SubmitFileInput = z.input<typeof SubmitFileInput>;

const deploymentIdAnswer = standardEnvelope({ Data: wireLong }).transform((body) => body.Data);

export const SUBMIT_FILE = defineAction({
  action: "SubmitFile",
  level: 3,
  idempotent: false,
  input: SubmitFileInput,
  response: deploymentIdAnswer,
});

/**
 * Submits a file to the development environment of the scheduler. Asynchronous: returns the
 * `DeploymentId` to poll with getDeployment (§4.3).
 */
export async function submitFile(client: OperationSender, input: SubmitFileInput): Promise<number> {
  return client.send(SUBMIT_FILE.operation(input));
}

// ---- DeployFile (level 3, asynchronous, §3.1.7) ----

export const DeployFileInput = z
  .object({
    ...projectSelector,
    fileId: idInput.optional(),
    nodeId: idInput.optional(),
    comment: z.string().optional(),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"))
  .superRefine(exactlyOneOf("fileId", "nodeId"));
export type DeployFileInput = z.input<typeof DeployFileInput>;

export const DEPLOY_FILE = defineAction({
  action: "DeployFile",
  level: 3,
  idempotent: false,
  input: DeployFileInput,
  response: deploymentIdAnswer,
});

/**
 * Deploys a file (by `fileId` or `nodeId`) to production. Asynchronous: returns the
 * `DeploymentId` to poll with getDeployment (§4.3).
 */
export async function deployFile(client: OperationSender, input: DeployFileInput): Promise<number> {
  return client.send(DEPLOY_FILE.operation(input));
}

// ---- GetDeployment (level 1, §3.1.8) ----

export const GetDeploymentInput = z
  .object({ ...projectSelector, deploymentId: idInput })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type GetDeploymentInput = z.input<typeof GetDeploymentInput>;

/** "Empty" `CheckingStatus` means no check is pending (§3.1.8); `""` and `null` read as absent. */
const checkingStatus = optional(
  z.union([z.literal("").transform(() => undefined), CheckingStatus]),
);

export const Deployment = wireObject({
  /** 0 ready, 1 success, 2 failure (DEPLOYMENT_STATUS). */
  Status: DeploymentStatus,
  /** 7 check failed, 8 checking (CHECKING_STATUS); absent when no check is pending. */
  CheckingStatus: checkingStatus,
  CreateTime: optional(epochMillis),
  CreatorId: optional(z.string()),
  /** Error detail when `status` is 2 (the example prints "成功" on success). */
  ErrorMessage: optional(z.string()),
  ExecuteTime: optional(epochMillis),
  /** 0 local, 1 development (§2.1). */
  FromEnvironment: optional(DeploymentFromEnvironment),
  HandlerId: optional(z.string()),
  Name: optional(z.string()),
  /** 1 development, 2 production (§2.1). */
  ToEnvironment: optional(DeploymentToEnvironment),
});
export type Deployment = z.output<typeof Deployment>;

export const GET_DEPLOYMENT = defineAction({
  action: "GetDeployment",
  level: 1,
  idempotent: true,
  input: GetDeploymentInput,
  response: standardEnvelope({ Data: z.object({ Deployment }) }).transform(
    (body) => body.Data.Deployment,
  ),
});

/**
 * Reads a deployment package. Done when `status` is 1 and `checkingStatus` is absent; failed when
 * `status` is 2 or `checkingStatus` is 7; otherwise keep polling (§4.3).
 */
export async function getDeployment(
  client: OperationSender,
  input: GetDeploymentInput,
): Promise<Deployment> {
  return client.send(GET_DEPLOYMENT.operation(input));
}

// ---- CheckFileDeployment (level 1, §3.1.9) ----

export const CheckFileDeploymentInput = z.object({
  /** From the file-deployment-check event sent to the extension. */
  checkerInstanceId: text,
  status: FileDeploymentCheckStatus,
});
export type CheckFileDeploymentInput = z.input<typeof CheckFileDeploymentInput>;

export const CHECK_FILE_DEPLOYMENT = defineAction({
  action: "CheckFileDeployment",
  level: 1,
  idempotent: true,
  input: CheckFileDeploymentInput,
  response: bareEnvelope({}).transform(() => undefined),
});

/**
 * Reports an extension's verdict on a file deployment check (`OK`, `WARN`, `FAIL`). Only relevant
 * to workspaces with extensions; the deprecated `CheckDetailUrl` is not sent.
 */
export async function checkFileDeployment(
  client: OperationSender,
  input: CheckFileDeploymentInput,
): Promise<void> {
  await client.send(CHECK_FILE_DEPLOYMENT.operation(input));
}

// ---- ListDeployments (level 1, §3.1.10) ----

export const ListDeploymentsPageInput = z
  .object({
    ...projectSelector,
    creator: text.optional(),
    /** Epoch ms upper bound of the creation time. */
    endCreateTime: z.number().int().optional(),
    executor: text.optional(),
    endExecuteTime: z.number().int().optional(),
    /** 0 ready, 1 success, 2 failure, 6 rejected (LISTED_DEPLOYMENT_STATUS). */
    status: ListedDeploymentStatus.optional(),
    /** Fuzzy match on the package name. */
    keyword: text.optional(),
    pageNumber: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(100),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));

export const DeploymentSummary = wireObject({
  /** The deployment ID for getDeployment. */
  Id: wireLong,
  Status: ListedDeploymentStatus,
  Name: optional(z.string()),
  ErrorMessage: optional(z.string()),
  CreateTime: optional(epochMillis),
  Creator: optional(z.string()),
  Executor: optional(z.string()),
  ExecuteTime: optional(epochMillis),
});
export type DeploymentSummary = z.output<typeof DeploymentSummary>;

export const LIST_DEPLOYMENTS = defineAction({
  action: "ListDeployments",
  level: 1,
  idempotent: true,
  input: ListDeploymentsPageInput,
  // "List w/o status" family: `RequestId` and `Data` only (§1.6); the page fields are Long here.
  response: bareEnvelope({
    Data: z.object({
      PageNumber: wireLong,
      PageSize: wireLong,
      TotalCount: wireLong,
      Deployments: arrayOf(DeploymentSummary),
    }),
  }).transform((body) => ({ items: body.Data.Deployments, totalCount: body.Data.TotalCount })),
});

export type ListDeploymentsInput = Omit<
  z.input<typeof ListDeploymentsPageInput>,
  "pageNumber" | "pageSize"
>;

/** Lists every deployment package matching the filters (all pages). */
export async function listDeployments(
  client: OperationSender,
  input: ListDeploymentsInput,
): Promise<DeploymentSummary[]> {
  return collectPages((pageNumber, pageSize) =>
    client.send(LIST_DEPLOYMENTS.operation({ ...input, pageNumber, pageSize })),
  );
}
