import Link from "next/link";
import { CENTRAL_ASIA, COUNTRY_NAMES } from "@/lib/core/reference/codes";

export const metadata = { title: "Countries" };

export default function CountriesPage() {
  return (
    <>
      <h1>China&apos;s trade with each Central Asian country</h1>
      <ul>
        {CENTRAL_ASIA.map((iso3) => (
          <li key={iso3}>
            <Link href={`/countries/${iso3}`}>{COUNTRY_NAMES[iso3]}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
