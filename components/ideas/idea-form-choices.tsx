import type { IdeaValues } from "@/actions/ideas";
import type { IdeaFormLabels } from "./idea-form";

type Option = { value: string; label: string };
type Props = { values: Partial<IdeaValues>; errors: Record<string, string | undefined>; categories: Option[]; languages: Option[]; labels: IdeaFormLabels };

function ErrorText({ id, error }: { id: string; error?: string }) {
  return (
    <p id={id} aria-live="polite" className="text-sm font-medium text-azred-600">
      {error}
    </p>
  );
}

/** Category, language and name display: the choices of the idea form. */
export function ChoiceFields({ values, errors, categories, languages, labels }: Props) {
  const radio = "flex items-center gap-2";
  return (
    <>
      <div className="space-y-1">
        <label htmlFor="field-category" className="block font-medium">
          {labels.category}
        </label>
        {/* Keyed by the value: after a failed submit, React's form reset must come back to what was chosen. */}
        <select
          key={values.category ?? ""}
          id="field-category"
          name="category"
          required
          defaultValue={values.category ?? ""}
          aria-invalid={errors.category ? true : undefined}
          aria-describedby="field-category-error"
          className={`block w-full rounded-md border bg-white px-3 py-2 ${errors.category ? "border-azred-600" : "border-slate-300"}`}
        >
          <option value="" disabled>
            {labels.chooseCategory}
          </option>
          {categories.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <ErrorText id="field-category-error" error={errors.category} />
      </div>
      <fieldset key={`language-${values.language}`} className="space-y-1" aria-describedby="field-language-error">
        <legend className="font-medium">{labels.language}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {languages.map((option) => (
            <label key={option.value} className={radio}>
              <input type="radio" name="language" value={option.value} defaultChecked={values.language === option.value} className="h-4 w-4" />
              {option.label}
            </label>
          ))}
        </div>
        <ErrorText id="field-language-error" error={errors.language} />
      </fieldset>
      <fieldset key={`visibility-${values.visibility}`} className="space-y-1" aria-describedby="field-visibility-error">
        <legend className="font-medium">{labels.visibility}</legend>
        <label className={radio}>
          <input type="radio" name="visibility" value="named" defaultChecked={values.visibility !== "anonymous"} className="h-4 w-4" />
          {labels.named}
        </label>
        <label className={radio}>
          <input type="radio" name="visibility" value="anonymous" defaultChecked={values.visibility === "anonymous"} className="h-4 w-4" />
          {labels.anonymous}
        </label>
        <ErrorText id="field-visibility-error" error={errors.visibility} />
      </fieldset>
    </>
  );
}
