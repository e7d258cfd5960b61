import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import {
  BusinessUseType,
  createBusiness,
  deleteBusiness,
  findBusinessByName,
  updateBusiness,
  type OperationSender,
  type UpdateBusinessInput,
} from "../../provider";
import { defineResource } from "../framework/resourceDefinition";
import { resourceInputs, secretOutputOptions } from "../framework/resourceInputs";
import { shimFor } from "../framework/shim";
import { dataWorksClient } from "./dataWorksClient";
import { getBusinessIfPresent, type PresentBusiness } from "./getBusinessIfPresent";
import { projectIdField } from "./projectIdField";
import { businessFlowPath, studioNameField } from "./studioPath";
import { parseNumericWorkspaceEntityId, workspaceEntityId } from "./workspaceEntityId";

/**
 * `dataworks.BusinessFlow`: a business flow (业务流程, spec/dataworks.md §3.4). The name is unique
 * per workspace (§3.4.1); name, description and owner change in place with UpdateBusiness, while
 * `useType` (UpdateBusiness has none, §3.4.2) and the workspace replace (§4.4).
 * ID: `{projectId}/{businessId}`.
 */
export const BUSINESS_FLOW_TYPE = "dataworks:BusinessFlow";

export interface BusinessFlowInputs {
  projectId: number;
  name: string;
  description: string;
  /** Owner's account ID; when not set the service makes the caller the owner (§3.4.1). */
  owner?: string | undefined;
  useType: BusinessUseType;
}

export interface BusinessFlowOutputs extends BusinessFlowInputs {
  businessId: number;
  /** `业务流程/<name>`: the parent of the flow's category folders (§2.5). */
  path: string;
}

const COMPUTED = ["businessId", "path"] as const;

export const businessFlowDefinition = defineResource<
  BusinessFlowInputs,
  BusinessFlowOutputs,
  OperationSender
>({
  type: BUSINESS_FLOW_TYPE,
  fields: {
    projectId: projectIdField,
    name: studioNameField,
    // The service stores an empty description when none is sent: the same value, so no diff.
    description: z.string().default(""),
    owner: z.string().trim().min(1).optional(),
    // The service default is not documented (§6 q30): always send it, defaulting to NORMAL.
    useType: BusinessUseType.default("NORMAL"),
  },
  policy: {
    projectId: "replace",
    name: "update",
    description: "update",
    owner: "update",
    useType: "replace",
  },
  computed: COMPUTED,
  // Names are unique per workspace (§4.6): a replacement with the same name needs the old one gone.
  deleteBeforeReplace: true,
  // No code is documented for a duplicate name (§6 q30): a refusal is a clash if `find` sees one.
  clashFoundByLookup: true,
  describe: (inputs) => `"${inputs.name}" in workspace ${inputs.projectId}`,
  connect: dataWorksClient,
  find: async (client, inputs) => {
    const found = await findBusinessByName(client, {
      projectId: inputs.projectId,
      name: inputs.name,
    });
    if (found === undefined) return undefined;
    const live: PresentBusiness = {
      businessName: found.businessName,
      description: found.description ?? "",
      owner: found.owner,
      useType: found.useType,
    };
    return {
      id: workspaceEntityId(inputs.projectId, found.businessId),
      outs: toOutputs(inputs.projectId, found.businessId, live, inputs.owner !== undefined),
    };
  },
  create: async (client, inputs) => {
    const businessId = await createBusiness(client, {
      projectId: inputs.projectId,
      businessName: inputs.name,
      ...(inputs.description === "" ? {} : { description: inputs.description }),
      ...(inputs.owner === undefined ? {} : { owner: inputs.owner }),
      useType: inputs.useType,
    });
    return {
      id: workspaceEntityId(inputs.projectId, businessId),
      outs: { ...inputs, businessId, path: businessFlowPath(inputs.name) },
    };
  },
  read: async (client, id, olds) => {
    const { projectId, businessId } = parseId(id);
    const live = await getBusinessIfPresent(client, projectId, businessId);
    return live === undefined
      ? undefined
      : toOutputs(projectId, businessId, live, olds.owner !== undefined);
  },
  update: async (client, id, _olds, news, changed) => {
    const { projectId, businessId } = parseId(id);
    const request: UpdateBusinessInput = { projectId, businessId };
    if (changed.includes("name")) request.businessName = news.name;
    if (changed.includes("description")) request.description = news.description;
    // An owner removed from the program cannot be unset: the service keeps the current one.
    if (changed.includes("owner") && news.owner !== undefined) request.owner = news.owner;
    if (Object.keys(request).length > 2) await updateBusiness(client, request);
    return { ...news, businessId, path: businessFlowPath(news.name) };
  },
  delete: async (client, id) => {
    const { projectId, businessId } = parseId(id);
    await deleteBusiness(client, { projectId, businessId });
  },
});

function parseId(id: string): { projectId: number; businessId: number } {
  const { projectId, entityId } = parseNumericWorkspaceEntityId(BUSINESS_FLOW_TYPE, id);
  return { projectId, businessId: entityId };
}

/**
 * Live values in the input's form. The owner is reported only when the program manages it: the
 * service fills in the caller by default, which must not read as drift from "not set".
 */
function toOutputs(
  projectId: number,
  businessId: number,
  live: PresentBusiness,
  ownerManaged: boolean,
): BusinessFlowOutputs {
  return {
    projectId,
    name: live.businessName,
    description: live.description,
    ...(ownerManaged && live.owner !== undefined ? { owner: live.owner } : {}),
    useType: live.useType ?? "NORMAL",
    businessId,
    path: businessFlowPath(live.businessName),
  };
}

export interface BusinessFlowArgs {
  /** The workspace (ProjectId). Changing it replaces the flow. */
  projectId: pulumi.Input<number>;
  /** Unique within the workspace; renamed in place (the service re-paths the flow's folders). */
  name: pulumi.Input<string>;
  description?: pulumi.Input<string>;
  /** Owner's Alibaba Cloud account ID; default: the caller. */
  owner?: pulumi.Input<string>;
  /** `NORMAL` (DataStudio, default) or `MANUAL_BIZ` (manual business flow). Changing it replaces the flow. */
  useType?: pulumi.Input<"NORMAL" | "MANUAL_BIZ">;
  /** Take over an existing flow of this name instead of failing. */
  adopt?: pulumi.Input<boolean>;
}

export class BusinessFlow extends pulumi.dynamic.Resource {
  declare readonly projectId: pulumi.Output<number>;
  declare readonly name: pulumi.Output<string>;
  declare readonly description: pulumi.Output<string>;
  declare readonly owner: pulumi.Output<string | undefined>;
  declare readonly useType: pulumi.Output<"NORMAL" | "MANUAL_BIZ">;
  declare readonly businessId: pulumi.Output<number>;
  declare readonly path: pulumi.Output<string>;

  constructor(name: string, args: BusinessFlowArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      shimFor(BUSINESS_FLOW_TYPE),
      name,
      resourceInputs(args, [], COMPUTED),
      secretOutputOptions(opts, []),
      "dataworks",
      "BusinessFlow",
    );
  }
}
