package io.sqlassist.eval;

import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.generate.offline.OfflineSqlGenerator;
import io.sqlassist.generate.offline.Synonyms;
import io.sqlassist.generate.offline.ValueIndex;
import io.sqlassist.schema.Catalog;
import java.sql.Connection;
import java.sql.SQLException;

/** Makes the generator an eval run measures, by name, for the database being evaluated. */
@FunctionalInterface
public interface GeneratorFactory {
    SqlGenerator create(String name, Connection connection, Catalog catalog) throws SQLException;

    /** Knows only "offline"; other names fail with the list of known ones. */
    static GeneratorFactory offline() {
        return (name, connection, catalog) -> {
            if (!"offline".equals(name)) {
                throw new IllegalArgumentException("unknown generator '" + name + "'; known: offline");
            }
            return new OfflineSqlGenerator(ValueIndex.build(connection, catalog), Synonyms.defaults());
        };
    }
}
