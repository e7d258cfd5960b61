/**
 * Drives the emulator with Huawei's own Node SDK core (`@huaweicloud/huaweicloud-sdk-core`): its
 * `HcClient`, its AK/SK signer (`BasicCredentials` → `AKSKSigner`) and its HTTP client
 * (`DefaultHttpClient`, axios underneath). No generated CDM/DLI client is installed, so each call is
 * built the way the generated clients build theirs: a path template with `{project_id}`, path and
 * query parameters, `contentType: "application/json"`, `data` (`{}` when there is no body).
 *
 * The SDK keeps only part of an error answer (its exceptions read `error_code`/`error_msg` and the
 * `X-Request-Id` header), so the HTTP client is wrapped to record what it received, letting the
 * tests check CDM's own error shapes (spec/cdm.md §1.8) as the SDK's client saw them.
 */
import { strict as assert } from "node:assert";
import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core";
import { HcClient } from "@huaweicloud/huaweicloud-sdk-core/HcClient";
import { ServiceResponseException } from "@huaweicloud/huaweicloud-sdk-core/exception/ServiceResponseException";
import {
  DefaultHttpClient,
  type ClientOptions,
} from "@huaweicloud/huaweicloud-sdk-core/http/DefaultHttpClient";
import type { DefaultHttpResponse } from "@huaweicloud/huaweicloud-sdk-core/http/DefaultHttpResponse";
import type { HttpClient } from "@huaweicloud/huaweicloud-sdk-core/http/HttpClient";
import type { IHttpRequest } from "@huaweicloud/huaweicloud-sdk-core/http/IHttpRequest";
import { LogLevel, type Logger } from "@huaweicloud/huaweicloud-sdk-core/logger";
import type { SdkResponse } from "@huaweicloud/huaweicloud-sdk-core/SdkResponse";
import type { ICredential } from "@huaweicloud/huaweicloud-sdk-core/auth/ICredential";
import { DEFAULT_CREDENTIALS } from "../../../emulator/credentials";
import type { RunningEmulator } from "../../../emulator";
import { formatSdkDate } from "../../../provider/signers";
import { clusterBody as cdmClusterBody, jobsBody } from "../services/cdm/cdmFixtures";
import { obsTableBody as seedObsTableBody } from "../services/dli/tableFixtures";

export const HW_KEY = DEFAULT_CREDENTIALS.huawei[0]!;
export const PROJECT_ID = HW_KEY.projectId;
export const IAM_USER = DEFAULT_CREDENTIALS.iamUsers[0]!;

export type SdkMethod = "GET" | "POST" | "PUT" | "DELETE";

export interface SdkRequest {
  readonly method: SdkMethod;
  /** A path template as the generated clients write it: `/v1.1/{project_id}/clusters/{cluster_id}`. */
  readonly url: string;
  readonly pathParams?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  readonly body?: unknown;
  /** Extra request headers; the SDK signs every header present when it signs (spec/signing.md §4.1). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Default `application/json`; anything else makes the SDK sign `UNSIGNED-PAYLOAD` (§4.3). */
  readonly contentType?: string;
  /**
   * `X-Sdk-Date`: by default the emulator's time, handed to the SDK as a caller-supplied header
   * (spec/signing.md §4.1), so the tests may move the emulator clock freely; `"sdk"` lets the SDK
   * read the machine's clock itself; a number is an epoch time to sign with.
   */
  readonly sdkDate?: "sdk" | number;
  /** Changes the request after the SDK signed it and before its client sends it (to break it). */
  readonly tamper?: (signed: IHttpRequest) => void;
  /** Headers the SDK copies into its answer (`responseHeaders`, as its IAM client asks for `X-Subject-Token`). */
  readonly responseHeaders?: readonly string[];
}

export interface SdkAnswer {
  /** The HTTP status (`httpStatusCode` of the SDK's answer or exception); 0 when none arrived. */
  readonly status: number;
  /** Success: what `HcClient` returned, without `httpStatusCode`. Failure: the body its client received. */
  readonly body: Record<string, unknown>;
  /** The `responseHeaders` the SDK copied into its answer, by the name asked for. */
  readonly sdkHeaders: Readonly<Record<string, unknown>>;
  /** Response headers as the SDK's HTTP client received them (lower-case names). */
  readonly headers: Readonly<Record<string, string>>;
  /** The exception `HcClient` threw (4xx → ClientRequestException, 5xx → ServerResponseException). */
  readonly error?: ServiceResponseException;
  /** The request the SDK signed (headers include `Authorization`), as it handed it to its client. */
  readonly sent?: { readonly url: string; readonly headers: Readonly<Record<string, string>> };
}

/** The SDK logs every error answer at ERROR level through log4js; the tests read answers instead. */
const SILENT_LOGGER: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

/** axios refuses bodies over 10 MB by default; the size-limit tests send 12 MB and more. */
const CLIENT_OPTIONS: ClientOptions = {
  logger: SILENT_LOGGER,
  axiosRequestConfig: { maxBodyLength: Infinity },
};

interface Recorded {
  request?: { url: string; headers: Record<string, string> };
  answer?: { status: number; headers: Record<string, string>; data: unknown };
}

/** The SDK's `DefaultHttpClient`, recording the signed request and the raw answer it received. */
class RecordingHttpClient implements HttpClient {
  last: Recorded = {};
  tamper: ((signed: IHttpRequest) => void) | undefined;

  constructor(private readonly inner: DefaultHttpClient) {}

  get credentials(): ICredential | undefined {
    return this.inner.credentials;
  }
  set credentials(value: ICredential | undefined) {
    this.inner.credentials = value;
  }
  get httpRequest(): IHttpRequest | undefined {
    return this.inner.httpRequest;
  }
  set httpRequest(value: IHttpRequest | undefined) {
    this.inner.httpRequest = value;
  }

  async sendRequest<T extends SdkResponse>(request: IHttpRequest): Promise<DefaultHttpResponse<T>> {
    this.tamper?.(request);
    this.last = { request: { url: String(request.url), headers: stringRecord(request.headers) } };
    try {
      const response = await this.inner.sendRequest<T>(request);
      this.last.answer = {
        status: response.statusCode ?? 0,
        headers: stringRecord(response.headers),
        data: response.data,
      };
      return response;
    } catch (err) {
      // DefaultHttpClient rethrows {data, status, headers, message, requestId} for HTTP errors.
      const failure = err as { status?: number; headers?: unknown; data?: unknown };
      if (failure.status !== undefined) {
        this.last.answer = {
          status: failure.status,
          headers: stringRecord(failure.headers),
          data: failure.data,
        };
      }
      throw err;
    }
  }
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === null || typeof value !== "object") return out;
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    if (item !== undefined && item !== null && typeof item !== "object")
      out[name.toLowerCase()] = String(item);
  }
  return out;
}

export interface HuaweiKey {
  readonly accessKey: string;
  readonly secretKey: string;
  readonly projectId: string;
  /** Temporary credentials: the SDK adds and signs `X-Security-Token` (spec/signing.md §4.1). */
  readonly securityToken?: string;
}

/** One SDK client against one emulator: AK/SK-signed, token-authenticated, or unauthenticated. */
export class HuaweiSdkClient {
  private constructor(
    private readonly emulator: RunningEmulator,
    private readonly hc: HcClient,
    private readonly http: RecordingHttpClient,
    private readonly auth: { kind: "aksk" } | { kind: "token"; token: string } | { kind: "none" },
  ) {}

  /** Signs with `BasicCredentials(ak, sk, projectId)` as the seed's SDK snippets do (spec/cdm.md §1.7). */
  static signed(emulator: RunningEmulator, key: HuaweiKey = HW_KEY): HuaweiSdkClient {
    const http = new RecordingHttpClient(new DefaultHttpClient(CLIENT_OPTIONS, [emulator.url]));
    const credentials = new BasicCredentials()
      .withAk(key.accessKey)
      .withSk(key.secretKey)
      .withProjectId(key.projectId);
    if (key.securityToken !== undefined) credentials.withSecurityToken(key.securityToken);
    const hc = new HcClient(http).withEndpoints([emulator.url]).withCredential(credentials);
    return new HuaweiSdkClient(emulator, hc, http, { kind: "aksk" });
  }

  /** No credential: the SDK signs nothing; `X-Auth-Token` is sent when a token is given. */
  static unsigned(emulator: RunningEmulator, token?: string): HuaweiSdkClient {
    const http = new RecordingHttpClient(new DefaultHttpClient(CLIENT_OPTIONS, [emulator.url]));
    const hc = new HcClient(http).withEndpoints([emulator.url]);
    return new HuaweiSdkClient(
      emulator,
      hc,
      http,
      token === undefined ? { kind: "none" } : { kind: "token", token },
    );
  }

  async call(request: SdkRequest): Promise<SdkAnswer> {
    const headers: Record<string, string> = { ...request.headers };
    if (this.auth.kind === "aksk" && request.sdkDate !== "sdk") {
      headers["X-Sdk-Date"] = formatSdkDate(request.sdkDate ?? this.emulator.now());
    }
    if (this.auth.kind === "token") headers["X-Auth-Token"] = this.auth.token;
    // With a credential the SDK fills `{project_id}` itself (BasicCredentials.getPathParams).
    const pathParams: Record<string, string> =
      this.auth.kind === "aksk"
        ? { ...request.pathParams }
        : { project_id: PROJECT_ID, ...request.pathParams };
    const options = {
      method: request.method,
      url: request.url,
      contentType: request.contentType ?? "application/json",
      queryParams: { ...request.query },
      pathParams,
      headers,
      data: (request.body ?? {}) as Record<string, unknown>,
      ...(request.responseHeaders ? { responseHeaders: [...request.responseHeaders] } : {}),
    };
    this.http.last = {};
    this.http.tamper = request.tamper;
    try {
      const response = await this.hc.sendRequest<SdkResponse & Record<string, unknown>>(options);
      const { httpStatusCode, ...body } = response;
      const sdkHeaders: Record<string, unknown> = {};
      for (const name of request.responseHeaders ?? []) {
        sdkHeaders[name] = body[name];
        delete body[name];
      }
      return { ...this.answer(httpStatusCode ?? 0, body), sdkHeaders };
    } catch (err) {
      if (!(err instanceof ServiceResponseException)) throw err;
      const status = Number(err.httpStatusCode ?? 0);
      const data = this.http.last.answer?.data;
      const body =
        data !== null && typeof data === "object" ? (data as Record<string, unknown>) : {};
      return { ...this.answer(status, body), sdkHeaders: {}, error: err };
    }
  }

  /** Calls and asserts the status and that the SDK parsed a JSON answer carrying a request id. */
  async expect(request: SdkRequest, status: number): Promise<Record<string, unknown>> {
    const answer = await this.call(request);
    assert.equal(
      answer.status,
      status,
      `${request.method} ${request.url}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`,
    );
    assertParsed(answer);
    return answer.body;
  }

  private answer(status: number, body: Record<string, unknown>): Omit<SdkAnswer, "sdkHeaders"> {
    const recorded = this.http.last;
    return {
      status,
      body,
      headers: recorded.answer?.headers ?? {},
      ...(recorded.request ? { sent: recorded.request } : {}),
    };
  }
}

/** The SDK's client received a JSON object with a JSON content type and an `X-Request-Id`. */
export function assertParsed(answer: SdkAnswer): void {
  assert.match(answer.headers["content-type"] ?? "", /^application\/json/);
  assert.match(answer.headers["x-request-id"] ?? "", /^[0-9A-F-]{36}$/);
  assert.equal(typeof answer.body, "object");
  if (answer.error) assert.equal(answer.error.requestId, answer.headers["x-request-id"]);
}

/** Reads a nested value of an SDK answer without casts in every test. */
export function field(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** IAM `POST /v3/auth/tokens` through the SDK's client, password identity, project scope (spec/cdm.md §1.6). */
export function tokenRequest(projectId = PROJECT_ID, password = IAM_USER.password): SdkRequest {
  return {
    method: "POST",
    url: "/v3/auth/tokens",
    responseHeaders: ["X-Subject-Token"],
    body: {
      auth: {
        identity: {
          methods: ["password"],
          password: { user: { name: IAM_USER.name, password, domain: { name: IAM_USER.domain } } },
        },
        scope: { project: { id: projectId } },
      },
    },
  };
}

/**
 * The inputs of the first config group under `values` of a CDM link or job as read back
 * (`link-config-values` of a link, `driver-config-values` of a job: spec/cdm.md §3.4, §4.3).
 */
export function firstConfigInputs(item: unknown, values: string): Record<string, unknown>[] {
  return field(item, values, "configs", 0, "inputs") as Record<string, unknown>[];
}

// ---------------------------------------------------------------------------------------------
// Request bodies, from the seed's examples.

/** spec/cdm.md §2.2 request example (with `vpcId`, GAP-11): the CDM route specs' body. */
export function clusterBody(name: string): Record<string, unknown> {
  return cdmClusterBody(name);
}

export interface LinkSample {
  readonly name: string;
  readonly connector: string;
  readonly inputs: Readonly<Record<string, string>>;
  /** Inputs that read back masked: secrets and key ids (spec/cdm.md §3.5.15, GAP-25). */
  readonly secrets: readonly string[];
}

/** Links of five connector types, with the seed's sample parameters (spec/cdm.md §3.5.1, .2, .6, .7, .13). */
export const LINK_SAMPLES: readonly LinkSample[] = [
  {
    name: "mysql_link",
    connector: "generic-jdbc-connector",
    inputs: {
      "linkConfig.databaseType": "MYSQL",
      "linkConfig.host": "100.94.8.163",
      "linkConfig.port": "3306",
      "linkConfig.database": "DB_name",
      "linkConfig.username": "username",
      "linkConfig.password": "DB_password",
      "linkConfig.fetchSize": "100000",
      "linkConfig.usingNative": "false",
    },
    secrets: ["linkConfig.password"],
  },
  {
    name: "obs_link",
    connector: "obs-connector",
    inputs: {
      "linkConfig.storageType": "OBS",
      "linkConfig.server": "obs.cn-north-4.myhuaweicloud.com",
      "linkConfig.port": "443",
      "linkConfig.accessKey": "OBSACCESSKEYEXAMPLE",
      "linkConfig.securityKey": "obs-secret-key",
    },
    secrets: ["linkConfig.accessKey", "linkConfig.securityKey"],
  },
  {
    name: "sftp_link",
    connector: "sftp-connector",
    inputs: {
      "linkConfig.server": "10.120.85.167",
      "linkConfig.port": "22",
      "linkConfig.username": "username",
      "linkConfig.password": "sftp-password",
    },
    secrets: ["linkConfig.password"],
  },
  {
    name: "hive_link",
    connector: "hive-connector",
    inputs: {
      "linkConfig.host": "10.120.205.230",
      "linkConfig.authType": "KERBEROS",
      "linkConfig.user": "cdm",
      "linkConfig.password": "hive-password",
    },
    secrets: ["linkConfig.password"],
  },
  {
    name: "dli_link",
    connector: "dli-connector",
    inputs: {
      "linkConfig.ak": "GRC2WR0IDC6NGROYLWU2",
      "linkConfig.sk": "dli-secret-key",
      "linkConfig.region": "cn-north-4",
      "linkConfig.projectId": PROJECT_ID,
    },
    secrets: ["linkConfig.ak", "linkConfig.sk"],
  },
];

/** `{"links": [<link>]}` (spec/cdm.md §3.2); every value a string. */
export function linkBody(link: LinkSample, inputs = link.inputs): Record<string, unknown> {
  return {
    links: [
      {
        "link-config-values": {
          configs: [
            {
              inputs: Object.entries(inputs).map(([name, value]) => ({ name, value })),
              name: "linkConfig",
            },
          ],
        },
        name: link.name,
        "connector-name": link.connector,
        enabled: true,
      },
    ],
  };
}

/** A MySQL → OBS table migration (spec/cdm.md §4.2, §4.13.1, §4.14.2; driver block of §4.4). */
export function jobBody(name: string, numExtractors = "1"): Record<string, unknown> {
  return jobsBody({
    name,
    numExtractors,
    fromInputs: {
      useSql: "false",
      schemaName: "rf_database",
      tableName: "rf_from",
      columnList: "AA&BB",
    },
    toInputs: {
      bucketName: "cdm",
      outputDirectory: "/obsfrom/advance/",
      outputFormat: "CSV_FILE",
      fieldSeparator: ",",
      encodeType: "UTF-8",
    },
  });
}

/** spec/dli.md §5.1 OBS table example (CSV options, one partition column). */
export function obsTableBody(name: string): Record<string, unknown> {
  return seedObsTableBody({ table_name: name });
}

/** A managed (DLI) table like the §5.4 MANAGED describe example. */
export function dliTableBody(name: string): Record<string, unknown> {
  return {
    table_name: name,
    data_location: "DLI",
    description: "managed",
    columns: [
      { column_name: "id", type: "int", description: "" },
      { column_name: "name", type: "string", description: "" },
      { column_name: "level", type: "string", description: "", is_partition_column: true },
    ],
  };
}
