package io.sqlassist.guard;

import io.trino.sql.tree.Explain;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.ShowColumns;
import io.trino.sql.tree.ShowCreate;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.TableExecute;
import io.trino.sql.tree.Values;
import java.util.Locale;

/** Human names for statement node types, as the approver and the refusal reasons show them. */
final class StatementKinds {
    private StatementKinds() {
    }

    static String describe(Statement statement) {
        if (statement instanceof Query query) {
            String body = query.getQueryBody() instanceof Values ? "VALUES" : "SELECT";
            return query.getWith().isPresent() ? "WITH … " + body : body;
        }
        if (statement instanceof Explain explain) {
            return "EXPLAIN " + describe(explain.getStatement());
        }
        if (statement instanceof ShowColumns) {
            return "SHOW COLUMNS / DESCRIBE";
        }
        if (statement instanceof ShowCreate showCreate) {
            return "SHOW CREATE " + showCreate.getType().name().replace('_', ' ');
        }
        if (statement instanceof TableExecute) {
            return "ALTER TABLE … EXECUTE (OPTIMIZE/VACUUM-style table procedure)";
        }
        return fromClassName(statement.getClass().getSimpleName());
    }

    /** True for the kinds {@link #describe} gives a query: the statements a dry run can EXPLAIN. */
    static boolean isQuery(String kind) {
        return kind.equals("SELECT") || kind.equals("VALUES") || kind.equals("WITH … SELECT")
                || kind.equals("WITH … VALUES");
    }

    /** {@code CreateTableAsSelect} → {@code CREATE TABLE AS SELECT}. */
    private static String fromClassName(String simpleName) {
        return simpleName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toUpperCase(Locale.ROOT);
    }
}
