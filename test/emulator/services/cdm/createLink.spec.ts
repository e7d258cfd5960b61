import { strict as assert } from "node:assert";
import { assertLongError, assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";
import {
  CLOUDTABLE_SAMPLE,
  clusterBody,
  CONNECTOR_SAMPLES,
  linkBody,
  type Inputs,
} from "./cdmFixtures";

const without = (inputs: Inputs, name: string): Inputs =>
  Object.fromEntries(Object.entries(inputs).filter(([key]) => key !== name));

describe("CDM createLink", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.runningCluster();
  });

  const create = (body: unknown, query?: Record<string, string>) =>
    cdm.call("POST", `/clusters/${cluster}/cdm/link`, { body, ...(query ? { query } : {}) });

  // spec/cdm.md §3.5: every connector type, with the seed's sample parameters.
  for (const [connector, inputs] of Object.entries(CONNECTOR_SAMPLES)) {
    it(`createLink: stores a ${connector} link from the seed's sample parameters`, async () => {
      const answer = await create(linkBody("sample_link", connector, inputs));
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.deepEqual(answer.body, { name: "sample_link", "validation-result": [] });
      const stored = cdm.state().clusters[cluster]!.links["sample_link"]!;
      assert.equal(stored.connectorName, connector);
    });
  }

  it("createLink: stores a CloudTable link (hbase-connector with hbaseType CloudTable)", async () => {
    const answer = await create(linkBody("cloudtablelink", "hbase-connector", CLOUDTABLE_SAMPLE));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
  });

  it("createLink: rejects a CloudTable link without zookeeperQuorum with 400 Cdm.0238", async () => {
    const inputs = without(CLOUDTABLE_SAMPLE, "zookeeperQuorum");
    assertLongError(await create(linkBody("ct", "hbase-connector", inputs)), 400, "Cdm.0238");
  });

  it("createLink: rejects a JDBC link without a password with 400 Cdm.0238 in the long shape", async () => {
    const inputs = without(CONNECTOR_SAMPLES["generic-jdbc-connector"]!, "password");
    const answer = await create(linkBody("mysql_link", "generic-jdbc-connector", inputs));
    assertLongError(answer, 400, "Cdm.0238");
    assert.equal(answer.body["message"], "linkConfig.password must not be empty.");
  });

  it("createLink: accepts linkConfig.userName as well as linkConfig.username (GAP-23)", async () => {
    const inputs = without(CONNECTOR_SAMPLES["generic-jdbc-connector"]!, "username");
    const answer = await create(
      linkBody("l", "generic-jdbc-connector", { ...inputs, userName: "u" }),
    );
    assert.equal(answer.status, 200);
  });

  it("createLink: requires linkConfig.sidname for an Oracle link connecting by SID", async () => {
    const inputs = {
      ...CONNECTOR_SAMPLES["generic-jdbc-connector"]!,
      databaseType: "ORACLE",
      databaseconfig: "SID",
    };
    const answer = await create(linkBody("oracle", "generic-jdbc-connector", inputs));
    assertLongError(answer, 400, "Cdm.0238");
    assert.match(String(answer.body["message"]), /sidname/);
  });

  it("createLink: requires the broker list for an Apache Kafka link", async () => {
    const inputs = { ...CONNECTOR_SAMPLES["kafka-connector"]!, hadoopType: "Apache Kafka" };
    const answer = await create(linkBody("kafka", "kafka-connector", inputs));
    assertLongError(answer, 400, "Cdm.0238");
    assert.match(String(answer.body["message"]), /brokerList/);
  });

  it("createLink: rejects a value outside the connector's enum with 400 Cdm.0014", async () => {
    const inputs = { ...CONNECTOR_SAMPLES["generic-jdbc-connector"]!, databaseType: "SQLITE" };
    assertLongError(await create(linkBody("l", "generic-jdbc-connector", inputs)), 400, "Cdm.0014");
  });

  it("createLink: accepts enum values in either case (authType Kerberos, GAP-24)", async () => {
    const inputs = { ...CONNECTOR_SAMPLES["hive-connector"]!, authType: "Kerberos" };
    assert.equal((await create(linkBody("hive", "hive-connector", inputs))).status, 200);
  });

  it("createLink: rejects an unknown connector with 400 Cdm.0102", async () => {
    assertLongError(await create(linkBody("l", "sqlite-connector", {})), 400, "Cdm.0102");
  });

  it("createLink: rejects a value sent as a number instead of a string with 400 Cdm.0014", async () => {
    const body = linkBody(
      "l",
      "generic-jdbc-connector",
      CONNECTOR_SAMPLES["generic-jdbc-connector"]!,
    );
    const link = body.links[0] as {
      "link-config-values": { configs: Array<{ inputs: Array<{ name: string; value: unknown }> }> };
    };
    const port = link["link-config-values"].configs[0]!.inputs.find(
      (input) => input.name === "linkConfig.port",
    )!;
    port.value = 3306;
    assertLongError(await create(body), 400, "Cdm.0014");
  });

  it("createLink: rejects a body without the linkConfig group with 400 Cdm.0014", async () => {
    const body = {
      links: [
        { name: "l", "connector-name": "http-connector", "link-config-values": { configs: [] } },
      ],
    };
    assertLongError(await create(body), 400, "Cdm.0014");
  });

  it("createLink: rejects a body with no links array with 400 Cdm.0014", async () => {
    assertLongError(await create({ link: {} }), 400, "Cdm.0014");
  });

  it("createLink: rejects a duplicate name in the cluster with the seed's 400 Cdm.0315 body", async () => {
    const body = linkBody("ftp_link", "ftp-connector", CONNECTOR_SAMPLES["ftp-connector"]!);
    await create(body);
    const answer = await create(body);
    assertLongError(answer, 400, "Cdm.0315");
    assert.equal(
      answer.body["message"],
      "Link name [ftp_link] already exist or created by other user.",
    );
  });

  it("createLink: allows the same link name in another cluster (names are per cluster)", async () => {
    const body = linkBody("ftp_link", "ftp-connector", CONNECTOR_SAMPLES["ftp-connector"]!);
    await create(body);
    const other = await cdm.runningCluster("other");
    const answer = await cdm.call("POST", `/clusters/${other}/cdm/link`, { body });
    assert.equal(answer.status, 200);
  });

  it("createLink: with validate=true checks the link but stores nothing (GAP-32)", async () => {
    const body = linkBody("obs_link", "obs-connector", CONNECTOR_SAMPLES["obs-connector"]!);
    const answer = await create(body, { validate: "true" });
    assert.deepEqual(answer.body, { name: "obs_link", "validation-result": [] });
    assert.deepEqual(cdm.state().clusters[cluster]!.links, {});
  });

  it("createLink: with validate=true still reports a missing required parameter", async () => {
    const inputs = without(CONNECTOR_SAMPLES["obs-connector"]!, "securityKey");
    assertLongError(
      await create(linkBody("obs_link", "obs-connector", inputs), { validate: "true" }),
      400,
      "Cdm.0238",
    );
  });

  it("createLink: answers 500 with a validation-result when the host is unreachable (GAP-33)", async () => {
    const inputs = {
      ...CONNECTOR_SAMPLES["generic-jdbc-connector"]!,
      host: "db.unreachable.example",
    };
    const answer = await create(linkBody("l", "generic-jdbc-connector", inputs));
    assert.equal(answer.status, 500);
    const result = answer.body["validation-result"] as Array<{
      linkConfig: Array<{ status: string; message: string }>;
    }>;
    assert.equal(result[0]!.linkConfig[0]!.status, "ERROR");
    assert.match(result[0]!.linkConfig[0]!.message, /db\.unreachable\.example/);
    assert.deepEqual(cdm.state().clusters[cluster]!.links, {});
  });

  it("createLink: refuses a cluster that is still creating with 400 Cdm.0036", async () => {
    const creating = (await cdm.ok("POST", "/clusters", { body: clusterBody("young") }, 202))["id"];
    const answer = await cdm.call("POST", `/clusters/${creating}/cdm/link`, {
      body: linkBody("l", "http-connector", {}),
    });
    assertShortError(answer, 400, "Cdm.0036");
  });

  it("createLink: answers 404 Cdm.0001 for an unknown cluster", async () => {
    const answer = await cdm.call("POST", `/clusters/${UNKNOWN_CLUSTER}/cdm/link`, {
      body: linkBody("l", "http-connector", {}),
    });
    assertShortError(answer, 404, "Cdm.0001");
  });

  it("createLink: is logged as createLink with the error code of a failed call", async () => {
    await create(linkBody("l", "sqlite-connector", {}));
    const [entry] = cdm.requests("createLink");
    assert.equal(entry?.status, 400);
    assert.equal(entry?.errorCode, "Cdm.0102");
  });
});
