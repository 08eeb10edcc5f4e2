"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="state error" role="alert">
      <p>Data temporarily unavailable: this page could not be built just now. Nothing is lost.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
