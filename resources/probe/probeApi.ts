import { z } from "zod";
import type { ProviderSettings } from "../framework/providerSettings";
import { ProbeApiError } from "./probeApiError";

/**
 * The client of the probe API: a minimal JSON service (`/probes`) the package's own tests serve on
 * a loopback port to exercise the provider plumbing (host, shim, credentials, partial failures)
 * without a cloud. Bearer-token authentication, credentials from `dataplatform:probeToken` or
 * `DATAPLATFORM_PROBE_TOKEN`, endpoint from `dataplatform:endpoint` or `DATAPLATFORM_ENDPOINT`.
 */
export const ProbeRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  size: z.number(),
  color: z.string().optional(),
  note: z.string().optional(),
  token: z.string().optional(),
  status: z.string(),
  version: z.number(),
});
export type ProbeRecord = z.infer<typeof ProbeRecordSchema>;

const ListSchema = z.object({ items: z.array(ProbeRecordSchema) });

export type ProbeWrite = Partial<Omit<ProbeRecord, "id" | "status" | "version">>;

export interface ProbeApi {
  create(body: ProbeWrite): Promise<ProbeRecord>;
  get(id: string): Promise<ProbeRecord>;
  findByName(region: string, name: string): Promise<ProbeRecord | undefined>;
  patch(id: string, body: ProbeWrite): Promise<ProbeRecord>;
  remove(id: string): Promise<void>;
}

export function connectProbe(settings: ProviderSettings): ProbeApi {
  const endpoint = settings.config.endpoint ?? settings.env.DATAPLATFORM_ENDPOINT;
  const token = settings.config.probeToken ?? settings.env.DATAPLATFORM_PROBE_TOKEN;
  if (endpoint === undefined || token === undefined) {
    throw new ProbeApiError(
      "auth",
      "MissingCredentials",
      "the probe needs dataplatform:endpoint and dataplatform:probeToken (or DATAPLATFORM_ENDPOINT and DATAPLATFORM_PROBE_TOKEN)",
    );
  }
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(new URL(path, endpoint), {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      // A POST whose connection broke may or may not have created the object.
      const category = method === "POST" ? "ambiguous" : "transient";
      throw new ProbeApiError(category, "NetworkError", `${method} ${path}: ${String(error)}`);
    }
    const text = await response.text();
    if (!response.ok) {
      throw new ProbeApiError(categoryOf(response.status), `HTTP${response.status}`, `${method} ${path}: HTTP ${response.status} ${text}`);
    }
    return text === "" ? undefined : JSON.parse(text);
  };
  return {
    create: async (body) => ProbeRecordSchema.parse(await call("POST", "/probes", body)),
    get: async (id) => ProbeRecordSchema.parse(await call("GET", `/probes/${encodeURIComponent(id)}`)),
    findByName: async (region, name) => {
      const query = new URLSearchParams({ region, name }).toString();
      const { items } = ListSchema.parse(await call("GET", `/probes?${query}`));
      return items.find((item) => item.region === region && item.name === name);
    },
    patch: async (id, body) =>
      ProbeRecordSchema.parse(await call("PATCH", `/probes/${encodeURIComponent(id)}`, body)),
    remove: async (id) => void (await call("DELETE", `/probes/${encodeURIComponent(id)}`)),
  };
}

function categoryOf(status: number): ProbeApiError["category"] {
  if (status === 404) return "notFound";
  if (status === 409) return "conflict";
  if (status === 429) return "throttling";
  if (status === 401 || status === 403) return "auth";
  if (status === 400) return "invalid";
  return status >= 500 ? "transient" : "fatal";
}
