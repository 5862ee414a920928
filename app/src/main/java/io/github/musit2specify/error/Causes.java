package io.github.musit2specify.error;

/** The innermost cause of a failure: what a refused socket or a server answer says beneath the wrappers. */
public final class Causes {
    private Causes() {
    }

    public static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The innermost cause's message, or its class name when it has none. */
    public static String rootMessage(Throwable failure) {
        Throwable root = root(failure);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
