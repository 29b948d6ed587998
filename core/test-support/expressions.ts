// The shape of core/fixtures/expressions.json (scripts/oracle/generate.py): for each expression, SymPy's
// derivatives and, at a few points, PyTorch's value and gradient with SymPy's gradient beside it.

export interface ExpressionPoint {
  at: Record<string, number>;
  value: number;
  grad: Record<string, number>;
  sympyGrad: Record<string, number>;
}

export interface ExpressionCase {
  expr: string;
  category: string;
  vars: string[];
  derivatives: Record<string, string>;
  points: ExpressionPoint[];
}
