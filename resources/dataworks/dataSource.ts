import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import {
  DataSourceSubType,
  createDataSource,
  deleteDataSource,
  findDataSource,
  updateDataSource,
  type DataSource as LiveDataSource,
  type OperationSender,
} from "../../provider";
import { defineResource } from "../framework/resourceDefinition";
import { resourceInputs, secretOutputOptions } from "../framework/resourceInputs";
import { shimFor } from "../framework/shim";
import {
  ACCESS_KEY_TYPES,
  PASSWORD_TYPES,
  SECRETLESS_TYPES,
  SECRET_CONNECTION_KEYS,
  connectionJson,
  contentAsConfigured,
  contentField,
  secretsInContent,
  type ConnectionProperties,
  type ContentFor,
  type DataSourceTypeName,
} from "./dataSourceContent";
import { dataWorksClient } from "./dataWorksClient";
import { projectIdField } from "./projectIdField";
import { parseNumericWorkspaceEntityId, workspaceEntityId } from "./workspaceEntityId";

/**
 * `dataworks.DataSource`: a workspace data source (spec/dataworks.md §3.5). UpdateDataSource takes
 * only the connection properties and the description (§3.5.2), so type, sub-type, name, environment
 * and workspace replace (§4.4). Passwords and access keys are secret inputs, sent inside `Content`
 * and never compared with the masked read-back (§2.7.2). ListDataSources is the only read and a
 * level-3 API (§1.8): a read is one call filtered by name and environment (§4.8).
 * ID: `{projectId}/{dataSourceId}`; the environment and name needed to read stay in the outputs.
 */
export const DATA_SOURCE_TYPE = "dataworks:DataSource";

/** `EnvType` of the data source APIs (§2.1): 0 development, 1 production. */
const ENV_TYPE_CODES = { development: 0, production: 1 } as const;
export type DataSourceEnvironment = keyof typeof ENV_TYPE_CODES;

export interface DataSourceInputs {
  projectId: number;
  /** Unique per workspace and environment (§4.6). */
  name: string;
  /** `DataSourceType` (§2.7.1), lower case. */
  type: string;
  /** Only with `type: "rds"` (§2.7.1). */
  subType?: DataSourceSubType | undefined;
  envType: DataSourceEnvironment;
  description: string;
  /** Connection properties without secrets (§2.7.2). */
  content: ConnectionProperties;
  password?: string | undefined;
  accessKey?: string | undefined;
}

export interface DataSourceOutputs extends DataSourceInputs {
  dataSourceId: number;
}

const SECRETS = SECRET_CONNECTION_KEYS;
const COMPUTED = ["dataSourceId"] as const;

export const dataSourceDefinition = defineResource<
  DataSourceInputs,
  DataSourceOutputs,
  OperationSender
>({
  type: DATA_SOURCE_TYPE,
  fields: {
    projectId: projectIdField,
    name: z.string().trim().min(1, { error: "must not be empty" }),
    type: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z][a-z0-9_]*$/, {
        error: "must be a data source type such as mysql, odps or rds",
      }),
    subType: DataSourceSubType.optional(),
    envType: z.enum(["development", "production"]).default("production"),
    description: z.string().default(""),
    content: contentField,
    password: z.string().min(1).optional(),
    accessKey: z.string().min(1).optional(),
  },
  rules: (inputs, issues) => {
    // Reported under the secret input's name: the failure then shows "[secret]", never the value.
    for (const key of secretsInContent(inputs.content)) {
      issues.add(
        key,
        `found as content.${key}: give it as the top-level secret input \`${key}\`; content is stored in plain text`,
      );
    }
    if (inputs.subType !== undefined && inputs.type !== "rds") {
      issues.add("subType", `is only effective with type "rds" (type is "${inputs.type}")`);
    }
    // Secrets a documented type does not take would be sent and ignored (or refused) silently.
    if (
      inputs.password !== undefined &&
      (ACCESS_KEY_TYPES.includes(inputs.type) || SECRETLESS_TYPES.includes(inputs.type))
    ) {
      issues.add("password", `a ${inputs.type} data source takes no password (§2.7.2)`);
    }
    if (
      inputs.accessKey !== undefined &&
      (PASSWORD_TYPES.includes(inputs.type) || SECRETLESS_TYPES.includes(inputs.type))
    ) {
      issues.add("accessKey", `a ${inputs.type} data source takes no accessKey (§2.7.2)`);
    }
  },
  policy: {
    projectId: "replace",
    name: "replace",
    type: "replace",
    subType: "replace",
    envType: "replace",
    description: "update",
    content: "update",
    password: "secret",
    accessKey: "secret",
  },
  computed: COMPUTED,
  // (workspace, environment, name) is unique (§4.6): the old one must go before a replacement.
  deleteBeforeReplace: true,
  describe: (inputs) => `"${inputs.name}" (${inputs.envType}) in workspace ${inputs.projectId}`,
  connect: dataWorksClient,
  find: async (client, inputs) => {
    const found = await findDataSource(client, {
      projectId: inputs.projectId,
      name: inputs.name,
      envType: ENV_TYPE_CODES[inputs.envType],
    });
    if (found === undefined) return undefined;
    return {
      id: workspaceEntityId(inputs.projectId, found.id),
      outs: toOutputs(inputs.projectId, found, inputs),
    };
  },
  create: async (client, inputs) => {
    const dataSourceId = await createDataSource(client, {
      projectId: inputs.projectId,
      name: inputs.name,
      ...(inputs.description === "" ? {} : { description: inputs.description }),
      dataSourceType: inputs.type,
      ...(inputs.subType === undefined ? {} : { subType: inputs.subType }),
      envType: ENV_TYPE_CODES[inputs.envType],
      content: connectionJson(inputs.content, inputs),
    });
    return {
      id: workspaceEntityId(inputs.projectId, dataSourceId),
      outs: { ...inputs, dataSourceId },
    };
  },
  read: async (client, id, olds) => {
    const { projectId, dataSourceId } = parseId(id);
    // One level-3 call: the natural key narrows the list to (at most) this data source.
    const found = await findDataSource(client, {
      projectId,
      name: olds.name,
      envType: ENV_TYPE_CODES[olds.envType],
    });
    // The same name with another ID is a different object: this one is gone.
    if (found === undefined || found.id !== dataSourceId) return undefined;
    return toOutputs(projectId, found, olds);
  },
  update: (client, id, _olds, news) => applyConnection(client, parseId(id).dataSourceId, news),
  delete: async (client, id) => {
    await deleteDataSource(client, { dataSourceId: parseId(id).dataSourceId });
  },
});

/** EnvType and the full Content are required on every update, secrets included (§3.5.2, §4.2). */
async function applyConnection(
  client: OperationSender,
  dataSourceId: number,
  news: DataSourceInputs,
): Promise<DataSourceOutputs> {
  await updateDataSource(client, {
    dataSourceId,
    envType: ENV_TYPE_CODES[news.envType],
    content: connectionJson(news.content, news),
    description: news.description,
  });
  return { ...news, dataSourceId };
}

function parseId(id: string): { projectId: number; dataSourceId: number } {
  const { projectId, entityId } = parseNumericWorkspaceEntityId(DATA_SOURCE_TYPE, id);
  return { projectId, dataSourceId: entityId };
}

/**
 * A listed data source in the input's form: `configured` (the program's inputs, or the outputs of
 * the last run) says which content keys the program manages and which optional fields it sets.
 * Secrets are not readable; the framework keeps their configured values.
 */
function toOutputs(
  projectId: number,
  live: LiveDataSource,
  configured: Pick<DataSourceInputs, "content" | "subType">,
): DataSourceOutputs {
  const envType = live.envType === ENV_TYPE_CODES.development ? "development" : "production";
  return {
    projectId,
    name: live.name,
    // The input is lower-cased (§2.7.1 lists lower-case names): a differently cased answer is no move.
    type: live.dataSourceType.toLowerCase(),
    // Reported only when the program sets it: the service may fill it in for rds on its own.
    ...(configured.subType !== undefined && live.subType !== undefined
      ? { subType: live.subType }
      : {}),
    envType,
    description: live.description ?? "",
    content: contentAsConfigured(live.content, configured.content),
    dataSourceId: live.id,
  };
}

/** Each value of the connection properties may itself come from another resource. */
type InputContent<C> = { [K in keyof C]: pulumi.Input<C[K]> };

export interface DataSourceArgs<T extends string = string> {
  /** The workspace (ProjectId). Changing it replaces the data source. */
  projectId: pulumi.Input<number>;
  /** Unique per workspace and environment. Changing it replaces the data source. */
  name: pulumi.Input<string>;
  /** `DataSourceType`: `mysql`, `odps`, `rds`, `oss` … Changing it replaces the data source. */
  type: pulumi.Input<T>;
  /** Only with `type: "rds"`: `mysql`, `sqlserver` or `postgresql`. Changing it replaces the data source. */
  subType?: pulumi.Input<"mysql" | "sqlserver" | "postgresql">;
  /** Default `production`. Changing it replaces the data source. */
  envType?: pulumi.Input<DataSourceEnvironment>;
  description?: pulumi.Input<string>;
  /** Connection properties of the type, without the password or access key. */
  content: pulumi.Input<InputContent<ContentFor<T>>>;
  /** Secret. For database types (mysql, rds, postgresql …). */
  password?: pulumi.Input<string>;
  /** Secret. For odps, oss, emr and holo (the pair of `content.accessId`). */
  accessKey?: pulumi.Input<string>;
  /** Take over an existing data source with this name and environment instead of failing. */
  adopt?: pulumi.Input<boolean>;
}

export class DataSource<T extends string = DataSourceTypeName> extends pulumi.dynamic.Resource {
  declare readonly projectId: pulumi.Output<number>;
  declare readonly name: pulumi.Output<string>;
  declare readonly type: pulumi.Output<string>;
  declare readonly subType: pulumi.Output<string | undefined>;
  declare readonly envType: pulumi.Output<DataSourceEnvironment>;
  declare readonly description: pulumi.Output<string>;
  declare readonly content: pulumi.Output<ContentFor<T>>;
  declare readonly password: pulumi.Output<string | undefined>;
  declare readonly accessKey: pulumi.Output<string | undefined>;
  declare readonly dataSourceId: pulumi.Output<number>;

  constructor(name: string, args: DataSourceArgs<T>, opts?: pulumi.CustomResourceOptions) {
    super(
      shimFor(DATA_SOURCE_TYPE),
      name,
      resourceInputs(args, SECRETS, COMPUTED),
      secretOutputOptions(opts, SECRETS),
      "dataworks",
      "DataSource",
    );
  }
}
