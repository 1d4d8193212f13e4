import type { Organisation } from "@/db/schema/news";
import type { SubscriptionValues } from "@/lib/validation/subscription";

export type ChoiceLabels = {
  lists: string;
  listNames: Record<Organisation | "agenda", string>;
  agendaHint: string;
  languages: string;
  languageNames: { fr: string; az: string };
  frequency: string;
  frequencies: { each: string; weekly: string };
};

type Props = { labels: ChoiceLabels; values: Partial<SubscriptionValues>; errors: Record<string, string | undefined> };

function Group({ id, legend, error, hint, children }: { id: string; legend: string; error?: string; hint?: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-2 rounded-lg border border-slate-200 p-4" aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined}>
      <legend className="px-1 font-semibold">{legend}</legend>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-azred-600">
        {error}
      </p>
    </fieldset>
  );
}

const Box = ({ name, label, checked, type = "checkbox", value = "on" }: { name: string; label: string; checked: boolean; type?: "checkbox" | "radio"; value?: string }) => (
  <label className="flex items-center gap-2">
    <input type={type} name={name} value={value} defaultChecked={checked} className="h-4 w-4" />
    {label}
  </label>
);

/** Which lists, which languages, how often: the same fields to subscribe and to manage. */
export function SubscriptionChoices({ labels, values, errors }: Props) {
  const organisations = ["embassy", "ulduz", "cultural_centre"] as const;
  return (
    <>
      <Group id="subscription-lists" legend={labels.lists} hint={labels.agendaHint} error={errors.lists}>
        {organisations.map((o) => (
          <Box key={o} name={`news_${o}`} label={labels.listNames[o]} checked={values[`news_${o}`] === "on"} />
        ))}
        <Box name="agenda" label={labels.listNames.agenda} checked={values.agenda === "on"} />
      </Group>
      <Group id="subscription-languages" legend={labels.languages} error={errors.languages}>
        {(["fr", "az"] as const).map((l) => (
          <Box key={l} name={`lang_${l}`} label={labels.languageNames[l]} checked={values[`lang_${l}`] === "on"} />
        ))}
      </Group>
      <Group id="subscription-frequency" legend={labels.frequency} error={errors.frequency}>
        {(["each", "weekly"] as const).map((f) => (
          <Box key={f} type="radio" name="frequency" value={f} label={labels.frequencies[f]} checked={(values.frequency ?? "each") === f} />
        ))}
      </Group>
    </>
  );
}
