import { strict as assert } from "node:assert";
import { assertLongError, assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";
import { CONNECTOR_SAMPLES, linkBody } from "./cdmFixtures";

describe("CDM updateLink", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  const sample = CONNECTOR_SAMPLES["generic-jdbc-connector"]!;
  beforeEach(async () => {
    cluster = await cdm.runningCluster();
    await cdm.link(cluster, "mysql_link", "generic-jdbc-connector");
  });

  const update = (name: string, body: unknown) =>
    cdm.call("PUT", `/clusters/${cluster}/cdm/link/${name}`, { body });

  it("updateLink: replaces the parameters and answers an empty validation-result", async () => {
    cdm.advance(1_000);
    const answer = await update(
      "mysql_link",
      linkBody("mysql_link", "generic-jdbc-connector", { ...sample, port: "3307" }),
    );
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { "validation-result": [] });
    const shown = await cdm.ok("GET", `/clusters/${cluster}/cdm/link/mysql_link`);
    const port = shown["links"][0]["link-config-values"]["configs"][0]["inputs"].find(
      (input: { name: string }) => input.name === "linkConfig.port",
    );
    assert.equal(port.value, 3307);
    assert.equal(shown["links"][0]["update-date"], cdm.emulator.now());
  });

  it("updateLink: drops parameters that the new body no longer sends (full replacement)", async () => {
    const { fetchSize: _dropped, ...rest } = sample;
    await update("mysql_link", linkBody("mysql_link", "generic-jdbc-connector", rest));
    const stored = cdm.state().clusters[cluster]!.links["mysql_link"]!;
    const names = stored.configValues.configs[0]!.inputs.map((input) => input.name);
    assert.equal(names.includes("linkConfig.fetchSize"), false);
  });

  it("updateLink: rejects a body whose name differs from the path with 400 Cdm.0014 (GAP-31)", async () => {
    assertLongError(
      await update("mysql_link", linkBody("renamed", "generic-jdbc-connector", sample)),
      400,
      "Cdm.0014",
    );
  });

  it("updateLink: rejects a change of connector with 400 Cdm.0014", async () => {
    const body = linkBody("mysql_link", "ftp-connector", CONNECTOR_SAMPLES["ftp-connector"]!);
    assertLongError(await update("mysql_link", body), 400, "Cdm.0014");
  });

  it("updateLink: validates the new parameters (missing host → 400 Cdm.0238)", async () => {
    const { host: _host, ...rest } = sample;
    assertLongError(
      await update("mysql_link", linkBody("mysql_link", "generic-jdbc-connector", rest)),
      400,
      "Cdm.0238",
    );
  });

  it("updateLink: answers 500 with a validation-result for an unreachable host and keeps the old link", async () => {
    const body = linkBody("mysql_link", "generic-jdbc-connector", {
      ...sample,
      host: "unreachable.local",
    });
    const answer = await update("mysql_link", body);
    assert.equal(answer.status, 500);
    assert.ok(Array.isArray(answer.body["validation-result"]));
    const stored = cdm.state().clusters[cluster]!.links["mysql_link"]!;
    const host = stored.configValues.configs[0]!.inputs.find(
      (input) => input.name === "linkConfig.host",
    );
    assert.equal(host?.value, sample["host"]);
  });

  it("updateLink: answers 400 Cdm.0316 in the long shape for a link that does not exist", async () => {
    assertLongError(
      await update("nope", linkBody("nope", "generic-jdbc-connector", sample)),
      400,
      "Cdm.0316",
    );
  });

  it("updateLink: answers 404 Cdm.0001 for an unknown cluster", async () => {
    const answer = await cdm.call("PUT", `/clusters/${UNKNOWN_CLUSTER}/cdm/link/mysql_link`, {
      body: linkBody("mysql_link", "generic-jdbc-connector", sample),
    });
    assertShortError(answer, 404, "Cdm.0001");
  });
});
