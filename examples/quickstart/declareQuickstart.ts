import * as pulumi from "@pulumi/pulumi";
import { dataworks } from "../../resources";

/** The business flow's name; the folder and file paths below are built from it. */
const FLOW = "etl";

/**
 * A small DataWorks project: a business flow, a folder under it, a MySQL data source whose password
 * is a secret, and a scheduled ODPS SQL node that is submitted and deployed to production.
 *
 * Paths are written from the names rather than from other resources' outputs, and the order is
 * given by `dependsOn`, so the same declarations work in a test under the SDK's mocks.
 */
export function declareQuickstart(workspace: number, salesDbPassword: pulumi.Input<string>) {
  const flow = new dataworks.BusinessFlow("etl", {
    projectId: workspace,
    name: FLOW,
    description: "daily loads of the sales mart",
  });

  const ods = new dataworks.Folder(
    "ods",
    { projectId: workspace, parentPath: `业务流程/${FLOW}/MaxCompute`, name: "ods" },
    { dependsOn: [flow] },
  );

  const salesDb = new dataworks.DataSource("sales-db", {
    projectId: workspace,
    name: "sales_db",
    type: "mysql",
    envType: "production",
    content: {
      tag: "rds",
      instanceName: "rm-bp1sales",
      rdsOwnerId: "1234567890",
      regionId: "cn-hangzhou",
      database: "sales",
      username: "etl",
    },
    password: salesDbPassword,
  });

  const daily = new dataworks.File(
    "ods-orders",
    {
      projectId: workspace,
      folderPath: `业务流程/${FLOW}/MaxCompute/ods`,
      fileName: "ods_orders_d",
      fileType: 10, // ODPS SQL
      content: "INSERT OVERWRITE TABLE ods_orders_d SELECT * FROM src_orders;",
      cronExpress: "00 30 05 * * ?", // every day at 05:30
      rerunMode: "FAILURE_ALLOWED",
      autoRerunTimes: 3,
      autoRerunIntervalMillis: 120_000,
      inputList: ["dp_demo_root"],
    },
    { dependsOn: [ods] },
  );

  return { flow, ods, salesDb, daily };
}
