import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "../../emulator";
import { CliUsageError, demoText, parseCliArgs } from "../../emulator/cli";
import { CredentialsFileError, DEFAULT_CREDENTIALS } from "../../emulator/credentials";
import { PersistedStateSchema } from "../../emulator/server/stateFile";
import { callAlibaba } from "./helpers/clients";
import { runEmulatorCli, startEmulatorProcess, type EmulatorProcess } from "./helpers/emulatorProcess";

const PASSWORD_BODY = JSON.stringify({
  auth: {
    identity: {
      methods: ["password"],
      password: {
        user: { name: "dataplatform", password: "local-huawei-password", domain: { name: "dataplatform" } },
      },
    },
    scope: { project: { id: "0123456789abcdef0123456789abcdef" } },
  },
});

async function issueToken(url: string): Promise<string> {
  const res = await fetch(`${url}/v3/auth/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: PASSWORD_BODY,
  });
  await res.arrayBuffer();
  const token = res.headers.get("x-subject-token");
  if (res.status !== 201 || token === null) throw new Error(`token issue answered ${res.status}`);
  return token;
}

function tokensIn(file: string): string[] {
  const saved = PersistedStateSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  return Object.keys((saved.services["iam"] as { tokens: Record<string, unknown> }).tokens);
}

describe("emulator cli", function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe("--demo", () => {
    let cli: EmulatorProcess;
    before(async () => {
      // `npm start` is `ts-node emulator/cli.ts --demo`: run it exactly so.
      cli = await startEmulatorProcess(["--port", "0", "--demo"], { runner: "ts-node" });
      // The rest of the demo text follows the first line in the same write or the next.
      while (!cli.output().includes("Press Ctrl-C")) await new Promise((r) => setTimeout(r, 20));
    });
    after(async () => {
      cli.child.kill("SIGTERM");
      await cli.exited;
    });

    it("prints exactly `listening on http://HOST:PORT` as its first line", () => {
      assert.match(cli.firstLine, /^listening on http:\/\/127\.0\.0\.1:\d+$/);
    });

    it("prints the stack config and environment that point the providers at it", () => {
      const text = cli.output();
      for (const line of [
        `pulumi config set dataplatform:endpoint ${cli.url}`,
        `export DATAPLATFORM_ENDPOINT=${cli.url}`,
        "export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIlocaldataplatform",
        "export ALIBABA_CLOUD_ACCESS_KEY_SECRET=local-alibaba-secret",
        "export HW_ACCESS_KEY=HWLOCALDATAPLATFORM",
        "export HW_SECRET_KEY=local-huawei-secret",
        "export HW_PROJECT_ID=0123456789abcdef0123456789abcdef",
        "export HW_REGION_NAME=cn-north-4",
      ]) {
        assert.ok(text.includes(line), `missing: ${line}`);
      }
    });
  });

  it("flushes the state file when stopped with SIGTERM", async () => {
    const file = join(dir, "sigterm.json");
    const cli = await startEmulatorProcess(["--state", file]);
    const token = await issueToken(cli.url);
    cli.child.kill("SIGTERM");
    assert.equal(await cli.exited, 0);
    assert.deepEqual(tokensIn(file), [token]);
  });

  it("flushes the state file when stopped with SIGINT (Ctrl-C)", async () => {
    const file = join(dir, "sigint.json");
    const cli = await startEmulatorProcess(["--state", file]);
    const token = await issueToken(cli.url);
    cli.child.kill("SIGINT");
    assert.equal(await cli.exited, 0);
    assert.deepEqual(tokensIn(file), [token]);
    assert.match(cli.output(), /stopped \(SIGINT\)/);
  });

  it("keeps serving, and still stops cleanly, after the reader of its output went away", async () => {
    const file = join(dir, "closed-stdout.json");
    const cli = await startEmulatorProcess(["--state", file]);
    cli.child.stdout!.destroy(); // like `dataplatform-emulator | head -1`
    const token = await issueToken(cli.url);
    cli.child.kill("SIGTERM"); // its "stopped" line now goes to a closed pipe
    assert.equal(await cli.exited, 0);
    assert.deepEqual(tokensIn(file), [token]);
  });

  it("exits with status 2 and the usage on a bad flag value", async () => {
    const { code, stderr } = await runEmulatorCli(["--throttle", "sometimes"]);
    assert.equal(code, 2);
    assert.match(stderr, /--throttle takes on or off/);
  });

  describe("parseCliArgs", () => {
    it("defaults to any free port on 127.0.0.1, real-time speed and throttling on", () => {
      assert.deepEqual(parseCliArgs([]).options, { port: 0, host: "127.0.0.1", timeScale: 1, throttle: true });
    });

    it("reads --port, --host, --state, --time-scale and --throttle", () => {
      const cli = parseCliArgs([
        "--port", "4566", "--host", "0.0.0.0", "--state", "s.json", "--time-scale", "60", "--throttle", "off",
      ]);
      assert.deepEqual(cli.options, {
        port: 4566,
        host: "0.0.0.0",
        stateFile: "s.json",
        timeScale: 60,
        throttle: false,
      });
    });

    it("adjusts the DataWorks throttling levels and daily cap", () => {
      assert.deepEqual(
        parseCliArgs(["--dataworks-qps", "100,40,10", "--dataworks-daily-cap", "500"]).options.throttle,
        { enabled: true, dataworksQps: { 1: 100, 2: 40, 3: 10 }, dataworksDailyCap: 500 },
      );
    });

    it("refuses --dataworks-qps without exactly three positive numbers", () => {
      assert.throws(() => parseCliArgs(["--dataworks-qps", "50,20"]), CliUsageError);
    });

    it("sets Huawei per-minute limits by action with --huawei-rate, * standing for every other action", () => {
      assert.deepEqual(parseCliArgs(["--huawei-rate", "createCluster=2,*=60"]).options.throttle, {
        enabled: true,
        huawei: { createCluster: 2, "*": 60 },
      });
    });

    it("refuses a --huawei-rate pair without a positive number", () => {
      assert.throws(() => parseCliArgs(["--huawei-rate", "createCluster=0"]), CliUsageError);
    });

    it("collects repeated --option KEY=VALUE pairs, reading JSON values and keeping text", () => {
      const cli = parseCliArgs([
        "--option", "dataworks.strictDelete=false",
        "--option", "cdmClusterCreateMs=10000",
        "--option", "cdmFailClusterNamePattern=^broken-",
        "--option", 'cdmFailRuns=["job1"]',
      ]);
      assert.deepEqual(cli.options.serviceOptions, {
        "dataworks.strictDelete": false,
        cdmClusterCreateMs: 10_000,
        cdmFailClusterNamePattern: "^broken-",
        cdmFailRuns: ["job1"],
      });
    });

    it("refuses an --option without KEY=", () => {
      assert.throws(() => parseCliArgs(["--option", "=x"]), CliUsageError);
    });

    it("loads the key pairs of --credentials FILE", () => {
      const file = join(dir, "credentials.json");
      writeFileSync(file, JSON.stringify({ alibaba: [{ accessKeyId: "LTAIci", accessKeySecret: "ci-secret" }] }));
      assert.deepEqual(parseCliArgs(["--credentials", file]).options.credentials, {
        alibaba: [{ accessKeyId: "LTAIci", accessKeySecret: "ci-secret" }],
      });
    });

    it("refuses a credentials file that does not match the schema", () => {
      const file = join(dir, "bad-credentials.json");
      writeFileSync(file, JSON.stringify({ alibaba: [{ accessKeyId: "" }] }));
      assert.throws(() => parseCliArgs(["--credentials", file]), CredentialsFileError);
    });

    for (const [flag, value] of [
      ["--port", "70000"],
      ["--port", "http"],
      ["--time-scale", "0"],
      ["--time-scale", "-2"],
    ] as const) {
      it(`refuses ${flag} ${value} with CliUsageError`, () => {
        assert.throws(() => parseCliArgs([flag, value]), CliUsageError);
      });
    }

    it("refuses an unknown flag with CliUsageError", () => {
      assert.throws(() => parseCliArgs(["--verbose"]), CliUsageError);
    });
  });

  describe("demoText", () => {
    const text = demoText("http://127.0.0.1:4566", DEFAULT_CREDENTIALS);

    it("prints both clouds' default credentials", () => {
      for (const part of [
        "LTAIlocaldataplatform",
        "local-alibaba-secret",
        "HWLOCALDATAPLATFORM",
        "local-huawei-secret",
        "0123456789abcdef0123456789abcdef",
      ]) {
        assert.ok(text.includes(part), `missing: ${part}`);
      }
    });

    it("prints the stack configuration of every provider setting, secrets with --secret", () => {
      for (const line of [
        "pulumi config set dataplatform:endpoint http://127.0.0.1:4566",
        "pulumi config set dataplatform:alibabaAccessKeyId LTAIlocaldataplatform",
        "pulumi config set --secret dataplatform:alibabaAccessKeySecret local-alibaba-secret",
        "pulumi config set dataplatform:huaweiAccessKey HWLOCALDATAPLATFORM",
        "pulumi config set --secret dataplatform:huaweiSecretKey local-huawei-secret",
        "pulumi config set dataplatform:huaweiProjectId 0123456789abcdef0123456789abcdef",
        "pulumi config set dataplatform:huaweiRegion cn-north-4",
      ]) {
        assert.ok(text.includes(line), `missing: ${line}`);
      }
    });

    it("prints the seeded DataWorks workspaces", () => {
      assert.match(text, /10000 dp_demo \(standard mode/);
      assert.match(text, /10001 dp_simple \(simple mode/);
    });
  });

  it("serves requests signed with a key pair added by --credentials", async () => {
    const file = join(dir, "extra-credentials.json");
    writeFileSync(file, JSON.stringify({ alibaba: [{ accessKeyId: "LTAIextra", accessKeySecret: "extra-secret" }] }));
    const emulator = await startEmulator({ ...parseCliArgs(["--credentials", file]).options, throttle: false });
    try {
      const extra = await callAlibaba(emulator, "GetProject", { ProjectId: 10000 }, {
        accessKeyId: "LTAIextra",
        accessKeySecret: "extra-secret",
      });
      const builtIn = await callAlibaba(emulator, "GetProject", { ProjectId: 10000 });
      assert.deepEqual([extra.status, builtIn.status], [200, 200]);
    } finally {
      await emulator.close();
    }
  });
});
