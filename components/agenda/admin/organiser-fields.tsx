import { FieldMessages } from "../../forms/field-messages";

type Props = {
  legend: string;
  hint: string;
  /** Checkbox names (`organiser_embassy`…) and their labels. */
  options: { value: string; label: string }[];
  values: Partial<Record<string, string>>;
  error?: string;
};

/** Who organises the event: a box per organisation the editor may choose, one at least. */
export function OrganiserFields({ legend, hint, options, values, error }: Props) {
  const id = "field-organisers";
  return (
    <fieldset className="space-y-1" aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ")}>
      <legend className="font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {options.map((option) => (
          <label key={`${option.value}-${values[option.value] ?? ""}`} className="flex items-center gap-2">
            <input type="checkbox" name={option.value} defaultChecked={values[option.value] === "on"} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </fieldset>
  );
}
