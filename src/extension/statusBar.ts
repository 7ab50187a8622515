/** The status bar text for the active draft: counts by category. No `vscode` import. */
import { CATEGORIES, type Finding } from '../engine/index';

export const STATUS_ICON = '$(checklist)';

/**
 * e.g. "$(checklist) 2 duplicate · 24 boilerplate · 9 grammar"; "$(checklist) No problems"
 * when clean; "$(checklist) Not checked" when the draft was skipped (too large).
 */
export function statusText(findings: readonly Finding[], skipped?: string): string {
  if (skipped) return `${STATUS_ICON} Not checked`;
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  const parts = CATEGORIES.filter((c) => counts.has(c)).map((c) => `${counts.get(c)} ${c}`);
  return `${STATUS_ICON} ${parts.length === 0 ? 'No problems' : parts.join(' · ')}`;
}

/** The status bar tooltip. */
export function statusTooltip(findings: readonly Finding[], skipped?: string): string {
  if (skipped) return `Copydesk: ${skipped}`;
  const n = findings.length;
  return `Copydesk: ${n === 0 ? 'no problems' : `${n} problem${n === 1 ? '' : 's'}`} in this draft. Click to open the Problems panel.`;
}
