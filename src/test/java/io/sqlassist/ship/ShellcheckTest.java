package io.sqlassist.ship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** shellcheck on the project's shell scripts. */
class ShellcheckTest {
    static final List<String> SCRIPTS = List.of("deploy.sh", "sqlassist", "bench/run", ".ci/run", ".ci/install-tools");

    static ShipFiles.Run shellcheck(List<String> files) {
        List<String> command = new ArrayList<>(List.of("shellcheck", "--format=gcc", "--shell=bash"));
        command.addAll(files);
        ShipFiles.Run run = ShipFiles.run(command, Map.of(), 120);
        if (run == null) {
            fail("shellcheck is not on the PATH: " + ShipFiles.INSTALL_HINT);
        }
        return run;
    }

    @Test
    void scriptsAreShellcheckClean() {
        List<String> present = SCRIPTS.stream().filter(s -> Files.isRegularFile(ShipFiles.root().resolve(s))).toList();
        assertThat(present).as("deploy.sh and .ci/install-tools exist").contains("deploy.sh", ".ci/install-tools");
        ShipFiles.Run run = shellcheck(present);
        assertThat(run.exitCode()).as("shellcheck " + String.join(" ", present) + ":\n" + run.both()).isZero();
    }

    @Test
    void shellcheckFailsOnABadScript(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.sh");
        Files.writeString(bad, "#!/usr/bin/env bash\nrm -rf $1/*\n");
        ShipFiles.Run run = shellcheck(List.of(bad.toString()));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout()).contains("SC2086");
    }
}
