import { strict as assert } from "node:assert";
import { MiniEngine, type DeclaredResource } from "../../testing/miniEngine";
import type { ProviderHost } from "../../testing/providerHost";

type Props = Record<string, unknown>;

/** A host that answers in memory, records deletes, and replaces a resource whose `kind` changes. */
function fakeHost(deleted: string[]): ProviderHost {
  let nextId = 1;
  const host = {
    check: async (_urn: string, _olds: Props, news: Props) => ({ inputs: news, failures: [] }),
    diff: async (_urn: string, _id: string, olds: Props, news: Props) => {
      const replaces = olds.kind === news.kind ? [] : ["kind"];
      const changes = JSON.stringify(olds) === JSON.stringify(news) ? "none" : "some";
      return { changes, replaces, deleteBeforeReplace: false };
    },
    create: async (_urn: string, properties: Props) => ({ id: `id-${nextId++}`, properties }),
    update: async (_urn: string, _id: string, _olds: Props, news: Props) => news,
    delete: async (urn: string) => {
      deleted.push(urn.split("::").pop()!);
    },
  };
  return host as unknown as ProviderHost;
}

const declared = (name: string, kind = "a"): DeclaredResource => ({
  name,
  type: "pulumi-nodejs:dynamic/test:Thing",
  inputs: { kind },
});

describe("MiniEngine", () => {
  it("destroys in reverse creation order, so dependents go before what they need", async () => {
    const deleted: string[] = [];
    const engine = new MiniEngine(fakeHost(deleted));
    await engine.up([declared("flow"), declared("folder"), declared("file")]);
    const result = await engine.destroy();
    assert.deepEqual(result.errors, []);
    assert.deepEqual(deleted, ["file", "folder", "flow"]);
  });

  it("deletes resources dropped from the program in reverse creation order too", async () => {
    const deleted: string[] = [];
    const engine = new MiniEngine(fakeHost(deleted));
    await engine.up([declared("flow"), declared("keep"), declared("file")]);
    await engine.up([declared("keep")]);
    assert.deepEqual(deleted, ["file", "flow"]);
  });

  it("counts a replacement as the newest creation", async () => {
    const deleted: string[] = [];
    const engine = new MiniEngine(fakeHost(deleted));
    await engine.up([declared("first"), declared("second")]);
    await engine.up([declared("first", "b"), declared("second")]);
    deleted.length = 0;
    await engine.destroy();
    assert.deepEqual(deleted, ["first", "second"]);
  });
});
