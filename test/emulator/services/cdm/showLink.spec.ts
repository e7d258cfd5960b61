import { strict as assert } from "node:assert";
import { assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";
import { CLOUDTABLE_SAMPLE, CONNECTOR_SAMPLES, linkBody } from "./cdmFixtures";

type Input = { name: string; type: string; value: unknown };

describe("CDM showLink", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.runningCluster();
  });

  async function inputsOf(name: string): Promise<Record<string, Input>> {
    const body = await cdm.ok("GET", `/clusters/${cluster}/cdm/link/${name}`);
    const inputs = body["links"][0]["link-config-values"]["configs"][0]["inputs"] as Input[];
    return Object.fromEntries(inputs.map((input) => [input.name, input]));
  }

  it("showLink: answers the link with system fields and the two mapping strings", async () => {
    await cdm.link(cluster, "sftp_link", "sftp-connector");
    const body = await cdm.ok("GET", `/clusters/${cluster}/cdm/link/sftp_link`);
    assert.equal(body["fromTo-unMapping"], "");
    assert.equal(body["batchFromTo-mapping"], "");
    const link = body["links"][0];
    assert.equal(link["name"], "sftp_link");
    assert.equal(link["connector-name"], "sftp-connector");
    assert.equal(link["enabled"], true);
    assert.equal(link["creation-user"], "cdm");
    assert.equal(link["update-user"], "cdm");
    assert.equal(link["creation-date"], cdm.emulator.now());
    assert.equal(typeof link["id"], "number");
    assert.equal(link["link-config-values"]["configs"][0]["type"], "LINK");
  });

  it("showLink: reads linkConfig.port back as an INTEGER number although it was sent as a string", async () => {
    await cdm.link(cluster, "sftp_link", "sftp-connector");
    const inputs = await inputsOf("sftp_link");
    assert.deepEqual(inputs["linkConfig.port"], {
      name: "linkConfig.port",
      type: "INTEGER",
      value: 22,
    });
    assert.deepEqual(inputs["linkConfig.server"], {
      name: "linkConfig.server",
      type: "STRING",
      value: "10.120.85.167",
    });
  });

  it("showLink: masks the password of a JDBC link", async () => {
    await cdm.link(cluster, "mysql_link", "generic-jdbc-connector");
    const inputs = await inputsOf("mysql_link");
    assert.equal(inputs["linkConfig.password"]!.value, "********");
    assert.equal(inputs["linkConfig.username"]!.value, "username");
  });

  it("showLink: masks the access key and secret key of an OBS link", async () => {
    await cdm.link(cluster, "obs_link", "obs-connector");
    const inputs = await inputsOf("obs_link");
    assert.equal(inputs["linkConfig.accessKey"]!.value, "********");
    assert.equal(inputs["linkConfig.securityKey"]!.value, "********");
  });

  it("showLink: masks the ak and sk of a DLI link", async () => {
    await cdm.link(cluster, "dli", "dli-connector");
    const inputs = await inputsOf("dli");
    assert.equal(inputs["linkConfig.ak"]!.value, "********");
    assert.equal(inputs["linkConfig.sk"]!.value, "********");
    assert.equal(inputs["linkConfig.region"]!.value, "cn-north-4");
  });

  it("showLink: masks the keys of a CloudTable link", async () => {
    await cdm.ok("POST", `/clusters/${cluster}/cdm/link`, {
      body: linkBody("ct", "hbase-connector", CLOUDTABLE_SAMPLE),
    });
    const inputs = await inputsOf("ct");
    assert.equal(inputs["linkConfig.securityKey"]!.value, "********");
    assert.equal(inputs["linkConfig.iamAuth"]!.type, "BOOLEAN");
  });

  it("showLink: never returns a secret anywhere in the body", async () => {
    await cdm.link(cluster, "redis_link", "redis-connector");
    const text = JSON.stringify(await cdm.ok("GET", `/clusters/${cluster}/cdm/link/redis_link`));
    assert.equal(text.includes(CONNECTOR_SAMPLES["redis-connector"]!["password"]!), false);
  });

  it("showLink: echoes extended-configs verbatim", async () => {
    const body = linkBody(
      "mrs_kafka_link",
      "kafka-connector",
      CONNECTOR_SAMPLES["kafka-connector"]!,
    );
    const link = body.links[0] as { "link-config-values": Record<string, unknown> };
    link["link-config-values"]["extended-configs"] = {
      name: "linkConfig.extendedFields",
      value: "e30=",
    };
    await cdm.ok("POST", `/clusters/${cluster}/cdm/link`, { body });
    const shown = await cdm.ok("GET", `/clusters/${cluster}/cdm/link/mrs_kafka_link`);
    assert.deepEqual(shown["links"][0]["link-config-values"]["extended-configs"], {
      name: "linkConfig.extendedFields",
      value: "e30=",
    });
  });

  it("showLink: answers 400 Cdm.0101 for a link that does not exist", async () => {
    const answer = await cdm.call("GET", `/clusters/${cluster}/cdm/link/nope`);
    assertShortError(answer, 400, "Cdm.0101");
    assert.equal(answer.body["externalMessage"], "Link [nope] doesn't exist.");
  });

  it("showLink: does not find a link of another cluster (names are per cluster)", async () => {
    await cdm.link(cluster, "sftp_link", "sftp-connector");
    const other = await cdm.runningCluster("other");
    assertShortError(
      await cdm.call("GET", `/clusters/${other}/cdm/link/sftp_link`),
      400,
      "Cdm.0101",
    );
  });

  it("showLink: answers 404 Cdm.0001 for an unknown cluster", async () => {
    const answer = await cdm.call("GET", `/clusters/${UNKNOWN_CLUSTER}/cdm/link/x`);
    assertShortError(answer, 404, "Cdm.0001");
  });
});
