/**
 * Signing cost per request: our pure signers next to the official SDKs' own signing routines on the same
 * inputs (spec/signing.md §2–§4): median CPU time per call over alternating batches after a warm-up.
 *
 * Like for like: each call on either side does everything a real request's signing needs and nothing is
 * carried over between calls — a fresh timestamp from the clock and a fresh nonce (ours: the client's
 * `formatAlibabaTimestamp(clock.now())` / `formatSdkDate` and `systemNonce`, exactly as
 * provider/alibaba/sendAlibaba.ts and provider/huawei/sendHuawei.ts do; theirs: the SDK's own timestamp
 * and nonce routines), the wire body, every hash and the HMAC.
 *
 * - RPC v1: @alicloud/pop-core has no exported signer; its `RPCClient.request` signs inline with the
 *   module-private `formatParams` / `normalize` / `canonicalize` / `encode` / `timestamp` and
 *   `kitx.sha1` / `kitx.makeNonce`. We load lib/rpc.js with those private functions exposed and run
 *   exactly the statements of `request` that build the signed request (common params, normalise,
 *   canonicalise, string to sign, HMAC, final query / body).
 * - ACS3: @alicloud/openapi-client `doRequest`'s signing statements: timestamp and nonce, headers, the
 *   empty-payload hash it always computes first, `OpenApiUtil.toForm`, `OpenApiUtil.hash`/`hexEncode`
 *   of the body, `OpenApiUtil.getAuthorization`.
 * - Huawei: `AKSKSigner.sign(request, credentials)` of @huaweicloud/huaweicloud-sdk-core (it formats its
 *   own `X-Sdk-Date` from the current time).
 *
 * The SDKs' request-object plumbing around those statements (`new $tea.Request()`, the chained
 * `Object.assign`s of global and extra headers, the user agent) is left out, which favours theirs.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { runInThisContext } from "node:vm";
import { systemClock, systemNonce } from "../provider/clock";
import {
  type AlibabaSignInput,
  type AlibabaStamp,
  type HuaweiSignInput,
  formatAlibabaTimestamp,
  formatSdkDate,
  signAcs3,
  signHuawei,
  signRpcV1,
} from "../provider/signers";

const WARMUP_OPS = 3_000;
const PAIRS = 101;
const OPS_PER_BATCH = 300;

interface PairFigures {
  /** Median CPU ns per call over the batches of each side. */
  oursNs: number;
  theirsNs: number;
  /** Median over the batch pairs of ours ÷ theirs, and the quartiles of that ratio. */
  ratio: number;
  ratioLow: number;
  ratioHigh: number;
}

/**
 * Batches of the two alternate (ours first in one pair, theirs first in the next) so that both see the
 * same machine load — the CPU is shared — and the ratio is taken per pair of adjacent batches: load that
 * drifts over the run slows both halves of a pair alike. Medians drop the disturbed pairs.
 */
function measurePair(ours: () => unknown, theirs: () => unknown): PairFigures {
  let sink: unknown;
  for (let i = 0; i < WARMUP_OPS; i++) {
    sink = ours();
    sink = theirs();
  }
  // CPU time of this process, not wall time: on a shared machine a batch that is descheduled halfway
  // would otherwise count the other processes' work as ours (or theirs).
  const batch = (fn: () => unknown): number => {
    const start = process.cpuUsage();
    for (let i = 0; i < OPS_PER_BATCH; i++) sink = fn();
    const used = process.cpuUsage(start);
    return ((used.user + used.system) * 1000) / OPS_PER_BATCH;
  };
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let n = 0; n < PAIRS; n++) {
    let x: number;
    let y: number;
    if (n % 2 === 0) {
      x = batch(ours);
      y = batch(theirs);
    } else {
      y = batch(theirs);
      x = batch(ours);
    }
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  if (sink === undefined) throw new Error("benchmark function returned nothing");
  const sorted = (xs: number[]): number[] => [...xs].sort((p, q) => p - q);
  const at = (xs: number[], q: number): number => sorted(xs)[Math.floor((xs.length - 1) * q)]!;
  return {
    oursNs: at(a, 0.5),
    theirsNs: at(b, 0.5),
    ratio: at(ratios, 0.5),
    ratioLow: at(ratios, 0.25),
    ratioHigh: at(ratios, 0.75),
  };
}

// ---------------------------------------------------------------- shared inputs

const AK = "testid";
const SK = "testsecret";
const HOST = "dataworks.cn-hangzhou.aliyuncs.com";
/** A typical DataWorks write: CreateFile with a SQL body and scheduling fields (spec/dataworks.md §3.1.1). */
const CREATE_FILE: Record<string, string | number> = {
  RegionId: "cn-hangzhou",
  ProjectId: 10000,
  FileFolderPath: "业务流程/my_flow/MaxCompute",
  FileName: "ods_orders_daily",
  FileType: 10,
  Content: "INSERT OVERWRITE TABLE ods_orders PARTITION (ds='${bizdate}') SELECT * FROM src_orders WHERE ds = '${bizdate}';",
  CronExpress: "00 05 00 * * ?",
  RerunMode: "ALL_ALLOWED",
  AutoRerunTimes: 3,
  Owner: "1234567890",
};
const alibabaInput: AlibabaSignInput = {
  method: "POST",
  host: HOST,
  action: "CreateFile",
  version: "2020-05-18",
  params: CREATE_FILE,
};
const alibabaCredentials = { accessKeyId: AK, accessKeySecret: SK };
/** What provider/alibaba/sendAlibaba.ts does before every attempt. */
const freshAlibabaStamp = (): AlibabaStamp => ({
  timestamp: formatAlibabaTimestamp(systemClock.now()),
  nonce: systemNonce(),
});

/** CDM CreateJob-sized JSON body (spec/cdm.md), GET-style query on a DLI list for the second case. */
const CDM_BODY = JSON.stringify({
  jobs: [
    {
      job_type: "NORMAL_JOB",
      name: "mysql2dws_orders",
      from_link_name: "mysql_link",
      to_link_name: "dws_link",
      from_connector_name: "generic-jdbc-connector",
      to_connector_name: "generic-jdbc-connector",
      from_config_values: { configs: [{ name: "fromJobConfig", inputs: [{ name: "fromJobConfig.sql", value: "select * from t" }] }] },
    },
  ],
});
const PROJECT = "0123456789abcdef0123456789abcdef";
const CLUSTER = "6ec9a0a4-76be-4262-8697-e7af1fac7920";
const huaweiInput: HuaweiSignInput = {
  method: "POST",
  host: "cdm.cn-north-4.myhuaweicloud.com",
  path: `/v1.1/${PROJECT}/clusters/${CLUSTER}/cdm/job`,
  query: { page_no: "1", jobType: "NORMAL_JOB" },
  body: CDM_BODY,
};
const huaweiCredentials = { accessKey: AK, secretKey: SK, projectId: PROJECT };

// ---------------------------------------------------------------- the SDKs' routines

interface PopCoreSigning {
  formatParams(p: Record<string, unknown>): Record<string, unknown>;
  normalize(p: Record<string, unknown>): Array<[string, string]>;
  canonicalize(n: Array<[string, string]>): string;
  encode(s: string): string;
  timestamp(): string;
  kitx: { sha1(data: string, key: string, encoding: string): string; makeNonce(): string };
}

/** lib/rpc.js evaluated as CommonJS, with its module-private signing helpers added to the exports. */
function loadPopCoreSigning(): PopCoreSigning {
  const file = require.resolve("@alicloud/pop-core/lib/rpc.js");
  const source =
    readFileSync(file, "utf8") +
    "\nmodule.exports.__signing = { formatParams, normalize, canonicalize, encode, timestamp, kitx };";
  const wrapper = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
  }) as (e: unknown, r: NodeRequire, m: { exports: { __signing: PopCoreSigning } }, f: string, d: string) => void;
  const mod = { exports: {} as { __signing: PopCoreSigning } };
  wrapper(mod.exports, createRequire(file), mod, file, dirname(file));
  return mod.exports.__signing;
}

function popCoreRpcV1(pop: PopCoreSigning): () => string {
  // RPCClient.request, from "format params" to the final URL (method POST sends the same string as body).
  return () => {
    const params = pop.formatParams(CREATE_FILE);
    const defaultParams: Record<string, unknown> = { Format: "JSON", Timestamp: pop.timestamp(), Version: "2020-05-18" };
    defaultParams["SignatureMethod"] = "HMAC-SHA1";
    defaultParams["SignatureVersion"] = "1.0";
    defaultParams["SignatureNonce"] = pop.kitx.makeNonce();
    defaultParams["AccessKeyId"] = AK;
    const all = Object.assign({ Action: "CreateFile" }, defaultParams, params);
    const normalized = pop.normalize(all);
    const canonicalized = pop.canonicalize(normalized);
    const stringToSign = `POST&${pop.encode("/")}&${pop.encode(canonicalized)}`;
    const signature = pop.kitx.sha1(stringToSign, SK + "&", "base64");
    normalized.push(["Signature", pop.encode(signature)]);
    return pop.canonicalize(normalized);
  };
}

interface OpenApiUtil {
  getTimestamp(): string;
  toForm(m: Record<string, unknown>): string;
  hash(raw: Buffer, alg: string): Buffer;
  hexEncode(raw: Buffer): string;
  getAuthorization(request: unknown, alg: string, payload: string, ak: string, sk: string): string;
}

interface TeaUtil {
  getNonce(): string;
}

function openApiClientAcs3(util: OpenApiUtil, tea: TeaUtil): () => string {
  // openapi-client doRequest: headers, empty-payload hash, form body + its hash, content headers, Authorization.
  return () => {
    const request = {
      pathname: "/",
      method: "POST",
      query: {} as Record<string, string>,
      headers: {
        host: HOST,
        "x-acs-version": "2020-05-18",
        "x-acs-action": "CreateFile",
        "x-acs-date": util.getTimestamp(),
        "x-acs-signature-nonce": tea.getNonce(),
        accept: "application/json",
      } as Record<string, string>,
      body: "",
    };
    let hashed = util.hexEncode(util.hash(Buffer.from(""), "ACS3-HMAC-SHA256"));
    const form = util.toForm(CREATE_FILE);
    hashed = util.hexEncode(util.hash(Buffer.from(form, "utf8"), "ACS3-HMAC-SHA256"));
    request.body = form;
    request.headers["content-type"] = "application/x-www-form-urlencoded";
    request.headers["x-acs-content-sha256"] = hashed;
    return util.getAuthorization(request, "ACS3-HMAC-SHA256", hashed, AK, SK);
  };
}

interface HuaweiSdk {
  AKSKSigner: { sign(request: unknown, credential: unknown): Record<string, string> };
  BasicCredentials: new () => { withAk(ak: string): unknown };
}

function huaweiAkskSigner(sdk: HuaweiSdk): () => Record<string, string> {
  const credential = (new sdk.BasicCredentials().withAk(AK) as { withSk(sk: string): unknown }).withSk(SK);
  return () =>
    sdk.AKSKSigner.sign(
      {
        endpoint: `https://${huaweiInput.host}${huaweiInput.path}`,
        method: "POST",
        headers: { "content-type": "application/json", "X-Project-Id": PROJECT },
        queryParams: { page_no: "1", jobType: "NORMAL_JOB" },
        data: JSON.parse(CDM_BODY) as unknown,
      },
      credential,
    );
}

// ---------------------------------------------------------------- run

export async function run(): Promise<void> {
  const pop = loadPopCoreSigning();
  const util = (require("@alicloud/openapi-util") as { default: OpenApiUtil }).default;
  const tea = (require("@alicloud/tea-util") as { default: TeaUtil }).default;
  const hw: HuaweiSdk = {
    AKSKSigner: (require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner") as Pick<HuaweiSdk, "AKSKSigner">).AKSKSigner,
    BasicCredentials: (require("@huaweicloud/huaweicloud-sdk-core") as Pick<HuaweiSdk, "BasicCredentials">).BasicCredentials,
  };

  const rows: Array<[string, () => unknown, () => unknown]> = [
    ["Alibaba RPC v1 (HMAC-SHA1) vs pop-core", () => signRpcV1(alibabaInput, alibabaCredentials, freshAlibabaStamp()), popCoreRpcV1(pop)],
    ["Alibaba ACS3-HMAC-SHA256 vs openapi-client", () => signAcs3(alibabaInput, alibabaCredentials, freshAlibabaStamp()), openApiClientAcs3(util, tea)],
    ["Huawei SDK-HMAC-SHA256 vs AKSKSigner.sign", () => signHuawei(huaweiInput, huaweiCredentials, { sdkDate: formatSdkDate(systemClock.now()) }), huaweiAkskSigner(hw)],
  ];

  console.log(
    `CPU time per call; ${PAIRS} alternating batch pairs × ${OPS_PER_BATCH} calls after ${WARMUP_OPS} ` +
      "warm-up calls; ratio = median of per-pair ours ÷ theirs (quartiles in brackets)",
  );
  console.log("| algorithm | ours (µs) | theirs (µs) | ratio |");
  console.log("|---|---:|---:|---:|");
  for (const [name, ours, theirs] of rows) {
    const f = measurePair(ours, theirs);
    console.log(
      `| ${name} | ${(f.oursNs / 1000).toFixed(2)} | ${(f.theirsNs / 1000).toFixed(2)} | ` +
        `${f.ratio.toFixed(2)}× (${f.ratioLow.toFixed(2)}–${f.ratioHigh.toFixed(2)}) |`,
    );
  }
}
