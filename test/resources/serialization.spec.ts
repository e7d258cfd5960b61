import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { DEFAULT_CREDENTIALS } from "../../emulator";
import * as packageExports from "../../resources";
import { shimFor } from "../../resources/framework/shim";
import { Probe } from "../../resources/probe/probe";
import { RESOURCE_DEFINITIONS } from "../../resources/registry";
import { declareResources } from "../../testing/declareResources";
import { perturbLoadedModules } from "../helpers/perturbLoadedModules";
import { registryTypeOf, resourceClasses, type ResourceClass } from "../helpers/resourceClasses";
import { serializeProvider } from "../helpers/serializeProvider";
import { isBuiltin, traceRequires } from "../helpers/traceRequires";

const ROOT = resolve(__dirname, "../..");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  exports: Record<string, unknown>;
};
/** ARCHITECTURE decision 1: the budget of the text stored in every resource's state. */
const BUDGET_BYTES = 1024;
const TYPES = Object.keys(RESOURCE_DEFINITIONS);
/** Stands for the type name when texts of different types are compared. */
const TYPE_PLACEHOLDER = "<type>";

/**
 * Credentials a program might have around while it declares resources: the emulator's key pairs in
 * the stack config (as secrets) and distinct canaries in every environment variable the package
 * reads (ARCHITECTURE decision 2). None may reach the serialized provider.
 */
const CANARY_ENV: Record<string, string> = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIcanaryKeyIdInEnvironment",
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: "canary-alibaba-secret-in-environment",
  ALIBABA_CLOUD_SECURITY_TOKEN: "canary-alibaba-sts-token-in-environment",
  HW_ACCESS_KEY: "HWCANARYACCESSKEYINENV",
  HW_SECRET_KEY: "canary-huawei-secret-in-environment",
  HUAWEICLOUD_SDK_AK: "HWCANARYSDKAKINENV",
  HUAWEICLOUD_SDK_SK: "canary-huawei-sdk-sk-in-environment",
  DATAPLATFORM_PROBE_TOKEN: "canary-probe-token-in-environment",
};
const [alibabaKey] = DEFAULT_CREDENTIALS.alibaba;
const [huaweiKey] = DEFAULT_CREDENTIALS.huawei;
const [iamUser] = DEFAULT_CREDENTIALS.iamUsers;
const CANARY_CONFIG: Record<string, string> = {
  "dataplatform:alibabaAccessKeyId": alibabaKey!.accessKeyId,
  "dataplatform:alibabaAccessKeySecret": alibabaKey!.accessKeySecret,
  "dataplatform:huaweiAccessKey": huaweiKey!.accessKey,
  "dataplatform:huaweiSecretKey": huaweiKey!.secretKey,
  "dataplatform:huaweiPassword": iamUser!.password,
  "dataplatform:probeToken": "canary-probe-token-in-config",
};
const CREDENTIALS = [...Object.values(CANARY_ENV), ...Object.values(CANARY_CONFIG)];

/** Every resource class a user can construct, plus the probe (not exported, used by the tests). */
function allResourceClasses(): Map<string, ResourceClass> {
  const classes = resourceClasses(packageExports);
  classes.set("Probe", Probe as unknown as ResourceClass);
  return classes;
}

/** Every `require("…")` the serializer wrote into the text (module references it captured). */
function staticRequires(text: string): string[] {
  return [...text.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]!);
}

/** The package itself, through an entry point its `exports` map publishes. */
function isPackageEntryPoint(specifier: string): boolean {
  if (specifier === PACKAGE.name) return "." in PACKAGE.exports;
  return (
    specifier.startsWith(`${PACKAGE.name}/`) &&
    `.${specifier.slice(PACKAGE.name.length)}` in PACKAGE.exports
  );
}

function generic(text: string, type: string): string {
  return text.split(JSON.stringify(type)).join(JSON.stringify(TYPE_PLACEHOLDER));
}

/**
 * The serialized `__provider` of every resource type (ARCHITECTURE decision 1, issue 5
 * "Serialization contract tests"), taken as the engine receives it: the resource class constructed
 * under the SDK's mocks, its `__provider` input captured from the registration.
 */
describe("serialized provider contract", function () {
  this.timeout(30_000);
  /** Per registry type: the text as its resource class registers it under the SDK's mocks. */
  const registered = new Map<string, string>();
  /** Per registry type: the text of the type's shim, serialized as `dynamic.Resource` does. */
  const serialized = new Map<string, { text: string; containsSecrets: boolean }>();
  const savedEnv: Record<string, string | undefined> = {};
  let savedConfig: Record<string, string> = {};

  before(async () => {
    for (const [key, value] of Object.entries(CANARY_ENV)) {
      savedEnv[key] = process.env[key];
      process.env[key] = value;
    }
    savedConfig = pulumi.runtime.allConfig();
    pulumi.runtime.setAllConfig(
      CANARY_CONFIG,
      Object.keys(CANARY_CONFIG).filter((k) => !k.endsWith("Id")),
    );
    for (const cls of allResourceClasses().values()) {
      // Args are not validated in the constructor (Check does that in the host), so empty args
      // register the same `__provider` as any program would.
      const [registration] = await declareResources(() => [new cls("contract", {} as never)]);
      const text = registration!.inputs.__provider;
      assert.equal(
        typeof text,
        "string",
        `${registration!.type}: __provider is a plain string, not a secret`,
      );
      registered.set(registryTypeOf(registration!.type), text as string);
    }
    for (const type of TYPES) serialized.set(type, await serializeProvider(shimFor(type)));
  });

  after(() => {
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    pulumi.runtime.setAllConfig(savedConfig, []);
  });

  it("has no resource class whose type the installed package could not dispatch", () => {
    assert.ok(registered.size > 0, "found no resource class");
    assert.deepEqual(
      [...registered.keys()].filter((type) => !TYPES.includes(type)),
      [],
    );
  });

  for (const type of TYPES) {
    describe(type, () => {
      it("is registered by the type's resource class exactly as the shim serializes", () => {
        assert.ok(
          registered.has(type),
          `no resource class reachable from the package registers ${type}`,
        );
        assert.equal(registered.get(type), serialized.get(type)!.text);
      });

      it(`fits within ${BUDGET_BYTES} bytes`, () => {
        const bytes = Buffer.byteLength(serialized.get(type)!.text, "utf8");
        assert.ok(bytes <= BUDGET_BYTES, `${bytes} bytes`);
      });

      it("contains no credential from the stack config or the environment and is not marked secret", () => {
        const text = serialized.get(type)!.text;
        assert.deepEqual(
          CREDENTIALS.filter((credential) => text.includes(credential)),
          [],
        );
        assert.equal(serialized.get(type)!.containsSecrets, false);
      });

      it("contains no absolute path and no package version", () => {
        const text = serialized.get(type)!.text;
        for (const path of [ROOT, process.cwd(), tmpdir(), homedir(), "node_modules"]) {
          assert.equal(text.includes(path), false, `contains ${path}`);
        }
        assert.doesNotMatch(text, /["'`](?:\/|[A-Za-z]:[\\/]|\\\\)/, "a quoted absolute path");
        assert.equal(
          text.includes(PACKAGE.version),
          false,
          `contains the version ${PACKAGE.version}`,
        );
      });

      it("captures no module: the serializer wrote no require for a package or a file", () => {
        const specifiers = staticRequires(serialized.get(type)!.text);
        assert.deepEqual(
          specifiers.filter((s) => !isBuiltin(s) && !isPackageEntryPoint(s)),
          [],
        );
      });

      it("loads only Node built-ins and the package's published entry points when the host runs it", async () => {
        const trace = await traceRequires(serialized.get(type)!.text, { config: new Map() });
        assert.deepEqual(
          trace.specifiers.filter((s) => !isBuiltin(s) && !isPackageEntryPoint(s)),
          [],
        );
        assert.ok(
          trace.specifiers.some(isPackageEntryPoint),
          `dispatches to the installed package (loaded: ${trace.specifiers.join(", ")})`,
        );
      });

      it("resolves the package from the program directory, the host's working directory, at call time", async () => {
        const trace = await traceRequires(serialized.get(type)!.text, { config: new Map() });
        for (const base of trace.createRequireBases) assert.equal(base, `${process.cwd()}/`);
      });
    });
  }

  it("is identical for every resource type except for the type name", () => {
    const texts = new Set(TYPES.map((type) => generic(serialized.get(type)!.text, type)));
    assert.equal(texts.size, 1, [...texts].join("\n-----\n"));
  });

  it("depends on the type name only: a type the package does not know serializes to the same text", async () => {
    const unknown = "contract:NotARegisteredType";
    const { text } = await serializeProvider(shimFor(unknown));
    for (const type of TYPES)
      assert.equal(generic(serialized.get(type)!.text, type), generic(text, unknown));
  });

  it("does not change when the code of the package's other modules changes", async () => {
    const shimFile = require.resolve("../../resources/framework/shim");
    const folders = ["provider", "resources", "emulator", "testing"].map((part) =>
      join(ROOT, part),
    );
    const before = await Promise.all(
      TYPES.map(async (type) => (await serializeProvider(shimFor(type))).text),
    );
    const perturbation = perturbLoadedModules(folders, [shimFile]);
    let after: string[];
    try {
      after = await Promise.all(
        TYPES.map(async (type) => (await serializeProvider(shimFor(type))).text),
      );
    } finally {
      perturbation.restore();
    }
    assert.ok(perturbation.changedModules > 10, `changed ${perturbation.changedModules} modules`);
    assert.deepEqual(after, before);
  });
});
