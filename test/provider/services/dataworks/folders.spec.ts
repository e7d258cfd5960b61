import { strict as assert } from "node:assert";
import { CloudError } from "../../../../provider/errors";
import {
  CREATE_FOLDER,
  GET_FOLDER,
  LIST_FOLDERS,
  createFolder,
  deleteFolder,
  findFolderByPath,
  getFolder,
  listFolders,
  updateFolder,
} from "../../../../provider/services/dataworks/folders";
import { FakeSender, standardPage } from "./fakeSender";
import {
  CREATE_FOLDER_EXAMPLE,
  GET_FOLDER_EXAMPLE,
  LIST_FOLDERS_EXAMPLE,
  NO_DATA_EXAMPLE,
} from "./specExamples";
import { assertRefusedInput, describeDecoding, describeWireCases, withFields } from "./wireCases";

const PARENT = "业务流程/我的第一个业务流程/MaxCompute";
const ODS = `${PARENT}/ods层`;
const folder = (id: string, path: string) => ({ FolderId: id, FolderPath: path });
const page = (items: unknown[], pageNumber = 1, totalCount = items.length) =>
  standardPage("Folders", items, { pageNumber, pageSize: 100, totalCount });

describe("folders", () => {
  describeWireCases({
    createFolder: {
      call: (client) =>
        createFolder(client, { projectId: 10000, folderPath: "业务流程/系统数据/MaxCompute/导入层" }),
      answer: CREATE_FOLDER_EXAMPLE,
      action: "CreateFolder",
      params: { ProjectId: 10000, FolderPath: "业务流程/系统数据/MaxCompute/导入层" },
      level: 2,
      idempotent: false,
      result: "bdfd68****",
    },
    getFolder: {
      call: (client) => getFolder(client, { projectIdentifier: "dw_project", folderId: "273****" }),
      answer: GET_FOLDER_EXAMPLE,
      action: "GetFolder",
      params: { ProjectIdentifier: "dw_project", FolderId: "273****" },
      level: 1,
      idempotent: true,
      result: { folderId: "2735****", folderPath: ODS },
    },
    updateFolder: {
      call: (client) =>
        updateFolder(client, {
          projectId: 10000,
          folderId: "2735c2c19d58",
          folderName: "MySecondFolder",
        }),
      answer: NO_DATA_EXAMPLE,
      action: "UpdateFolder",
      params: { ProjectId: 10000, FolderId: "2735c2c19d58", FolderName: "MySecondFolder" },
      level: 2,
      idempotent: true,
      result: undefined,
    },
    deleteFolder: {
      call: (client) => deleteFolder(client, { projectId: 10000, folderId: "2eb6f9****" }),
      answer: NO_DATA_EXAMPLE,
      action: "DeleteFolder",
      params: { ProjectId: 10000, FolderId: "2eb6f9****" },
      level: 3,
      idempotent: true,
      result: undefined,
    },
    listFolders: {
      call: (client) => listFolders(client, { projectId: 10000, parentFolderPath: PARENT }),
      answer: LIST_FOLDERS_EXAMPLE,
      action: "ListFolders",
      params: { ProjectId: 10000, ParentFolderPath: PARENT, PageNumber: 1, PageSize: 100 },
      level: 1,
      idempotent: true,
      result: [{ folderId: "2735c2****", folderPath: ODS }],
    },
  });

  describeDecoding("CreateFolder answer", CREATE_FOLDER.response, {
    rejects: [
      ["a numeric FolderId", withFields(CREATE_FOLDER_EXAMPLE, { Data: 2735 })],
      ["an empty FolderId", withFields(CREATE_FOLDER_EXAMPLE, { Data: "" })],
    ],
  });

  describeDecoding("GetFolder answer", GET_FOLDER.response, {
    rejects: [
      ["a folder without FolderPath", withFields(GET_FOLDER_EXAMPLE, { Data: { FolderId: "x" } })],
    ],
  });

  describeDecoding("ListFolders answer", LIST_FOLDERS.response, {
    accepts: [
      [
        "folders sent as a real array",
        page([folder("a", `${PARENT}/a`), folder("b", `${PARENT}/b`)]),
        {
          items: [
            { folderId: "a", folderPath: `${PARENT}/a` },
            { folderId: "b", folderPath: `${PARENT}/b` },
          ],
          totalCount: 2,
        },
      ],
    ],
    rejects: [
      [
        "Folders sent as text",
        withFields(LIST_FOLDERS_EXAMPLE, { Data: { ...LIST_FOLDERS_EXAMPLE.Data, Folders: "[]" } }),
      ],
    ],
  });

  it("listFolders fetches every page", async () => {
    const folders = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => folder(`id${from + i}`, `${PARENT}/f${from + i}`));
    const sender = FakeSender.answering(
      page(folders(1, 100), 1, 205),
      page(folders(101, 100), 2, 205),
      page(folders(201, 5), 3, 205),
    );
    const all = await listFolders(sender, { projectId: 1, parentFolderPath: PARENT });
    assert.equal(all.length, 205);
    assert.deepEqual(sender.sent.map((op) => op.params.PageNumber), [1, 2, 3]);
  });

  describe("findFolderByPath", () => {
    it("lists the parent and returns the folder whose path matches exactly", async () => {
      const sender = FakeSender.answering(
        page([folder("x", `${ODS}_bak`), folder("y", ODS)]),
      );
      const found = await findFolderByPath(sender, { projectId: 1, folderPath: ODS });
      assert.deepEqual(found, { folderId: "y", folderPath: ODS });
      assert.equal(sender.only.params.ParentFolderPath, PARENT);
    });

    it("ignores a trailing slash on the requested path", async () => {
      const sender = FakeSender.answering(page([folder("y", ODS)]));
      const found = await findFolderByPath(sender, { projectId: 1, folderPath: `${ODS}/` });
      assert.equal(found?.folderId, "y");
    });

    it("stops paging once the folder is found", async () => {
      const full = Array.from({ length: 100 }, (_, i) =>
        folder(`id${i}`, i === 42 ? ODS : `${PARENT}/f${i}`),
      );
      const sender = FakeSender.answering(page(full, 1, 300));
      await findFolderByPath(sender, { projectId: 1, folderPath: ODS });
      assert.equal(sender.sent.length, 1);
    });

    it("returns undefined when only similar paths exist", async () => {
      const sender = FakeSender.answering(page([folder("x", `${ODS}2`)]));
      assert.equal(await findFolderByPath(sender, { projectId: 1, folderPath: ODS }), undefined);
    });

    it("returns undefined when the parent folder does not exist", async () => {
      const sender = new FakeSender(() => {
        throw new CloudError({
          cloud: "alibaba",
          service: "dataworks",
          action: "ListFolders",
          category: "notFound",
          code: "Invalid.DataStudio.FolderNotExists",
          serviceMessage: "The folder does not exist.",
        });
      });
      assert.equal(await findFolderByPath(sender, { projectId: 1, folderPath: ODS }), undefined);
    });

    it("passes other failures on", async () => {
      const sender = new FakeSender(() => {
        throw new CloudError({
          cloud: "alibaba",
          service: "dataworks",
          action: "ListFolders",
          category: "auth",
          code: "Forbidden.Access",
          serviceMessage: "Access is forbidden.",
        });
      });
      await assert.rejects(findFolderByPath(sender, { projectId: 1, folderPath: ODS }), {
        code: "Forbidden.Access",
      });
    });
  });

  it("getFolder addresses the folder by FolderPath when only folderPath is given", async () => {
    const sender = FakeSender.answering(GET_FOLDER_EXAMPLE);
    await getFolder(sender, { projectId: 1, folderPath: ODS });
    assert.deepEqual(sender.only.params, { ProjectId: 1, FolderPath: ODS });
  });

  it("getFolder refuses both folderId and folderPath", async () => {
    await assertRefusedInput(
      (c) => getFolder(c, { projectId: 1, folderId: "a", folderPath: ODS }),
      /exactly one of folderId, folderPath/,
    );
  });

  it("updateFolder refuses a new name holding a slash (folders cannot move)", async () => {
    await assertRefusedInput(
      (c) => updateFolder(c, { projectId: 1, folderId: "a", folderName: "x/y" }),
      /folderName/,
    );
  });
});
