import type { SeedAuthor } from "./ideas-content";

/** A demo comment: its idea by title, its author ("editor" is the demo editor), how long after the idea's publication, and its replies. */
export type SeedComment = {
  author: SeedAuthor | "editor";
  language: "fr" | "az";
  hoursAfter: number;
  body: string;
  official?: boolean;
  replies?: SeedComment[];
};

// A discussion in both languages on two public ideas, with an editor's official answer.
export const seedComments: Record<string, SeedComment[]> = {
  "Üzeyir Hacıbəyovun musiqisi ilə yubiley konserti": [
    {
      author: "camille",
      language: "fr",
      hoursAfter: 20,
      body: "Excellente idée ! Le conservatoire du 9e arrondissement a un orchestre d'étudiants qui joue déjà *Leyli et Majnun*.",
      replies: [
        { author: "farid", language: "az", hoursAfter: 26, body: "Çox sağ olun, Camille! Onlarla **mütləq** əlaqə saxlayaq." },
        {
          author: "editor",
          language: "fr",
          hoursAfter: 50,
          official: true,
          body: "Le Centre culturel peut accueillir une répétition publique en mai. Écrivez-nous par la [page de contact](https://example.org/contact) pour fixer une date.",
        },
      ],
    },
    { author: "sabina", language: "az", hoursAfter: 70, body: "«Arşın mal alan»dan parçalar olsa, uşaqlar da çox sevinər." },
  ],
  "Exposition « 1918, la première république » au Centre culturel": [
    { author: "elvin", language: "fr", hoursAfter: 30, body: "Ma grand-mère a gardé des lettres de 1919 : je peux les prêter pour l'exposition." },
    { author: "nigar", language: "az", hoursAfter: 40, body: "Panelləri Azərbaycan dilində də hazırlamaq olarmı? Gənclər üçün vacibdir." },
  ],
};
