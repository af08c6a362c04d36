package io.sqlassist.schema.glue;

/** Reading the Glue Data Catalog failed after the SDK's retries; the message names the database and error. */
public class GlueCatalogException extends RuntimeException {
    public GlueCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
