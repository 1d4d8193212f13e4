import type { SeedArticle } from "./news-types";

// Written for the portal, in both languages, from what the community lived in the autumn of 2017.
export const articles2017: SeedArticle[] = [
  {
    id: "5e1d0a10-3c2b-4f00-9a01-000000000001",
    organisation: "embassy",
    status: "published",
    publishedAt: "2017-10-31T10:00",
    cover: { name: "5e1d0a10-3c2b-4f00-9b01-000000000001.webp", motif: "star" },
    versions: {
      fr: {
        title: "30 octobre 2017 : la communauté azerbaïdjanaise réunie au Centre culturel de Paris",
        summary:
          "L'ambassade d'Azerbaïdjan et l'association Ulduz ont rencontré la communauté au Centre culturel azerbaïdjanais de Paris : rassembler la diaspora, faire vivre notre culture et préparer ensemble le centenaire de la République démocratique.",
        body: `Le lundi 30 octobre 2017, de nombreux membres de la communauté azerbaïdjanaise de France se sont retrouvés au Centre culturel azerbaïdjanais de Paris, à l'invitation de l'ambassade de la République d'Azerbaïdjan et de l'association Ulduz.

## Rassembler la diaspora

Étudiants, familles installées depuis longtemps, artistes et entrepreneurs : la salle reflétait toute la diversité de la diaspora. Les intervenants ont tous insisté sur le même constat : nos compatriotes sont nombreux en France, mais encore trop dispersés. La rencontre a fixé quatre objectifs communs :

- rassembler la diaspora et faire se connaître ses membres, à Paris comme en région ;
- préserver notre identité, notre langue et notre culture, et les transmettre aux enfants ;
- faire entendre la voix de la communauté dans la société française ;
- bâtir avec la communauté, et non à sa place, un concept d'activités communes.

## Préparer le centenaire

En 2018, l'Azerbaïdjan célébrera le centenaire de la République démocratique d'Azerbaïdjan, première république parlementaire du monde musulman, proclamée le 28 mai 1918. L'ambassade a invité chacun à proposer des idées pour le plan d'action de ce jubilé en France : concerts, expositions, conférences, rencontres avec le public français.

## Et maintenant ?

Ce portail est né de cette soirée. Vous y trouverez les actualités de l'ambassade, de l'association Ulduz et du Centre culturel, l'agenda des événements et un espace pour proposer vos idées pour le centenaire. Créez votre compte : la suite s'écrit avec vous.`,
      },
      az: {
        title: "30 oktyabr 2017: Azərbaycan icması Parisdəki Mədəniyyət Mərkəzində bir araya gəldi",
        summary:
          "Azərbaycan Səfirliyi və «Ulduz» assosiasiyası Parisdəki Azərbaycan Mədəniyyət Mərkəzində icma ilə görüşdü: diasporu birləşdirmək, mədəniyyətimizi yaşatmaq və Xalq Cümhuriyyətinin yüzilliyini birlikdə hazırlamaq.",
        body: `30 oktyabr 2017-ci il, bazar ertəsi, Fransada yaşayan çoxsaylı soydaşlarımız Azərbaycan Respublikasının Səfirliyi və «Ulduz» assosiasiyasının dəvəti ilə Parisdəki Azərbaycan Mədəniyyət Mərkəzində toplaşdılar.

## Diasporu birləşdirmək

Tələbələr, uzun illərdir Fransada yaşayan ailələr, sənətçilər və sahibkarlar — zal diasporumuzun bütün rəngarəngliyini əks etdirirdi. Çıxış edənlərin hamısı eyni fikri vurğuladı: Fransada soydaşlarımız çoxdur, lakin hələ də bir-birindən uzaq düşüblər. Görüşdə dörd ümumi məqsəd müəyyənləşdirildi:

- diasporu birləşdirmək, Parisdə və bölgələrdə yaşayan soydaşlarımızı bir-biri ilə tanış etmək;
- milli kimliyimizi, dilimizi və mədəniyyətimizi qorumaq və uşaqlarımıza ötürmək;
- icmanın səsini Fransa cəmiyyətində eşitdirmək;
- birgə fəaliyyət konsepsiyasını icmanın yerinə deyil, onunla birlikdə hazırlamaq.

## Yüzilliyə hazırlıq

2018-ci ildə Azərbaycan 28 may 1918-ci ildə elan olunmuş, müsəlman Şərqində ilk parlamentli respublika olan Azərbaycan Xalq Cümhuriyyətinin 100 illiyini qeyd edəcək. Səfirlik hər kəsi bu yubileyin Fransadakı tədbirlər planı üçün ideyalar təklif etməyə dəvət etdi: konsertlər, sərgilər, konfranslar, fransız ictimaiyyəti ilə görüşlər.

## Bəs indi?

Bu portal həmin axşamın məhsuludur. Burada Səfirliyin, «Ulduz» assosiasiyasının və Mədəniyyət Mərkəzinin xəbərlərini, tədbirlərin təqvimini və yüzillik üçün ideyalarınızı təklif edə biləcəyiniz bölməni tapacaqsınız. Hesabınızı yaradın: davamını birlikdə yazacağıq.`,
      },
    },
  },
  {
    id: "5e1d0a10-3c2b-4f00-9a01-000000000002",
    organisation: "ulduz",
    status: "published",
    publishedAt: "2017-11-20T09:00",
    versions: {
      fr: {
        title: "Centenaire de la République démocratique : proposez vos idées",
        summary:
          "Comme convenu lors de la rencontre du 30 octobre, l'association Ulduz recueille les idées de la communauté pour le programme du centenaire en France.",
        body: `Lors de la rencontre du 30 octobre au Centre culturel, l'ambassade et l'association Ulduz ont promis que le programme du centenaire de la République démocratique d'Azerbaïdjan (1918 – 2018) se construirait avec la communauté. Le moment est venu.

## Quelles idées ?

Toutes les formes sont bienvenues :

- un concert, une exposition, une projection de film ;
- une conférence sur l'histoire de la République de 1918 et de ses fondateurs ;
- une rencontre dans une école, une bibliothèque ou une mairie ;
- un projet numérique, une publication, une traduction.

## Comment proposer ?

Rendez-vous dans la rubrique **Centenaire** du portail, connectez-vous et décrivez votre idée en quelques lignes : ce que vous proposez, pour quel public, avec quels moyens. Chaque proposition est lue par l'équipe d'Ulduz avant d'être publiée, et vous suivez son état depuis votre compte.

Les idées retenues formeront le plan d'action présenté au printemps 2018.`,
      },
      az: {
        title: "Xalq Cümhuriyyətinin yüzilliyi: ideyalarınızı təklif edin",
        summary:
          "30 oktyabr görüşündə razılaşdırıldığı kimi, «Ulduz» assosiasiyası yüzilliyin Fransadakı proqramı üçün icmanın ideyalarını toplayır.",
        body: `30 oktyabrda Mədəniyyət Mərkəzində keçirilən görüşdə Səfirlik və «Ulduz» assosiasiyası söz vermişdi ki, Azərbaycan Xalq Cümhuriyyətinin yüzilliyi (1918 – 2018) proqramı icma ilə birlikdə hazırlanacaq. Həmin vaxt gəlib çatdı.

## Hansı ideyalar?

İstənilən forma xoşdur:

- konsert, sərgi, film nümayişi;
- 1918-ci il Cümhuriyyətinin və onun qurucularının tarixinə dair konfrans;
- məktəbdə, kitabxanada və ya bələdiyyədə görüş;
- rəqəmsal layihə, nəşr, tərcümə.

## Necə təklif etməli?

Portalın **Yüzillik** bölməsinə keçin, hesabınıza daxil olun və ideyanızı bir neçə cümlə ilə təsvir edin: nə təklif edirsiniz, hansı auditoriya üçün, hansı imkanlarla. Hər təklifi dərc olunmazdan əvvəl «Ulduz»un komandası oxuyur, siz isə onun vəziyyətini hesabınızdan izləyə bilərsiniz.

Seçilən ideyalar 2018-ci ilin yazında təqdim olunacaq tədbirlər planını təşkil edəcək.`,
      },
    },
  },
  {
    id: "5e1d0a10-3c2b-4f00-9a01-000000000003",
    organisation: "cultural_centre",
    status: "published",
    publishedAt: "2017-12-13T11:00",
    cover: { name: "5e1d0a10-3c2b-4f00-9b01-000000000003.webp", motif: "waves" },
    versions: {
      fr: {
        title: "Soirée mugham : les voix de Şuşa résonnent à Paris",
        summary:
          "Le Centre culturel a consacré une soirée au mugham, l'art vocal classique de l'Azerbaïdjan, dont la ville de Şuşa, au Karabakh, fut l'un des grands foyers.",
        body: `Le Centre culturel azerbaïdjanais de Paris a consacré sa soirée du 12 décembre au mugham, l'art musical classique de l'Azerbaïdjan, inscrit par l'UNESCO au patrimoine culturel immatériel de l'humanité.

## Şuşa, berceau de chanteurs

Au XIXᵉ siècle, la ville de Şuşa, au Karabakh, était surnommée le « conservatoire du Caucase ». Ses assemblées musicales ont formé des générations de chanteurs, les *xanəndə*, et de joueurs de tar et de kamantcha. Le programme de la soirée leur rendait hommage, des *dəstgah* les plus anciens aux œuvres d'Uzeyir Hadjibeyov.

## Une salle comble

Familles de la communauté et mélomanes parisiens ont rempli la salle. Entre deux pièces, les musiciens ont expliqué la structure d'un mugham : une suite de modes improvisée selon des règles précises, où la voix et les instruments se répondent.

Le Centre culturel prévoit d'autres soirées musicales en 2018 : suivez l'agenda du portail pour ne pas les manquer.`,
      },
      az: {
        title: "Muğam gecəsi: Şuşanın səsləri Parisdə",
        summary:
          "Mədəniyyət Mərkəzi Azərbaycanın klassik musiqi sənəti olan muğama həsr olunmuş gecə keçirdi; Qarabağın Şuşa şəhəri bu sənətin ən böyük mərkəzlərindən biri olub.",
        body: `Parisdəki Azərbaycan Mədəniyyət Mərkəzi 12 dekabr axşamını UNESCO-nun Bəşəriyyətin qeyri-maddi mədəni irsi siyahısına daxil edilmiş Azərbaycan muğamına həsr etdi.

## Şuşa — xanəndələr beşiyi

XIX əsrdə Qarabağın Şuşa şəhəri «Qafqazın konservatoriyası» adlandırılırdı. Şəhərin musiqi məclisləri nəsillər boyu xanəndələr, tarzənlər və kamançaçılar yetişdirib. Gecənin proqramı onlara ehtiram idi: ən qədim dəstgahlardan Üzeyir Hacıbəylinin əsərlərinədək.

## Dolu zal

İcmamızın ailələri və Parisin musiqisevərləri zalı doldurmuşdu. Musiqiçilər əsərlər arasında muğamın quruluşunu izah etdilər: səsin və alətlərin bir-birinə cavab verdiyi, müəyyən qaydalar əsasında improvizə olunan şöbələr silsiləsi.

Mədəniyyət Mərkəzi 2018-ci ildə də musiqi gecələri keçirməyi planlaşdırır: onları qaçırmamaq üçün portalın tədbirlər təqvimini izləyin.`,
      },
    },
  },
];
