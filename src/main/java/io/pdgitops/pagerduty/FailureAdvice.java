package io.pdgitops.pagerduty;

/** What a person (or the sync) should do about a failed call, where the status alone makes it clear. */
final class FailureAdvice {

    static final String CREATE_MAY_HAVE_HAPPENED =
            "the create may have happened: look the object up by name before trying again";

    private FailureAdvice() {
    }

    /** Null when there is nothing to add to PagerDuty's own message. */
    static String forStatus(int status, String method) {
        boolean transientFailure = status == 408 || status >= 500;
        if (transientFailure && method.equals("POST")) {
            return CREATE_MAY_HAVE_HAPPENED;
        }
        return switch (status) {
            case 401 -> "check the API token and the region: a key only works in its own account's region";
            case 402 -> "the account's PagerDuty plan does not include this feature";
            case 403 -> "the API key is not allowed to do this (a read-only key cannot write)";
            default -> null;
        };
    }
}
