import { ChartSkeleton } from "@/components/states/states";

export default function Loading() {
  return (
    <>
      <div className="skeleton" style={{ height: "2rem", width: "60%", marginBottom: "1rem" }} />
      <ChartSkeleton label="Loading page…" />
    </>
  );
}
