import { describe, expect, it } from "vitest";
import { sortProjects } from "@/components/projects/projects-table-sort";
import type { ProjectBrief } from "@/lib/projects/schemas";

const project = (id: string, p: Partial<ProjectBrief>): ProjectBrief =>
  ({
    id,
    name: id,
    label: id,
    countries: ["KAZ"],
    sector: "energy",
    status: "operational",
    startYear: null,
    completionYear: null,
    plannedCompletionYear: null,
    amountUsd: null,
    ...p,
  }) as ProjectBrief;

const ids = (rows: ProjectBrief[]) => rows.map((r) => r.id);

describe("sorting the projects table", () => {
  const rows = [
    project("b", { amountUsd: 2e9, startYear: 2015 }),
    project("a", { amountUsd: null, startYear: 2010 }),
    project("c", { amountUsd: 5e9, startYear: null, plannedCompletionYear: 2030 }),
    project("d", { amountUsd: 1e9, startYear: 2015 }),
  ];

  it("orders amounts both ways, records without an amount last either way", () => {
    expect(ids(sortProjects(rows, "amount", "asc"))).toEqual(["d", "b", "c", "a"]);
    expect(ids(sortProjects(rows, "amount", "desc"))).toEqual(["c", "b", "d", "a"]);
  });

  it("sorts by the record's year (start, else completion or planned), keeping ties in their order", () => {
    expect(ids(sortProjects(rows, "year", "asc"))).toEqual(["a", "b", "d", "c"]);
  });

  it("sorts names alphabetically and leaves the input alone", () => {
    expect(ids(sortProjects(rows, "project", "desc"))).toEqual(["d", "c", "b", "a"]);
    expect(ids(rows)).toEqual(["b", "a", "c", "d"]);
  });
});
