package io.github.musit2specify.flow.users;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A login and its agent as they will be written: {@code specifyuser.Name/EMail}, {@code agent.*}. */
public record PlannedUser(String login, String email, PersonName name, String remarks) {

    /**
     * Every value that does not fit its column, naming the column and its limit (never the value: it
     * may be an e-mail address). Empty when the user can be written. Values are not cut for logins.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        tooLong(problems, "specifyuser.Name", login, UserColumnLimits.SPECIFYUSER_NAME);
        tooLong(problems, "specifyuser.EMail", email, UserColumnLimits.SPECIFYUSER_EMAIL);
        tooLong(problems, "agent.FirstName", name.first(), UserColumnLimits.AGENT_FIRST_NAME);
        tooLong(problems, "agent.LastName", name.last(), UserColumnLimits.AGENT_LAST_NAME);
        tooLong(problems, "agent.Email", email, UserColumnLimits.AGENT_EMAIL);
        int remarksBytes = remarks.getBytes(StandardCharsets.UTF_8).length;
        if (remarksBytes > UserColumnLimits.AGENT_REMARKS_BYTES) {
            problems.add("agent.Remarks is " + remarksBytes + " bytes long; the column allows at most "
                    + UserColumnLimits.AGENT_REMARKS_BYTES);
        }
        return problems;
    }

    private static void tooLong(List<String> problems, String column, String value, int limit) {
        if (value == null) {
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > limit) {
            problems.add(column + " is " + length + " characters long; the column allows at most " + limit);
        }
    }
}
