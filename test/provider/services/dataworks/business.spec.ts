import { strict as assert } from "node:assert";
import {
  CREATE_BUSINESS,
  GET_BUSINESS,
  UPDATE_BUSINESS,
  createBusiness,
  deleteBusiness,
  findBusinessByName,
  getBusiness,
  listBusiness,
  updateBusiness,
} from "../../../../provider/services/dataworks/business";
import { FakeSender, standardPage } from "./fakeSender";
import {
  CREATE_BUSINESS_EXAMPLE,
  GET_BUSINESS_EXAMPLE,
  LIST_BUSINESS_EXAMPLE,
  NO_DATA_EXAMPLE,
  UPDATE_BUSINESS_EXAMPLE,
} from "./specExamples";
import { assertRefusedInput, describeDecoding, describeWireCases, withFields } from "./wireCases";

const flow = (id: number, name: string) => ({
  ...LIST_BUSINESS_EXAMPLE.Data.Business,
  BusinessId: id,
  BusinessName: name,
});
const withBusiness = (fields: Record<string, unknown>): unknown =>
  withFields(GET_BUSINESS_EXAMPLE, { Data: { ...GET_BUSINESS_EXAMPLE.Data, ...fields } });
const page = (items: unknown[], pageNumber = 1, totalCount = items.length) =>
  standardPage("Business", items, { pageNumber, pageSize: 100, totalCount });

describe("business", () => {
  describeWireCases({
    createBusiness: {
      call: (client) =>
        createBusiness(client, {
          projectId: 10000,
          businessName: "我的业务流程",
          description: "这是一个通过接口创建的业务流程",
          owner: "1000000000001",
          useType: "NORMAL",
        }),
      answer: CREATE_BUSINESS_EXAMPLE,
      action: "CreateBusiness",
      params: {
        ProjectId: 10000,
        BusinessName: "我的业务流程",
        Description: "这是一个通过接口创建的业务流程",
        Owner: "1000000000001",
        UseType: "NORMAL",
      },
      level: 2,
      idempotent: false,
      result: 100001,
    },
    updateBusiness: {
      call: (client) =>
        updateBusiness(client, {
          projectIdentifier: "dw_project",
          businessId: 300000,
          businessName: "MyBusiness",
          description: "modified from my first business",
          owner: "348428****",
        }),
      answer: UPDATE_BUSINESS_EXAMPLE,
      action: "UpdateBusiness",
      params: {
        ProjectIdentifier: "dw_project",
        BusinessId: 300000,
        BusinessName: "MyBusiness",
        Description: "modified from my first business",
        Owner: "348428****",
      },
      level: 2,
      idempotent: true,
      result: undefined,
    },
    getBusiness: {
      call: (client) => getBusiness(client, { projectId: 10000, businessId: 1000000001 }),
      answer: GET_BUSINESS_EXAMPLE,
      action: "GetBusiness",
      params: { ProjectId: 10000, BusinessId: 1000000001 },
      level: 1,
      idempotent: true,
      result: {
        owner: "20000****",
        description: "这是我的第一个业务流程",
        businessName: "第一个业务流程",
        useType: "NORMAL",
        projectId: 10000,
        businessId: 1000001,
      },
    },
    deleteBusiness: {
      call: (client) => deleteBusiness(client, { projectId: 10000, businessId: 1000001 }),
      answer: NO_DATA_EXAMPLE,
      action: "DeleteBusiness",
      params: { ProjectId: 10000, BusinessId: 1000001 },
      level: 3,
      idempotent: true,
      result: undefined,
    },
    listBusiness: {
      call: (client) => listBusiness(client, { projectId: 10000, keyword: "my" }),
      answer: LIST_BUSINESS_EXAMPLE,
      action: "ListBusiness",
      params: { ProjectId: 10000, Keyword: "my", PageNumber: 1, PageSize: 100 },
      level: 1,
      idempotent: true,
      result: [
        {
          owner: "34824327****",
          description: "我的第一个业务流程",
          businessName: "我的第一个业务流程",
          useType: "NORMAL",
          projectId: 10000,
          businessId: 3000001,
        },
      ],
    },
  });

  describeDecoding("CreateBusiness answer", CREATE_BUSINESS.response, {
    accepts: [["the top-level BusinessId of the spec example", CREATE_BUSINESS_EXAMPLE, 100001]],
    rejects: [
      [
        "the ID under Data instead of top level",
        withFields(CREATE_BUSINESS_EXAMPLE, { BusinessId: undefined, Data: 100001 }),
      ],
    ],
  });

  describeDecoding("UpdateBusiness answer", UPDATE_BUSINESS.response, {
    accepts: [
      [
        'the spec example with HttpStatusCode "200" and Success "true"',
        UPDATE_BUSINESS_EXAMPLE,
        undefined,
      ],
    ],
    rejects: [
      ['Success "false"', withFields(UPDATE_BUSINESS_EXAMPLE, { Success: "false" })],
      ['HttpStatusCode "OK"', withFields(UPDATE_BUSINESS_EXAMPLE, { HttpStatusCode: "OK" })],
    ],
  });

  describeDecoding("GetBusiness answer", GET_BUSINESS.response, {
    accepts: [
      [
        'a ProjectId sent as the documented String "10000"',
        withBusiness({ ProjectId: "10000" }),
        {
          owner: "20000****",
          description: "这是我的第一个业务流程",
          businessName: "第一个业务流程",
          useType: "NORMAL",
          projectId: 10000,
          businessId: 1000001,
        },
      ],
    ],
    rejects: [
      [
        "a file UseType that business flows do not have (MANUAL)",
        withBusiness({ UseType: "MANUAL" }),
      ],
      [
        "a ProjectId that is not a number",
        withBusiness({ ProjectId: "dw" }),
      ],
    ],
  });

  it("listBusiness fetches every page", async () => {
    const flows = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => flow(from + i, `b${from + i}`));
    const sender = FakeSender.answering(
      page(flows(1, 100), 1, 299),
      page(flows(101, 100), 2, 299),
      page(flows(201, 99), 3, 299),
    );
    assert.equal((await listBusiness(sender, { projectId: 1 })).length, 299);
    assert.deepEqual(sender.sent.map((op) => op.params.PageNumber), [1, 2, 3]);
  });

  describe("findBusinessByName", () => {
    it("returns the flow whose name matches exactly, ignoring fuzzy Keyword hits", async () => {
      const sender = FakeSender.answering(
        page([flow(1, "sales_old"), flow(2, "sales"), flow(3, "my sales")]),
      );
      const found = await findBusinessByName(sender, { projectId: 1, name: "sales" });
      assert.equal(found?.businessId, 2);
    });

    it("searches with the name as Keyword", async () => {
      const sender = FakeSender.answering(page([]));
      await findBusinessByName(sender, { projectIdentifier: "dw", name: "sales" });
      assert.deepEqual(sender.only.params, {
        ProjectIdentifier: "dw",
        Keyword: "sales",
        PageNumber: 1,
        PageSize: 100,
      });
    });

    it("pages on until the exact match appears", async () => {
      const fuzzy = Array.from({ length: 100 }, (_, i) => flow(i + 1, `sales_${i}`));
      const sender = FakeSender.answering(
        page(fuzzy, 1, 250),
        page(fuzzy, 2, 250),
        page([flow(999, "sales")], 3, 250),
      );
      const found = await findBusinessByName(sender, { projectId: 1, name: "sales" });
      assert.equal(found?.businessId, 999);
      assert.equal(sender.sent.length, 3);
    });

    it("returns undefined when only fuzzy hits come back", async () => {
      const sender = FakeSender.answering(page([flow(1, "Sales")]));
      assert.equal(await findBusinessByName(sender, { projectId: 1, name: "sales" }), undefined);
    });
  });

  it("createBusiness refuses a UseType business flows do not have", async () => {
    await assertRefusedInput(
      (c) => createBusiness(c, { projectId: 1, businessName: "b", useType: "MANUAL" as "NORMAL" }),
      /useType/,
    );
  });
});
