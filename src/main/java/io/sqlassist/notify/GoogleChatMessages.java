package io.sqlassist.notify;

import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.InvalidMessageException;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Result;

/** The Google Chat bodies the notify routes post, built from the messages flowing through them. */
public final class GoogleChatMessages {
    private final GoogleChatCards cards;

    public GoogleChatMessages(GoogleChatCards cards) {
        this.cards = cards;
    }

    public String approval(ApprovalRequest request) {
        String thread = request.threadId();
        String howToDecide = request.hasSql()
                ? "sqlassist approvals approve " + thread + "\nsqlassist approvals refine " + thread
                        + " --feedback \"what to change\"\nsqlassist approvals reject " + thread
                : "Nothing to approve: the requester has been asked to rephrase.";
        return cards.approvalRequested(request, howToDecide);
    }

    public String result(Result result) {
        return cards.result(result);
    }

    /** @return the card, or null when the refused message was not a readable decision (nobody to tell) */
    public String refused(String decisionJson, String reason) {
        try {
            return cards.decisionRefused(Json.read(decisionJson, Decision.class), reason);
        } catch (InvalidMessageException e) {
            return null;
        }
    }
}
