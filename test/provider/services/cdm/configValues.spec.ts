import assert from "node:assert/strict";
import {
  configMapToStrings,
  fromConfigs,
  groupByPrefix,
  inputValueToString,
  toConfigs,
} from "../../../../provider/services/cdm";

describe("cdm config values", () => {
  it("sends every value as a string: numbers in decimal, booleans as true/false, maps as JSON", () => {
    assert.deepEqual(
      toConfigs(
        {
          "linkConfig.port": 3306,
          "linkConfig.usingNative": false,
          "linkConfig.jdbcProperties": { useSSL: "true" },
          "linkConfig.host": "10.0.0.1",
        },
        "linkConfig",
      ),
      [
        {
          name: "linkConfig",
          inputs: [
            { name: "linkConfig.port", value: "3306" },
            { name: "linkConfig.usingNative", value: "false" },
            { name: "linkConfig.jdbcProperties", value: '{"useSSL":"true"}' },
            { name: "linkConfig.host", value: "10.0.0.1" },
          ],
        },
      ],
    );
  });

  it("groups task parameters by their prefix, with listed empty groups kept in order", () => {
    const configs = toConfigs(
      { "retryJobConfig.retryJobType": "NONE", "throttlingConfig.numExtractors": 3 },
      groupByPrefix,
      ["throttlingConfig", "jarConfig"],
    );
    assert.deepEqual(
      configs.map((config) => [config.name, config.inputs.map((input) => input.name)]),
      [
        ["throttlingConfig", ["throttlingConfig.numExtractors"]],
        ["jarConfig", []],
        ["retryJobConfig", ["retryJobConfig.retryJobType"]],
      ],
    );
  });

  it("round-trips a string map through configs", () => {
    const map = { "fromJobConfig.tableName": "mysql_tbl", "fromJobConfig.schemaName": "default" };
    assert.deepEqual(fromConfigs(toConfigs(map, "fromJobConfig")), map);
  });

  it("round-trips a typed map to the same wire strings", () => {
    const map = { "linkConfig.port": 22, "linkConfig.useSSL": true, "linkConfig.server": "h" };
    assert.deepEqual(configMapToStrings(fromConfigs(toConfigs(map, "linkConfig"))), configMapToStrings(map));
  });

  it("reads values typed INTEGER or BOOLEAN back as numbers and booleans", () => {
    const configs = [
      {
        name: "linkConfig",
        inputs: [
          { name: "linkConfig.port", type: "INTEGER", value: 22 },
          { name: "linkConfig.fetchSize", type: "INTEGER", value: "1000" },
          { name: "linkConfig.useAgent", type: "BOOLEAN", value: "false" },
          { name: "linkConfig.server", type: "STRING", value: "10.0.0.1" },
        ],
      },
    ];
    assert.deepEqual(fromConfigs(configs), {
      "linkConfig.port": 22,
      "linkConfig.fetchSize": 1000,
      "linkConfig.useAgent": false,
      "linkConfig.server": "10.0.0.1",
    });
  });

  it("reads an object value (the HBase formats sample) as a string map", () => {
    const configs = [
      {
        name: "fromJobConfig",
        inputs: [{ name: "fromJobConfig.formats", value: { f_date: "yyyy-MM-dd" } }],
      },
    ];
    assert.deepEqual(fromConfigs(configs), { "fromJobConfig.formats": { f_date: "yyyy-MM-dd" } });
  });

  it("merges inputs of every group into one flat map", () => {
    const configs = [
      { name: "throttlingConfig", inputs: [{ name: "throttlingConfig.numExtractors", value: "1" }] },
      { name: "jarConfig", inputs: [] },
      { name: "retryJobConfig", inputs: [{ name: "retryJobConfig.retryJobType", value: "NONE" }] },
    ];
    assert.deepEqual(fromConfigs(configs), {
      "throttlingConfig.numExtractors": "1",
      "retryJobConfig.retryJobType": "NONE",
    });
  });

  it("compares a read number and a configured string as equal wire strings", () => {
    assert.equal(inputValueToString(22), inputValueToString("22"));
  });
});
