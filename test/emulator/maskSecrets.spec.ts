import { strict as assert } from "node:assert";
import { isSecretParameter, MASK, maskSecrets } from "../../emulator/maskSecrets";
import { CdmEmulator } from "./services/cdm/cdmEmulator";
import { linkBody, jobsBody } from "./services/cdm/cdmFixtures";
import { control } from "./helpers/clients";

/** Every `{name, value}` parameter of a logged body, wherever it sits (spec/cdm.md §3.2, §4.3). */
function loggedInputs(parameters: unknown): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record["name"] === "string" && "value" in record) {
        found[record["name"]] = record["value"];
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(parameters);
  return found;
}

describe("maskSecrets", () => {
  describe("in the request log of a real emulator", () => {
    let cdm: CdmEmulator;
    let clusterId: string;
    before(async () => {
      cdm = await CdmEmulator.start();
      clusterId = await cdm.runningCluster();
    });
    after(() => cdm.close());
    beforeEach(() => cdm.emulator.clearRequests());

    /** The logged `{name, value}` inputs of the one call of `action`, read via the control API. */
    async function logged(action: string): Promise<Record<string, unknown>> {
      const answer = await control(cdm.emulator, "GET", `/requests?service=cdm&action=${action}`);
      const entries = answer.body["requests"] as Array<Record<string, unknown>>;
      assert.equal(entries.length, 1);
      return loggedInputs(entries[0]!["parameters"]);
    }

    /** A JDBC link whose password is `hunter2-in-clear` (spec/cdm.md §3.5.1). */
    async function createPostgresLink(name: string, host: string): Promise<void> {
      await cdm.ok("POST", `/clusters/${clusterId}/cdm/link`, {
        body: linkBody(name, "generic-jdbc-connector", {
          databaseType: "POSTGRESQL",
          host,
          port: "5432",
          database: "db",
          username: "admin",
          password: "hunter2-in-clear",
        }),
      });
    }

    it("masks the value of a CDM createLink password parameter", async () => {
      await createPostgresLink("pg_link", "10.0.0.1");
      const inputs = await logged("createLink");
      assert.equal(inputs["linkConfig.password"], MASK);
    });

    it("keeps the values of a CDM createLink's ordinary parameters", async () => {
      await createPostgresLink("pg_link2", "10.0.0.2");
      const inputs = await logged("createLink");
      assert.deepEqual(
        [inputs["linkConfig.host"], inputs["linkConfig.username"]],
        ["10.0.0.2", "admin"],
      );
    });

    it("masks the OBS link's access key and security key", async () => {
      await cdm.link(clusterId, "obs_link", "obs-connector");
      const inputs = await logged("createLink");
      assert.deepEqual(
        [inputs["linkConfig.accessKey"], inputs["linkConfig.securityKey"]],
        [MASK, MASK],
      );
    });

    it("masks the DIS link's short ak and sk parameters", async () => {
      await cdm.link(clusterId, "dis_link", "dis-connector");
      const inputs = await logged("createLink");
      assert.deepEqual([inputs["linkConfig.ak"], inputs["linkConfig.sk"]], [MASK, MASK]);
    });

    it("masks a createJob's encryption dek and iv and keeps its other parameters", async () => {
      await cdm.link(clusterId, "mysql_link", "generic-jdbc-connector");
      const dek = "a".repeat(64);
      const iv = "b".repeat(32);
      await cdm.call("POST", `/clusters/${clusterId}/cdm/job`, {
        body: jobsBody({
          name: "encrypted",
          toInputs: {
            bucketName: "cdm",
            outputDirectory: "/out/",
            outputFormat: "BINARY_FILE",
            encryption: "AES-256-GCM",
            dek,
            iv,
          },
        }),
      });
      const inputs = await logged("createJob");
      assert.deepEqual(
        [inputs["toJobConfig.dek"], inputs["toJobConfig.iv"], inputs["toJobConfig.bucketName"]],
        [MASK, MASK, "cdm"],
      );
    });

    it("leaves no secret value anywhere in the logged createJob entry", async () => {
      const dek = "c".repeat(64);
      await cdm.call("POST", `/clusters/${clusterId}/cdm/job`, {
        body: jobsBody({
          name: "encrypted2",
          toInputs: { bucketName: "cdm", outputDirectory: "/out/", dek, iv: "d".repeat(32) },
        }),
      });
      const answer = await control(cdm.emulator, "GET", "/requests?action=createJob");
      const text = JSON.stringify(answer.body);
      assert.equal(text.includes(dek) || text.includes("d".repeat(32)), false);
    });
  });

  describe("as a function", () => {
    it("masks a {name, value} pair whose name ends in a secret word", () => {
      const masked = maskSecrets([{ name: "linkConfig.keytab", value: "KEYTAB-BYTES" }]);
      assert.deepEqual(masked, [{ name: "linkConfig.keytab", value: MASK }]);
    });

    it("does not mask a {name, value} pair whose name only contains a short secret word", () => {
      const masked = maskSecrets({ name: "linkConfig.diskSize", value: "100" });
      assert.deepEqual(masked, { name: "linkConfig.diskSize", value: "100" });
    });

    it("judges jdbcProperties and the short names by their last part, case-insensitively", () => {
      assert.deepEqual(
        ["linkConfig.jdbcProperties", "fromJobConfig.IV", "toJobConfig.dek", "linkConfig.user"].map(
          (name) => isSecretParameter(name, new Set()),
        ),
        [true, true, true, false],
      );
    });
  });
});
