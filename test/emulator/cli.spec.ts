import { strict as assert } from "node:assert";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PersistedStateSchema } from "../../emulator/server/stateFile";

const ROOT = resolve(__dirname, "../..");
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

interface Cli {
  child: ChildProcess;
  url: string;
  firstLine: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `emulator/cli.ts` the way `npm run emulator` does and waits for its first line. */
async function startCli(args: string[]): Promise<Cli> {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "emulator/cli.ts", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  const firstLine = await new Promise<string>((done, fail) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf("\n");
      if (newline >= 0) done(out.slice(0, newline));
    });
    void exited.then((code) => fail(new Error(`cli exited with ${code}: ${err}`)));
  });
  const url = firstLine.replace(/^listening on /, "");
  return { child, url, firstLine, output: () => out, exited };
}

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
    let cli: Cli;
    before(async () => {
      cli = await startCli(["--port", "0", "--demo"]);
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
    const cli = await startCli(["--state", file]);
    const token = await issueToken(cli.url);
    cli.child.kill("SIGTERM");
    assert.equal(await cli.exited, 0);
    assert.deepEqual(tokensIn(file), [token]);
  });

  it("leaves a whole, reloadable state file when SIGKILLed during a write loop", async () => {
    const file = join(dir, "sigkill.json");
    const cli = await startCli(["--state", file]);
    let issued = 0;
    const loop = (async () => {
      for (;;) {
        await Promise.all(Array.from({ length: 8 }, () => issueToken(cli.url).then(() => issued++)));
      }
    })().catch(() => undefined);
    while (issued < 120 || !existsSync(file)) await new Promise((r) => setTimeout(r, 5));
    cli.child.kill("SIGKILL");
    await cli.exited;
    await loop;

    const saved = tokensIn(file); // parses and matches the schema: never torn
    assert.ok(saved.length > 0 && saved.length <= issued, `${saved.length} of ${issued}`);

    const again = await startCli(["--state", file]);
    try {
      const state = (await (await fetch(`${again.url}/__emulator/state`)).json()) as {
        services: { iam: { tokens: Record<string, unknown> } };
      };
      assert.deepEqual(Object.keys(state.services.iam.tokens).sort(), [...saved].sort());
      const use = await fetch(`${again.url}/v3/projects`, { headers: { "x-auth-token": saved[0]! } });
      assert.equal(use.status, 200);
    } finally {
      again.child.kill("SIGTERM");
      await again.exited;
    }
  });

  it("exits with status 2 and the usage on a bad flag value", async () => {
    const child = spawn(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", "emulator/cli.ts", "--throttle", "sometimes"],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on("exit", done));
    assert.equal(code, 2);
    assert.match(err, /--throttle takes on or off/);
  });
});
