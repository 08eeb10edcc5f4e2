import Link from "next/link";
import type { Metadata } from "next";
import { CheckView } from "@/components/checker/check-view";
import { catalogueCoverage } from "@/lib/checker/catalogue-coverage";
import { MAX_TEXT_BYTES } from "@/lib/checker/schemas";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check a text's trade claims" };

export default function CheckPage() {
  const coverage = catalogueCoverage();
  return (
    <>
      <h1>Check a text&apos;s trade figures</h1>
      <p className="lead">
        Paste an article in English, Russian or Chinese. Caravan marks every figure of trade between China and Kazakhstan, Kyrgyzstan, Tajikistan,
        Turkmenistan or Uzbekistan, and judges it against each side&apos;s own statistics, with the figures and their sources. The reading is done by
        written rules, not a model: each mark says what it read, and you can correct it.
      </p>
      <p className="small muted" data-testid="catalogue-coverage">
        On the policy article this site started from, the checker finds {coverage.found} of the {coverage.withFigure} trade claims that state a
        figure, unaided ({coverage.tradeClaims - coverage.withFigure} more trade claims state no figure, such as “steady growth”, and are judged on
        the <Link href="/claims">claims page</Link>).
      </p>
      <CheckView maxTextBytes={MAX_TEXT_BYTES} />
    </>
  );
}
