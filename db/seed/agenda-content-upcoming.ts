import { daysFromToday, hoursLater, nextWeekday, yearly } from "./agenda-dates";
import { demoMembers } from "./agenda-members";
import { places, type SeedEvent } from "./agenda-seed-types";

const member = "member@example.org";
const when = (days: number, time: string, hours: number) => (clock: Parameters<SeedEvent["when"]>[0]) => {
  const startsAt = daysFromToday(clock, days, time);
  return { startsAt, endsAt: hoursLater(startsAt, hours) };
};

export const upcomingSeedEvents: SeedEvent[] = [
  {
    category: "exhibition",
    organisers: ["cultural_centre"],
    when: (clock) => ({ startsAt: daysFromToday(clock, -5, "10:00"), endsAt: daysFromToday(clock, 40, "18:00") }),
    capacity: null,
    priceCents: 0,
    fr: {
      title: "Exposition : tapis d'Azerbaïdjan, de Quba au Qarabağ",
      summary: "Une vingtaine de tapis des écoles de Quba, de Şirvan, de Gəncə et du Qarabağ, prêtés par des familles de la communauté.",
      place: places.gallery.fr,
      body: "L'art du tapis azerbaïdjanais est inscrit au patrimoine culturel immatériel de l'UNESCO depuis 2010. L'exposition présente les motifs propres à chaque école et les gestes des tisserandes, avec des photographies d'ateliers de Quba.\n\nEntrée libre aux heures d'ouverture du Centre, sans inscription. Visite commentée en français chaque samedi à 15 h.",
    },
    az: {
      title: "Sərgi: Qubadan Qarabağa Azərbaycan xalçaları",
      summary: "İcma ailələrinin təqdim etdiyi Quba, Şirvan, Gəncə və Qarabağ xalçaçılıq məktəblərinə aid iyirmiyə yaxın xalça.",
      place: places.gallery.az,
      body: "Azərbaycan xalçaçılıq sənəti 2010-cu ildən UNESCO-nun qeyri-maddi mədəni irs siyahısındadır. Sərgidə hər məktəbin özünəməxsus naxışları və xalçaçıların əl işi, həmçinin Qubadakı emalatxanalardan fotoşəkillər təqdim olunur.\n\nMərkəzin iş saatlarında giriş sərbəstdir, qeydiyyat tələb olunmur. Hər şənbə saat 15:00-da fransız dilində ekskursiya keçirilir.",
    },
  },
  {
    category: "concert",
    organisers: ["cultural_centre"],
    when: when(6, "20:00", 2),
    // Full on purpose: four places taken, two members waiting.
    capacity: 4,
    priceCents: 1500,
    registrations: demoMembers.map((m) => m.email),
    fr: {
      title: "Concert de mugham : la voix et le tar",
      summary: "Un soir de mugham dans le petit salon du Centre : une chanteuse, un joueur de tar et un joueur de kamantcha, devant quelques auditeurs.",
      place: places.salon.fr,
      body: "Le mugham, inscrit au patrimoine culturel immatériel de l'UNESCO, est l'art d'improviser sur des modes anciens. Pour ce concert intimiste, les musiciens interprètent les mughams *Rast* et *Segah* et expliquent au public comment se construit une improvisation.\n\nLe salon ne compte que quelques places : inscrivez-vous, et rejoignez la liste d'attente si le concert est complet.",
    },
    az: {
      title: "Muğam axşamı: səs və tar",
      summary: "Mərkəzin kiçik musiqi salonunda muğam axşamı: xanəndə, tarzən və kamançaçı dar dairədə çıxış edəcək.",
      place: places.salon.az,
      body: "UNESCO-nun qeyri-maddi mədəni irs siyahısına daxil edilmiş muğam qədim məqamlar üzərində improvizasiya sənətidir. Bu kamera konsertində musiqiçilər «Rast» və «Segah» muğamlarını ifa edəcək və improvizasiyanın necə qurulduğunu dinləyicilərə izah edəcəklər.\n\nSalonda yerlər azdır: qeydiyyatdan keçin, yer qalmasa, gözləmə siyahısına yazılın.",
    },
  },
  {
    category: "class",
    organisers: ["ulduz"],
    // The first of a Thursday series: on the first Thursday a week or more away.
    when: (clock) => {
      const startsAt = nextWeekday(clock, 4, 7, "18:30");
      return { startsAt, endsAt: hoursLater(startsAt, 1.5) };
    },
    capacity: 12,
    priceCents: 0,
    registrations: [member],
    fr: {
      title: "Cours d'azerbaïdjanais pour débutants",
      summary: "Premier cours d'une série du jeudi : l'alphabet latin azerbaïdjanais, les salutations et les nombres, pour adultes débutants.",
      place: places.classroom.fr,
      body: "Vous entendez l'azerbaïdjanais en famille sans oser le parler ? Ce cours est fait pour vous. Nous commencerons par les lettres qui n'existent pas en français – **ə**, **ğ**, **ı**, **ş**, **ç**, **ö**, **ü** – puis les formules de politesse.\n\nApportez un cahier ; les supports sont fournis. Douze places.",
    },
    az: {
      title: "Başlayanlar üçün Azərbaycan dili dərsi",
      summary: "Cümə axşamı dərslərinin birincisi: Azərbaycan latın əlifbası, salamlaşma və rəqəmlər – yeni başlayan böyüklər üçün.",
      place: places.classroom.az,
      body: "Ailədə azərbaycanca eşidirsiniz, amma danışmağa çəkinirsiniz? Bu dərs sizin üçündür. Fransız dilində olmayan hərflərdən – **ə**, **ğ**, **ı**, **ş**, **ç**, **ö**, **ü** – başlayacaq, sonra nəzakət ifadələrini öyrənəcəyik.\n\nDəftər gətirin; dərs materialları veriləcək. On iki yer var.",
    },
  },
  {
    // Written in Azerbaijani only: French readers see it with a notice.
    category: "class",
    organisers: ["ulduz"],
    when: when(13, "19:00", 1.5),
    capacity: 20,
    priceCents: 0,
    az: {
      title: "Yallı rəqsi dərsi: hamı üçün",
      summary: "Naxçıvanın qədim kollektiv rəqsi yallını birlikdə öyrənirik: təcrübə lazım deyil, rahat ayaqqabı kifayətdir.",
      place: places.hall.az,
      body: "Yallı UNESCO-nun təcili qorunmaya ehtiyacı olan qeyri-maddi mədəni irs siyahısındadır. Dərsi Mərkəzin rəqs qrupunun rəhbəri aparacaq; sonda bütün iştirakçılar birlikdə böyük yallı dairəsi quracaq.",
    },
  },
  {
    // Cancelled, so that a newcomer sees how a cancelled event looks: the page stays, with the reason.
    category: "concert",
    organisers: ["cultural_centre"],
    when: when(25, "20:00", 2),
    capacity: 40,
    priceCents: 1200,
    registrations: [demoMembers[1].email],
    cancellationReason: "Le pianiste est souffrant ; le récital sera reprogrammé. / Pianoçu xəstədir; resital başqa vaxta keçiriləcək.",
    fr: {
      title: "Récital de tar et de piano",
      summary: "Œuvres d'Uzeyir Hajibeyli et de Fikret Amirov pour tar et piano.",
      place: places.salon.fr,
      body: "Un dialogue entre le tar, luth à long manche du mugham, et le piano, autour des compositeurs azerbaïdjanais du XXe siècle.",
    },
    az: {
      title: "Tar və fortepiano resitalı",
      summary: "Üzeyir Hacıbəyli və Fikrət Əmirovun tar və fortepiano üçün əsərləri.",
      place: places.salon.az,
      body: "Muğamın uzunqol simli aləti olan tar ilə fortepianonun dialoqu: XX əsr Azərbaycan bəstəkarlarının əsərləri.",
    },
  },
  {
    category: "meeting",
    organisers: ["embassy", "ulduz"],
    when: when(20, "19:00", 2.5),
    capacity: 60,
    priceCents: 0,
    registrations: [demoMembers[2].email],
    fr: {
      title: "Réunion de la communauté : préparer le centenaire",
      summary: "L'ambassade et l'association Ulduz présentent le plan d'action du centenaire et recueillent les idées de la communauté.",
      place: places.hall.fr,
      body: "Dans l'esprit de la rencontre du 30 octobre 2017, cette réunion ouverte fait le point sur les idées déposées sur le portail et sur celles qui ont été retenues pour le programme.\n\n- Présentation du plan d'action\n- Questions et propositions de la salle\n- Verre de l'amitié\n\nL'inscription nous aide à préparer la salle.",
    },
    az: {
      title: "İcma görüşü: yüzilliyə hazırlıq",
      summary: "Səfirlik və «Ulduz» assosiasiyası yüzillik üçün fəaliyyət planını təqdim edəcək və icmanın təkliflərini dinləyəcək.",
      place: places.hall.az,
      body: "2017-ci il 30 oktyabr görüşünün ruhunda keçiriləcək bu açıq görüşdə portalda təqdim olunan və proqrama daxil edilən təkliflər müzakirə olunacaq.\n\n- Fəaliyyət planının təqdimatı\n- Zaldan suallar və təkliflər\n- Dostluq süfrəsi\n\nQeydiyyat zalı hazırlamağımıza kömək edir.",
    },
  },
  {
    category: "celebration",
    organisers: ["ulduz", "cultural_centre"],
    when: (clock) => {
      const startsAt = yearly(clock, 3, 21, "15:00", "next");
      return { startsAt, endsAt: hoursLater(startsAt, 4) };
    },
    capacity: 150,
    priceCents: 0,
    fr: {
      title: "Fête de Novruz au Centre culturel",
      summary: "Le Centre fête le retour du printemps : samani, bougies, chants, danses et pâtisseries de Novruz pour toute la famille.",
      place: places.hall.fr,
      body: "Novruz, le nouvel an du printemps, se fête en Azerbaïdjan à l'équinoxe. Au programme :\n\n1. allumage des bougies et des feux symboliques\n2. chants et danses avec les enfants de l'école du dimanche\n3. dégustation de *şəkərbura*, de *paxlava* et de *qoğal*\n\nVenez en famille ; les enfants peuvent apporter leur œuf peint pour le traditionnel *yumurta döyüşdürmə*.",
    },
    az: {
      title: "Mədəniyyət Mərkəzində Novruz bayramı",
      summary: "Mərkəz baharın gəlişini qeyd edir: səməni, şamlar, mahnılar, rəqslər və bütün ailə üçün Novruz şirniyyatları.",
      place: places.hall.az,
      body: "Novruz – baharın və yeni ilin bayramı – Azərbaycanda gecə-gündüz bərabərliyində qeyd olunur. Proqramda:\n\n1. şamların və tonqalların yandırılması\n2. bazar günü məktəbinin uşaqları ilə mahnılar və rəqslər\n3. şəkərbura, paxlava və qoğal dequstasiyası\n\nAiləliklə gəlin; uşaqlar ənənəvi yumurta döyüşdürmə oyunu üçün boyadıqları yumurtaları gətirə bilərlər.",
    },
  },
  {
    category: "concert",
    organisers: ["cultural_centre"],
    status: "draft",
    when: when(35, "20:00", 2),
    capacity: 70,
    priceCents: 1500,
    fr: {
      title: "Récital de piano : Qara Qarayev et Fikrət Əmirov",
      summary: "Des préludes de Qara Qarayev aux mughams pour piano de Fikrət Əmirov, un récital en préparation.",
      place: places.hall.fr,
      body: "Programme en cours de confirmation avec l'artiste.",
    },
    az: {
      title: "Fortepiano gecəsi: Qara Qarayev və Fikrət Əmirov",
      summary: "Qara Qarayevin prelüdlərindən Fikrət Əmirovun fortepiano üçün muğamlarına qədər – hazırlanmaqda olan konsert.",
      place: places.hall.az,
      body: "Proqram ifaçı ilə razılaşdırılır.",
    },
  },
];
