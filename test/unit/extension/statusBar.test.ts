import assert from 'node:assert/strict';
import { statusText, statusTooltip } from '../../../src/extension/statusBar';
import type { Category, Finding } from '../../../src/engine/types';

function findings(counts: Partial<Record<Category, number>>): Finding[] {
  return Object.entries(counts).flatMap(([category, n]) =>
    Array.from({ length: n }, (_, i) => ({
      rule: `${category}/x`,
      category: category as Category,
      severity: 'warning' as const,
      message: 'm',
      start: i,
      end: i + 1,
      fixes: [],
      related: [],
    })),
  );
}

describe('status bar', () => {
  it('counts findings by category, in the catalogue order', () => {
    assert.equal(statusText(findings({ grammar: 9, boilerplate: 24, duplicate: 2 })), '$(checklist) 2 duplicate · 24 boilerplate · 9 grammar');
  });

  it('leaves out categories with no findings', () => {
    assert.equal(statusText(findings({ quote: 1 })), '$(checklist) 1 quote');
  });

  it('says when a draft is clean', () => {
    assert.equal(statusText([]), '$(checklist) No problems');
  });

  it('says when a draft was not checked', () => {
    assert.equal(statusText([], 'not checked: too large'), '$(checklist) Not checked');
    assert.equal(statusTooltip([], 'not checked: too large'), 'Copydesk: not checked: too large');
  });

  it('totals the findings in the tooltip', () => {
    assert.equal(statusTooltip(findings({ grammar: 1 })), 'Copydesk: 1 problem in this draft. Click to open the Problems panel.');
    assert.equal(statusTooltip(findings({ grammar: 2, style: 1 })), 'Copydesk: 3 problems in this draft. Click to open the Problems panel.');
    assert.equal(statusTooltip([]), 'Copydesk: no problems in this draft. Click to open the Problems panel.');
  });
});
