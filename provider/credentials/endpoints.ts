/**
 * Where each service lives. One override URL (stack config `endpoint` / `DATAPLATFORM_ENDPOINT`)
 * replaces every regional endpoint: the emulator serves all services on one port, so the `Host`
 * header (and therefore the signed host) is that URL's `host[:port]` (spec/signing.md §3.2, §4.1).
 */
import type { ServiceName } from "../errors";

export interface Endpoint {
  /** `scheme://host[:port]`, no trailing slash. */
  readonly origin: string;
  /** `host[:port]` exactly as sent in the Host header and signed. */
  readonly host: string;
}

/** Regional host names: spec/dataworks.md §1.2, spec/cdm.md §1.1, spec/dli.md §1.1. */
const REGIONAL_HOSTS: Readonly<Record<ServiceName, (region: string) => string>> = {
  dataworks: (region) => `dataworks.${region}.aliyuncs.com`,
  cdm: (region) => `cdm.${region}.myhuaweicloud.com`,
  dli: (region) => `dli.${region}.myhuaweicloud.com`,
  iam: (region) => `iam.${region}.myhuaweicloud.com`,
};

export function endpointFromUrl(url: string): Endpoint {
  const parsed = new URL(url);
  // WHATWG URL drops a default port (":443" for https), as the Host header does.
  return { origin: parsed.origin, host: parsed.host };
}

/** The endpoint of `service` in `region`, or the override when one is configured. */
export function serviceEndpoint(
  service: ServiceName,
  region: string,
  override: string | undefined,
): Endpoint {
  if (override !== undefined) return endpointFromUrl(override);
  // All three clouds' APIs are HTTPS only (spec/cdm.md §1.1, spec/dli.md §1.1).
  return endpointFromUrl(`https://${REGIONAL_HOSTS[service](region)}`);
}
