package io.sqlassist.cli;

/** Who is at the keyboard, when a command does not say: SQLASSIST_USER, else the login name. */
final class Identity {
    private Identity() {
    }

    static String current(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String user = System.getenv("SQLASSIST_USER");
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.name");
        }
        return user == null || user.isBlank() ? "anonymous" : user;
    }
}
