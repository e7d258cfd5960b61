import assert from "node:assert/strict";
import {
  CDM_FLAVORS,
  type CreateClusterInput,
  ClusterJobIdsResponseSchema,
  ListClustersResponseSchema,
  ShowClusterResponseSchema,
  createCluster,
  deleteCluster,
  findClusterByName,
  listClusters,
  restartCluster,
  showCluster,
  startCluster,
  stopCluster,
} from "../../../../provider/services/cdm";
import { FakeSender, requestOf } from "./fakeSender";
import { CREATE_CLUSTER_ANSWER, LIST_CLUSTERS_ANSWER, SHOW_CLUSTER_ANSWER } from "./fixtures";

const CLUSTER = "bae65496-643e-47ca-84af-948672de7eeb";

/** The §2.2 request example, as a typed input. */
const CREATE_INPUT: CreateClusterInput = {
  name: "cdm-ab82",
  vpcId: "67c06084-2212-4242-bcd4-d2144c2385a9",
  instances: [
    {
      availabilityZone: "xx-xxx",
      flavorRef: "cdm.large",
      nics: [{ securityGroupId: "c37852d2-2d12-41cb-af47-65c80e995c80", netId: "2d120298-6130-44d4-a438-454912fff901" }],
    },
  ],
  datastore: { type: "cdm", version: "1.8.10" },
  enterpriseProjectId: "1ce45885-4033-40d2-bdde-d4dbaceb387d",
  isScheduleBootOff: false,
  scheduleBootTime: "",
  scheduleOffTime: "",
  isAutoOff: false,
  autoRemind: false,
  phoneNum: "",
  email: "",
};

describe("cdm cluster operations", () => {
  const requests: {
    name: string;
    call: (sender: FakeSender) => Promise<unknown>;
    answer: unknown;
    expected: Record<string, unknown>;
  }[] = [
    {
      name: "createCluster",
      call: (s) => createCluster(s, CREATE_INPUT),
      answer: CREATE_CLUSTER_ANSWER,
      expected: {
        method: "POST",
        path: "/v1.1/{project_id}/clusters",
        idempotent: false,
        body: {
          cluster: {
            name: "cdm-ab82",
            vpcId: "67c06084-2212-4242-bcd4-d2144c2385a9",
            instances: [
              {
                availability_zone: "xx-xxx",
                nics: [
                  { securityGroupId: "c37852d2-2d12-41cb-af47-65c80e995c80", "net-id": "2d120298-6130-44d4-a438-454912fff901" },
                ],
                flavorRef: "5ddb1071-c5d7-40e0-a874-8a032e81a697",
                type: "cdm",
              },
            ],
            datastore: { type: "cdm", version: "1.8.10" },
            sys_tags: [{ key: "_sys_enterprise_project_id", value: "1ce45885-4033-40d2-bdde-d4dbaceb387d" }],
            isScheduleBootOff: false,
            scheduleBootTime: "",
            scheduleOffTime: "",
            isAutoOff: false,
          },
          auto_remind: false,
          phone_num: "",
          email: "",
        },
      },
    },
    {
      name: "showCluster",
      call: (s) => showCluster(s, CLUSTER),
      answer: SHOW_CLUSTER_ANSWER,
      expected: { method: "GET", path: `/v1.1/{project_id}/clusters/${CLUSTER}`, idempotent: true },
    },
    {
      name: "listClusters",
      call: (s) => listClusters(s),
      answer: LIST_CLUSTERS_ANSWER,
      expected: { method: "GET", path: "/v1.1/{project_id}/clusters", idempotent: true },
    },
    {
      name: "deleteCluster",
      call: (s) => deleteCluster(s, CLUSTER),
      answer: { jobId: "ff8080815e55125a015e552eddba001a" },
      expected: {
        method: "DELETE",
        path: `/v1.1/{project_id}/clusters/${CLUSTER}`,
        idempotent: true,
        body: { keep_last_manual_backup: 0 },
      },
    },
    {
      name: "startCluster",
      call: (s) => startCluster(s, CLUSTER),
      answer: { jobId: ["ff8080815e59d92d015e5b27ccb0004d"] },
      expected: { method: "POST", path: `/v1.1/{project_id}/clusters/${CLUSTER}/action`, idempotent: false, body: { start: {} } },
    },
    {
      name: "stopCluster",
      call: (s) => stopCluster(s, CLUSTER, { stopMode: "GRACEFULLY", delayTime: -1 }),
      answer: { jobId: ["ff8080815e59d92d015e5b27ccb0004d"] },
      expected: {
        method: "POST",
        path: `/v1.1/{project_id}/clusters/${CLUSTER}/action`,
        idempotent: false,
        body: { stop: { stopMode: "GRACEFULLY", delayTime: -1 } },
      },
    },
    {
      name: "restartCluster",
      call: (s) => restartCluster(s, CLUSTER),
      answer: { jobId: "ff8080815e59d92d015e5b27ccb0004d" },
      expected: {
        method: "POST",
        path: `/v1.1/{project_id}/clusters/${CLUSTER}/action`,
        idempotent: false,
        body: { restart: { type: "cdm", instance: "", group: "" } },
      },
    },
  ];

  for (const row of requests) {
    it(`${row.name} sends ${row.expected.method} ${row.expected.path as string} with its body and idempotency`, async () => {
      const sender = FakeSender.answering(row.answer);
      await row.call(sender);
      assert.deepEqual(requestOf(sender.sent), { service: "cdm", action: row.name, ...row.expected });
    });
  }

  it("createCluster returns the new cluster id and its instances", async () => {
    const created = await createCluster(FakeSender.answering(CREATE_CLUSTER_ANSWER), CREATE_INPUT);
    assert.equal(created.id, "befc862c-9286-46a0-a1d6-300d98b63aad");
    assert.deepEqual(created.instances, [
      { id: "b2672e7d-2faf-423f-96bb-0664cd743cfd", name: "cdm-4ef213-cdm-dn-1-1", type: "cdm", shardId: "dn-1" },
    ]);
  });

  it("createCluster accepts a flavor id as well as a flavor name", async () => {
    const sender = FakeSender.answering(CREATE_CLUSTER_ANSWER);
    const instance = { ...CREATE_INPUT.instances[0]!, flavorRef: CDM_FLAVORS["cdm.small"] };
    await createCluster(sender, { ...CREATE_INPUT, instances: [instance] });
    const body = sender.sent.body as { cluster: { instances: { flavorRef: string }[] } };
    assert.equal(body.cluster.instances[0]?.flavorRef, "a79fd5ae-1833-448a-88e8-3ea2b913e1f6");
  });

  it("createCluster rejects an unknown flavor before sending anything", async () => {
    const sender = FakeSender.answering();
    const instance = { ...CREATE_INPUT.instances[0]!, flavorRef: "cdm.huge" };
    await assert.rejects(createCluster(sender, { ...CREATE_INPUT, instances: [instance] }), {
      name: "CloudError",
      category: "invalid",
      code: "InvalidInput",
    });
    assert.equal(sender.operations.length, 0);
  });

  it("createCluster rejects more than two NICs", async () => {
    const nic = { securityGroupId: "sg", netId: "subnet" };
    const instance = { ...CREATE_INPUT.instances[0]!, nics: [nic, nic, nic] };
    await assert.rejects(createCluster(FakeSender.answering(), { ...CREATE_INPUT, instances: [instance] }), {
      category: "invalid",
    });
  });

  it("createCluster rejects auto power-off together with scheduled power on/off", async () => {
    await assert.rejects(
      createCluster(FakeSender.answering(), { ...CREATE_INPUT, isAutoOff: true, isScheduleBootOff: true }),
      { category: "invalid" },
    );
  });

  it("stopCluster rejects a delay with an immediate stop", async () => {
    await assert.rejects(stopCluster(FakeSender.answering(), CLUSTER, { stopMode: "IMMEDIATELY", delayTime: 30 }), {
      category: "invalid",
    });
  });

  it("restartCluster at VM level omits the reserved instance and group", async () => {
    const sender = FakeSender.answering({ jobId: "j" });
    await restartCluster(sender, CLUSTER, { restartLevel: "VM", restartMode: "FORCELY" });
    assert.deepEqual(sender.sent.body, { restart: { restartLevel: "VM", restartMode: "FORCELY", type: "cdm" } });
  });

  it("showCluster normalises the show example (string actions, string sizes, 0/1 flags)", async () => {
    const cluster = await showCluster(FakeSender.answering(SHOW_CLUSTER_ANSWER), CLUSTER);
    assert.deepEqual(cluster, {
      id: CLUSTER,
      name: "cdm-c018",
      status: "200",
      statusDetail: "Normal",
      created: "2018-09-05T08:38:25",
      updated: "2018-09-05T08:38:25",
      isFrozen: false,
      actions: ["REBOOTING"],
      actionProgress: {},
      publicEndpoint: "49.xx.xx.10",
      instances: [
        {
          id: "635dce67-3df8-4756-b4c7-90e45e687367",
          name: "cdm-c018",
          status: "200",
          type: "cdm",
          actions: ["REBOOTING"],
          isFrozen: false,
          flavorId: "fb8fe666-6734-4b11-bc6c-43d11db3c745",
          volume: { type: "LOCAL_DISK", size: 100 },
          configStatus: "In-Sync",
        },
      ],
    });
  });

  it("the show schema reads the snake_case network fields and the create failure reason", () => {
    const cluster = ShowClusterResponseSchema.parse({
      ...SHOW_CLUSTER_ANSWER,
      status: "303",
      vpc_id: "vpc-1",
      subnet_id: "subnet-1",
      security_group_id: "sg-1",
      failedReasons: { CREATE_FAILED: { errorCode: "Cdm.0001", errorMsg: "no capacity" } },
    });
    assert.deepEqual(
      [cluster.vpcId, cluster.subnetId, cluster.securityGroupId, cluster.createFailed],
      ["vpc-1", "subnet-1", "sg-1", { errorCode: "Cdm.0001", errorMsg: "no capacity" }],
    );
  });

  it("the list schema accepts the nulls the list API returns for instance details", () => {
    const [cluster] = ListClustersResponseSchema.parse({
      clusters: [
        {
          ...LIST_CLUSTERS_ANSWER.clusters[0],
          instances: [{ flavor: null, volume: null, config_status: null, links: null, resource: null, status: "200" }],
        },
      ],
    });
    assert.deepEqual(cluster?.instances, [{ status: "200", actions: [] }]);
  });

  it("the show schema rejects an undocumented status code", () => {
    assert.equal(ShowClusterResponseSchema.safeParse({ ...SHOW_CLUSTER_ANSWER, status: "201" }).success, false);
  });

  it("the show schema rejects a body without an id", () => {
    const { id: _id, ...withoutId } = SHOW_CLUSTER_ANSWER;
    assert.equal(ShowClusterResponseSchema.safeParse(withoutId).success, false);
  });

  it("the list schema rejects a body without a clusters array", () => {
    assert.equal(ListClustersResponseSchema.safeParse({ clusters: "none" }).success, false);
  });

  it("action answers normalise a string jobId and an array jobId to one list", () => {
    assert.deepEqual(
      [ClusterJobIdsResponseSchema.parse({ jobId: "a" }), ClusterJobIdsResponseSchema.parse({ jobId: ["a", "b"] })],
      [["a"], ["a", "b"]],
    );
  });

  it("findClusterByName returns the cluster whose name matches exactly", async () => {
    const sender = FakeSender.answering({
      clusters: [
        { id: "1", name: "cdm-c018-old", status: "200" },
        { id: "2", name: "cdm-c018", status: "900" },
      ],
    });
    assert.equal((await findClusterByName(sender, "cdm-c018"))?.id, "2");
  });

  it("findClusterByName returns undefined when no name matches", async () => {
    const sender = FakeSender.answering({ clusters: [{ id: "1", name: "cdm-c018-old", status: "200" }] });
    assert.equal(await findClusterByName(sender, "cdm-c018"), undefined);
  });

  it("findClusterByName raises a conflict when two clusters share the name", async () => {
    const sender = FakeSender.answering({
      clusters: [
        { id: "1", name: "twin", status: "200" },
        { id: "2", name: "twin", status: "200" },
      ],
    });
    await assert.rejects(findClusterByName(sender, "twin"), { category: "conflict", code: "AmbiguousName" });
  });

  it("showCluster percent-encodes the cluster id in the path", async () => {
    const sender = FakeSender.answering(SHOW_CLUSTER_ANSWER);
    await showCluster(sender, "a/b c");
    assert.equal(sender.sent.path, "/v1.1/{project_id}/clusters/a%2Fb%20c");
  });
});
