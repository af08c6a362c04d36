package io.sqlassist.warehouse;

import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.JdbcCatalogReader;
import io.sqlassist.schema.SchemaProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Schemas read from the warehouse's own JDBC metadata, read once per database and kept. */
public final class WarehouseSchemaProvider implements SchemaProvider {
    private static final String DEFAULT = "";
    private final Warehouse warehouse;
    private final Map<String, Catalog> cache = new ConcurrentHashMap<>();

    public WarehouseSchemaProvider(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public Catalog load(String database) {
        return cache.computeIfAbsent(database == null ? DEFAULT : database, this::read);
    }

    private Catalog read(String database) {
        try (Connection connection = warehouse.connect()) {
            Catalog catalog = JdbcCatalogReader.read(connection, database.isEmpty() ? null : database);
            if (catalog.tables().isEmpty()) {
                throw new IllegalArgumentException("database '" + database + "' has no tables in the warehouse");
            }
            return catalog;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the warehouse schema: " + e.getMessage(), e);
        }
    }
}
