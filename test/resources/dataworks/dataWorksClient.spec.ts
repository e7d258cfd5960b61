import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { getProject, MissingCredentialsError } from "../../../provider";
import { dataWorksClient } from "../../../resources/dataworks/dataWorksClient";
import { WORKSPACE } from "./dataWorksEmulatorProvider";

/** Where the DataWorks resources take their credentials from (ARCHITECTURE decision 2). */
describe("dataWorksClient", () => {
  let emulator: RunningEmulator;
  let key: { accessKeyId: string; accessKeySecret: string };

  before(async () => {
    emulator = await startEmulator({ port: 0, throttle: false });
    key = emulator.credentials.alibaba[0]!;
  });
  after(() => emulator.close());

  it("signs with the stack config and ignores the namespace's keys meant for other services", async () => {
    const client = dataWorksClient({
      config: {
        endpoint: emulator.url,
        alibabaAccessKeyId: key.accessKeyId,
        alibabaAccessKeySecret: key.accessKeySecret,
        probeToken: "not-a-client-key",
      },
      env: {},
    });
    assert.equal((await getProject(client, { projectId: WORKSPACE })).projectId, WORKSPACE);
  });

  it("falls back to the environment of the provider host, read at call time", async () => {
    const env: NodeJS.ProcessEnv = { DATAPLATFORM_ENDPOINT: emulator.url };
    const client = dataWorksClient({ config: {}, env });
    env.ALIBABA_CLOUD_ACCESS_KEY_ID = key.accessKeyId;
    env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = key.accessKeySecret;
    assert.equal((await getProject(client, { projectId: WORKSPACE })).projectId, WORKSPACE);
  });

  it("names the stack config keys and environment variables when credentials are missing", async () => {
    emulator.clearRequests();
    const client = dataWorksClient({ config: { endpoint: emulator.url }, env: {} });
    await assert.rejects(getProject(client, { projectId: WORKSPACE }), (error: unknown) => {
      assert.ok(error instanceof MissingCredentialsError);
      assert.match(
        error.message,
        /dataplatform:alibabaAccessKeySecret.*ALIBABA_CLOUD_ACCESS_KEY_SECRET/,
      );
      return true;
    });
    assert.deepEqual(emulator.requests(), []);
  });
});
