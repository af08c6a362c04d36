package io.sqlassist.execute;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.wire.Json;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.Timings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultSizeCapTest {
    private static Result result(int rows, int columns, int cellLength) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add("c" + c);
        }
        List<List<Object>> preview = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            preview.add(new ArrayList<>(Collections.nCopies(columns, "x".repeat(cellLength))));
        }
        return new Result(1, "t-1", ResultStatus.succeeded, "q", "SELECT …", "bob", 5000, names, preview,
                "s3://results/t-1/", null, new Timings(null, null, null, null), null);
    }

    private static int bytes(Result result) {
        return Json.write(result).getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void a_result_that_fits_is_left_as_it_is() {
        Result small = result(20, 5, 10);
        assertThat(new ResultSizeCap().cap(small)).isSameAs(small);
    }

    @Test
    void huge_cells_are_shortened_and_the_message_says_where_the_full_result_is() {
        Result capped = new ResultSizeCap().cap(result(20, 30, 50_000));

        assertThat(bytes(capped)).isLessThanOrEqualTo(ResultSizeCap.MAX_BYTES);
        assertThat(capped.rowCount()).isEqualTo(5000);
        assertThat(capped.rows()).isNotEmpty();
        assertThat(capped.rows().get(0).get(0).toString()).hasSize(ResultSizeCap.MAX_CELL_CHARACTERS + 1).endsWith("…");
        assertThat(capped.message()).contains("preview was cut").contains("s3://results/t-1/");
    }

    @Test
    void when_shortened_cells_are_not_enough_rows_go_from_the_end() {
        Result capped = new ResultSizeCap().cap(result(20, 400, 100));

        assertThat(bytes(capped)).isLessThanOrEqualTo(ResultSizeCap.MAX_BYTES);
        assertThat(capped.rows().size()).isBetween(1, 19);
        assertThat(capped.message()).contains(capped.rows().size() + " of 20 preview rows");
    }
}
