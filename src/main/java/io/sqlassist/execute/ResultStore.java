package io.sqlassist.execute;

import java.io.IOException;

/** Where full results go: a local folder, or S3 on AWS. One place per thread. */
public interface ResultStore {
    ResultWriter open(String threadId) throws IOException;
}
