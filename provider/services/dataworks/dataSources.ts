/**
 * Data sources (tenant APIs): CreateDataSource, UpdateDataSource, ListDataSources,
 * DeleteDataSource (spec/dataworks.md §3.5), and `findDataSource`. ListDataSources is level 3 and
 * the only read path (§1.8), so the lookup is one filtered call in the common case.
 */
import { z } from "zod";
import { CloudError } from "../../errors";
import type { OperationSender } from "../../operation";
import { wireObject } from "./camelKeys";
import { collectPages } from "./collectPages";
import { defineAction } from "./defineAction";
import { tenantEnvelope } from "./envelopes";
import {
  DataSourceEnvType,
  DataSourceStatus,
  DataSourceStatusFilter,
  DataSourceSubType,
  DataSourceType,
  idInput,
  text,
} from "./schemas";
import {
  arrayOf,
  displayTime,
  jsonObjectText,
  optional,
  wireInt,
  wireLong,
} from "./wireScalars";

/** What the service returns in place of secrets (`password`, `accessKey`…) in `Content`. */
export const MASKED_SECRET = "***";

/**
 * Connection properties (§2.7.2), sent as JSON text. A value equal to the mask is refused: it can
 * only have been copied from a read, and sending it would overwrite the real secret with `***`.
 */
const contentInput = z
  .record(z.string(), z.unknown())
  .refine((content) => !Object.values(content).includes(MASKED_SECRET), {
    error: `a property holds the masked value "${MASKED_SECRET}"; send the real secret`,
  })
  .transform((content) => JSON.stringify(content));

export const DataSource = wireObject({
  /** The data source ID. */
  Id: wireLong,
  Name: z.string(),
  DataSourceType: z.string(),
  /** 0 development, 1 production (DATA_SOURCE_ENV_TYPE). */
  EnvType: DataSourceEnvType,
  ProjectId: optional(wireLong),
  /**
   * Connection properties parsed from the JSON text. Secrets (`password`, `accessKey`) come back
   * masked as `"***"`, numbers come back as strings (`"authType": "2"`) and the service adds keys
   * of its own (§2.7.2): compare only the non-secret keys the user set, after normalising.
   */
  Content: jsonObjectText,
  /** Only meaningful for `rds`; an empty string reads as absent. */
  SubType: optional(z.union([z.literal("").transform(() => undefined), DataSourceSubType])),
  /** 1 normal, 2 disabled. */
  Status: optional(DataSourceStatus),
  /** Documented as 1 normal / 2 disabled, but 000's ListConnection uses 0/1/2 (§6.34). */
  ConnectStatus: optional(z.literal([0, 1, 2])),
  Description: optional(z.string()),
  GmtCreate: optional(displayTime),
  GmtModified: optional(displayTime),
  /** Sort key: the service lists data sources by it, descending. */
  Sequence: optional(wireInt),
  DefaultEngine: optional(z.boolean()),
  Shared: optional(z.boolean()),
  Operator: optional(z.string()),
  BindingCalcEngineId: optional(wireLong),
  TenantId: optional(wireLong),
});
export type DataSource = z.output<typeof DataSource>;

// ---- CreateDataSource (level 2, §3.5.1) ----

export const CreateDataSourceInput = z
  .object({
    projectId: idInput,
    /** Unique per (workspace, envType) (§4.6). */
    name: text,
    description: z.string().optional(),
    /** §2.7.1, e.g. `odps`, `mysql`, `rds` (COMMON_DATA_SOURCE_TYPES). */
    dataSourceType: DataSourceType,
    /** Only with `dataSourceType: "rds"`. */
    subType: DataSourceSubType.optional(),
    envType: DataSourceEnvType,
    content: contentInput,
  })
  .refine((input) => input.subType === undefined || input.dataSourceType === "rds", {
    error: "subType is only effective when dataSourceType is rds",
    path: ["subType"],
  });
export type CreateDataSourceInput = z.input<typeof CreateDataSourceInput>;

export const CREATE_DATA_SOURCE = defineAction({
  action: "CreateDataSource",
  level: 2,
  idempotent: false,
  input: CreateDataSourceInput,
  response: tenantEnvelope({ Data: wireLong }).transform((body) => body.Data),
});

/** Creates a data source; returns its ID. */
export async function createDataSource(
  client: OperationSender,
  input: CreateDataSourceInput,
): Promise<number> {
  return client.send(CREATE_DATA_SOURCE.operation(input));
}

// ---- UpdateDataSource (level 2, §3.5.2) ----

export const UpdateDataSourceInput = z.object({
  dataSourceId: idInput,
  /** Required on every update (§3.5.2). */
  envType: DataSourceEnvType,
  /** Required on every update: always resend the full properties, secrets included (§4.2). */
  content: contentInput,
  description: z.string().optional(),
});
export type UpdateDataSourceInput = z.input<typeof UpdateDataSourceInput>;

/** `Data` is a Boolean "whether the update/delete took effect" (§3.5.2, §3.5.4). */
const appliedAnswer = tenantEnvelope({ Data: z.boolean() }).transform((body) => ({
  applied: body.Data,
  requestId: body.RequestId,
}));

export const UPDATE_DATA_SOURCE = defineAction({
  action: "UpdateDataSource",
  level: 2,
  idempotent: true,
  input: UpdateDataSourceInput,
  response: appliedAnswer,
});

/**
 * Updates a data source's connection properties and description (its type, sub-type, name and
 * workspace cannot change). The deprecated `Status` parameter is not offered.
 */
export async function updateDataSource(
  client: OperationSender,
  input: UpdateDataSourceInput,
): Promise<void> {
  assertApplied("UpdateDataSource", await client.send(UPDATE_DATA_SOURCE.operation(input)));
}

// ---- DeleteDataSource (level 2, §3.5.4) ----

export const DeleteDataSourceInput = z.object({ dataSourceId: idInput });
export type DeleteDataSourceInput = z.input<typeof DeleteDataSourceInput>;

export const DELETE_DATA_SOURCE = defineAction({
  action: "DeleteDataSource",
  level: 2,
  idempotent: true,
  input: DeleteDataSourceInput,
  response: appliedAnswer,
});

/** Deletes a data source (fails with `Invalid.Operation` when bound to a compute engine). */
export async function deleteDataSource(
  client: OperationSender,
  input: DeleteDataSourceInput,
): Promise<void> {
  assertApplied("DeleteDataSource", await client.send(DELETE_DATA_SOURCE.operation(input)));
}

/** `Success: true` with `Data: false` is a refusal without an error code: surface it. */
function assertApplied(action: string, answer: { applied: boolean; requestId: string }): void {
  if (answer.applied) return;
  throw new CloudError({
    cloud: "alibaba",
    service: "dataworks",
    action,
    category: "fatal",
    code: "NotApplied",
    serviceMessage: "the service answered Success=true but Data=false (the change was not applied)",
    requestId: answer.requestId,
  });
}

// ---- ListDataSources (level 3, §3.5.3) ----

export const ListDataSourcesPageInput = z.object({
  projectId: idInput,
  /** Exact or fuzzy is not documented (§6.34): matches are re-checked exactly by findDataSource. */
  name: text.optional(),
  dataSourceType: DataSourceType.optional(),
  subType: DataSourceSubType.optional(),
  /** ENABLED / DISABLED (a String here, an Integer in the answer). */
  status: DataSourceStatusFilter.optional(),
  envType: DataSourceEnvType.optional(),
  pageNumber: z.number().int().min(1),
  pageSize: z.number().int().min(1).max(100),
});

export const LIST_DATA_SOURCES = defineAction({
  action: "ListDataSources",
  level: 3,
  idempotent: true,
  input: ListDataSourcesPageInput,
  response: tenantEnvelope({
    Data: z.object({
      PageNumber: wireInt,
      PageSize: wireInt,
      TotalCount: wireInt,
      DataSources: arrayOf(DataSource),
    }),
  }).transform((body) => ({ items: body.Data.DataSources, totalCount: body.Data.TotalCount })),
});

export type ListDataSourcesInput = Omit<
  z.input<typeof ListDataSourcesPageInput>,
  "pageNumber" | "pageSize"
>;

/**
 * Lists every data source matching the filters (all pages). Each page is a level-3 call
 * (5 QPS and 10,000 calls a day shared by all level-3 APIs): filter as narrowly as possible.
 */
export async function listDataSources(
  client: OperationSender,
  input: ListDataSourcesInput,
): Promise<DataSource[]> {
  return collectPages((pageNumber, pageSize) =>
    client.send(LIST_DATA_SOURCES.operation({ ...input, pageNumber, pageSize })),
  );
}

export interface FindDataSourceInput {
  readonly projectId: number;
  readonly name: string;
  readonly envType: DataSourceEnvType;
}

/**
 * Finds the data source identified by (workspace, name, envType), which is unique (§4.6): one
 * ListDataSources call filtered by `Name` and `EnvType`, paging on only if that page holds more
 * than 100 near-matches and not the exact one.
 */
export async function findDataSource(
  client: OperationSender,
  input: FindDataSourceInput,
): Promise<DataSource | undefined> {
  const isWanted = (source: DataSource): boolean =>
    source.name === input.name && source.envType === input.envType;
  const found = await collectPages(
    (pageNumber, pageSize) =>
      client.send(
        LIST_DATA_SOURCES.operation({
          projectId: input.projectId,
          name: input.name,
          envType: input.envType,
          pageNumber,
          pageSize,
        }),
      ),
    { stopWhen: isWanted },
  );
  return found.find(isWanted);
}
