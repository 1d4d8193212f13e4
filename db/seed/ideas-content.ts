import type { IdeaCategory, IdeaReportReason, IdeaStatus, Organisation } from "../schema";

// Members who write, support and report the demo ideas. Nobody can sign in as them.
export const ideaDemoMembers = [
  { key: "farid", email: "farid.hasanov@example.org", name: "Fərid Həsənov", preferredLocale: "az" },
  { key: "camille", email: "camille.durand@example.org", name: "Camille Durand", preferredLocale: "fr" },
  { key: "nigar", email: "nigar.aliyeva@example.org", name: "Nigar Əliyeva", preferredLocale: "az" },
  { key: "elvin", email: "elvin.quliyev@example.org", name: "Elvin Quliyev", preferredLocale: "fr" },
  { key: "sabina", email: "sabina.mammadova@example.org", name: "Sabina Məmmədova", preferredLocale: "az" },
  { key: "rustam", email: "rustam.test@example.org", name: "Rüstəm Sınaq", preferredLocale: "fr" },
] as const;

/** `member` is the README's demo member, so that their account page shows ideas in several states. */
export type SeedAuthor = (typeof ideaDemoMembers)[number]["key"] | "member";

export type SeedIdea = {
  author: SeedAuthor;
  language: "fr" | "az";
  category: IdeaCategory;
  status: IdeaStatus;
  showName?: boolean;
  daysAgo: number;
  title: string;
  description: string;
  rejectionReason?: string;
  publicAnswer?: string;
  /** The organisation that gave the public answer and signs it. */
  answeredBy?: Organisation;
  supporters?: SeedAuthor[];
  reports?: [SeedAuthor, IdeaReportReason][];
};

// Hostile text, kept in the demo so that anyone can see it stays text and the layout holds.
const unbroken = "GAGNEZUNVOYAGEABAKOUGRATUITEMENT".repeat(157).slice(0, 5000);
const hostile = [
  'Un concert <script>alert("xss")</script> pour le centenaire.',
  "",
  "<img src=x onerror=alert(document.cookie)> et <a href=\"javascript:alert(1)\">un lien</a>, [en Markdown](javascript:alert(2)) ou nu : javascript:alert(3)",
  "",
  "Texte retourné : \u202Eelbatpecca sap tse'n ecec\u202C, marque \u200Fdroite-à-gauche\u200F et fin.",
].join("\n");

export const seedIdeas: SeedIdea[] = [
  {
    author: "camille",
    language: "fr",
    category: "exhibition",
    status: "retained",
    daysAgo: 60,
    title: "Exposition « 1918, la première république » au Centre culturel",
    description:
      "Une exposition de documents, de cartes et de photographies sur les vingt-trois mois de la République démocratique d'Azerbaïdjan : le parlement, le droit de vote des femmes, l'université de Bakou.\n\nElle pourrait ensuite circuler dans les mairies d'arrondissement et les médiathèques qui le souhaitent, avec des panneaux en français.",
    publicAnswer:
      "Retenue pour le plan d'action : l'exposition ouvrira le 28 mai 2018 au Centre culturel, puis circulera. Nous cherchons des familles prêtes à prêter des documents d'époque.",
    answeredBy: "cultural_centre",
    supporters: ["farid", "nigar", "elvin", "sabina", "member"],
  },
  {
    author: "farid",
    language: "az",
    category: "concert",
    status: "published",
    daysAgo: 52,
    title: "Üzeyir Hacıbəyovun musiqisi ilə yubiley konserti",
    description:
      "Cümhuriyyətin himnini bəstələmiş Üzeyir Hacıbəyovun əsərlərindən ibarət konsert təşkil etməyi təklif edirəm.\n\nParisdəki konservatoriyaların tələbələri və icmamızın musiqiçiləri birlikdə çıxış edə bilər. Proqramda «Arşın mal alan» operettasından parçalar da ola bilər.",
    supporters: ["camille", "nigar", "member"],
  },
  {
    author: "nigar",
    language: "az",
    category: "youth_education",
    status: "published",
    showName: false,
    daysAgo: 45,
    title: "Uşaqlar üçün Azərbaycan tarixi dərsləri",
    description:
      "Fransada böyüyən uşaqlarımız 1918-ci il haqqında çox az şey bilir. Şənbə günləri Mədəniyyət Mərkəzində iki dildə, oyunlar və rəsmlərlə qısa tarix dərsləri keçirmək olar.\n\nİl sonunda uşaqlar öz hazırladıqları kiçik sərgini valideynlərinə təqdim edə bilərlər.",
    supporters: ["farid", "elvin"],
  },
  {
    author: "member",
    language: "fr",
    category: "conference",
    status: "published",
    daysAgo: 40,
    title: "Cycle de conférences : Topchubashov et la délégation de 1919 à Paris",
    description:
      "En 1919, Alimardan Topchubashov conduisait à Paris la délégation de la République à la Conférence de la paix. Cette histoire s'est jouée ici, à quelques rues de nous.\n\nJe propose trois conférences avec des historiens français et azerbaïdjanais, ouvertes à tous et filmées pour le portail.",
    supporters: ["camille", "farid", "nigar", "elvin"],
  },
  {
    author: "elvin",
    language: "fr",
    category: "commemoration",
    status: "published",
    daysAgo: 33,
    title: "Une plaque en souvenir de la délégation azerbaïdjanaise de 1919",
    description:
      "Demander à la Ville de Paris une plaque commémorative à l'adresse où travaillait la délégation de la République pendant la Conférence de la paix, avec une inauguration le 28 mai 2018.",
    supporters: ["farid", "sabina"],
  },
  {
    author: "sabina",
    language: "az",
    category: "publication",
    status: "published",
    daysAgo: 27,
    title: "Cümhuriyyət qadınları haqqında ikidilli kitabça",
    description:
      "1919-cu ildə qadınlara seçki hüququ verilməsi Cümhuriyyətin ən qürurlu səhifələrindən biridir. Bu dövrün qadın müəllimləri, həkimləri və xeyriyyəçiləri haqqında fransız və Azərbaycan dillərində kiçik bir kitabça hazırlayaq.\n\nKitabça məktəblərə və kitabxanalara paylana bilər.",
    supporters: ["camille", "nigar", "member"],
  },
  {
    author: "camille",
    language: "fr",
    category: "sport",
    status: "published",
    daysAgo: 20,
    title: "Une course solidaire des 100 ans au bois de Boulogne",
    description:
      "Une course de 10 km ouverte à tous, un dimanche de mai 2018, aux couleurs du drapeau de 1918. Les inscriptions financeraient les bourses d'étudiants de l'association Ulduz.",
  },
  {
    author: "nigar",
    language: "az",
    category: "concert",
    status: "retained",
    daysAgo: 58,
    title: "Muğam gecəsi: gənc ifaçılar Parisdə",
    description:
      "Bakıdan və Parisdən gənc muğam ifaçılarını bir axşamda bir araya gətirək. Hər ifadan əvvəl fransız dilində qısa izah verilsə, fransız dinləyicilər də muğamı daha yaxşı anlayar.",
    publicAnswer:
      "Fəaliyyət planına daxil edildi: muğam gecəsi 2018-ci ilin payızında Mədəniyyət Mərkəzində keçiriləcək. İfaçıların seçimi üçün sizinlə əlaqə saxlayacağıq.",
    answeredBy: "cultural_centre",
    supporters: ["member", "camille", "farid", "elvin", "sabina"],
  },
  {
    author: "member",
    language: "az",
    category: "other",
    status: "pending",
    showName: false,
    daysAgo: 3,
    title: "Yüzillik üçün icma xorunun yaradılması",
    description:
      "Həftədə bir dəfə məşq edən kiçik bir icma xoru yaradaq və 28 may 2018-ci il tədbirində Cümhuriyyətin himnini birlikdə oxuyaq. Not bilmək lazım deyil, yalnız həvəs.",
  },
  {
    author: "farid",
    language: "fr",
    category: "publication",
    status: "pending",
    daysAgo: 2,
    title: "Traduire en français les poètes de 1918-1920",
    description:
      "Un recueil bilingue de poèmes écrits pendant les années de la République, traduits par des membres de la communauté et relus par des traducteurs. Une lecture publique accompagnerait sa sortie.",
  },
  {
    author: "member",
    language: "fr",
    category: "exhibition",
    status: "rejected",
    daysAgo: 30,
    title: "Faire venir à Paris des tableaux du Musée national d'art de Bakou",
    description:
      "Organiser le prêt d'une vingtaine de tableaux du Musée national d'art d'Azerbaïdjan pour une grande exposition parisienne pendant l'année du centenaire.",
    rejectionReason:
      "Le Centre culturel ne peut pas assurer et transporter des œuvres de musée en 2018. Vous pouvez proposer une exposition de reproductions ou de documents, que nous examinerons volontiers.",
  },
  {
    author: "elvin",
    language: "az",
    category: "youth_education",
    status: "rejected",
    daysAgo: 25,
    title: "Bütün icma üçün Bakıya pulsuz səfər",
    description: "Yubiley ilində icmanın bütün üzvlərini pulsuz olaraq Bakıya aparmaq, orada 28 May bayramını birlikdə qeyd etmək.",
    rejectionReason:
      "Bu, assosiasiyanın imkanlarından kənardır. Gənclər üçün kiçik bir qrup səfəri kimi yenidən təklif etsəniz, məmnuniyyətlə baxarıq.",
  },
  {
    author: "rustam",
    language: "fr",
    category: "other",
    status: "published",
    daysAgo: 10,
    title: "GRATUIT !!! Cliquez ici pour gagner un voyage",
    description: unbroken,
    reports: [
      ["camille", "spam"],
      ["farid", "spam"],
      ["nigar", "off_topic"],
    ],
  },
  {
    author: "rustam",
    language: "fr",
    category: "concert",
    status: "pending",
    daysAgo: 1,
    title: '<script>alert("xss")</script> <img src=x onerror=alert(1)> Concert',
    description: hostile,
  },
];
