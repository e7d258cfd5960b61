/**
 * The quickstart program (Pulumi.yaml points here). Run `npm start` for a local emulator and the
 * stack config that points this program at it, or set real credentials and a real `workspace`.
 */
import * as pulumi from "@pulumi/pulumi";
import { declareQuickstart } from "./declareQuickstart";

const config = new pulumi.Config();
/** Workspace 10000 (`dp_demo`) is the emulator's standard-mode workspace. */
const workspace = config.getNumber("workspace") ?? 10000;
const password = config.getSecret("salesDbPassword") ?? pulumi.secret("local-demo-password");

const { flow, ods, salesDb, daily } = declareQuickstart(workspace, password);

export const businessId = flow.businessId;
export const folderPath = ods.path;
export const dataSourceId = salesDb.dataSourceId;
export const nodeId = daily.nodeId;
export const deployedVersion = daily.deployedVersion;
