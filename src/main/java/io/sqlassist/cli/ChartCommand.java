package io.sqlassist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.sqlassist.chart.ChartDecision;
import io.sqlassist.chart.ChartRenderer;
import io.sqlassist.chart.ChartShapes;
import io.sqlassist.chart.ChartStep;
import io.sqlassist.service.Settings;
import io.sqlassist.wire.ChartType;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.ThreadIds;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draws the chart of a thread's result again (from its result.csv in the results folder), "
                + "optionally as another type, and prints where chart.png is.")
final class ChartCommand implements Callable<Integer> {
    private static final int MAX_ROWS = 1000;
    private final SqlassistCli root;

    @Parameters(index = "0", paramLabel = "THREAD")
    String thread;

    @Option(names = "--type", paramLabel = "TYPE", description = "line, bar or pie (default: chosen from the result's shape).")
    ChartType type;

    ChartCommand(SqlassistCli root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        if (!ThreadIds.isValid(thread)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "not a thread id: " + thread);
        }
        Properties overrides = new Properties();
        overrides.putAll(root.overrides);
        Path folder = Path.of(Settings.load(root.profile, overrides).get("sqlassist.results.dir")).resolve(thread);
        if (!Files.exists(folder.resolve("result.csv"))) {
            throw new IllegalArgumentException("no result for thread " + thread + " in " + folder.getParent()
                    + " (charts are redrawn from local results)");
        }
        JsonNode metadata = Json.MAPPER.readTree(folder.resolve("metadata.json").toFile());
        String question = metadata.path("question").asText(null);
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = readRows(folder.resolve("result.csv"), columns);
        ChartDecision decision = ChartShapes.detect(columns, rows, type, question);
        if (!decision.charted()) {
            root.out.printf("No chart: %s%n", decision.reason());
            return 1;
        }
        Path png = folder.resolve(ChartStep.FILE_NAME);
        Files.write(png, new ChartRenderer().render(decision.plan(), columns, rows));
        root.out.printf("Chart (%s): %s%n", decision.plan().type(), png);
        return 0;
    }

    /** The first rows of a result file, with numbers read back as numbers (CSV carries only text). */
    private static List<List<Object>> readRows(Path csv, List<String> columns) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader reader = Files.newBufferedReader(csv);
             MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(reader)) {
            if (lines.hasNext()) {
                columns.addAll(Arrays.asList(lines.next()));
            }
            while (lines.hasNext() && rows.size() < MAX_ROWS) {
                List<Object> row = new ArrayList<>();
                for (String cell : lines.next()) {
                    row.add(cell.isEmpty() ? null : number(cell));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object number(String cell) {
        try {
            return cell.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") ? new BigDecimal(cell) : cell;
        } catch (NumberFormatException e) {
            return cell;
        }
    }
}
