import Link from "next/link";

// Paths outside /fr and /az: no language is known yet, so both are offered.
export default function RootNotFound() {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <h1>Page introuvable</h1>
        <p>
          <Link href="/fr">Retour à l&apos;accueil</Link>
        </p>
        <p lang="az">
          Səhifə tapılmadı. <Link href="/az">Ana səhifəyə qayıt</Link>
        </p>
      </body>
    </html>
  );
}
