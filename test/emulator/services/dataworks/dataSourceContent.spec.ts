import { strict as assert } from "node:assert";
import { maskedContent } from "../../../../emulator/services/dataworks/dataSourceContent";

describe("maskedContent", () => {
  it("masks password and accessKey as *** and prints numbers as strings", () => {
    const read = JSON.parse(
      maskedContent(
        "oss",
        JSON.stringify({
          accessId: "a",
          accessKey: "k",
          bucket: "b",
          endpoint: "http://e",
          port: 1,
        }),
      ),
    );
    assert.deepEqual(read, {
      configType: "1",
      accessId: "a",
      accessKey: "***",
      bucket: "b",
      endpoint: "http://e",
      port: "1",
    });
  });

  it("masks a non-null securityToken and adds securityToken null on MaxCompute when absent", () => {
    const given = JSON.parse(
      maskedContent(
        "odps",
        JSON.stringify({ project: "p", endpoint: "http://e", securityToken: "t" }),
      ),
    );
    assert.equal(given.securityToken, "***");
    const absent = JSON.parse(
      maskedContent("odps", JSON.stringify({ project: "p", endpoint: "http://e" })),
    );
    assert.equal(absent.securityToken, null);
  });

  it("keeps a configType the caller sent, as a string", () => {
    const read = JSON.parse(maskedContent("rds", JSON.stringify({ configType: 2, password: "p" })));
    assert.deepEqual(read, { configType: "2", password: "***" });
  });
});
