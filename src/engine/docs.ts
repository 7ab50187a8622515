/** Where each rule is documented: a section of the README, one per rule. */
export const DOCS_URL = 'https://github.com/copydesk/copydesk/blob/main/README.md';

/** GitHub's anchor for a README heading that is exactly the rule id, e.g. `grammar/stray-determiner`. */
export function ruleAnchor(rule: string): string {
  return rule
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

export function ruleDocsUrl(rule: string, base: string = DOCS_URL): string {
  return `${base}#${ruleAnchor(rule)}`;
}
