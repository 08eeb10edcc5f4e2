import { createLoader, createSerializer } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { ALL_PROJECTS } from "@/lib/projects/schemas";
import { loadProjectFilters } from "@/lib/projects/url-state-loader";
import { projectFilterParsers, toProjectFilters, type ProjectPageFilters } from "@/lib/projects/url-state";

const NONE: ProjectPageFilters = { country: [], sector: [], status: [], theme: [], kind: [], time: { from: null, to: null } };
const page = (f: Partial<ProjectPageFilters>): ProjectPageFilters => ({ ...NONE, ...f });

const serialize = createSerializer(projectFilterParsers);
const load = createLoader(projectFilterParsers);

describe("projects page filters", () => {
  describe("toProjectFilters", () => {
    it("turns every empty list into null, meaning all", () => {
      expect(toProjectFilters(NONE)).toEqual(ALL_PROJECTS);
      for (const key of ["country", "sector", "status", "theme", "kind"] as const) expect(toProjectFilters(NONE)[key], key).toBeNull();
    });

    it("keeps a list with values as it is", () => {
      const f = page({
        country: ["KAZ", "UZB"],
        sector: ["energy-oil"],
        status: ["planned", "operational"],
        theme: ["railways"],
        kind: ["pipeline"],
      });
      expect(toProjectFilters(f)).toEqual({
        country: ["KAZ", "UZB"],
        sector: ["energy-oil"],
        status: ["planned", "operational"],
        theme: ["railways"],
        kind: ["pipeline"],
        from: null,
        to: null,
      });
    });

    it("treats each list on its own: an empty one is all, a filled one restricts", () => {
      const out = toProjectFilters(page({ theme: ["oil-gas"] }));
      expect(out.theme).toEqual(["oil-gas"]);
      expect(out.country).toBeNull();
      expect(out.sector).toBeNull();
      expect(out.status).toBeNull();
      expect(out.kind).toBeNull();
    });

    it("passes the years on as from and to", () => {
      expect(toProjectFilters(page({ time: { from: 2015, to: 2024 } }))).toMatchObject({ from: 2015, to: 2024 });
      expect(toProjectFilters(page({ time: { from: 2015, to: null } }))).toMatchObject({ from: 2015, to: null });
      expect(toProjectFilters(page({ time: { from: null, to: 2024 } }))).toMatchObject({ from: null, to: 2024 });
    });
  });

  describe("in the URL", () => {
    it("leaves the URL empty for no filters, and an empty URL loads no filters", () => {
      expect(serialize(NONE)).toBe("");
      expect(load("")).toEqual(NONE);
    });

    it("writes only the filters that are set, lists joined by ~", () => {
      const url = new URLSearchParams(serialize(page({ country: ["KAZ", "UZB"], theme: ["oil-gas"], time: { from: 2015, to: 2024 } })));
      expect([...url.keys()].sort()).toEqual(["country", "theme", "time"]);
      expect(url.get("country")).toBe("KAZ~UZB");
      expect(url.get("theme")).toBe("oil-gas");
      expect(url.get("time")).toBe("2015..2024");
    });

    it("loads back exactly the filters that were serialized", () => {
      const cases: ProjectPageFilters[] = [
        NONE,
        page({ country: ["KAZ", "UZB"], sector: ["energy-oil", "energy-gas"], time: { from: 2015, to: 2024 } }),
        page({ status: ["under-construction"], kind: ["named", "aei_deal"], time: { from: null, to: 2020 } }),
        page({ theme: ["transport-corridor", "caspian-ports"], time: { from: 2010, to: null } }),
      ];
      for (const f of cases) expect(load(serialize(f)), JSON.stringify(f)).toEqual(f);
    });

    it("loads a page request's search params the same way on the server", async () => {
      const f = page({ country: ["TJK"], status: ["planned"], time: { from: 2020, to: 2020 } });
      expect(await loadProjectFilters(Promise.resolve(Object.fromEntries(new URLSearchParams(serialize(f)))))).toEqual(f);
    });

    it("drops values it does not know", () => {
      expect(load("?country=KAZ~CHN&status=planned~done").country).toEqual(["KAZ"]);
      expect(load("?country=KAZ~CHN&status=planned~done").status).toEqual(["planned"]);
    });

    it("makes an empty or unknown filter mean all projects once turned into API filters", () => {
      expect(toProjectFilters(load("?sector=&kind=nothing"))).toEqual(ALL_PROJECTS);
    });
  });
});
