package io.sqlassist.guard;

import io.trino.sql.tree.Expression;
import io.trino.sql.tree.LogicalExpression;
import java.util.ArrayList;
import java.util.List;

/** The terms of a condition joined by AND, nested ANDs flattened: each must hold on its own. */
final class Conjuncts {
    private Conjuncts() {
    }

    static List<Expression> of(Expression condition) {
        if (condition instanceof LogicalExpression logical && logical.getOperator() == LogicalExpression.Operator.AND) {
            List<Expression> terms = new ArrayList<>();
            logical.getTerms().forEach(term -> terms.addAll(of(term)));
            return terms;
        }
        return List.of(condition);
    }
}
