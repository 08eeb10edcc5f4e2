import Link from "next/link";
import "./globals.css";

// Only addresses the language proxy does not see (a path with a file
// extension) end here; every page address has its language's not-found page.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="page">
          <h1>Not found</h1>
          <p>
            There is no such file. Go to the <Link href="/">overview</Link>.
          </p>
        </main>
      </body>
    </html>
  );
}
