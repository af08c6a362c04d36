package io.sqlassist.schema;

/** Where table schemas come from: the warehouse's JDBC metadata locally, the Glue Data Catalog on AWS. */
public interface SchemaProvider {
    /**
     * @param database the database (Glue) or schema (JDBC) to describe; null for the configured default
     */
    Catalog load(String database);
}
