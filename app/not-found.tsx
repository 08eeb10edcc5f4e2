import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no such page. Try the <Link href="/">overview</Link> or a <Link href="/countries">country</Link>.
      </p>
    </>
  );
}
