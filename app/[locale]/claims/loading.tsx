import { ChartSkeleton } from "@/components/states/states";

export default function Loading() {
  return <ChartSkeleton label="Loading claims…" />;
}
