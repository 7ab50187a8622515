/** The "Quotes" view's TreeDataProvider: the live outline of the active draft. */
import * as vscode from 'vscode';
import type { Quote } from '../engine/index';
import { buildQuoteTree, type QuoteOrder, type TreeNode, treeItemSpec } from './quoteTree';
import { toTreeItem } from './vscodeAdapters';

/** Why the view is empty, for its welcome content (context key `copydesk.quotes.state`). */
export type QuoteViewState = 'notDraft' | 'noQuotes' | 'quotes';

export class QuoteTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private nodes: TreeNode[] = [];
  private parents = new Map<TreeNode, TreeNode>();
  private text = '';
  private quotes: readonly Quote[] = [];
  /** The draft shown, as a URI string, or undefined. */
  uri: string | undefined;
  state: QuoteViewState = 'notDraft';

  constructor(
    public order: QuoteOrder,
    private readonly onState: (state: QuoteViewState) => void = () => undefined,
  ) {}

  /** Show a draft's quotes. */
  show(uri: string, text: string, quotes: readonly Quote[]): void {
    this.uri = uri;
    this.text = text;
    this.quotes = quotes;
    this.rebuild();
  }

  /** The active editor is not a draft. */
  clear(): void {
    this.uri = undefined;
    this.text = '';
    this.quotes = [];
    this.rebuild();
  }

  setOrder(order: QuoteOrder): void {
    this.order = order;
    this.rebuild();
  }

  private rebuild(): void {
    this.nodes = this.uri === undefined ? [] : buildQuoteTree(this.text, this.quotes, this.order);
    this.parents = new Map();
    for (const n of this.nodes) if (n.kind === 'speaker') for (const c of n.children) this.parents.set(c, n);
    const state: QuoteViewState = this.uri === undefined ? 'notDraft' : this.nodes.length === 0 ? 'noQuotes' : 'quotes';
    if (state !== this.state) {
      this.state = state;
      this.onState(state);
    }
    this.changed.fire();
  }

  /** The roots as shown (for tests and the API). */
  roots(): readonly TreeNode[] {
    return this.nodes;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return toTreeItem(treeItemSpec(node, this.uri ?? ''));
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.nodes;
    return node.kind === 'speaker' ? node.children : [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.parents.get(node);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
