import type { ProjectKind, ProjectStatus } from "@/lib/projects/schemas";

export const KIND_COLORS: Record<ProjectKind, string> = { named: "#1f5ea8", aei_deal: "#e07b00", pipeline: "#6a4c93" };

export const STATUS_COLORS: Record<ProjectStatus, string> = {
  operational: "#2f7d32",
  "under-construction": "#a66a00",
  planned: "#7c98c4",
  cancelled: "#b3261e",
  mothballed: "#6b7280",
  unknown: "#b9c0c8",
};
