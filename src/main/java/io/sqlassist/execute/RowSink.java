package io.sqlassist.execute;

import java.io.IOException;
import java.util.List;

/** Receives a result as an engine streams it. */
public interface RowSink {
    void columns(List<String> names) throws IOException;

    /** @return false when no more rows are wanted; the engine then stops reading */
    boolean row(List<Object> values) throws IOException;
}
