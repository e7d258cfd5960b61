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
  return {
    help: values.help,
    demo: values.demo,
    options: {
      port,
      host: values.host,
      timeScale,
      throttle: values.throttle === "on",
      ...(values.state !== undefined ? { stateFile: values.state } : {}),
      ...(values.credentials !== undefined ? { credentials: loadCredentialsFile(values.credentials) } : {}),
    },
  };
}

async function main(argv: readonly string[]): Promise<void> {
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
    "Point a Pulumi stack at it:",
    `  pulumi config set dataplatform:endpoint ${url}`,
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
