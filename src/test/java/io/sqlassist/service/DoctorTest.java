package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.doctor.Finding;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

class DoctorTest {
    @Test
    void no_credentials_is_one_finding_that_says_where_to_run_it() {
        Finding finding = Doctor.credentialsProblem(() -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        });

        assertThat(finding.ok()).isFalse();
        assertThat(finding.check()).isEqualTo("AWS credentials are available");
        assertThat(finding.detail()).contains("one-off task").contains("AWS_PROFILE");
        assertThat(Doctor.credentialsProblem(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))))
                .isNull();
    }
}
