import type { SeedArticle } from "./news-types";

// Written for the portal: the school year, Novruz and the centenary of 1918.
export const articles2018: SeedArticle[] = [
  {
    id: "5e1d0a10-3c2b-4f00-9a01-000000000004",
    organisation: "cultural_centre",
    status: "published",
    publishedAt: "2018-01-15T09:30",
    versions: {
      fr: {
        title: "Cours d'azerbaïdjanais pour les enfants : les inscriptions sont ouvertes",
        summary: "Chaque samedi matin, le Centre culturel accueille les enfants de 6 à 12 ans pour apprendre à lire, à écrire et à chanter en azerbaïdjanais.",
        body: `Transmettre la langue aux enfants était l'un des vœux les plus souvent exprimés lors de la rencontre du 30 octobre. Le Centre culturel y répond avec des cours hebdomadaires, à partir de février 2018.

## Pour qui ?

Les enfants de 6 à 12 ans, qu'ils parlent déjà azerbaïdjanais à la maison ou qu'ils découvrent la langue. Deux groupes sont prévus selon le niveau.

## Au programme

- l'alphabet latin azerbaïdjanais et ses lettres propres : ə, ğ, ı, ö, ş, ç, ü ;
- la lecture de contes populaires et de poèmes pour enfants ;
- des chansons, des jeux et, à l'approche de Novruz, la préparation de la fête.

## Comment s'inscrire ?

Les cours ont lieu le samedi de 10 h à 12 h au Centre culturel. Les inscriptions se font à l'accueil du Centre ; la participation demandée aux familles couvre le matériel.`,
      },
      az: {
        title: "Uşaqlar üçün Azərbaycan dili dərsləri: qeydiyyat başladı",
        summary: "Mədəniyyət Mərkəzi hər şənbə səhəri 6–12 yaşlı uşaqları Azərbaycan dilində oxumağı, yazmağı və mahnı oxumağı öyrənməyə dəvət edir.",
        body: `Dilimizi uşaqlara ötürmək 30 oktyabr görüşündə ən çox səslənən arzulardan biri idi. Mədəniyyət Mərkəzi buna 2018-ci ilin fevralından başlayan həftəlik dərslərlə cavab verir.

## Kimlər üçün?

Evdə artıq Azərbaycan dilində danışan və ya bu dili yenicə kəşf edən 6–12 yaşlı uşaqlar üçün. Səviyyəyə görə iki qrup nəzərdə tutulub.

## Proqramda

- Azərbaycan latın əlifbası və ona məxsus hərflər: ə, ğ, ı, ö, ş, ç, ü;
- xalq nağıllarının və uşaq şeirlərinin oxunması;
- mahnılar, oyunlar və Novruz yaxınlaşanda bayrama hazırlıq.

## Necə yazılmalı?

Dərslər şənbə günləri saat 10:00-dan 12:00-dək Mədəniyyət Mərkəzində keçirilir. Qeydiyyat Mərkəzin qəbul masasında aparılır; ailələrdən alınan cüzi haqq dərs vəsaitlərini ödəyir.`,
      },
    },
  },
  {
    id: "5e1d0a10-3c2b-4f00-9a01-000000000007",
    organisation: "ulduz",
    status: "published",
    publishedAt: "2018-02-10T10:00",
    versions: {
      fr: {
        title: "Assemblée générale de l'association Ulduz le 24 février",
        summary: "Les adhérents d'Ulduz sont invités à l'assemblée générale annuelle : bilan de l'année, élection du bureau et préparation du centenaire.",
        body: `L'association Ulduz tiendra son assemblée générale ordinaire le samedi 24 février 2018 à 15 h, au Centre culturel azerbaïdjanais de Paris.

## Ordre du jour

1. rapport moral et rapport financier de l'année 2017 ;
2. élection du bureau pour deux ans ;
3. présentation des premières idées reçues pour le centenaire ;
4. questions diverses.

Seuls les adhérents à jour de leur cotisation prennent part aux votes ; chacun peut adhérer ou renouveler son adhésion sur place. Un adhérent empêché peut donner procuration à un autre adhérent.

L'assemblée sera suivie d'un thé et d'un moment convivial. Cette annonce est publiée en français, la langue de nos statuts.`,
      },
    },
  },
  {
    id: "5e1d0a10-3c2b-4f00-9a01-000000000005",
    organisation: "cultural_centre",
    status: "published",
    publishedAt: "2018-03-19T12:00",
    cover: { name: "5e1d0a10-3c2b-4f00-9b01-000000000005.webp", motif: "circles" },
    versions: {
      fr: {
        title: "Novruz au Centre culturel : un événement pour toutes les générations",
        summary: "Səməni, œufs peints et pâtisseries de fête : le Centre culturel a célébré Novruz avec plusieurs générations de la communauté et de nombreux amis français.",
        body: `Novruz, le nouvel an du printemps, est la fête la plus aimée des Azerbaïdjanais. Cette année encore, le Centre culturel en a fait un événement ouvert à tous, un samedi de mars.

## Les symboles de la fête

Sur les tables, le **səməni**, ces pousses de blé que l'on fait germer pendant des semaines, entouré de bougies et d'œufs peints. Les enfants des cours du samedi ont récité des poèmes et joué la scène de *Kosa* et de *Keçəl*, les deux personnages malicieux de Novruz.

## Une table à partager

Les familles avaient préparé la *şəkərbura*, la *paxlava* et le *qoğal*, ces pâtisseries qui donnent son goût à la fête. Les invités français ont découvert la tradition du saut au-dessus du feu, pour laisser derrière soi les soucis de l'année ; ici, des bougies tenaient lieu de feu.

Merci aux bénévoles de l'association Ulduz, qui ont rendu cet événement possible. Bonne fête de Novruz à tous !`,
      },
      az: {
        title: "Mədəniyyət Mərkəzində Novruz: bütün nəsillər üçün bayram",
        summary: "Səməni, boyanmış yumurtalar və bayram şirniyyatları: Mədəniyyət Mərkəzi Novruzu icmanın bir neçə nəsli və çoxsaylı fransız dostlarımızla birlikdə qeyd etdi.",
        body: `Baharın gəlişini müjdələyən Novruz azərbaycanlıların ən sevimli bayramıdır. Bu il də Mədəniyyət Mərkəzi mart ayının şənbə günlərindən birində onu hamıya açıq bir tədbirə çevirdi.

## Bayramın rəmzləri

Süfrələrdə həftələrlə göyərdilən **səməni**, onun ətrafında şamlar və boyanmış yumurtalar vardı. Şənbə dərslərinə gələn uşaqlar şeirlər söylədi, Novruzun iki şən personajı olan *Kosa* ilə *Keçəl*in tamaşasını göstərdi.

## Bölüşülən süfrə

Ailələr bayrama dad verən *şəkərbura*, *paxlava* və *qoğal* hazırlamışdılar. Fransız qonaqlar ilin qayğılarını geridə qoymaq üçün tonqal üzərindən tullanmaq adəti ilə tanış oldular; burada tonqalı şamlar əvəz edirdi.

Bu tədbiri mümkün edən «Ulduz» assosiasiyasının könüllülərinə təşəkkür edirik. Novruz bayramınız mübarək! Qoy bahar hamımıza yeni ilham gətirsin.`,
      },
    },
  },
  {
    id: "5e1d0a10-3c2b-4f00-9a01-000000000015",
    organisation: "embassy",
    cosigners: ["ulduz", "cultural_centre"],
    status: "published",
    publishedAt: "2018-05-25T11:00",
    versions: {
      fr: {
        title: "Déclaration commune pour le centenaire de la République démocratique d'Azerbaïdjan",
        summary: "L'Ambassade, l'association Ulduz et le Centre culturel appellent la communauté à célébrer ensemble, le 28 mai, les cent ans de la première république du monde musulman.",
        body: `Le 28 mai 1918, à Tiflis, le Conseil national azerbaïdjanais proclamait l'indépendance de la République démocratique d'Azerbaïdjan, première république parlementaire du monde musulman. En vingt-trois mois d'existence, elle accorda le droit de vote aux femmes, fonda l'université de Bakou et envoya une centaine d'étudiants se former en Europe, dont plusieurs en France.

## Ce que nous avons décidé ensemble

Réunis le 30 octobre 2017 au Centre culturel, nous nous étions engagés à préparer ce centenaire avec la communauté et à partir de ses idées. Nous le célébrerons donc ensemble :

- une cérémonie et une réception à l'Ambassade le 28 mai ;
- l'exposition « 1918, la première république » au Centre culturel, proposée par un membre de la communauté ;
- une journée familiale organisée par Ulduz, avec les enfants des cours du samedi.

## Un appel à chacun

Nous invitons chaque Azerbaïdjanais de France, et tous nos amis français, à partager ces moments et à continuer de proposer des idées sur ce portail : le plan d'action du centenaire reste ouvert.`,
      },
      az: {
        title: "Azərbaycan Xalq Cümhuriyyətinin 100 illiyi ilə bağlı birgə bəyanat",
        summary: "Səfirlik, «Ulduz» assosiasiyası və Mədəniyyət Mərkəzi icmanı müsəlman Şərqində ilk respublikanın yüz illiyini 28 mayda birlikdə qeyd etməyə çağırır.",
        body: `1918-ci il mayın 28-də Tiflisdə Azərbaycan Milli Şurası müsəlman Şərqində ilk parlamentli respublika olan Azərbaycan Xalq Cümhuriyyətinin müstəqilliyini elan etdi. İyirmi üç aylıq ömründə Cümhuriyyət qadınlara seçki hüququ verdi, Bakı Universitetini təsis etdi və yüzə yaxın tələbəni, o cümlədən bir neçəsini Fransaya, Avropada təhsil almağa göndərdi.

## Birlikdə qərara aldıqlarımız

2017-ci il oktyabrın 30-da Mədəniyyət Mərkəzində toplaşaraq bu yubileyi icma ilə birlikdə və onun ideyalarına əsaslanaraq hazırlamağı öhdəmizə götürmüşdük. Buna görə də onu birlikdə qeyd edəcəyik:

- 28 mayda Səfirlikdə mərasim və qəbul;
- icma üzvünün təklifi ilə Mədəniyyət Mərkəzində «1918, ilk respublika» sərgisi;
- «Ulduz»un şənbə dərslərinə gələn uşaqlarla birlikdə təşkil etdiyi ailə günü.

## Hər kəsə çağırış

Fransada yaşayan hər bir azərbaycanlını və bütün fransız dostlarımızı bu anları bölüşməyə və bu portalda ideyalar təklif etməyə davam etməyə dəvət edirik: yüz illiyin fəaliyyət planı açıq qalır.`,
      },
    },
  },
  {
    id: "5e1d0a10-3c2b-4f00-9a01-000000000006",
    organisation: "embassy",
    status: "published",
    publishedAt: "2018-05-28T08:00",
    cover: { name: "5e1d0a10-3c2b-4f00-9b01-000000000006.webp", motif: "crescent" },
    versions: {
      fr: {
        title: "28 mai 2018 : cent ans de la République démocratique d'Azerbaïdjan",
        summary: "Il y a cent ans naissait la première république parlementaire du monde musulman. L'ambassade revient sur cet héritage et sur le programme du centenaire en France.",
        body: `Le 28 mai 1918, à Tiflis, le Conseil national azerbaïdjanais proclamait l'indépendance de la République démocratique d'Azerbaïdjan. En vingt-trois mois d'existence, cette jeune république a posé des fondations qui comptent encore aujourd'hui.

## Un héritage de premières

- un parlement élu, où siégeaient des représentants de toutes les communautés du pays ;
- le droit de vote accordé aux femmes, parmi les tout premiers pays au monde ;
- la fondation de l'université d'État de Bakou, en 1919 ;
- le drapeau bleu, rouge et vert, au croissant et à l'étoile à huit branches, qui est toujours celui de l'Azerbaïdjan.

## Le centenaire en France

Né des idées proposées par la communauté depuis la rencontre du 30 octobre 2017, le programme du centenaire se poursuit tout au long de l'année : concerts, conférences, expositions et rencontres, à Paris et en région. Retrouvez les dates dans l'agenda du portail.

L'ambassade remercie l'association Ulduz, le Centre culturel et tous les membres de la communauté qui font vivre cet anniversaire.`,
      },
      az: {
        title: "28 May 2018: Azərbaycan Xalq Cümhuriyyətinin 100 illiyi",
        summary: "Yüz il əvvəl müsəlman Şərqində ilk parlamentli respublika yarandı. Səfirlik bu irsə və yüzilliyin Fransadakı proqramına nəzər salır.",
        body: `28 may 1918-ci ildə Tiflisdə Azərbaycan Milli Şurası Azərbaycan Xalq Cümhuriyyətinin istiqlalını elan etdi. Cəmi iyirmi üç ay yaşamış bu gənc respublika bu gün də əhəmiyyətini itirməyən təməllər qoydu.

## İlklərlə dolu irs

- ölkənin bütün xalqlarının təmsil olunduğu seçilmiş parlament;
- qadınlara seçki hüququnun verilməsi — dünyada ilklərdən biri kimi;
- 1919-cu ildə Bakı Dövlət Universitetinin təsis edilməsi;
- bu gün də Azərbaycanın bayrağı olan, aypara və səkkizguşəli ulduzlu mavi-qırmızı-yaşıl bayraq.

## Yüzillik Fransada

30 oktyabr 2017 görüşündən bəri icmanın təklif etdiyi ideyalardan doğan yüzillik proqramı il boyu davam edir: Parisdə və bölgələrdə konsertlər, konfranslar, sərgilər və görüşlər. Tarixləri portalın tədbirlər təqvimində tapa bilərsiniz.

Səfirlik bu yubileyi yaşadan «Ulduz» assosiasiyasına, Mədəniyyət Mərkəzinə və icmanın bütün üzvlərinə təşəkkür edir.`,
      },
    },
  },
  {
    id: "5e1d0a10-3c2b-4f00-9a01-000000000008",
    organisation: "ulduz",
    status: "draft",
    publishedAt: null,
    versions: {
      fr: {
        title: "Plan d'action du centenaire : les premières idées retenues",
        summary: "Concerts, conférences, ateliers pour enfants : voici les premières propositions de la communauté retenues pour le plan d'action du centenaire.",
        body: `Depuis l'appel lancé en novembre, de nombreuses idées nous sont parvenues. Le comité de l'association Ulduz les a examinées une à une avec l'ambassade et le Centre culturel.

## Premières idées retenues

- une série de concerts de musique classique azerbaïdjanaise, de Gara Garayev à Fikret Amirov ;
- un cycle de conférences sur l'histoire de la République de 1918 ;
- des ateliers pour enfants autour des contes et des jeux traditionnels.

La liste complète et le calendrier seront publiés après la prochaine réunion du comité.`,
      },
      az: {
        title: "Yüzilliyin tədbirlər planı: ilk seçilən ideyalar",
        summary: "Konsertlər, konfranslar, uşaqlar üçün məşğələlər: yüzilliyin tədbirlər planına daxil edilən ilk icma təklifləri.",
        body: `Noyabrda elan olunan çağırışdan sonra bizə çoxlu ideya gəlib. «Ulduz» assosiasiyasının komitəsi onları Səfirlik və Mədəniyyət Mərkəzi ilə birlikdə bir-bir nəzərdən keçirdi.

## İlk seçilən ideyalar

- Qara Qarayevdən Fikrət Əmirova qədər Azərbaycan klassik musiqisi konsertləri silsiləsi;
- 1918-ci il Cümhuriyyətinin tarixinə dair konfranslar silsiləsi;
- nağıllar və xalq oyunları ətrafında uşaqlar üçün məşğələlər.

Tam siyahı və təqvim komitənin növbəti iclasından sonra dərc olunacaq.`,
      },
    },
  },
];
