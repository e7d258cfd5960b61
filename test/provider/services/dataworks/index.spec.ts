import { strict as assert } from "node:assert";
import * as dataworks from "../../../../provider/services/dataworks";

/** One typed function per wire action in scope, named after it in camelCase. */
const OPERATIONS = [
  "createFile",
  "updateFile",
  "getFile",
  "deleteFile",
  "listFiles",
  "submitFile",
  "deployFile",
  "getDeployment",
  "checkFileDeployment",
  "listDeployments",
  "listFileVersions",
  "getFileVersion",
  "createUdfFile",
  "updateUdfFile",
  "createFolder",
  "getFolder",
  "updateFolder",
  "deleteFolder",
  "listFolders",
  "createBusiness",
  "updateBusiness",
  "getBusiness",
  "deleteBusiness",
  "listBusiness",
  "createDataSource",
  "updateDataSource",
  "listDataSources",
  "deleteDataSource",
  "getProject",
  "listFileType",
];

const LOOKUPS = ["findFileByName", "findFolderByPath", "findBusinessByName", "findDataSource"];

describe("dataworks index", () => {
  it("exports one function per wire action", () => {
    const missing = OPERATIONS.filter(
      (name) => typeof (dataworks as Record<string, unknown>)[name] !== "function",
    );
    assert.deepEqual(missing, []);
  });

  it("exports the exact-name lookups", () => {
    const missing = LOOKUPS.filter(
      (name) => typeof (dataworks as Record<string, unknown>)[name] !== "function",
    );
    assert.deepEqual(missing, []);
  });

  it("keeps the per-API environment encodings apart (§2.1)", () => {
    assert.deepEqual(dataworks.DATA_SOURCE_ENV_TYPE, { DEVELOPMENT: 0, PRODUCTION: 1 });
    assert.deepEqual(dataworks.DEPLOYMENT_FROM_ENVIRONMENT, { LOCAL: 0, DEVELOPMENT: 1 });
    assert.deepEqual(dataworks.DEPLOYMENT_TO_ENVIRONMENT, { DEVELOPMENT: 1, PRODUCTION: 2 });
    assert.deepEqual(dataworks.ProjectEnvType.options, ["PROD", "DEV"]);
  });
});
