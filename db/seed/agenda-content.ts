import { daysFromToday, hoursLater, yearly } from "./agenda-dates";
import { demoMembers } from "./agenda-members";
import { upcomingSeedEvents } from "./agenda-content-upcoming";
import { places, type SeedEvent } from "./agenda-seed-types";

const member = "member@example.org";

const pastSeedEvents: SeedEvent[] = [
  {
    category: "commemoration",
    organisers: ["embassy"],
    when: (clock) => {
      const startsAt = yearly(clock, 1, 20, "18:30", "last");
      return { startsAt, endsAt: hoursLater(startsAt, 1.5) };
    },
    capacity: null,
    priceCents: 0,
    fr: {
      title: "Commémoration du 20 Janvier",
      summary: "Une cérémonie de recueillement en mémoire des victimes du 20 janvier 1990 à Bakou, avec lecture de témoignages et minute de silence.",
      place: places.hall.fr,
      body: "Dans la nuit du 19 au 20 janvier 1990, l'armée soviétique est entrée dans Bakou ; plus de cent trente civils ont été tués. Chaque année, la communauté se réunit pour honorer leur mémoire.\n\n- Accueil à 18 h 30\n- Minute de silence et dépôt de fleurs\n- Lecture de témoignages en azerbaïdjanais et en français\n\nEntrée libre, sans inscription.",
    },
    az: {
      title: "20 Yanvar faciəsi qurbanlarının anım mərasimi",
      summary: "1990-cı il 20 Yanvar faciəsi qurbanlarının xatirəsinə anım mərasimi: xatirələr oxunacaq, şəhidlər bir dəqiqəlik sükutla yad ediləcək.",
      place: places.hall.az,
      body: "1990-cı il yanvarın 19-dan 20-nə keçən gecə sovet qoşunları Bakıya daxil oldu; yüz otuzdan çox dinc sakin həlak oldu. İcmamız hər il onların xatirəsini birlikdə yad edir.\n\n- Qonaqların qarşılanması: 18:30\n- Bir dəqiqəlik sükut və gül dəstələrinin qoyulması\n- Azərbaycan və fransız dillərində xatirələrin oxunması\n\nGiriş sərbəstdir, qeydiyyat tələb olunmur.",
    },
  },
  {
    category: "conference",
    organisers: ["embassy", "cultural_centre"],
    when: (clock) => {
      const startsAt = yearly(clock, 5, 28, "19:00", "last");
      return { startsAt, endsAt: hoursLater(startsAt, 2) };
    },
    capacity: 80,
    priceCents: 0,
    registrations: [member, demoMembers[0].email, demoMembers[4].email],
    fr: {
      title: "1918 : la République démocratique d'Azerbaïdjan, première république du monde musulman",
      summary: "Une conférence sur les vingt-trois mois de la République fondée le 28 mai 1918 : le parlement, le droit de vote des femmes, l'université de Bakou.",
      place: places.hall.fr,
      body: "À l'occasion du Jour de l'Indépendance, deux historiens retracent l'histoire de la République démocratique d'Azerbaïdjan (1918 – 1920), l'une des premières républiques parlementaires de l'Orient musulman, qui accorda le droit de vote aux femmes dès 1918.\n\nLa conférence est suivie d'un échange avec le public et prépare le programme du **centenaire** : vos idées sont les bienvenues sur le portail.\n\nConférence en français, avec un résumé en azerbaïdjanais.",
    },
    az: {
      title: "1918: Azərbaycan Xalq Cümhuriyyəti – müsəlman Şərqində ilk respublika",
      summary: "28 may 1918-ci ildə qurulan Cümhuriyyətin iyirmi üç ayı haqqında konfrans: parlament, qadınlara seçki hüququ, Bakı Universiteti.",
      place: places.hall.az,
      body: "Müstəqillik Günü münasibətilə iki tarixçi Azərbaycan Xalq Cümhuriyyətinin (1918 – 1920) tarixindən danışacaq. Cümhuriyyət müsəlman Şərqində ilk parlamentli respublikalardan biri idi və qadınlara hələ 1918-ci ildə seçki hüququ vermişdi.\n\nKonfransdan sonra iştirakçılarla söhbət olacaq və **yüzillik** proqramı müzakirə ediləcək: fikirlərinizi portalda bölüşə bilərsiniz.\n\nKonfrans fransız dilində keçiriləcək, azərbaycanca xülasə veriləcək.",
    },
  },
  {
    category: "film",
    organisers: ["cultural_centre"],
    when: (clock) => {
      const startsAt = daysFromToday(clock, -10, "19:00");
      return { startsAt, endsAt: hoursLater(startsAt, 2) };
    },
    capacity: 50,
    priceCents: 500,
    registrations: [demoMembers[1].email, demoMembers[2].email],
    fr: {
      title: "Soirée cinéma : Arşın mal alan (1945)",
      summary: "Projection de la comédie musicale tirée de l'opérette d'Uzeyir Hajibeyli, en version restaurée sous-titrée en français.",
      place: places.hall.fr,
      body: "Tourné à Bakou en 1945, *Arşın mal alan* raconte comment le jeune marchand Asgar se déguise en colporteur pour choisir lui-même sa fiancée. La projection est suivie d'un thé et d'un échange autour des chansons du film.\n\nDurée : 1 h 35. Film en azerbaïdjanais, sous-titré en français.",
    },
    az: {
      title: "Kino axşamı: «Arşın mal alan» (1945)",
      summary: "Üzeyir Hacıbəylinin operettası əsasında çəkilmiş musiqili komediyanın bərpa olunmuş versiyası fransızca subtitrlərlə nümayiş olunacaq.",
      place: places.hall.az,
      body: "1945-ci ildə Bakıda çəkilmiş *Arşın mal alan* filmi gənc tacir Əsgərin gəlinini özü seçmək üçün arşın malçı qiyafəsinə girməsindən bəhs edir. Nümayişdən sonra çay süfrəsi arxasında filmin mahnıları haqqında söhbət edəcəyik.\n\nMüddəti: 1 saat 35 dəqiqə. Film azərbaycan dilindədir, fransızca subtitrlərlə.",
    },
  },
];

/** The demo agenda: past and upcoming, one full with a waiting list, some without registration, one only in Azerbaijani, one draft. */
export const seedEvents: SeedEvent[] = [...pastSeedEvents, ...upcomingSeedEvents];
