import assert from "node:assert/strict";
import { CloudError } from "../../../../provider/errors";
import {
  type CdmLinkInput,
  ShowLinkResponseSchema,
  ValidationAnswerSchema,
  createLink,
  deleteLink,
  showLink,
  updateLink,
} from "../../../../provider/services/cdm";
import { FakeSender, requestOf } from "./fakeSender";
import { SHOW_LINK_ANSWER } from "./fixtures";

const CLUSTER = "bae65496-643e-47ca-84af-948672de7eeb";

const SFTP_LINK: CdmLinkInput = {
  name: "sftp_link",
  connectorName: "sftp-connector",
  config: {
    "linkConfig.server": "10.120.85.167",
    "linkConfig.port": "22",
    "linkConfig.username": "username",
    "linkConfig.password": "Add password here",
  },
};

describe("cdm link operations", () => {
  it("createLink posts one link with its linkConfig inputs and is not retried blindly", async () => {
    const sender = FakeSender.answering({ name: "sftp_link", "validation-result": [] });
    const result = await createLink(sender, CLUSTER, SFTP_LINK);
    assert.deepEqual(result, { name: "sftp_link", warnings: [] });
    const request = requestOf(sender.sent);
    assert.equal(request.method, "POST");
    assert.equal(request.path, `/v1.1/{project_id}/clusters/${CLUSTER}/cdm/link`);
    assert.equal(request.idempotent, false);
    const body = request.body as { links: Array<Record<string, unknown>> };
    assert.equal(body.links.length, 1);
    assert.equal(body.links[0]?.["connector-name"], "sftp-connector");
  });

  it("createLink with validate only sends ?validate=true and may be replayed", async () => {
    const sender = FakeSender.answering({ "validation-result": [{}] });
    await createLink(sender, CLUSTER, SFTP_LINK, { validate: true });
    assert.deepEqual(sender.sent.query, { validate: "true" });
    assert.equal(sender.sent.idempotent, true);
  });

  it("createLink raises a 200 answer carrying an ERROR entry as invalid, with its message", async () => {
    const sender = FakeSender.answering({
      "validation-result": [{ linkConfig: [{ message: "Can't connect to the server", status: "ERROR" }] }],
    });
    await assert.rejects(createLink(sender, CLUSTER, SFTP_LINK), (error: unknown) => {
      assert.ok(error instanceof CloudError);
      assert.equal(error.category, "invalid");
      assert.match(error.message, /Can't connect to the server/);
      return true;
    });
  });

  it("createLink returns WARNING entries to the caller", async () => {
    const sender = FakeSender.answering({
      name: "l",
      "validation-result": [{ message: "slow", status: "WARNING" }],
    });
    const result = await createLink(sender, CLUSTER, SFTP_LINK);
    assert.deepEqual(result.warnings, [{ status: "WARNING", message: "slow" }]);
  });

  it("showLink reads the §3.4 example, a typed INTEGER value included", async () => {
    const sender = FakeSender.answering(SHOW_LINK_ANSWER);
    const { link } = await showLink(sender, CLUSTER, "sftp_link");
    assert.equal(link.name, "sftp_link");
    assert.equal(link.connectorName, "sftp-connector");
    assert.equal(link.config["linkConfig.port"], 22);
    assert.equal(sender.sent.path, `/v1.1/{project_id}/clusters/${CLUSTER}/cdm/link/sftp_link`);
  });

  it("the show schema rejects an answer with no link", () => {
    assert.equal(ShowLinkResponseSchema.safeParse({ links: [] }).success, false);
  });

  it("the validation schema rejects a status outside ERROR and WARNING", () => {
    const result = ValidationAnswerSchema.safeParse({ "validation-result": [{ message: "m", status: "FATAL" }] });
    assert.equal(result.success, false);
  });

  it("updateLink replaces the link under its own name with an idempotent PUT", async () => {
    const sender = FakeSender.answering({ "validation-result": [] });
    await updateLink(sender, CLUSTER, SFTP_LINK);
    assert.equal(sender.sent.method, "PUT");
    assert.equal(sender.sent.path, `/v1.1/{project_id}/clusters/${CLUSTER}/cdm/link/sftp_link`);
    assert.equal(sender.sent.idempotent, true);
  });

  it("deleteLink accepts the undocumented empty answer", async () => {
    const sender = FakeSender.answering({});
    await deleteLink(sender, CLUSTER, "sftp_link");
    assert.equal(sender.sent.method, "DELETE");
    assert.equal(sender.sent.idempotent, true);
  });

  it("percent-encodes a link name in the path", async () => {
    const sender = FakeSender.answering({});
    await deleteLink(sender, CLUSTER, "链接 1");
    assert.equal(sender.sent.path, `/v1.1/{project_id}/clusters/${CLUSTER}/cdm/link/%E9%93%BE%E6%8E%A5%201`);
  });
});
