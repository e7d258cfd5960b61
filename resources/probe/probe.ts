import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { defineResource, type StepContext } from "../framework/resourceDefinition";
import { resourceInputs, secretOutputOptions } from "../framework/resourceInputs";
import { shimFor } from "../framework/shim";
import { connectProbe, type ProbeApi, type ProbeRecord } from "./probeApi";
import { ProbeApiError } from "./probeApiError";

/**
 * `dataplatform:Probe`: an object of the probe API (probeApi.ts). It exercises every framework
 * feature — normalisation, a cross-field rule, replace and update fields, a write-only and a secret
 * field, computed outputs, an asynchronous settle step with timeouts — so the package's tests can
 * drive the real provider host without a cloud. Not exported from the package's entry point.
 */
export const PROBE_TYPE = "dataplatform:Probe";

const fields = {
  name: z.string().trim().toLowerCase().min(1).max(64),
  region: z.string().trim().min(1).default("local"),
  size: z.number().int().min(1).max(100).default(1),
  color: z.enum(["red", "green", "blue"]).optional(),
  note: z.string().optional(),
  token: z.string().optional(),
};

export interface ProbeInputs {
  name: string;
  region: string;
  size: number;
  color?: "red" | "green" | "blue" | undefined;
  note?: string | undefined;
  token?: string | undefined;
}

export interface ProbeOutputs extends ProbeInputs {
  status: string;
  version: number;
}

const SECRETS = ["token"] as const;
const COMPUTED = ["status", "version"] as const;

export const probeDefinition = defineResource<ProbeInputs, ProbeOutputs, ProbeApi>({
  type: PROBE_TYPE,
  fields,
  rules: (inputs, issues) => {
    if (inputs.color === "red" && inputs.size > 10) issues.add("size", "red probes are at most 10 large");
  },
  policy: { name: "replace", region: "replace", size: "update", color: "update", note: "writeOnly", token: "secret" },
  computed: COMPUTED,
  deleteBeforeReplace: true,
  timeouts: { create: 5, update: 5, delete: 5 },
  describe: (inputs) => `"${inputs.name}" in ${inputs.region}`,
  connect: connectProbe,
  find: async (api, inputs) => {
    const found = await api.findByName(inputs.region, inputs.name);
    return found === undefined ? undefined : { id: found.id, outs: toOutputs(found) };
  },
  create: async (api, inputs) => {
    const created = await api.create(inputs);
    return { id: created.id, outs: toOutputs(created) };
  },
  settle: async (api, id, _outs, _inputs, context) => toOutputs(await waitReady(api, id, context)),
  read: async (api, id) => toOutputs(await api.get(id)),
  update: async (api, id, _olds, news, changed) => {
    const body: Record<string, unknown> = {};
    for (const key of changed) body[key] = news[key];
    return toOutputs(await api.patch(id, body));
  },
  delete: (api, id) => api.remove(id),
});

function toOutputs(record: ProbeRecord): ProbeOutputs {
  const color = record.color as ProbeOutputs["color"];
  return {
    name: record.name,
    region: record.region,
    size: record.size,
    ...(color === undefined ? {} : { color }),
    status: record.status,
    version: record.version,
  };
}

async function waitReady(api: ProbeApi, id: string, context: StepContext): Promise<ProbeRecord> {
  const started = context.clock.now();
  const progress = context.progress(`probe ${id}`);
  for (;;) {
    const record = await api.get(id);
    const elapsed = context.clock.now() - started;
    progress(record.status, elapsed);
    if (record.status === "ready") return record;
    if (record.status === "failed") throw new ProbeApiError("fatal", "ProbeFailed", `probe ${id} failed`);
    if (elapsed >= context.timeoutMs) {
      throw new ProbeApiError(
        "transient",
        "Timeout",
        `timed out after ${Math.round(elapsed / 1000)} s waiting for probe ${id} to be ready (last state ${record.status})`,
      );
    }
    await context.clock.sleep(5_000);
  }
}

export interface ProbeArgs {
  name: pulumi.Input<string>;
  region?: pulumi.Input<string>;
  size?: pulumi.Input<number>;
  color?: pulumi.Input<"red" | "green" | "blue">;
  note?: pulumi.Input<string>;
  token?: pulumi.Input<string>;
  adopt?: pulumi.Input<boolean>;
  timeouts?: pulumi.Input<{ create?: number; update?: number; delete?: number }>;
}

export class Probe extends pulumi.dynamic.Resource {
  declare readonly name: pulumi.Output<string>;
  declare readonly region: pulumi.Output<string>;
  declare readonly size: pulumi.Output<number>;
  declare readonly color: pulumi.Output<string | undefined>;
  declare readonly token: pulumi.Output<string | undefined>;
  declare readonly status: pulumi.Output<string>;
  declare readonly version: pulumi.Output<number>;

  constructor(name: string, args: ProbeArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      shimFor(PROBE_TYPE),
      name,
      resourceInputs(args, SECRETS, COMPUTED),
      secretOutputOptions(opts, SECRETS),
      "dataplatform",
      "Probe",
    );
  }
}
