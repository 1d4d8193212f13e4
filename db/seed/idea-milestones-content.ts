import type { MilestoneStatus } from "../schema";

export type SeedMilestone = { date: string; status: MilestoneStatus; fr?: string; az?: string; reasonFr?: string; reasonAz?: string };

/** The demo progress of the retained ideas, by title: what the Cultural Centre published as the work went on. */
export const seedMilestones: Record<string, SeedMilestone[]> = {
  "Exposition « 1918, la première république » au Centre culturel": [
    {
      date: "2018-01-20",
      status: "done",
      fr: "Appel aux familles : 46 documents d'époque prêtés, dont des lettres de députés du parlement de 1918.",
      az: "Ailələrə müraciət: dövrə aid 46 sənəd, o cümlədən 1918-ci il parlamenti deputatlarının məktubları verildi.",
    },
    { date: "2018-03-05", status: "done", fr: "Panneaux rédigés et traduits en français, relus par deux historiens.", az: "Panellər yazılıb fransız dilinə tərcümə olundu, iki tarixçi onları oxudu." },
    { date: "2018-05-28", status: "in_progress", fr: "Ouverture au Centre culturel le jour du centenaire.", az: "Yüzillik günü Mədəniyyət Mərkəzində açılış." },
    {
      date: "2018-09-15",
      status: "planned",
      fr: "Circulation dans les médiathèques de trois arrondissements.",
      az: "Üç dairənin kitabxanalarında səyyar sərgi.",
    },
  ],
  "Muğam gecəsi: gənc ifaçılar Parisdə": [
    { date: "2018-04-10", status: "done", az: "İfaçıların seçimi başa çatdı: Bakıdan üç, Parisdən iki gənc ifaçı." },
    {
      date: "2018-06-02",
      status: "abandoned",
      az: "Yay konserti üçün Filarmoniya zalı.",
      fr: "Salle de la Philharmonie pour un concert d'été.",
      reasonAz: "Zal yayda boş deyildi; gecə payızda Mərkəzdə keçiriləcək.",
      reasonFr: "La salle n'était pas libre l'été ; la soirée aura lieu à l'automne au Centre.",
    },
    { date: "2018-10-20", status: "planned", az: "Mədəniyyət Mərkəzində muğam gecəsi.", fr: "Soirée de mugham au Centre culturel." },
  ],
};
