import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { classifyRequest, HuaweiRouter } from "../../../emulator/server/router";
import { FAKE_SERVICES } from "../helpers/fakeServices";
import { callAlibaba, callHuawei, issueToken, PROJECT } from "../helpers/clients";

describe("emulator router", () => {
  describe("classifyRequest", () => {
    const classify = (path: string, query = "", headers: Record<string, string> = {}) =>
      classifyRequest(path, new URLSearchParams(query), headers);

    it("sends /__emulator paths to the control API", () => {
      assert.deepEqual(classify("/__emulator/state"), { kind: "control", path: "/state" });
    });

    it("sends path / to DataWorks", () => {
      assert.deepEqual(classify("/", "Action=GetFile"), { kind: "alibaba" });
    });

    it("sends a request with an x-acs-action header to DataWorks", () => {
      assert.deepEqual(classify("/anything", "", { "x-acs-action": "GetFile" }), { kind: "alibaba" });
    });

    it("sends /v3/auth/tokens to IAM", () => {
      assert.deepEqual(classify("/v3/auth/tokens"), { kind: "huawei", service: "iam" });
    });

    it("sends /v1.1/{project}/clusters paths to CDM", () => {
      assert.deepEqual(classify(`/v1.1/${PROJECT}/clusters/abc/cdm/link/l1`), { kind: "huawei", service: "cdm" });
    });

    it("sends /v1.0, /v1 and /v2.0 project paths to DLI", () => {
      for (const version of ["v1.0", "v1", "v2.0"]) {
        assert.deepEqual(classify(`/${version}/${PROJECT}/queues`), { kind: "huawei", service: "dli" });
      }
    });

    it("recognises nothing else", () => {
      assert.deepEqual(classify("/favicon.ico"), { kind: "unknown" });
    });
  });

  describe("HuaweiRouter", () => {
    const handle = () => ({ status: 200 });
    const router = new HuaweiRouter([
      { method: "GET", path: "/v1.1/{project_id}/clusters/{cluster_id}", action: "showCluster", handle },
      { method: "GET", path: "/v1.1/{project_id}/clusters/job", action: "literal", handle },
    ]);

    it("matches method and template and percent-decodes the placeholders", () => {
      const match = router.match("GET", "/v1.1/p1/clusters/%E4%BD%9C%E4%B8%9A1");
      assert.equal(match?.route.action, "showCluster");
      assert.deepEqual(match?.pathParams, { project_id: "p1", cluster_id: "作业1" });
    });

    it("prefers a literal segment over a placeholder", () => {
      assert.equal(router.match("GET", "/v1.1/p1/clusters/job")?.route.action, "literal");
    });

    it("ignores one trailing slash", () => {
      assert.equal(router.match("GET", "/v1.1/p1/clusters/c1/")?.route.action, "showCluster");
    });

    it("does not match another method", () => {
      assert.equal(router.match("DELETE", "/v1.1/p1/clusters/c1"), undefined);
    });
  });

  describe("over HTTP", () => {
    let emulator: RunningEmulator;
    before(async () => {
      emulator = await startEmulator({ services: FAKE_SERVICES, throttle: false });
    });
    after(() => emulator.close());

    it("answers 501 InvalidAction.NotFound naming an unknown DataWorks action", async () => {
      const answer = await callAlibaba(emulator, "CreateSpaceship", {});
      assert.equal(answer.status, 501);
      assert.equal(answer.body["Code"], "InvalidAction.NotFound");
      assert.equal(answer.body["ErrorCode"], "InvalidAction.NotFound");
      assert.equal(answer.body["Success"], false);
      assert.match(String(answer.body["Message"]), /CreateSpaceship/);
    });

    it("answers 400 Cdm.0501 in CDM's shape to an unknown CDM route (cdm.md §5.1)", async () => {
      const path = `/v1.1/${PROJECT}/clusters/c1/teleport`;
      const answer = await callHuawei(emulator, "POST", path, { body: {} });
      assert.deepEqual([answer.status, answer.body["errCode"]], [400, "Cdm.0501"]);
    });

    it("names the unknown CDM method and path in the message", async () => {
      const path = `/v1.1/${PROJECT}/clusters/c1/teleport`;
      const answer = await callHuawei(emulator, "POST", path, { body: {} });
      const message = String(answer.body["externalMessage"]);
      assert.match(message, new RegExp(`Invalid URI \\[POST ${path}\\]`));
    });

    it("answers 404 DLI.0023 in DLI's shape to an unknown DLI route (dli.md §1.7)", async () => {
      const token = await issueToken(emulator);
      const answer = await callHuawei(emulator, "GET", `/v2.0/${PROJECT}/nothing`, { token });
      assert.deepEqual(
        [answer.status, Object.keys(answer.body).sort(), answer.body["error_code"]],
        [404, ["error_code", "error_msg"], "DLI.0023"],
      );
    });

    it("names the unknown DLI method and path in the message", async () => {
      const answer = await callHuawei(emulator, "DELETE", `/v1.0/${PROJECT}/queues`);
      assert.match(String(answer.body["error_msg"]), new RegExp(`DELETE /v1.0/${PROJECT}/queues`));
    });

    it("records an unknown DLI route's method, path and code in the request log", async () => {
      await callHuawei(emulator, "GET", `/v2.0/${PROJECT}/nothing`);
      const entry = emulator.requests({ service: "dli" }).at(-1);
      assert.deepEqual(
        [entry?.action, entry?.status, entry?.errorCode],
        [`GET /v2.0/${PROJECT}/nothing`, 404, "DLI.0023"],
      );
    });

    it("answers 501 APIG.0101 in the API gateway's shape for an unknown IAM route", async () => {
      const answer = await callHuawei(emulator, "GET", "/v3/teleport");
      assert.deepEqual([answer.status, answer.body["error_code"]], [501, "APIG.0101"]);
      assert.match(String(answer.body["error_msg"]), /GET \/v3\/teleport/);
    });

    it("answers 501 for a request of no known shape", async () => {
      const res = await fetch(`${emulator.url}/robots.txt`);
      assert.equal(res.status, 501);
      const body = (await res.json()) as Record<string, unknown>;
      assert.match(String(body["error_msg"]), /GET \/robots\.txt/);
    });

    it("routes a signed CDM call to its handler with the decoded path parameters", async () => {
      const answer = await callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters/c1/cdm/link/链接 1`);
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, { links: [{ name: "链接 1" }] });
    });
  });
});
