#!/usr/bin/env node
import { parseArgs } from "node:util";
import { loadCredentialsFile, type EmulatorCredentials } from "./credentials";
import { startEmulator, type StartEmulatorOptions } from "./index";
import {
  SIMPLE_PROJECT_ID,
  SIMPLE_PROJECT_IDENTIFIER,
  STANDARD_PROJECT_ID,
  STANDARD_PROJECT_IDENTIFIER,
} from "./services/dataworks/constants";

/**
 * `dataplatform-emulator` / `npm run emulator` / `npm start` (= `--demo`). The first line printed
 * is always `listening on http://HOST:PORT`, so scripts can wait for it and read the port.
 */
const USAGE = `usage: dataplatform-emulator [options]
  --port N             port to listen on (default 0: any free port)
  --host HOST          address to bind (default 127.0.0.1)
  --state FILE         persist the whole state to FILE and reload it at start
  --time-scale N       emulator seconds per real second (default 1)
  --credentials FILE   JSON file that extends (or with "mode":"replace" replaces) the credentials
  --throttle on|off    enforce the documented rate limits (default on)
  --dataworks-qps A,B,C  QPS of DataWorks throttling levels 1, 2, 3 (default 50,20,5)
  --dataworks-daily-cap N  level-3 DataWorks calls per day and access key (default 10000)
  --huawei-rate A=N,...  calls per minute per Huawei action (* = every action without its own)
  --option KEY=VALUE   a service switch (repeatable), e.g. dataworks.strictDelete=false or
                       cdmClusterCreateMs=10000; VALUE is read as JSON when it parses, else as text
  --demo               print the endpoint, credentials and provider configuration
  --help               this text`;

export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
  readonly code = "EMULATOR_CLI_USAGE";
}

export interface CliOptions {
  readonly help: boolean;
  readonly demo: boolean;
  readonly options: StartEmulatorOptions;
}

/** Parses and validates the flags; throws `CliUsageError` with the reason. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string", default: "0" },
        host: { type: "string", default: "127.0.0.1" },
        state: { type: "string" },
        "time-scale": { type: "string", default: "1" },
        credentials: { type: "string" },
        throttle: { type: "string", default: "on" },
        "dataworks-qps": { type: "string" },
        "dataworks-daily-cap": { type: "string" },
        "huawei-rate": { type: "string" },
        option: { type: "string", multiple: true },
        demo: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    throw new CliUsageError((err as Error).message);
  }
  const port = Number(values.port);
  const timeScale = Number(values["time-scale"]);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliUsageError(`bad --port ${values.port}`);
  if (!(timeScale > 0)) throw new CliUsageError(`bad --time-scale ${values["time-scale"]}`);
  if (values.throttle !== "on" && values.throttle !== "off") {
    throw new CliUsageError(`--throttle takes on or off, not ${values.throttle}`);
  }
  const throttle = throttleOption(
    values.throttle === "on",
    values["dataworks-qps"],
    values["dataworks-daily-cap"],
    values["huawei-rate"],
  );
  const serviceOptions = serviceOptionsOf(values.option ?? []);
  return {
    help: values.help,
    demo: values.demo,
    options: {
      port,
      host: values.host,
      timeScale,
      throttle,
      ...(Object.keys(serviceOptions).length > 0 ? { serviceOptions } : {}),
      ...(values.state !== undefined ? { stateFile: values.state } : {}),
      ...(values.credentials !== undefined ? { credentials: loadCredentialsFile(values.credentials) } : {}),
    },
  };
}

/**
 * `--throttle`, `--dataworks-qps`, `--dataworks-daily-cap`, `--huawei-rate` → the `throttle` option
 * (spec/dataworks.md §1.8; Huawei limits are per minute, spec/cdm.md §1.9).
 */
function throttleOption(
  enabled: boolean,
  qps: string | undefined,
  dailyCap: string | undefined,
  huaweiRate: string | undefined,
): StartEmulatorOptions["throttle"] {
  if (qps === undefined && dailyCap === undefined && huaweiRate === undefined) return enabled;
  const levels = qps?.split(",").map(Number);
  if (levels !== undefined && (levels.length !== 3 || !levels.every((n) => n > 0))) {
    throw new CliUsageError(`--dataworks-qps takes three positive numbers, not ${qps}`);
  }
  const cap = dailyCap === undefined ? undefined : Number(dailyCap);
  if (cap !== undefined && !(Number.isInteger(cap) && cap >= 0)) {
    throw new CliUsageError(`bad --dataworks-daily-cap ${dailyCap}`);
  }
  return {
    enabled,
    ...(levels ? { dataworksQps: { 1: levels[0]!, 2: levels[1]!, 3: levels[2]! } } : {}),
    ...(cap !== undefined ? { dataworksDailyCap: cap } : {}),
    ...(huaweiRate !== undefined ? { huawei: huaweiRatesOf(huaweiRate) } : {}),
  };
}

/** `--huawei-rate createCluster=5,*=60` → calls per minute by Huawei action (`*`: every other one). */
function huaweiRatesOf(text: string): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const pair of text.split(",")) {
    const at = pair.indexOf("=");
    const perMinute = Number(pair.slice(at + 1));
    if (at <= 0 || !(perMinute > 0)) {
      throw new CliUsageError(`--huawei-rate takes ACTION=N pairs with N > 0, not ${pair}`);
    }
    rates[pair.slice(0, at)] = perMinute;
  }
  return rates;
}

/** `--option KEY=VALUE` pairs → `serviceOptions`; VALUE is JSON when it parses (numbers, booleans, lists). */
function serviceOptionsOf(pairs: readonly string[]): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new CliUsageError(`--option takes KEY=VALUE, not ${pair}`);
    const text = pair.slice(at + 1);
    let value: unknown = text;
    try {
      value = JSON.parse(text);
    } catch {
      // Plain text (a name pattern, an enum value): keep the string.
    }
    options[pair.slice(0, at)] = value;
  }
  return options;
}

async function main(argv: readonly string[]): Promise<void> {
  // A script may read the first line and close the pipe (`… | head -1`): the emulator keeps serving.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
  });
  const cli = parseCliArgs(argv);
  if (cli.help) {
    console.log(USAGE);
    return;
  }
  const emulator = await startEmulator(cli.options);
  const host = cli.options.host ?? "127.0.0.1";
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${emulator.port}`;
  process.stdout.write(`listening on ${url}\n`);
  if (cli.demo) process.stdout.write(demoText(url, emulator.credentials));

  // Stop cleanly: finish answers in flight and flush the state file, then exit.
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    emulator.close().then(
      () => {
        process.stdout.write(`stopped (${signal})\n`);
        process.exit(0);
      },
      (err: unknown) => {
        console.error("emulator: error while stopping", err);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

export function demoText(url: string, credentials: EmulatorCredentials): string {
  const ali = credentials.alibaba[0];
  const hw = credentials.huawei[0];
  const project = credentials.projects.find((p) => p.id === hw?.projectId) ?? credentials.projects[0];
  const user = credentials.iamUsers[0];
  const lines = [
    "",
    `Local DataWorks + CDM + DLI + IAM emulator at ${url}`,
    "",
    "Credentials it accepts:",
    ...(ali ? [`  Alibaba  AccessKeyId ${ali.accessKeyId}  AccessKeySecret ${ali.accessKeySecret}`] : []),
    ...(hw ? [`  Huawei   AK ${hw.accessKey}  SK ${hw.secretKey}  project ${hw.projectId}`] : []),
    ...(user
      ? [`  Huawei IAM user ${user.name} (domain ${user.domain}) password ${user.password}`]
      : []),
    "",
    "DataWorks workspaces (ProjectId ProjectIdentifier):",
    `  ${STANDARD_PROJECT_ID} ${STANDARD_PROJECT_IDENTIFIER} (standard mode: development and production)`,
    `  ${SIMPLE_PROJECT_ID} ${SIMPLE_PROJECT_IDENTIFIER} (simple mode)`,
    "",
    // The `dataplatform:*` keys of provider/credentials/providerConfig.ts (written out here: the
    // emulator imports nothing from provider/ but the signers).
    "Point a Pulumi stack at it:",
    `  pulumi config set dataplatform:endpoint ${url}`,
    ...(ali
      ? [
          `  pulumi config set dataplatform:alibabaAccessKeyId ${ali.accessKeyId}`,
          `  pulumi config set --secret dataplatform:alibabaAccessKeySecret ${ali.accessKeySecret}`,
        ]
      : []),
    ...(hw
      ? [
          `  pulumi config set dataplatform:huaweiAccessKey ${hw.accessKey}`,
          `  pulumi config set --secret dataplatform:huaweiSecretKey ${hw.secretKey}`,
          `  pulumi config set dataplatform:huaweiProjectId ${hw.projectId}`,
        ]
      : []),
    ...(project ? [`  pulumi config set dataplatform:huaweiRegion ${project.name}`] : []),
    "",
    "Or the environment:",
    `  export DATAPLATFORM_ENDPOINT=${url}`,
    ...(ali
      ? [
          `  export ALIBABA_CLOUD_ACCESS_KEY_ID=${ali.accessKeyId}`,
          `  export ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ali.accessKeySecret}`,
          "  export ALIBABA_CLOUD_REGION_ID=cn-shanghai",
        ]
      : []),
    ...(hw
      ? [`  export HW_ACCESS_KEY=${hw.accessKey}`, `  export HW_SECRET_KEY=${hw.secretKey}`]
      : []),
    ...(project
      ? [`  export HW_PROJECT_ID=${project.id}`, `  export HW_REGION_NAME=${project.name}`]
      : []),
    "",
    `Control API: ${url}/__emulator/state, /__emulator/requests, /__emulator/faults (docs/emulator.md)`,
    "Press Ctrl-C to stop.",
    "",
  ];
  return lines.join("\n");
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    if (err instanceof CliUsageError) {
      console.error(`${(err as Error).message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
