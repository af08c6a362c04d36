package io.sqlassist.cli;

import io.sqlassist.doctor.Finding;
import io.sqlassist.service.Doctor;
import io.sqlassist.service.Settings;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Checks, with the credentials the service will use, everything the aws profile needs: the queues "
                + "resolve, the Glue databases and tables are readable, the Athena workgroup bounds scans and has an "
                + "output location, results can be written, the model answers a one-token call.",
                "Prints what is missing with the IAM statement to add; exits 0 when ready."})
final class DoctorCommand implements Callable<Integer> {
    private final SqlassistCli root;

    DoctorCommand(SqlassistCli root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (!"aws".equals(root.profile)) {
            root.out.println("doctor checks the aws profile (run: sqlassist --profile aws doctor); the local profile needs"
                    + " nothing outside this machine.");
            return 2;
        }
        Properties overrides = new Properties();
        overrides.putAll(root.overrides);
        Doctor.Report report = Doctor.aws(Settings.load(root.profile, overrides));
        root.out.printf("sqlassist doctor: profile aws, account %s%n", report.account());
        int failed = 0;
        for (Finding finding : report.findings()) {
            root.out.printf("  %-4s %s%n", finding.ok() ? "ok" : "FAIL", finding.check());
            if (!finding.ok()) {
                failed++;
                root.out.printf("       %s%n", finding.detail());
                if (finding.missing() != null) {
                    root.out.printf("       add to the task role (terraform/iam.tf, data \"aws_iam_policy_document\" \"task\"):%n"
                            + "       %s%n", finding.missing().statement());
                }
            }
        }
        root.out.println(failed == 0 ? "Ready: every check passed."
                : failed + " of " + report.findings().size() + " checks failed.");
        root.out.flush();
        return failed == 0 ? 0 : 1;
    }
}
