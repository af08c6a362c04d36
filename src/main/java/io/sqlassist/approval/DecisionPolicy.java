package io.sqlassist.approval;

import io.sqlassist.pending.PendingThreads;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.ExchangeProperties;
import io.sqlassist.wire.InvalidMessageException;
import io.sqlassist.wire.PendingThread;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Checks a decision against the thread it names before it may touch it. Refused decisions go to the response
 * dead-letter queue with the reason and leave the thread exactly as it was.
 * <ul>
 *   <li>binding: it names the {@code sql_sha256} of the attempt pending now (decisions without a hash are refused
 *       unless configuration allows them);</li>
 *   <li>approvers: only someone on the approver list may approve, and with four-eyes on, not the requester;</li>
 *   <li>refinements: at most the configured number per thread.</li>
 * </ul>
 */
public final class DecisionPolicy implements Processor {
    private final PendingThreads pending;
    private final boolean allowUnhashed;
    private final ApproverList approvers;
    private final boolean fourEyes;
    private final int maxRefinements;

    public DecisionPolicy(PendingThreads pending, boolean allowUnhashed, ApproverList approvers, boolean fourEyes,
                          int maxRefinements) {
        this.pending = pending;
        this.allowUnhashed = allowUnhashed;
        this.approvers = approvers;
        this.fourEyes = fourEyes;
        this.maxRefinements = maxRefinements;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        Decision decision = exchange.getProperty(ExchangeProperties.DECISION, Decision.class);
        Optional<PendingThread> found = pending.find(decision.threadId());
        if (found.isEmpty()) {
            throw refused("no pending thread " + decision.threadId()
                    + ": it was never asked, was already decided, or has closed");
        }
        PendingThread thread = found.get();
        checkBinding(decision, thread.request());
        if (decision.action() == DecisionAction.approve) {
            checkApprover(decision, thread);
        }
        if (decision.action() == DecisionAction.refine && thread.request().attempt() > maxRefinements) {
            throw refused("thread " + decision.threadId() + " has had " + maxRefinements
                    + " refinements, the most allowed; approve or reject attempt " + thread.request().attempt()
                    + ", or ask a new question");
        }
    }

    private void checkBinding(Decision decision, ApprovalRequest current) {
        if (decision.sqlSha256() == null) {
            if (!allowUnhashed) {
                throw refused("the decision names no sql_sha256, so it cannot say which SQL it is about;"
                        + " use `sqlassist approvals` or add the hash of the pending SQL (" + current.sqlSha256() + ")");
            }
        } else if (!decision.sqlSha256().equalsIgnoreCase(current.sqlSha256())) {
            throw refused("the decision is for SQL " + decision.sqlSha256() + ", but thread " + decision.threadId()
                    + " now waits on attempt " + current.attempt() + " with SQL " + current.sqlSha256()
                    + "; review the current SQL and decide again");
        }
    }

    private void checkApprover(Decision decision, PendingThread thread) {
        if (decision.approver() == null || decision.approver().isBlank()) {
            throw refused("an approval must name its approver");
        }
        if (!approvers.allows(decision.approver())) {
            throw refused(decision.approver() + " is not on the approver list");
        }
        if (fourEyes && decision.approver().trim().equalsIgnoreCase(thread.question().requestedBy().trim())) {
            throw refused(decision.approver() + " asked this question and may not approve it (four-eyes rule);"
                    + " another approver must");
        }
    }

    private static InvalidMessageException refused(String reason) {
        return new InvalidMessageException(reason);
    }
}
