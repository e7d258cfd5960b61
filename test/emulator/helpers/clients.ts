import { randomUUID } from "node:crypto";
import {
  formatAlibabaTimestamp,
  formatSdkDate,
  signAcs3,
  signHuawei,
  signRpcV1,
  type AlibabaParamValue,
} from "../../../provider/signers";
import { DEFAULT_CREDENTIALS } from "../../../emulator/credentials";
import type { RunningEmulator } from "../../../emulator";

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

const ALI = DEFAULT_CREDENTIALS.alibaba[0]!;
const HW = DEFAULT_CREDENTIALS.huawei[0]!;
export const PROJECT = HW.projectId;

async function send(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Buffer },
): Promise<Answer> {
  const headers = { ...init.headers };
  delete headers["host"]; // fetch sets it from the URL, to the same host:port
  const res = await fetch(url, {
    method: init.method,
    headers,
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === "" ? {} : JSON.parse(text) };
}

export interface AlibabaCallOptions {
  scheme?: "rpc" | "acs3";
  method?: "GET" | "POST";
  accessKeyId?: string;
  accessKeySecret?: string;
  /** Epoch ms for the signature timestamp (default: emulator time). */
  at?: number;
  nonce?: string;
  version?: string;
  /** Change the signed request before sending (to break it). */
  tamper?: (req: { path: string; headers: Record<string, string>; body?: string }) => void;
}

/** A DataWorks call signed like the SDKs sign it (RPC v1 by default, or ACS3). */
export async function callAlibaba(
  emulator: RunningEmulator,
  action: string,
  params: Record<string, AlibabaParamValue> = {},
  options: AlibabaCallOptions = {},
): Promise<Answer> {
  const host = new URL(emulator.url).host;
  const input = {
    method: options.method ?? "POST",
    host,
    action,
    version: options.version ?? "2020-05-18",
    params,
  } as const;
  const credentials = {
    accessKeyId: options.accessKeyId ?? ALI.accessKeyId,
    accessKeySecret: options.accessKeySecret ?? ALI.accessKeySecret,
  };
  const stamp = {
    timestamp: formatAlibabaTimestamp(options.at ?? emulator.now()),
    nonce: options.nonce ?? randomUUID(),
  };
  const signed =
    options.scheme === "acs3" ? signAcs3(input, credentials, stamp) : signRpcV1(input, credentials, stamp);
  const req = { path: signed.path, headers: { ...signed.headers }, ...(signed.body !== undefined ? { body: signed.body } : {}) };
  options.tamper?.(req);
  return send(`${emulator.url}${req.path}`, {
    method: signed.method,
    headers: req.headers,
    ...(req.body !== undefined ? { body: req.body } : {}),
  });
}

export interface HuaweiCallOptions {
  body?: unknown;
  query?: Record<string, string>;
  /** Sign with this key pair (default: the emulator's default pair). */
  accessKey?: string;
  secretKey?: string;
  projectId?: string;
  /** Epoch ms for X-Sdk-Date (default: emulator time). */
  at?: number;
  /** Use token authentication instead of a signature. */
  token?: string;
  /** Send neither a signature nor a token. */
  anonymous?: boolean;
  rawBody?: Buffer;
}

/** A CDM / DLI / IAM call, AK/SK-signed like the Huawei SDK (or with X-Auth-Token). */
export async function callHuawei(
  emulator: RunningEmulator,
  method: string,
  path: string,
  options: HuaweiCallOptions = {},
): Promise<Answer> {
  const host = new URL(emulator.url).host;
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const search = options.query ? `?${new URLSearchParams(options.query)}` : "";
  const encodedPath = path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
  if (options.token !== undefined || options.anonymous) {
    return send(`${emulator.url}${encodedPath}${search}`, {
      method,
      headers: {
        "content-type": "application/json",
        ...(options.token !== undefined ? { "x-auth-token": options.token } : {}),
      },
      ...(options.rawBody !== undefined ? { body: options.rawBody } : body !== undefined ? { body } : {}),
    });
  }
  const signed = signHuawei(
    { method, host, path, ...(options.query ? { query: options.query } : {}), ...(body !== undefined ? { body } : {}) },
    {
      accessKey: options.accessKey ?? HW.accessKey,
      secretKey: options.secretKey ?? HW.secretKey,
      projectId: options.projectId ?? HW.projectId,
    },
    { sdkDate: formatSdkDate(options.at ?? emulator.now()) },
  );
  return send(`${emulator.url}${signed.path}`, {
    method,
    headers: signed.headers,
    ...(options.rawBody !== undefined ? { body: options.rawBody } : signed.body !== undefined ? { body: signed.body } : {}),
  });
}

/** A project-scoped token from the emulator's IAM, for the default IAM user. */
export async function issueToken(emulator: RunningEmulator): Promise<string> {
  const user = DEFAULT_CREDENTIALS.iamUsers[0]!;
  const answer = await callHuawei(emulator, "POST", "/v3/auth/tokens", {
    anonymous: true,
    body: {
      auth: {
        identity: {
          methods: ["password"],
          password: { user: { name: user.name, password: user.password, domain: { name: user.domain } } },
        },
        scope: { project: { id: PROJECT } },
      },
    },
  });
  const token = answer.headers.get("x-subject-token");
  if (answer.status !== 201 || token === null) throw new Error(`token issue failed: ${JSON.stringify(answer.body)}`);
  return token;
}

/** Calls the control API. */
export async function control(
  emulator: RunningEmulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  return send(`${emulator.url}/__emulator${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}
