import { describe, expect, it } from "vitest";
import { fetchPack, packParam, readDroppedFiles, readIndex } from "./pack-files";

const BASE = "https://school.example/trainer/";

/** A fetch that serves `site` (absolute URL -> text) and answers 404 otherwise. */
function serve(site: Record<string, string>) {
  const asked: string[] = [];
  const fetcher = (url: string) => {
    asked.push(url);
    const text = site[url];
    return Promise.resolve({
      ok: text !== undefined,
      status: text === undefined ? 404 : 200,
      text: () => Promise.resolve(text ?? ""),
    });
  };
  return { fetcher, asked };
}

describe("packParam", () => {
  it("reads ?pack= and ignores an empty one", () => {
    expect(packParam("?pack=packs%2Fdemo%2Fpack.json&x=1")).toBe("packs/demo/pack.json");
    expect(packParam("?pack=")).toBeNull();
    expect(packParam("")).toBeNull();
  });
});

describe("readIndex", () => {
  it("is null for a file that is not an index", () => {
    expect(readIndex("a.json", { version: 1, id: "a" })).toBeNull();
  });

  it("names each bad entry by its field", () => {
    const index = readIndex("pack.json", {
      title: 3,
      files: ["ok.json", "../up.json", "https://elsewhere.example/x.json", "notes.txt", 7],
    });
    expect(index?.paths).toEqual(["ok.json"]);
    expect(index?.errors.map((e) => e.field)).toEqual([
      "title",
      "files[1]",
      "files[2]",
      "files[3]",
      "files[4]",
    ]);
  });
});

describe("fetchPack", () => {
  it("fetches an index's files relative to it, keeping the unreachable ones as errors", async () => {
    const { fetcher, asked } = serve({
      "https://school.example/trainer/packs/pack.json":
        '{"title": "Week 1", "files": ["course.json", "a.json", "b.json"]}',
      "https://school.example/trainer/packs/course.json": "{}",
      "https://school.example/trainer/packs/a.json": '{"id": "a"}',
    });
    const pack = await fetchPack("packs/pack.json", BASE, fetcher);
    expect(pack.title).toBe("Week 1");
    expect(Object.keys(pack.files)).toEqual(["course.json", "a.json"]);
    expect(pack.errors).toEqual([
      { file: "b.json", field: "", message: "could not be fetched (HTTP 404)" },
    ]);
    expect(asked).toHaveLength(4);
  });

  it("takes a single file as the whole pack", async () => {
    const { fetcher } = serve({ "https://cdn.example/one.json": '{"id": "one"}' });
    const pack = await fetchPack("https://cdn.example/one.json", BASE, fetcher);
    expect(pack.files).toEqual({ "one.json": '{"id": "one"}' });
  });

  it("says why another site's pack could not be fetched", async () => {
    const failing = () => Promise.reject(new TypeError("Failed to fetch"));
    const pack = await fetchPack("https://other.example/p.json", BASE, failing);
    expect(pack.errors[0]?.message).toContain("Access-Control-Allow-Origin");
  });
});

describe("readDroppedFiles", () => {
  it("keeps JSON files and names the others", async () => {
    const file = (name: string, text: string) => ({ name, text: () => Promise.resolve(text) });
    const pack = await readDroppedFiles([file("a.json", "{}"), file("notes.md", "# hi")]);
    expect(pack.files).toEqual({ "a.json": "{}" });
    expect(pack.errors[0]?.file).toBe("notes.md");
  });
});
