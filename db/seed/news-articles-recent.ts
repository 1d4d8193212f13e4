import { dateToZonedInput } from "@/lib/time-zone";
import { daysFromToday, nextWeekday, type SeedClock } from "./agenda-dates";
import type { SeedArticle } from "./news-types";

const ago = (clock: SeedClock, days: number, time: string) => dateToZonedInput(daysFromToday(clock, -days, time));
const frDate = (date: Date) => new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: "Europe/Paris" }).format(date);
const azDate = (date: Date) => new Intl.DateTimeFormat("az-Latn-AZ", { day: "numeric", month: "long", timeZone: "Europe/Paris" }).format(date);

/**
 * The news of the last weeks, dated back from the day the seed runs, which
 * announce the demo agenda (agenda-content-upcoming.ts): the exhibition that
 * opened five days ago, the full mugham concert, the Thursday language course.
 */
export function recentArticles(clock: SeedClock): SeedArticle[] {
  const firstClass = nextWeekday(clock, 4, 7, "18:30");
  return [
    {
      id: "5e1d0a10-3c2b-4f00-9a01-000000000011",
      organisation: "cultural_centre",
      status: "published",
      publishedAt: ago(clock, 5, "11:00"),
      cover: { name: "5e1d0a10-3c2b-4f00-9b01-000000000011.webp", motif: "waves" },
      versions: {
        fr: {
          title: "Les tapis d'Azerbaïdjan exposés au Centre culturel",
          summary: "De Quba au Qarabağ, l'exposition de tapis a ouvert ses portes : entrée libre, visite commentée le samedi.",
          body: "L'exposition consacrée aux écoles de tapis d'Azerbaïdjan a ouvert cette semaine dans la galerie du rez-de-chaussée. Une trentaine de pièces y montrent les motifs propres à Quba, Şirvan, Gəncə et au Qarabağ.\n\nL'entrée est libre aux heures d'ouverture du Centre. Une visite commentée en français a lieu chaque samedi à 15 h ; le programme complet est dans l'agenda.",
        },
        az: {
          title: "Azərbaycan xalçaları Mədəniyyət Mərkəzində nümayiş olunur",
          summary: "Qubadan Qarabağa: xalça sərgisi qapılarını açdı – giriş sərbəstdir, şənbə günləri ekskursiya var.",
          body: "Azərbaycan xalçaçılıq məktəblərinə həsr olunmuş sərgi bu həftə birinci mərtəbədəki qalereyada açıldı. Otuza yaxın xalça Quba, Şirvan, Gəncə və Qarabağ naxışlarını göstərir.\n\nMərkəzin iş saatlarında giriş sərbəstdir. Hər şənbə saat 15:00-da fransız dilində ekskursiya keçirilir; tam proqram tədbirlər bölməsindədir.",
        },
      },
    },
    {
      id: "5e1d0a10-3c2b-4f00-9a01-000000000012",
      organisation: "ulduz",
      status: "published",
      publishedAt: ago(clock, 2, "09:30"),
      versions: {
        fr: {
          title: "Concert de mugham : complet, la liste d'attente est ouverte",
          summary: "Les places du concert de mugham au petit salon sont toutes prises : inscrivez-vous sur la liste d'attente.",
          body: "Le concert de mugham « la voix et le tar » affiche complet quelques jours après l'ouverture des inscriptions. Le petit salon de musique ne compte que quelques places.\n\nSi vous souhaitez venir, inscrivez-vous sur la liste d'attente depuis la page de l'événement : dès qu'une place se libère, la première personne de la liste la reçoit et en est avertie par e-mail.",
        },
        az: {
          title: "Muğam axşamı: yerlər tükəndi, gözləmə siyahısı açıqdır",
          summary: "Kiçik salondakı muğam axşamına bütün yerlər tutulub: gözləmə siyahısına yazılın.",
          body: "«Səs və tar» muğam axşamına qeydiyyat açıldıqdan bir neçə gün sonra bütün yerlər tutuldu. Kiçik musiqi salonunda yerlər azdır.\n\nGəlmək istəyirsinizsə, tədbir səhifəsindən gözləmə siyahısına yazılın: yer boşalan kimi siyahıda birinci olan şəxs onu alır və e-poçtla xəbərdar edilir.",
        },
      },
    },
    {
      id: "5e1d0a10-3c2b-4f00-9a01-000000000013",
      organisation: "cultural_centre",
      status: "published",
      publishedAt: ago(clock, 12, "10:00"),
      versions: {
        fr: {
          title: "Apprendre l'azerbaïdjanais : une série de cours le jeudi soir",
          summary: `Un cours pour adultes débutants commence le ${frDate(firstClass)} à 18 h 30, puis chaque jeudi.`,
          body: `Beaucoup d'entre vous nous l'ont demandé : le Centre ouvre un cours d'azerbaïdjanais pour adultes débutants. Le premier cours a lieu le ${frDate(firstClass)} à 18 h 30, puis chaque jeudi à la même heure.\n\nOn y apprend l'alphabet latin azerbaïdjanais, les salutations et les nombres. Douze places : inscrivez-vous depuis l'agenda.`,
        },
        az: {
          title: "Azərbaycan dilini öyrənin: cümə axşamları dərs silsiləsi",
          summary: `Yeni başlayan böyüklər üçün dərslər ${azDate(firstClass)} saat 18:30-da başlayır, sonra hər cümə axşamı davam edir.`,
          body: `Bir çoxunuz bunu xahiş etmişdi: Mərkəz yeni başlayan böyüklər üçün Azərbaycan dili dərsləri açır. İlk dərs ${azDate(firstClass)} saat 18:30-da, sonrakılar hər cümə axşamı eyni saatda keçiriləcək.\n\nDərslərdə Azərbaycan latın əlifbası, salamlaşma və rəqəmlər öyrədilir. On iki yer var: tədbirlər bölməsindən qeydiyyatdan keçin.`,
        },
      },
    },
    {
      id: "5e1d0a10-3c2b-4f00-9a01-000000000014",
      organisation: "embassy",
      status: "published",
      publishedAt: ago(clock, 26, "15:00"),
      versions: {
        fr: {
          title: "Le portail de la communauté s'ouvre à vos idées",
          summary: "Actualités, agenda et idées : l'ambassade, Ulduz et le Centre culturel vous retrouvent désormais sur un seul portail.",
          body: "Depuis la rencontre fondatrice du 30 octobre 2017, l'ambassade, l'association Ulduz et le Centre culturel azerbaïdjanais de Paris cherchaient un lieu commun pour parler à la communauté. C'est ce portail.\n\nCréez un compte pour vous inscrire aux événements, proposer vos idées et soutenir celles des autres. Chaque idée est relue par les rédacteurs avant d'être publiée.",
        },
        az: {
          title: "İcma portalı təkliflərinizə açıqdır",
          summary: "Xəbərlər, tədbirlər və ideyalar: səfirlik, «Ulduz» və Mədəniyyət Mərkəzi artıq sizinlə bir portalda görüşür.",
          body: "30 oktyabr 2017-ci il tarixli ilk görüşdən bəri səfirlik, «Ulduz» assosiasiyası və Parisdəki Azərbaycan Mədəniyyət Mərkəzi icma ilə danışmaq üçün ortaq bir yer axtarırdı. Bu portal həmin yerdir.\n\nTədbirlərə yazılmaq, ideyalarınızı təklif etmək və başqalarının ideyalarını dəstəkləmək üçün hesab yaradın. Hər ideya dərc olunmazdan əvvəl redaktorlar tərəfindən oxunur.",
        },
      },
    },
  ];
}
