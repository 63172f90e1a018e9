/**
 * Other spoken orders of a size label the catalog writes with its figure (pure): a label word
 * before the figure ("US 6.5", "Waist 32", "UK 8") is said after it as well ("talla seis y media
 * US", "six and a half US", "treinta y cuatro cintura"): the figure-first order reaches the label.
 */

/** Spoken forms of a size label, as [spoken, label] pairs for the vocabulary. */
export function sizeFormSynonyms(label: string): [string, string][] {
  const labelFirst = /^([A-Za-z]{2,6}) (\d+(?:\.\d+)?)$/.exec(label.trim());
  return labelFirst ? [[`${labelFirst[2]} ${labelFirst[1]}`, label]] : [];
}
