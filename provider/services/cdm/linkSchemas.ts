/**
 * Link request and answer schemas (spec/cdm.md §3.2–§3.4). The input is a union discriminated by
 * `connectorName` whose `config` is that connector's typed parameter set (linkConnectors.ts); the
 * answer is normalised to `CdmLink` with a flat, typed `config` map.
 */
import { z } from "zod";
import {
  type CdmConfigMap,
  type CdmExtendedConfigs,
  type CdmInputValue,
  WireConfigValuesSchema,
  WireExtendedConfigsSchema,
  fromConfigs,
  toConfigs,
} from "./configValues";
import { CDM_LINK_CONNECTORS } from "./linkConnectors";
import { WireValidationResultSchema, type CdmValidationMessage, flattenValidation } from "./validationResult";
import { compact, wireBoolean, wireNumber } from "./wireScalars";

/** Link names are path keys, unique per cluster (spec/cdm.md §3). */
export const CdmLinkNameSchema = z.string().min(1);

const linkCommon = {
  name: CdmLinkNameSchema,
  /** Default `true` on the service side (spec/cdm.md §3.2). */
  enabled: z.boolean().optional(),
  /** Opaque pass-through, e.g. `{name: "linkConfig.extendedFields", value: <base64 JSON>}` (spec/cdm.md §3.6). */
  extendedConfigs: WireExtendedConfigsSchema.optional(),
  /** Extra `linkConfig` inputs sent verbatim, for spellings the typed config does not cover (GAP-23). */
  extraInputs: z.record(z.string().min(1), z.string()).optional(),
};

type ConnectorEntries = typeof CDM_LINK_CONNECTORS;
function member<N extends keyof ConnectorEntries>(connectorName: N) {
  return z.strictObject({
    ...linkCommon,
    connectorName: z.literal(connectorName),
    config: CDM_LINK_CONNECTORS[connectorName],
  });
}

export const CdmLinkInputSchema = z.discriminatedUnion("connectorName", [
  member("generic-jdbc-connector"),
  member("obs-connector"),
  member("hdfs-connector"),
  member("hbase-connector"),
  member("hive-connector"),
  member("ftp-connector"),
  member("sftp-connector"),
  member("mongodb-connector"),
  member("redis-connector"),
  member("kafka-connector"),
  member("dis-connector"),
  member("elasticsearch-connector"),
  member("dli-connector"),
  member("http-connector"),
  member("dms-kafka-connector"),
]);
export type CdmLinkInput = z.input<typeof CdmLinkInputSchema>;

/** `{"links": [<link>]}` for create and update (spec/cdm.md §3.2: one element in every example). */
export function linkBody(input: z.output<typeof CdmLinkInputSchema>): unknown {
  const inputs: CdmConfigMap = { ...(input.config as CdmConfigMap), ...(input.extraInputs ?? {}) };
  return {
    links: [
      compact({
        name: input.name,
        "connector-name": input.connectorName,
        enabled: input.enabled,
        "link-config-values": compact({
          // spec/cdm.md §3.2: links have one group, `linkConfig`, which also holds `dialect.identifierEnclose`.
          configs: toConfigs(inputs, "linkConfig"),
          "extended-configs": input.extendedConfigs,
        }),
      }),
    ],
  };
}

/** One shape for a link read back (spec/cdm.md §3.4). */
export interface CdmLink {
  readonly name: string;
  readonly connectorName: string;
  readonly enabled?: boolean;
  /** Every input, typed as the service typed it (`linkConfig.port` → 22). Secrets come back masked. */
  readonly config: Readonly<Record<string, CdmInputValue>>;
  readonly extendedConfigs?: CdmExtendedConfigs;
  readonly id?: number;
  readonly creationUser?: string;
  readonly creationDate?: number;
  readonly updateUser?: string;
  readonly updateDate?: number;
}

export interface CdmShowLinkResult {
  readonly link: CdmLink;
  /** Source→destination pairs table/file migration does not support (format unspecified, GAP-34). */
  readonly fromToUnMapping?: string;
  readonly batchFromToMapping?: string;
}

const wireLink = z.object({
  name: z.string(),
  "connector-name": z.string(),
  "link-config-values": WireConfigValuesSchema,
  enabled: wireBoolean.optional(),
  id: wireNumber.optional(),
  "creation-user": z.string().optional(),
  "creation-date": wireNumber.optional(),
  "update-user": z.string().optional(),
  "update-date": wireNumber.optional(),
});

export const ShowLinkResponseSchema: z.ZodType<CdmShowLinkResult> = z
  .object({
    links: z.array(wireLink).min(1),
    "fromTo-unMapping": z.string().optional(),
    "batchFromTo-mapping": z.string().optional(),
  })
  .transform((wire) => {
    const link = wire.links[0] as z.output<typeof wireLink>;
    return compact({
      link: compact({
        name: link.name,
        connectorName: link["connector-name"],
        enabled: link.enabled,
        config: fromConfigs(link["link-config-values"].configs),
        extendedConfigs: link["link-config-values"]["extended-configs"],
        id: link.id,
        creationUser: link["creation-user"],
        creationDate: link["creation-date"],
        updateUser: link["update-user"],
        updateDate: link["update-date"],
      }),
      fromToUnMapping: wire["fromTo-unMapping"],
      batchFromToMapping: wire["batchFromTo-mapping"],
    });
  });

export interface CdmValidationAnswer {
  /** The link or job name the service echoed (create only). */
  readonly name?: string;
  readonly messages: readonly CdmValidationMessage[];
}

/** Create/update answers of links and jobs: `{name?, "validation-result"?}` (spec/cdm.md §3.3, §4.4). */
export const ValidationAnswerSchema: z.ZodType<CdmValidationAnswer> = z
  .object({ name: z.string().optional(), "validation-result": WireValidationResultSchema.optional() })
  .transform((wire) => compact({ name: wire.name, messages: flattenValidation(wire["validation-result"]) }));

/** Delete link/job answers have no documented body (spec/cdm.md §3.4, §4.8); any object is accepted. */
export const EmptyAnswerSchema: z.ZodType<void> = z
  .union([z.object({}), z.null(), z.undefined(), z.literal("")])
  .transform(() => undefined);
