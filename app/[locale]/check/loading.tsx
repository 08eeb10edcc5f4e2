export default function Loading() {
  return <div className="skeleton" style={{ height: "16rem" }} role="status" aria-label="Loading the checker…" />;
}
