import { describe, expect, it } from "vitest";
import { parseEventForm } from "@/lib/validation/event";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const valid = {
  organiser_cultural_centre: "on",
  category: "concert",
  status: "published",
  startsAt: "2025-03-30T19:00",
  endsAt: "2025-03-30T21:00",
  capacity: "40",
  registrationClosesAt: "",
  title_fr: "Concert de mugham",
  summary_fr: "Une soirée de mugham.",
  place_fr: "Centre culturel azerbaïdjanais de Paris",
  body_fr: "**Rast** et *Segah*.",
  title_az: "Muğam axşamı",
  summary_az: "Muğam axşamı.",
  place_az: "Parisdəki Azərbaycan Mədəniyyət Mərkəzi",
  body_az: "",
};

describe("the editor's event form", () => {
  it("takes the organisers ticked, and refuses an event that nobody organises", () => {
    const joint = parseEventForm(form({ ...valid, organiser_embassy: "on" }));
    expect(joint.success && joint.data.organisers).toEqual(["embassy", "cultural_centre"]);
    const none: Record<string, string> = { ...valid };
    delete none.organiser_cultural_centre;
    const refused = parseEventForm(form(none));
    expect(refused).toMatchObject({ success: false, fieldErrors: { organisers: "organisersRequired" } });
    // A value other than a tick does not count.
    expect(parseEventForm(form({ ...none, organiser_ulduz: "yes" }))).toMatchObject({ success: false, fieldErrors: { organisers: "organisersRequired" } });
  });

  it("reads Paris times as instants and makes slugs from the titles, Azerbaijani letters transliterated", () => {
    const result = parseEventForm(form(valid));
    if (!result.success) throw new Error(JSON.stringify(result.fieldErrors));
    expect(result.data.startsAt.toISOString()).toBe("2025-03-30T17:00:00.000Z");
    expect(result.data.capacity).toBe(40);
    expect(result.data.registrationClosesAt).toBeNull();
    expect(result.data.versions.fr?.slug).toBe("concert-de-mugham");
    expect(result.data.versions.az?.slug).toBe("mugam-axsami");
  });

  it("reminder hours: a number of hours between 1 and 720, empty for no reminder, anything else refused", () => {
    const reminded = parseEventForm(form({ ...valid, reminderHours: "24" }));
    expect(reminded.success && reminded.data.reminderHours).toBe(24);
    const none = parseEventForm(form({ ...valid, reminderHours: "" }));
    expect(none.success && none.data.reminderHours).toBeNull();
    for (const bad of ["0", "721", "-3", "2.5", "deux"]) {
      const refused = parseEventForm(form({ ...valid, reminderHours: bad }));
      expect(refused.success ? "accepted" : refused.fieldErrors.reminderHours, bad).toBe("reminderHoursInvalid");
    }
  });

  it("an empty capacity means no registration", () => {
    const result = parseEventForm(form({ ...valid, capacity: "" }));
    expect(result.success && result.data.capacity).toBeNull();
  });

  it("refuses an end before the start", () => {
    expect(parseEventForm(form({ ...valid, endsAt: "2025-03-30T18:00" }))).toMatchObject({ success: false, fieldErrors: { endsAt: "endBeforeStart" } });
    expect(parseEventForm(form({ ...valid, endsAt: valid.startsAt }))).toMatchObject({ success: false, fieldErrors: { endsAt: "endBeforeStart" } });
  });

  it("asks for a title in at least one language, on both title fields", () => {
    const empty = Object.fromEntries(Object.entries(valid).filter(([key]) => !/_(fr|az)$/.test(key)));
    expect(parseEventForm(form(empty))).toMatchObject({ success: false, fieldErrors: { title_fr: "titleInOneLanguage", title_az: "titleInOneLanguage" } });
  });

  it("accepts a single language, and a started version needs its title, summary and place", () => {
    const frOnly = { ...valid, title_az: "", summary_az: "", place_az: "", body_az: "" };
    const result = parseEventForm(form(frOnly));
    expect(result.success && Object.keys(result.data.versions)).toEqual(["fr"]);
    expect(parseEventForm(form({ ...frOnly, body_az: "Təsvir" }))).toMatchObject({
      success: false,
      fieldErrors: { title_az: "titleRequired", summary_az: "summaryRequired", place_az: "placeRequired" },
    });
  });

  it("refuses a capacity that is not a whole number of at least one", () => {
    for (const capacity of ["0", "-3", "2.5", "douze"]) {
      expect(parseEventForm(form({ ...valid, capacity }))).toMatchObject({ success: false, fieldErrors: { capacity: "capacityInvalid" } });
    }
  });

  it("refuses a closing time after the start, or without places", () => {
    expect(parseEventForm(form({ ...valid, registrationClosesAt: "2025-03-30T19:30" }))).toMatchObject({ fieldErrors: { registrationClosesAt: "closingAfterStart" } });
    expect(parseEventForm(form({ ...valid, capacity: "", registrationClosesAt: "2025-03-29T12:00" }))).toMatchObject({ fieldErrors: { registrationClosesAt: "closingWithoutCapacity" } });
    expect(parseEventForm(form({ ...valid, registrationClosesAt: "2025-03-29T12:00" })).success).toBe(true);
  });

  it("refuses dates that do not exist and an unknown category", () => {
    expect(parseEventForm(form({ ...valid, startsAt: "2025-02-30T19:00" }))).toMatchObject({ fieldErrors: { startsAt: "dateInvalid" } });
    expect(parseEventForm(form({ ...valid, startsAt: "" }))).toMatchObject({ fieldErrors: { startsAt: "dateRequired" } });
    expect(parseEventForm(form({ ...valid, category: "party" }))).toMatchObject({ fieldErrors: { category: "categoryRequired" } });
  });

  it("keeps a cover only by a name the upload route generated", () => {
    const name = "0f8fad5b-d9cb-469f-a165-70867728950e.webp";
    expect(parseEventForm(form({ ...valid, cover: name, coverAlt_fr: "Une affiche.", coverAlt_az: "Afişa." }))).toMatchObject({ success: true, data: { coverImage: name } });
    expect(parseEventForm(form({ ...valid, cover: "" }))).toMatchObject({ success: true, data: { coverImage: null } });
    expect(parseEventForm(form(valid))).toMatchObject({ success: true, data: { coverImage: null } });
    for (const cover of ["../../.env.local", "photo.jpg", `${name}.svg`]) {
      expect(parseEventForm(form({ ...valid, cover }))).toMatchObject({ success: false, fieldErrors: { cover: "coverInvalid" } });
    }
  });
});

describe("the event's price and cover description", () => {
  it("reads a price in euros, with a comma or a point; 0 is free and empty is not stated", () => {
    const price = (typed: string) => {
      const result = parseEventForm(form({ ...valid, price: typed }));
      return result.success ? result.data.priceCents : result.fieldErrors.price;
    };
    expect(price("12")).toBe(1200);
    expect(price("7,50")).toBe(750);
    expect(price("7.5")).toBe(750);
    expect(price("15 €")).toBe(1500);
    expect(price("0")).toBe(0);
    expect(price("")).toBeNull();
    expect(price("-3")).toBe("priceInvalid");
    expect(price("douze")).toBe("priceInvalid");
    expect(price("1,234")).toBe("priceInvalid");
  });

  it("with a cover, asks what it shows in every language written, and keeps it only then", () => {
    const cover = "5e1d0a10-3c2b-4f00-9b01-000000000001.webp";
    expect(parseEventForm(form({ ...valid, cover, coverAlt_fr: "Un joueur de tar sur scène." }))).toMatchObject({
      success: false,
      fieldErrors: { coverAlt_az: "coverAltRequired" },
    });
    const described = parseEventForm(form({ ...valid, cover, coverAlt_fr: "Un joueur de tar sur scène.", coverAlt_az: "Səhnədə tar ifaçısı." }));
    expect(described.success && described.data.versions.az?.coverAlt).toBe("Səhnədə tar ifaçısı.");
    const withoutCover = parseEventForm(form({ ...valid, coverAlt_fr: "Un joueur de tar." }));
    expect(withoutCover.success && withoutCover.data.versions.fr?.coverAlt).toBeNull();
  });
});
